package dev.autarky.internal.design;

import dev.autarky.internal.random.Lxm;
import dev.autarky.internal.random.StreamKeys;
import java.io.Serializable;

/**
 * How one run chooses the uniforms behind every path's uncertain inputs: the sampling design, the
 * inputs' stream keys (from their stable names, in compile order), the optional Gaussian copula,
 * and the run's path count and block size where the design needs them. Immutable and thread-safe;
 * each worker draws through its own {@link Sampler}.
 *
 * <p>Every design is a pure function of {@code (seed, path)} (plus the run's block size and path
 * count for the Latin hypercube), so results never depend on threads and any path can be replayed
 * alone:
 * <ul>
 *   <li>{@link Kind#MC}: {@code u_k = StreamKeys.inputUniform(seed, path, key_k)};</li>
 *   <li>{@link Kind#ANTITHETIC}: path {@code 2j} as MC, path {@code 2j + 1} uses {@code 1 - u_k}
 *       of path {@code 2j} (exact in double precision);</li>
 *   <li>{@link Kind#LHS}: block {@code b} (paths {@code [b B, b B + n)}, {@code n = B} except for a
 *       shorter last block) is a Latin hypercube of {@code n} points: path {@code b B + j} puts
 *       input {@code k} in stratum {@code pi_{b,k}(j)} of {@code n}, at the position given by its MC
 *       uniform, {@code u = (pi + v) / n}; {@code pi_{b,k}} is a Fisher-Yates shuffle driven by the
 *       L64X128MixRandom stream {@code (seed, b, key_k ^ salt)};</li>
 *   <li>{@link Kind#SOBOL}: path {@code i} is point {@code j = i / R} of replicate {@code r = i mod R}
 *       ({@code R = } {@value #SOBOL_REPLICATES}); input {@code k < } {@value SobolSequence#MAX_DIMENSIONS}
 *       takes Sobol dimension {@code k}, scrambled with 64 bits from the stream
 *       {@code (seed, r, key_k ^ salt)}; its 32 bits are extended to 52 with bits hashed from the
 *       same stream and {@code j}; inputs beyond the last dimension are drawn as MC.</li>
 * </ul>
 * With a copula, the design's independent uniforms are then correlated ({@link GaussianCopula}).
 */
