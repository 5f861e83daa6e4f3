package dev.autarky.analysis;

import dev.autarky.engine.RunSettings;
import dev.autarky.internal.Checks;
import java.util.List;

/**
 * How to run a {@link SensitivityAnalysis}: the run behind the rank measures, the year of
 * P(self-reliant by year), the series whose sensitivity is followed over time, and the sizes of
 * the tornado and Sobol designs. Every part uses the run's seed, so the same settings give the
 * same result on any number of threads.
 *
 * @param run            paths, seed, threads, block size and sampling design of the run that
 *                       feeds the rank correlations (its stop rule and capture must be unset:
 *                       the analysis keeps what it needs itself)
 * @param byYear         the calendar year of {@code P(self-reliant by the end of byYear)} in the
 *                       tornado and the Sobol indicators; 0 for the last year of the horizon
 * @param series         series whose Spearman correlations with every input are computed at every
 *                       step; null for the default: every {@code capabilityShare.*} series and
 *                       {@code untrustedShare.all}
 * @param tornadoPaths   paths of each tornado run (two per input, plus a baseline); 0 for no tornado
 * @param tornadoInputs  the most inputs in the tornado, those with the largest absolute Spearman
 *                       correlation with any outcome; {@link Integer#MAX_VALUE} for all
 * @param sobolRows      rows {@code N} of each Sobol base sample; 0 for no Sobol indices
 * @param sobolBootstrap bootstrap resamples of the Sobol intervals
 * @param grouping       one Sobol factor per input, or per component of the scenario
 * @param confidence     confidence of every interval, in (0, 1)
 */
