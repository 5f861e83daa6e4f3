package dev.autarky.internal.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.AllocationMeter;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.internal.sampling.QuantileFunction;
import dev.autarky.testing.AsCommonsDistribution;
import dev.autarky.uncertain.Discrete;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Pert;
import dev.autarky.uncertain.Triangular;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every design, with and without a copula: marginals kept (fixed-seed Kolmogorov-Smirnov or
 * chi-square at alpha = 1e-3), requested rank correlations achieved within four standard errors,
 * Latin hypercube strata each used once per block, antithetic pairs exact, Sobol points as
 * commons-math3 gives them and stratified per replicate, any path reproducible alone, no allocation.
 */
class InputDesignTest {

    private static final double ALPHA = 1e-3;
    private static final long SEED = 20_260_106L;
    private static final int PATHS = 4096;
    private static final int BLOCK = 512;

    /** Six inputs of different kinds; the last is discrete (a Bernoulli project outcome, say). */
    static final Distribution[] DISTRIBUTIONS = {Normal.of(10, 2), LogNormal.ofMedianP90(420, 750),
        new Triangular(0, 50, 113), Pert.of(1, 3, 8), new Gamma(2, 1.5), Discrete.bernoulli(0.3)};
    static final long[] KEYS = keys(DISTRIBUTIONS.length);
    /** Requested rank correlations: {first, second, spearman}; inputs 3 and 4 are left independent of each other. */
    static final double[][] PAIRS = {{0, 1, 0.7}, {1, 2, 0.5}, {0, 3, -0.4}, {4, 2, 0.3}};

