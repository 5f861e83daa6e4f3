package dev.autarky.analysis;

import dev.autarky.internal.random.StreamKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A model as a function of a point of the unit hypercube {@code [0, 1)^d} with one or more
 * outputs: what {@link SobolIndices} decomposes. Any function can be wrapped with
 * {@link #of(int, List, Function)} (so the estimators can be checked on functions with known
 * indices); a scenario is adapted by {@link SensitivityAnalysis}, where the coordinates are the
 * uniforms behind the uncertain inputs.
 *
 * <p>A model may also have <em>within-evaluation noise</em> that is not a coordinate — a
 * scenario's regime chains, outages and demand shocks. Such a model says so with
 * {@link #noisy()} and keys its noise by {@link PointBatch#stream(int)}: points with the same
 * stream index must see the same noise. {@link SobolIndices} then treats the noise as one more
 * factor (see there).
 *
 * <p>Implementations must be deterministic and may be called from one thread at a time; they may
 * parallelise a batch internally.
 */
public interface HypercubeModel {

    /**
     * Number of coordinates {@code d}, >= 1.
     *
     * @return number of coordinates {@code d}, >= 1
     */
    int dimensions();

    /**
     * Names of the coordinates; by default {@code x1 … xd}.
     *
     * @return names of the coordinates; by default {@code x1 … xd}
     */
    default List<String> dimensionNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= dimensions(); i++) {
            names.add("x" + i);
        }
        return names;
    }

    /**
     * Names of the outputs, at least one.
     *
     * @return names of the outputs, at least one
     */
    List<String> outputs();

    /**
     * Whether evaluations carry noise keyed by the stream index of the point.
     *
     * @return whether evaluations carry noise keyed by the stream index of the point
     */
    default boolean noisy() {
        return false;
    }

    /**
     * Name of the noise factor of a {@link #noisy()} model; by default {@code "noise"}.
     *
     * @return name of the noise factor of a {@link #noisy()} model; by default {@code "noise"}
     */
    default String noiseName() {
        return "noise";
    }

    /**
     * The 64-bit stream key of coordinate {@code i}: in a base sample with seed {@code s}, row
     * {@code r} has coordinate {@code i} equal to the first SplitMix64 output of the stream
     * {@code (s, r, key)} — the engine's plain Monte Carlo draw of an input keyed {@code key} on
     * path {@code r}. By default a key derived from {@code "hypercube.dimension." + i}.
     *
     * @param i index of the coordinate, in {@code [0, dimensions())}
     * @return the 64-bit stream key of coordinate {@code i}: in a base sample with seed {@code s}, row
     *         {@code r} has coordinate {@code i} equal to the first SplitMix64 output of the stream {@code
     *         (s, r, key)} — the engine's plain Monte Carlo draw of an input keyed {@code key} on path
     *         {@code r}
     */
    default long streamKey(int i) {
        return StreamKeys.keyOf("hypercube.dimension." + i);
    }

    /**
     * Evaluates every point of {@code batch}: output {@code o} of point {@code k} into
     * {@code out[o][k]}. Every value must be finite.
     *
     * @param batch the points to evaluate
     * @param out receives the outputs, {@code out[o][k]} for output {@code o} of point {@code k}
     */
    void evaluate(PointBatch batch, double[][] out);

    /**
     * Points to evaluate. Thread-safe: a model may read points from several threads.
     */
    interface PointBatch {
        /**
         * Number of points.
         *
         * @return number of points
         */
        int size();

        /**
         * Writes the coordinates of point {@code k}, each in (0, 1), into {@code u} (length {@code dimensions()}).
         *
         * @param k index of the point in the batch, in {@code [0, size())}
         * @param u receives the point's coordinates; length {@code dimensions()}
         */
        void point(int k, double[] u);

        /**
         * The index that keys point {@code k}'s noise (for noisy models); points sharing it share the noise.
         *
         * @param k index of the point in the batch, in {@code [0, size())}
         * @return the index that keys point {@code k}'s noise (for noisy models); points sharing it share
         *         the noise
         */
        long stream(int k);

        /**
         * The seed of the design the points come from.
         *
         * @return the seed of the design the points come from
         */
        long seed();
    }

    /**
     * A noise-free model from a function of the point returning one value per output, evaluated
     * point by point on the calling thread.
     *
     * @param dimensions number of coordinates
     * @param outputs    output names
     * @param function   {@code u -> outputs}; must not keep {@code u}, which is reused
     * @return a noise-free model from a function of the point returning one value per output, evaluated
     *         point by point on the calling thread
     */
    static HypercubeModel of(int dimensions, List<String> outputs, Function<double[], double[]> function) {
        if (dimensions < 1 || outputs.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one dimension and one output");
        }
        List<String> names = List.copyOf(outputs);
        return new HypercubeModel() {
            @Override
            public int dimensions() {
                return dimensions;
            }

            @Override
            public List<String> outputs() {
                return names;
            }

            @Override
            public void evaluate(PointBatch batch, double[][] out) {
                double[] u = new double[dimensions];
                for (int k = 0; k < batch.size(); k++) {
                    batch.point(k, u);
                    double[] y = function.apply(u);
                    if (y.length != names.size()) {
                        throw new IllegalArgumentException("the function returned " + y.length + " values for "
                                + names.size() + " outputs");
                    }
                    for (int o = 0; o < y.length; o++) {
                        out[o][k] = y[o];
                    }
                }
            }
        };
    }
}