public record SensitivitySettings(RunSettings run, int byYear, List<String> series, int tornadoPaths,
        int tornadoInputs, int sobolRows, int sobolBootstrap, SobolGrouping grouping, double confidence) {

    /**
     * Validates.
     *
     * @param run paths, seed, threads, block size and sampling design of the run that feeds the rank
     *            correlations (its stop rule and capture must be unset: the analysis keeps what it needs
     *            itself)
     * @param byYear the calendar year of {@code P(self-reliant by the end of byYear)} in the tornado and the
     *               Sobol indicators; 0 for the last year of the horizon
     * @param series series whose Spearman correlations with every input are computed at every step; null for
     *               the default: every {@code capabilityShare.*} series and {@code untrustedShare.all}
     * @param tornadoPaths paths of each tornado run (two per input, plus a baseline); 0 for no tornado
     * @param tornadoInputs the most inputs in the tornado, those with the largest absolute Spearman
     *                      correlation with any outcome; {@link Integer#MAX_VALUE} for all
     * @param sobolRows rows {@code N} of each Sobol base sample; 0 for no Sobol indices
     * @param sobolBootstrap bootstrap resamples of the Sobol intervals
     * @param grouping one Sobol factor per input, or per component of the scenario
     * @param confidence confidence of every interval, in (0, 1)
     */
    public SensitivitySettings {
        Checks.requireNonNull(run, "run");
        if (run.stopRule().active()) {
            throw new IllegalArgumentException("run: a sensitivity analysis runs a fixed number of paths; "
                    + "remove the stop rule");
        }
        if (run.paths() < 10 || run.paths() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("run.paths: must be in [10, 2^31 - 9], was " + run.paths());
        }
        series = series == null ? null : List.copyOf(series);
        Checks.requireAtLeast(tornadoPaths, 0, "tornadoPaths");
        Checks.requireAtLeast(tornadoInputs, 1, "tornadoInputs");
        Checks.requireAtLeast(sobolRows, 0, "sobolRows");
        if (sobolRows == 1) {
            throw new IllegalArgumentException("sobolRows: must be 0 (none) or >= 2, was 1");
        }
        Checks.requireAtLeast(sobolBootstrap, 0, "sobolBootstrap");
        Checks.requireNonNull(grouping, "grouping");
        if (!(confidence > 0 && confidence < 1)) {
            throw Checks.fail("confidence", "in (0, 1)", confidence);
        }
    }

    /**
     * Defaults: 20,000 paths of plain Monte Carlo with the default seed on every processor, the
     * last year of the horizon, the default series, a tornado of every input on 2,000 paths,
     * Sobol indices per component of the scenario on 512 rows with 300 resamples, 95 %.
     *
     * @return the default settings
     */
    public static SensitivitySettings defaults() {
        return new SensitivitySettings(RunSettings.defaults().withPaths(20_000), 0, null, 2_000, Integer.MAX_VALUE, 512,
                300, SobolGrouping.COMPONENT, 0.95);
    }

    /**
     * These settings with another run.
     *
     * @param r paths, seed, threads, block size and sampling design of the run that feeds the rank
     *          correlations (its stop rule and capture must be unset: the analysis keeps what it needs
     *          itself)
     * @return these settings with another run
     */
    public SensitivitySettings withRun(RunSettings r) {
        return new SensitivitySettings(r, byYear, series, tornadoPaths, tornadoInputs, sobolRows, sobolBootstrap,
                grouping, confidence);
    }

    /**
     * These settings with {@code n} paths for the rank measures.
     *
     * @param n number of paths, >= 1
     * @return these settings with {@code n} paths for the rank measures
     */
    public SensitivitySettings withPaths(long n) {
        return withRun(run.withPaths(n));
    }

    /**
     * These settings with another seed.
     *
     * @param seed the run's seed
     * @return these settings with another seed
     */
    public SensitivitySettings withSeed(long seed) {
        return withRun(run.withSeed(seed));
    }

    /**
     * These settings with {@code n} threads.
     *
     * @param n number of worker threads, >= 1
     * @return these settings with {@code n} threads
     */
    public SensitivitySettings withThreads(int n) {
        return withRun(run.withThreads(n));
    }

    /**
     * These settings with another year for P(self-reliant by year).
     *
     * @param year the calendar year of {@code P(self-reliant by the end of byYear)} in the tornado and the
     *             Sobol indicators; 0 for the last year of the horizon
     * @return these settings with another year for P
     */
    public SensitivitySettings withByYear(int year) {
        return new SensitivitySettings(run, year, series, tornadoPaths, tornadoInputs, sobolRows, sobolBootstrap,
                grouping, confidence);
    }

    /**
     * These settings following other series over time (empty for none).
     *
     * @param names series whose Spearman correlations with every input are computed at every step; null for
     *              the default: every {@code capabilityShare.*} series and {@code untrustedShare.all}
     * @return these settings following other series over time
     */
    public SensitivitySettings withSeries(List<String> names) {
        return new SensitivitySettings(run, byYear, names, tornadoPaths, tornadoInputs, sobolRows, sobolBootstrap,
                grouping, confidence);
    }

    /**
     * These settings with a tornado on {@code paths} paths of at most {@code inputs} inputs (0 paths: none).
     *
     * @param paths number of paths
     * @param inputs the most inputs the tornado swings, the strongest by rank correlation first
     * @return these settings with a tornado on {@code paths} paths of at most {@code inputs} inputs
     */
    public SensitivitySettings withTornado(int paths, int inputs) {
        return new SensitivitySettings(run, byYear, series, paths, inputs, sobolRows, sobolBootstrap, grouping,
                confidence);
    }

    /**
     * These settings with Sobol indices on {@code rows} rows (0: none) and {@code bootstrap} resamples.
     *
     * @param rows rows of each Sobol base sample (0: no Sobol indices)
     * @param bootstrap bootstrap resamples behind the indices' intervals (0: none)
     * @param g how inputs group into Sobol factors
     * @return these settings with Sobol indices on {@code rows} rows (0: none) and {@code bootstrap}
     *         resamples
     */
    public SensitivitySettings withSobol(int rows, int bootstrap, SobolGrouping g) {
        return new SensitivitySettings(run, byYear, series, tornadoPaths, tornadoInputs, rows, bootstrap, g,
                confidence);
    }

    /**
     * These settings at another confidence.
     *
     * @param c confidence of every interval, in (0, 1)
     * @return these settings at another confidence
     */
    public SensitivitySettings withConfidence(double c) {
        return new SensitivitySettings(run, byYear, series, tornadoPaths, tornadoInputs, sobolRows, sobolBootstrap,
                grouping, c);
    }
}
