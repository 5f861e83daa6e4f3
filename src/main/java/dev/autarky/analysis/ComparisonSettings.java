package dev.autarky.analysis;

import dev.autarky.engine.RunSettings;
import dev.autarky.internal.Checks;
import java.util.List;

/**
 * How to run a {@link PolicyComparison}.
 *
 * @param run              paths, seed, threads, block size and sampling design, the same for every
 *                         scenario (that is what makes the numbers common); no stop rule, no capture
 * @param series           series whose yearly means are compared path by path; null for the
 *                         default: every {@code capabilityShare.*} series and {@code untrustedShare.all}
 * @param independentRuns  whether to run each alternative once more with seed {@code seed + 1}, to
 *                         measure what the comparison would cost without common random numbers
 * @param ratioCost        the cost in "cost per year saved"
 * @param confidence       confidence of every interval, in (0, 1)
 */
public record ComparisonSettings(RunSettings run, List<String> series, boolean independentRuns, String ratioCost,
        double confidence) {

    /**
     * Validates.
     *
     * @param run paths, seed, threads, block size and sampling design, the same for every scenario (that is
     *            what makes the numbers common); no stop rule, no capture
     * @param series series whose yearly means are compared path by path; null for the default: every {@code
     *               capabilityShare.*} series and {@code untrustedShare.all}
     * @param independentRuns whether to run each alternative once more with seed {@code seed + 1}, to
     *                        measure what the comparison would cost without common random numbers
     * @param ratioCost the cost in "cost per year saved"
     * @param confidence confidence of every interval, in (0, 1)
     */
    public ComparisonSettings {
        Checks.requireNonNull(run, "run");
        if (run.stopRule().active()) {
            throw new IllegalArgumentException("run: a comparison runs a fixed number of paths; remove the stop rule");
        }
        if (run.paths() < 2 || run.paths() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("run.paths: must be in [2, 2^31 - 9], was " + run.paths());
        }
        series = series == null ? null : List.copyOf(series);
        Checks.requireNonBlank(ratioCost, "ratioCost");
        if (!(confidence > 0 && confidence < 1)) {
            throw Checks.fail("confidence", "in (0, 1)", confidence);
        }
    }

    /**
     * Defaults: 20,000 paths of plain Monte Carlo with the default seed, the default series, independent runs, system cost, 95 %.
     *
     * @return the default settings
     */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(RunSettings.defaults().withPaths(20_000), null, true, "systemCost", 0.95);
    }

    /**
     * These settings with another run.
     *
     * @param r paths, seed, threads, block size and sampling design, the same for every scenario (that is
     *          what makes the numbers common); no stop rule, no capture
     * @return these settings with another run
     */
    public ComparisonSettings withRun(RunSettings r) {
        return new ComparisonSettings(r, series, independentRuns, ratioCost, confidence);
    }

    /**
     * These settings with {@code n} paths.
     *
     * @param n number of paths, >= 1
     * @return these settings with {@code n} paths
     */
    public ComparisonSettings withPaths(long n) {
        return withRun(run.withPaths(n));
    }

    /**
     * These settings with another seed.
     *
     * @param seed the run's seed
     * @return these settings with another seed
     */
    public ComparisonSettings withSeed(long seed) {
        return withRun(run.withSeed(seed));
    }

    /**
     * These settings with {@code n} threads.
     *
     * @param n number of worker threads, >= 1
     * @return these settings with {@code n} threads
     */
    public ComparisonSettings withThreads(int n) {
        return withRun(run.withThreads(n));
    }

    /**
     * These settings comparing other series (empty for none).
     *
     * @param names series whose yearly means are compared path by path; null for the default: every {@code
     *              capabilityShare.*} series and {@code untrustedShare.all}
     * @return these settings comparing other series
     */
    public ComparisonSettings withSeries(List<String> names) {
        return new ComparisonSettings(run, names, independentRuns, ratioCost, confidence);
    }

    /**
     * These settings with or without the independent runs.
     *
     * @param on whether to run each alternative once more with seed {@code seed + 1}, to measure what the
     *           comparison would cost without common random numbers
     * @return these settings with or without the independent runs
     */
    public ComparisonSettings withIndependentRuns(boolean on) {
        return new ComparisonSettings(run, series, on, ratioCost, confidence);
    }

    /**
     * These settings with another cost in "cost per year saved".
     *
     * @param cost the cost in "cost per year saved"
     * @return these settings with another cost in "cost per year saved"
     */
    public ComparisonSettings withRatioCost(String cost) {
        return new ComparisonSettings(run, series, independentRuns, cost, confidence);
    }

    /**
     * These settings at another confidence.
     *
     * @param c confidence of every interval, in (0, 1)
     * @return these settings at another confidence
     */
    public ComparisonSettings withConfidence(double c) {
        return new ComparisonSettings(run, series, independentRuns, ratioCost, c);
    }
}
