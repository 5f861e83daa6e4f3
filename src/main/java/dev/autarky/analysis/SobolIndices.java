package dev.autarky.analysis;

import dev.autarky.engine.RunSettings;
import dev.autarky.internal.Checks;
import dev.autarky.internal.random.Lxm;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.result.Estimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Variance-based (Sobol') sensitivity indices — first order and total — of every output of a
 * {@link HypercubeModel}, by Saltelli's sampling scheme, with bootstrap confidence intervals.
 *
 * <p><b>Design.</b> Two independent base samples {@code A} and {@code B} of {@code N} rows: row
 * {@code j} of {@code A} is the point whose coordinate {@code i} is the first output of the
 * stream {@code (seed, j, key_i)} ({@link HypercubeModel#streamKey}), row {@code j} of {@code B}
 * the same with row index {@code N + j} — for a scenario these are exactly paths {@code j} and
 * {@code N + j} of the plain Monte Carlo run with that seed. For each <em>factor</em> {@code g}
 * (one coordinate, or a group of coordinates that move together) the matrix {@code A_B^g} is
 * {@code A} with the columns of {@code g} taken from {@code B}. The model is evaluated on
 * {@code A}, {@code B} and every {@code A_B^g}: {@code N (G + 2)} evaluations for {@code G}
 * factors.
 *
 * <p><b>Noise.</b> A {@link HypercubeModel#noisy() noisy} model's noise is treated as one more
 * factor that belongs to the rows like any column: points of {@code A} and of every
 * {@code A_B^g} in row {@code j} use stream index {@code j}, points of {@code B} use
 * {@code N + j}, and one more matrix {@code A_B^noise} — the inputs of {@code A} with the noise of
 * {@code B} (stream {@code N + j}) — gives the noise its own indices. So the indices of the
 * coordinates are the usual ones of the model with the noise as an extra input, and the
 * variance they decompose includes the noise's.
 *
 * <p><b>Estimators</b> (Saltelli et al., Comput. Phys. Commun. 181, 2010, table 2), with
 * {@code f₀} the mean and {@code V} the variance of the {@code 2N} values on {@code A} and
 * {@code B}:
 * <pre>
 *   first order   S_g  = (1/N) Σ_j (f(B)_j − f₀) (f(A_B^g)_j − f(A)_j) / V      (Saltelli 2010)
 *   total         ST_g = (1/2N) Σ_j (f(A)_j − f(A_B^g)_j)² / V                   (Jansen 1999)
 * </pre>
 * (subtracting {@code f₀} leaves the first-order estimator unbiased and lowers its variance
 * when the output's mean is large, such as a calendar year). An output with no variance has NaN
 * indices.
 *
 * <p><b>Intervals</b>: percentile bootstrap over the rows {@code j} (each resample draws
 * {@code N} rows with replacement and recomputes {@code V}, {@code S} and {@code ST}), from an
 * L64X128MixRandom stream keyed by the seed — reproducible. Rows are independent under this
 * plain Monte Carlo design, which is what the bootstrap needs (a quasi-random design would give
 * smaller errors but no such interval).
 *
 * <p>Memory: {@code outputs × N (G + 3)} doubles of model values, plus {@code bootstrap × outputs
 * × G × 2} doubles for the intervals.
 */
public final class SobolIndices {

    private static final long BOOTSTRAP_KEY = StreamKeys.keyOf("analysis.sobol.bootstrap");

    private SobolIndices() {
    }

    /**
     * How to estimate.
     *
     * @param baseRows   rows {@code N} of each base sample, >= 2
     * @param seed       seed of the base samples (and of the bootstrap)
     * @param bootstrap  bootstrap resamples for the intervals, >= 0 (0: no intervals, NaN limits)
     * @param confidence confidence of the intervals, in (0, 1)
     */
    public record Settings(int baseRows, long seed, int bootstrap, double confidence) {
        /**
         * Validates.
         *
         * @param baseRows rows {@code N} of each base sample, >= 2
         * @param seed seed of the base samples (and of the bootstrap)
         * @param bootstrap bootstrap resamples for the intervals, >= 0 (0: no intervals, NaN limits)
         * @param confidence confidence of the intervals, in (0, 1)
         */
        public Settings {
            Checks.requireAtLeast(baseRows, 2, "baseRows");
            Checks.requireAtLeast(bootstrap, 0, "bootstrap");
            if (!(confidence > 0 && confidence < 1)) {
                throw Checks.fail("confidence", "in (0, 1)", confidence);
            }
        }

        /**
         * 1,024 rows, the engine's default seed, 500 resamples, 95 %.
         *
         * @return the default settings
         */
        public static Settings defaults() {
            return new Settings(1024, RunSettings.DEFAULT_SEED, 500, 0.95);
        }

        /**
         * These settings with {@code n} base rows.
         *
         * @param n rows {@code N} of each base sample, >= 2
         * @return these settings with {@code n} base rows
         */
        public Settings withBaseRows(int n) {
            return new Settings(n, seed, bootstrap, confidence);
        }

        /**
         * These settings with another seed.
         *
         * @param s seed of the base samples (and of the bootstrap)
         * @return these settings with another seed
         */
        public Settings withSeed(long s) {
            return new Settings(baseRows, s, bootstrap, confidence);
        }

        /**
         * These settings with {@code r} bootstrap resamples.
         *
         * @param r bootstrap resamples for the intervals, >= 0 (0: no intervals, NaN limits)
         * @return these settings with {@code r} bootstrap resamples
         */
        public Settings withBootstrap(int r) {
            return new Settings(baseRows, seed, r, confidence);
        }

        /**
         * These settings at another confidence.
         *
         * @param c confidence of the intervals, in (0, 1)
         * @return these settings at another confidence
         */
        public Settings withConfidence(double c) {
            return new Settings(baseRows, seed, bootstrap, c);
        }
    }

    /**
     * A factor: coordinates that are resampled together (a group's indices measure the group as a
     * whole, interactions within it included).
     *
     * @param name       the factor's name
     * @param dimensions the coordinates, each in {@code [0, d)}, no factor sharing one
     */
    public record Factor(String name, int[] dimensions) {
        /**
         * Validates and copies.
         *
         * @param name the factor's name
         * @param dimensions the coordinates, each in {@code [0, d)}, no factor sharing one
         */
        public Factor {
            Checks.requireNonBlank(name, "name");
            dimensions = dimensions.clone();
            if (dimensions.length == 0) {
                throw new IllegalArgumentException("factor " + name + ": needs at least one dimension");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Factor f && name.equals(f.name) && Arrays.equals(dimensions, f.dimensions);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(dimensions);
        }

        @Override
        public String toString() {
            return name + Arrays.toString(dimensions);
        }
    }

    /**
     * One factor per coordinate, named by {@link HypercubeModel#dimensionNames()}.
     *
     * @param model the model: a function of points of the unit hypercube
     * @return one factor per coordinate, named by {@link HypercubeModel#dimensionNames()}
     */
    public static List<Factor> eachDimension(HypercubeModel model) {
        List<String> names = model.dimensionNames();
        List<Factor> out = new ArrayList<>();
        for (int i = 0; i < model.dimensions(); i++) {
            out.add(new Factor(names.get(i), new int[] {i}));
        }
        return out;
    }

    /**
     * The indices of every coordinate of {@code model} (and of its noise, if it is noisy).
     *
     * @param model the model: a function of points of the unit hypercube
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @return the indices of every coordinate of {@code model}
     */
    public static SobolResult estimate(HypercubeModel model, Settings settings) {
        return estimate(model, eachDimension(model), settings);
    }

    /**
     * The indices of every factor of {@code model} (and of its noise, if it is noisy).
     * Coordinates in no factor keep their {@code A} values throughout (their effect is left in
     * the residual).
     *
     * @param model the model: a function of points of the unit hypercube
     * @param factors the factors, each a group of the model's coordinates
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @return the indices of every factor of {@code model}
     */
    public static SobolResult estimate(HypercubeModel model, List<Factor> factors, Settings settings) {
        int d = model.dimensions();
        int n = settings.baseRows();
        int[] factorOf = new int[d];
        Arrays.fill(factorOf, -1);
        List<String> names = new ArrayList<>();
        for (int g = 0; g < factors.size(); g++) {
            Factor f = factors.get(g);
            names.add(f.name());
            for (int i : f.dimensions()) {
                if (i < 0 || i >= d) {
                    throw new IllegalArgumentException("factor " + f.name() + ": no dimension " + i);
                }
                if (factorOf[i] >= 0) {
                    throw new IllegalArgumentException("dimension " + i + " is in two factors");
                }
                factorOf[i] = g;
            }
        }
        boolean noisy = model.noisy();
        if (noisy) {
            names.add(model.noiseName());
        }
        int groups = factors.size() + (noisy ? 1 : 0);
        long points = (long) n * (groups + 2);
        if (points > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("N (G + 2) = " + points + " evaluations: too many; use fewer rows or factors");
        }
        long[] keys = new long[d];
        for (int i = 0; i < d; i++) {
            keys[i] = model.streamKey(i);
        }
        int matrices = groups + 2;
        int noiseMatrix = noisy ? matrices - 1 : -1;
        long seed = settings.seed();
        HypercubeModel.PointBatch batch = new HypercubeModel.PointBatch() {
            @Override
            public int size() {
                return (int) points;
            }

            @Override
            public void point(int k, double[] u) {
                int m = k / n;
                long j = k % n;
                for (int i = 0; i < d; i++) {
                    boolean fromB = m == 1 || (m >= 2 && m != noiseMatrix && factorOf[i] == m - 2);
                    u[i] = StreamKeys.inputUniform(seed, fromB ? n + j : j, keys[i]);
                }
            }

            @Override
            public long stream(int k) {
                int m = k / n;
                long j = k % n;
                return m == 1 || m == noiseMatrix ? n + j : j;
            }

            @Override
            public long seed() {
                return seed;
            }
        };
        List<String> outputs = model.outputs();
        double[][] values = new double[outputs.size()][(int) points];
        model.evaluate(batch, values);
        for (int o = 0; o < values.length; o++) {
            for (double v : values[o]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("output " + outputs.get(o) + ": the model returned " + v);
                }
            }
        }
        return estimate(names, outputs, values, n, groups, settings, points);
    }

    private static SobolResult estimate(List<String> factorNames, List<String> outputs, double[][] values, int n,
            int groups, Settings settings, long evaluations) {
        int m = outputs.size();
        double conf = settings.confidence();
        Estimate[][] first = new Estimate[m][groups];
        Estimate[][] total = new Estimate[m][groups];
        double[] means = new double[m];
        double[] variances = new double[m];
        int resamples = settings.bootstrap();
        int[] weights = new int[n];
        double[][][] bootFirst = new double[m][groups][resamples];
        double[][][] bootTotal = new double[m][groups][resamples];
        double[][] point = new double[2][groups];
        for (int o = 0; o < m; o++) {
            double[] f = values[o];
            double f0 = 0;
            for (int k = 0; k < 2 * n; k++) {
                f0 += f[k];
            }
            f0 /= 2 * n;
            means[o] = f0;
            Arrays.fill(weights, 1);
            variances[o] = indices(f, n, groups, f0, weights, point);
            for (int g = 0; g < groups; g++) {
                first[o][g] = Intervals.undefined(point[0][g], conf);
                total[o][g] = Intervals.undefined(point[1][g], conf);
            }
        }
        if (resamples > 0) {
            Lxm rng = new Lxm();
            double[] f0s = means.clone();
            for (int r = 0; r < resamples; r++) {
                rng.seed(settings.seed(), r, BOOTSTRAP_KEY);
                Arrays.fill(weights, 0);
                for (int j = 0; j < n; j++) {
                    weights[(int) (((rng.nextLong() >>> 32) * n) >>> 32)]++;
                }
                for (int o = 0; o < m; o++) {
                    indices(values[o], n, groups, f0s[o], weights, point);
                    for (int g = 0; g < groups; g++) {
                        bootFirst[o][g][r] = point[0][g];
                        bootTotal[o][g][r] = point[1][g];
                    }
                }
            }
            for (int o = 0; o < m; o++) {
                for (int g = 0; g < groups; g++) {
                    first[o][g] = percentile(first[o][g].value(), bootFirst[o][g], conf);
                    total[o][g] = percentile(total[o][g].value(), bootTotal[o][g], conf);
                }
            }
        }
        return new SobolResult(factorNames, outputs, n, evaluations, resamples, conf, means, variances, first, total);
    }

    /**
     * First-order and total indices of every factor from the rows weighted by {@code w} (all 1 for
     * the estimate itself, bootstrap counts for a resample), into {@code out[0]} and {@code out[1]};
     * returns the variance. NaN indices when the variance is 0.
     */
    private static double indices(double[] f, int n, int groups, double centre, int[] w, double[][] out) {
        double sum = 0;
        long count = 0;
        for (int j = 0; j < n; j++) {
            if (w[j] != 0) {
                sum += w[j] * (f[j] + f[n + j]);
                count += 2L * w[j];
            }
        }
        double mean = sum / count;
        double ss = 0;
        for (int j = 0; j < n; j++) {
            if (w[j] != 0) {
                double a = f[j] - mean;
                double b = f[n + j] - mean;
                ss += w[j] * (a * a + b * b);
            }
        }
        double variance = ss / (count - 1);
        for (int g = 0; g < groups; g++) {
            int base = (g + 2) * n;
            double s1 = 0;
            double s2 = 0;
            for (int j = 0; j < n; j++) {
                int wj = w[j];
                if (wj != 0) {
                    double fa = f[j];
                    double fab = f[base + j];
                    double diff = fab - fa;
                    s1 += wj * (f[n + j] - centre) * diff;
                    s2 += wj * diff * diff;
                }
            }
            boolean none = !(variance > 0);
            out[0][g] = none ? Double.NaN : s1 / n / variance;
            out[1][g] = none ? Double.NaN : s2 / (2.0 * n) / variance;
        }
        return variance;
    }

    /** The percentile interval of the bootstrap values (NaN limits when the estimate is NaN). */
    private static Estimate percentile(double value, double[] boot, double confidence) {
        if (Double.isNaN(value)) {
            return Intervals.undefined(value, confidence);
        }
        double[] sorted = Arrays.stream(boot).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Intervals.undefined(value, confidence);
        }
        double alpha = (1 - confidence) / 2;
        return new Estimate(value, quantile(sorted, alpha), quantile(sorted, 1 - alpha), confidence);
    }

    /** Type-7 quantile (linear interpolation) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