    static long[] keys(int n) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            k[i] = StreamKeys.keyOf("inputs.x" + i);
        }
        return k;
    }

    static GaussianCopula copula() {
        int[] a = new int[PAIRS.length];
        int[] b = new int[PAIRS.length];
        double[] r = new double[PAIRS.length];
        for (int p = 0; p < PAIRS.length; p++) {
            a[p] = (int) PAIRS[p][0];
            b[p] = (int) PAIRS[p][1];
            r[p] = PAIRS[p][2];
        }
        return GaussianCopula.of(a, b, r);
    }

    static List<Arguments> designs() {
        List<Arguments> out = new ArrayList<>();
        for (InputDesign.Kind kind : InputDesign.Kind.values()) {
            out.add(Arguments.of(kind, false));
            out.add(Arguments.of(kind, true));
        }
        return out;
    }

    /** The uniforms of paths {@code [0, paths)}, {@code [input][path]}. */
    static double[][] sample(InputDesign design, long seed, int paths) {
        InputDesign.Sampler s = design.sampler();
        double[][] u = new double[design.dimensions()][paths];
        double[] row = new double[design.dimensions()];
        for (int i = 0; i < paths; i++) {
            s.fill(seed, i, row);
            for (int k = 0; k < row.length; k++) {
                u[k][i] = row[k];
            }
        }
        return u;
    }

    @ParameterizedTest(name = "{0}, copula {1}")
    @MethodSource("designs")
    void marginalsAreKept(InputDesign.Kind kind, boolean correlated) {
        InputDesign design = InputDesign.of(kind, KEYS, correlated ? copula() : null, PATHS, BLOCK);
        double[][] u = sample(design, SEED, PATHS);
        for (int k = 0; k < DISTRIBUTIONS.length; k++) {
            Distribution d = DISTRIBUTIONS[k];
            QuantileFunction q = QuantileFunction.compile(d);
            double[] x = new double[PATHS];
            for (int i = 0; i < PATHS; i++) {
                assertTrue(u[k][i] > 0 && u[k][i] < 1, "uniform in (0, 1)");
                x[i] = q.quantile(u[k][i]);
            }
            double p;
            if (d instanceof Discrete disc) {
                double[] values = disc.values();
                double[] expected = new double[values.length];
                long[] observed = new long[values.length];
                for (int v = 0; v < values.length; v++) {
                    expected[v] = disc.weights()[v] / Arrays.stream(disc.weights()).sum() * PATHS;
                    for (double xi : x) {
                        observed[v] += xi == values[v] ? 1 : 0;
                    }
                }
                p = new ChiSquareTest().chiSquareTest(expected, observed);
            } else {
                p = ksPValue(d, x);
            }
            final int input = k;
            final double pValue = p;
            assertTrue(p > ALPHA, () -> kind + " input " + input + " " + DISTRIBUTIONS[input] + ": p-value " + pValue);
        }
    }

    /**
     * The Kolmogorov-Smirnov p-value of {@code x} against {@code d}. Stratified samples give very
     * small statistics, where commons-math's series for the p-value returns NaN; below
     * {@code D sqrt(n) = 1} the p-value is above 0.27 (Kolmogorov's distribution), which passes.
     */
    static double ksPValue(Distribution d, double[] x) {
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        double statistic = ks.kolmogorovSmirnovStatistic(new AsCommonsDistribution(d), x);
        if (statistic * Math.sqrt(x.length) < 1) {
            return 0.27;
        }
        return ks.kolmogorovSmirnovTest(new AsCommonsDistribution(d), x, false);
    }

    /**
     * Spearman's rank correlation of every continuous pair is within four standard errors of the
     * requested one (unlisted pairs: of 0) on Fisher's z scale, with the standard error
     * {@code sqrt((1 + r^2 / 2) / (n - 3))} of Bonett and Wright (2000) for Spearman's coefficient.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rankCorrelationsAreThoseRequested(InputDesign.Kind kind) {
        InputDesign design = InputDesign.of(kind, KEYS, copula(), PATHS, BLOCK);
        double[][] u = sample(design, SEED + 1, PATHS);
        double[][] requested = new double[5][5];
        for (double[] p : PAIRS) {
            requested[(int) p[0]][(int) p[1]] = p[2];
            requested[(int) p[1]][(int) p[0]] = p[2];
        }
        StringBuilder report = new StringBuilder(kind + ": achieved rank correlations");
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                double r = requested[a][b];
                double achieved = new SpearmansCorrelation().correlation(u[a], u[b]);
                double se = Math.sqrt((1 + r * r / 2) / (PATHS - 3));
                double z = Math.abs(atanh(achieved) - atanh(r)) / se;
                report.append(String.format(" (%d,%d) %.3f/%.2f", a, b, achieved, r));
                final int fa = a;
                final int fb = b;
                assertTrue(z < 4, () -> kind + " pair (" + fa + ", " + fb + "): requested " + r + ", achieved " + achieved);
            }
        }
        System.out.println(report);
    }

    static InputDesign.Kind[] kinds() {
        return InputDesign.Kind.values();
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** Each block of 500 paths (and the last, of 250) uses each of its strata once per input. */
    @Test
    void latinHypercubeUsesEveryStratumOncePerBlock() {
        int block = 500;
        int paths = 1250;
        for (boolean correlated : new boolean[] {false, true}) {
            InputDesign design = InputDesign.of(InputDesign.Kind.LHS, KEYS, correlated ? copula() : null, paths, block);
            double[][] u = sample(design, SEED, paths);
            // with the copula, input 0 (first in the Cholesky order) and input 5 (not correlated) keep their strata
            int[] inputs = correlated ? new int[] {0, 5} : new int[] {0, 1, 2, 3, 4, 5};
            for (int k : inputs) {
                for (int first = 0; first < paths; first += block) {
                    int n = Math.min(block, paths - first);
                    boolean[] used = new boolean[n];
                    for (int i = first; i < first + n; i++) {
                        int stratum = (int) Math.floor(u[k][i] * n);
                        assertTrue(!used[stratum], "input " + k + " block at " + first + ": stratum " + stratum + " twice");
                        used[stratum] = true;
                    }
                }
            }
        }
    }

    @Test
    void antitheticPairsMirrorEachOtherExactly() {
        InputDesign design = InputDesign.of(InputDesign.Kind.ANTITHETIC, KEYS, null, PATHS, BLOCK);
        double[][] u = sample(design, SEED, 1000);
        for (int k = 0; k < KEYS.length; k++) {
            for (int j = 0; j < 500; j++) {
                assertEquals(1 - u[k][2 * j], u[k][2 * j + 1], 0.0);
                assertEquals(StreamKeys.inputUniform(SEED, 2 * j, KEYS[k]), u[k][2 * j], 0.0, "even paths are plain MC");
            }
        }
        // through the copula the normal scores mirror too: Phi^-1(u') = -Phi^-1(u)
        double[][] c = sample(InputDesign.of(InputDesign.Kind.ANTITHETIC, KEYS, copula(), PATHS, BLOCK), SEED, 200);
        for (int k = 0; k < KEYS.length; k++) {
            for (int j = 0; j < 100; j++) {
                assertEquals(1, c[k][2 * j] + c[k][2 * j + 1], 1e-12);
            }
        }
    }

    @Test
    void unscrambledSobolPointsAreThoseOfCommonsMath() {
        int dims = 12;
        SobolSequenceGenerator reference = new SobolSequenceGenerator(dims);
        int[] point = new int[dims];
        for (long j = 0; j < 2048; j++) {
            double[] expected = reference.nextVector();
            SobolSequence.point(j, dims, point);
            for (int d = 0; d < dims; d++) {
                assertEquals(expected[d], (point[d] & 0xffffffffL) * 0x1.0p-32, 0.0, "point " + j + " dimension " + d);
                assertEquals(point[d], SobolSequence.point(j, d));
            }
        }
        // the last dimension read from the file works too
        SobolSequenceGenerator wide = new SobolSequenceGenerator(SobolSequence.MAX_DIMENSIONS);
        for (long j = 0; j < 64; j++) {
            double[] expected = wide.nextVector();
            int last = SobolSequence.MAX_DIMENSIONS - 1;
            assertEquals(expected[last], (SobolSequence.point(j, last) & 0xffffffffL) * 0x1.0p-32, 0.0);
        }
    }

    /** Each replicate's first 256 points put one point in each of 256 strata, in every dimension. */
    @Test
    void scrambledSobolReplicatesStayStratified() {
        InputDesign design = InputDesign.of(InputDesign.Kind.SOBOL, KEYS, null, PATHS, BLOCK);
        double[][] u = sample(design, SEED, PATHS);
        int n = PATHS / InputDesign.SOBOL_REPLICATES;
        for (int r = 0; r < InputDesign.SOBOL_REPLICATES; r++) {
            for (int k = 0; k < KEYS.length; k++) {
                boolean[] used = new boolean[n];
                for (int j = 0; j < n; j++) {
                    int stratum = (int) Math.floor(u[k][r + j * InputDesign.SOBOL_REPLICATES] * n);
                    assertTrue(!used[stratum], "replicate " + r + " input " + k + ": stratum " + stratum + " twice");
                    used[stratum] = true;
                }
            }
        }
        // two replicates are scrambled differently
        assertTrue(u[0][0] != u[0][1]);
    }

    /** Any path drawn alone, in any order and by a fresh sampler, equals the same path drawn in sequence. */
    @ParameterizedTest(name = "{0}, copula {1}")
    @MethodSource("designs")
    void anyPathIsReproducibleAlone(InputDesign.Kind kind, boolean correlated) {
        int paths = 3000;
        InputDesign design = InputDesign.of(kind, KEYS, correlated ? copula() : null, paths, 256);
        double[][] sequential = sample(design, SEED, paths);
        SplittableRandom pick = new SplittableRandom(1);
        InputDesign.Sampler shared = design.sampler();
        double[] row = new double[KEYS.length];
        for (int t = 0; t < 300; t++) {
            int i = pick.nextInt(paths);
            InputDesign.Sampler sampler = t % 2 == 0 ? design.sampler() : shared;
            sampler.fill(SEED, i, row);
            for (int k = 0; k < KEYS.length; k++) {
                assertEquals(sequential[k][i], row[k], 0.0, kind + " path " + i + " input " + k);
            }
        }
        // another seed gives other draws
        double[] other = new double[KEYS.length];
        design.sampler().fill(SEED + 1, 7, other);
        double[] same = new double[KEYS.length];
        design.sampler().fill(SEED, 7, same);
        assertTrue(!Arrays.equals(other, same));
    }

    @ParameterizedTest(name = "{0}, copula {1}")
    @MethodSource("designs")
    void drawingAPathAllocatesNothing(InputDesign.Kind kind, boolean correlated) {
        InputDesign design = InputDesign.of(kind, KEYS, correlated ? copula() : null, 1 << 20, 4096);
        InputDesign.Sampler s = design.sampler();
        double[] row = new double[KEYS.length];
        for (int i = 0; i < 20_000; i++) {
            s.fill(SEED, i, row); // warm up, and prepare the first blocks
        }
        long bytes = AllocationMeter.bytesAllocatedBy(() -> {
            for (int i = 20_000; i < 60_000; i++) {
                s.fill(SEED, i, row);
            }
        });
        assertEquals(0, bytes, kind + ": bytes allocated for 40,000 paths");
    }

    @Test
    void copulaOfNoPairsIsNone() {
        assertEquals(null, GaussianCopula.of(new int[0], new int[0], new double[0]));
        GaussianCopula c = copula();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, c.inputs());
    }
}