public final class InputDesign implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The designs; {@code dev.autarky.engine.SamplingDesign} maps onto these by name. */
    public enum Kind {
        /** Plain Monte Carlo. */
        MC,
        /** Latin hypercube per block. */
        LHS,
        /** Scrambled Sobol points in interleaved replicates. */
        SOBOL,
        /** Antithetic pairs of paths. */
        ANTITHETIC
    }

    /** Independent scramblings of the Sobol design; path {@code i} belongs to replicate {@code i mod R}. */
    public static final int SOBOL_REPLICATES = 16;

    private static final long LHS_SALT = StreamKeys.keyOf("design.latin-hypercube.permutation");
    private static final long SOBOL_SALT = StreamKeys.keyOf("design.sobol.scrambling");
    private static final double ONE_BELOW = 1 - 0x1.0p-53;

    private final Kind kind;
    private final long[] keys;
    private final GaussianCopula copula;
    private final long paths;
    private final int blockSize;
    private final int sobolDimensions;

    private InputDesign(Kind kind, long[] keys, GaussianCopula copula, long paths, int blockSize) {
        this.kind = kind;
        this.keys = keys.clone();
        this.copula = copula;
        this.paths = paths;
        this.blockSize = blockSize;
        this.sobolDimensions = Math.min(keys.length, SobolSequence.MAX_DIMENSIONS);
    }

    /**
     * The design of a run.
     *
     * @param kind      the sampling design
     * @param keys      stream keys of the inputs, in input order
     * @param copula    the inputs' Gaussian copula, or null for independent inputs
     * @param paths     the run's number of paths (the Latin hypercube's last block may be shorter)
     * @param blockSize the run's block size (the Latin hypercube's size; even for antithetic pairs)
     * @throws IllegalArgumentException if the design cannot serve the run
     */
    public static InputDesign of(Kind kind, long[] keys, GaussianCopula copula, long paths, int blockSize) {
        if (paths < 1 || blockSize < 1) {
            throw new IllegalArgumentException("paths and blockSize must be >= 1, were " + paths + " and " + blockSize);
        }
        if (kind == Kind.ANTITHETIC && blockSize % 2 != 0) {
            throw new IllegalArgumentException("antithetic pairs need an even block size, was " + blockSize);
        }
        if (kind == Kind.SOBOL && (paths - 1) / SOBOL_REPLICATES >= (1L << SobolSequence.BITS)) {
            throw new IllegalArgumentException("Sobol sampling serves at most " + SOBOL_REPLICATES + " x 2^32 paths");
        }
        return new InputDesign(kind, keys, copula, paths, blockSize);
    }

    /** Plain Monte Carlo for any path index (no block structure). */
    public static InputDesign plain(long[] keys, GaussianCopula copula) {
        return new InputDesign(Kind.MC, keys, copula, Long.MAX_VALUE, 1);
    }

    /** The design. */
    public Kind kind() {
        return kind;
    }

    /** Number of inputs. */
    public int dimensions() {
        return keys.length;
    }

    /** The copula, or null. */
    public GaussianCopula copula() {
        return copula;
    }

    /** The run's block size. */
    public int blockSize() {
        return blockSize;
    }

    /** The run's number of paths. */
    public long paths() {
        return paths;
    }

    /**
     * True when the groups of {@link #group} are runs of consecutive paths inside one block (plain
     * paths, antithetic pairs, Latin hypercube blocks); false for the interleaved Sobol replicates.
     */
    public boolean contiguousGroups() {
        return kind != Kind.SOBOL;
    }

    /**
     * The independent group of paths that {@code path} belongs to, for error estimates: the path
     * itself (MC), its pair (antithetic), its block (Latin hypercube) or its replicate (Sobol).
     */
    public long group(long path) {
        return switch (kind) {
            case MC -> path;
            case ANTITHETIC -> path >>> 1;
            case LHS -> path / blockSize;
            case SOBOL -> path % SOBOL_REPLICATES;
        };
    }

    /** What the groups of {@link #group} are, in words. */
    public String groupName() {
        return switch (kind) {
            case MC -> "independent paths";
            case ANTITHETIC -> "antithetic pairs";
            case LHS -> "Latin hypercube blocks";
            case SOBOL -> "independently scrambled Sobol replicates";
        };
    }

    /** A new sampler for one worker thread. */
    public Sampler sampler() {
        return switch (kind) {
            case MC -> new Plain(this);
            case ANTITHETIC -> new Antithetic(this);
            case LHS -> new LatinHypercube(this);
            case SOBOL -> new Sobol(this);
        };
    }

    /**
     * Draws the inputs' uniforms of one path at a time; owned by one thread, allocation-free after
     * construction.
     */
    public abstract static class Sampler {

        final InputDesign design;
        final long[] keys;
        private final GaussianCopula copula;
        private final double[] scratch;

        Sampler(InputDesign design) {
            this.design = design;
            this.keys = design.keys;
            this.copula = design.copula;
            this.scratch = new double[copula == null ? 0 : copula.size()];
        }

        /**
         * Writes the uniforms in {@code (0, 1)} of the inputs of path {@code path} of the run with
         * {@code seed} into {@code u[0, dimensions)}, correlated by the copula if there is one.
         */
        public final void fill(long seed, long path, double[] u) {
            uniforms(seed, path, u);
            if (copula != null) {
                copula.apply(u, scratch);
            }
        }

        /** The design's independent uniforms. */
        abstract void uniforms(long seed, long path, double[] u);
    }

    private static final class Plain extends Sampler {
        Plain(InputDesign d) {
            super(d);
        }

        @Override
        void uniforms(long seed, long path, double[] u) {
            final long[] k = keys;
            for (int i = 0; i < k.length; i++) {
                u[i] = StreamKeys.inputUniform(seed, path, k[i]);
            }
        }
    }

    private static final class Antithetic extends Sampler {
        Antithetic(InputDesign d) {
            super(d);
        }

        @Override
        void uniforms(long seed, long path, double[] u) {
            final long[] k = keys;
            final long base = path & ~1L;
            if (base == path) {
                for (int i = 0; i < k.length; i++) {
                    u[i] = StreamKeys.inputUniform(seed, base, k[i]);
                }
            } else {
                for (int i = 0; i < k.length; i++) {
                    u[i] = 1 - StreamKeys.inputUniform(seed, base, k[i]);
                }
            }
        }
    }

    private static final class LatinHypercube extends Sampler {
        private final int[][] permutation;
        private final Lxm rng = new Lxm();
        private long cachedBlock = -1;
        private long cachedSeed;
        private int strata;
        private double width;

        LatinHypercube(InputDesign d) {
            super(d);
            int n = (int) Math.min(d.blockSize, d.paths);
            permutation = new int[d.keys.length][n];
        }

        @Override
        void uniforms(long seed, long path, double[] u) {
            final long block = path / design.blockSize;
            if (block != cachedBlock || seed != cachedSeed) {
                shuffle(seed, block);
            }
            final int j = (int) (path - block * design.blockSize);
            final long[] k = keys;
            final double w = width;
            for (int i = 0; i < k.length; i++) {
                int stratum = permutation[i][j];
                double v = StreamKeys.inputUniform(seed, path, k[i]);
                double x = (stratum + v) * w;
                double top = (stratum + 1) * w;
                u[i] = x < top ? x : Math.min(Math.nextDown(top), ONE_BELOW);
            }
        }

        /** Draws the permutations of block {@code block}: one Fisher-Yates shuffle per input. */
        private void shuffle(long seed, long block) {
            long first = block * design.blockSize;
            int n = (int) Math.min(design.blockSize, design.paths - first);
            for (int i = 0; i < keys.length; i++) {
                int[] p = permutation[i];
                for (int s = 0; s < n; s++) {
                    p[s] = s;
                }
                rng.seed(seed, block, StreamKeys.mix64(keys[i] ^ LHS_SALT));
                for (int s = n - 1; s > 0; s--) {
                    int r = (int) (((rng.nextLong() >>> 32) * (s + 1)) >>> 32);
                    int t = p[s];
                    p[s] = p[r];
                    p[r] = t;
                }
            }
            strata = n;
            width = 1.0 / n;
            cachedBlock = block;
            cachedSeed = seed;
        }

        /** Strata in the current block (for tests). */
        int strata() {
            return strata;
        }
    }

    private static final class Sobol extends Sampler {
        private final int dims;
        private final int[] point;
        private final long[] scrambling; // [replicate * dims + k]: seed (high 32 bits), shift (low 32)
        private long cachedIndex = -1;
        private long cachedSeed;
        private boolean seeded;

        Sobol(InputDesign d) {
            super(d);
            dims = d.sobolDimensions;
            point = new int[dims];
            scrambling = new long[SOBOL_REPLICATES * dims];
        }

        @Override
        void uniforms(long seed, long path, double[] u) {
            if (!seeded || seed != cachedSeed) {
                for (int r = 0; r < SOBOL_REPLICATES; r++) {
                    for (int k = 0; k < dims; k++) {
                        scrambling[r * dims + k] = StreamKeys.mix64(
                                StreamKeys.streamSeed(seed, r, StreamKeys.mix64(keys[k] ^ SOBOL_SALT)) + StreamKeys.GOLDEN_GAMMA);
                    }
                }
                cachedSeed = seed;
                seeded = true;
            }
            final int r = (int) (path % SOBOL_REPLICATES);
            final long j = path / SOBOL_REPLICATES;
            if (j != cachedIndex) {
                SobolSequence.point(j, dims, point);
                cachedIndex = j;
            }
            final int base = r * dims;
            for (int k = 0; k < dims; k++) {
                long s = scrambling[base + k];
                int x = SobolSequence.scramble(point[k], (int) (s >>> 32), (int) s);
                long low = StreamKeys.mix64(s + j * StreamKeys.GOLDEN_GAMMA) >>> 44; // 20 bits below the 32
                u[k] = ((((x & 0xffffffffL) << 20) | low) + 0.5) * 0x1.0p-52;
            }
            final long[] keysAll = keys;
            for (int k = dims; k < keysAll.length; k++) {
                u[k] = StreamKeys.inputUniform(seed, path, keysAll[k]);
            }
        }
    }
}
