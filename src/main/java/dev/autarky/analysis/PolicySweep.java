package dev.autarky.analysis;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.TaskRunner;
import dev.autarky.internal.Version;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.internal.tasks.Evaluations;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.TimeGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A policy lever swept over a grid of values, every point run with the same seed, paths, block
 * size and design (common random numbers), giving the frontier of a cost against
 * P(self-reliant by a year). The first value is the reference for the paired changes. Memory: the
 * first point's and one other point's outcomes at a time (per path 4 bytes per criterion and 8 per
 * cost).
 */
public final class PolicySweep {

    private PolicySweep() {
    }

    /**
     * How to run a sweep.
     *
     * @param run        paths, seed, threads, block size and design of every point (no stop rule)
     * @param byYear     the year of P(self-reliant by the end of the year); 0 for the last of the horizon
     * @param cost       the cost whose mean is reported (not the levelized domestic cost)
     * @param confidence confidence of the intervals
     */
    public record Settings(RunSettings run, int byYear, String cost, double confidence) {
        /**
         * Validates.
         *
         * @param run paths, seed, threads, block size and design of every point (no stop rule)
         * @param byYear the year of P(self-reliant by the end of the year); 0 for the last of the horizon
         * @param cost the cost whose mean is reported (not the levelized domestic cost)
         * @param confidence confidence of the intervals
         */
        public Settings {
            if (run.stopRule().active()) {
                throw new IllegalArgumentException("run: a sweep runs a fixed number of paths; remove the stop rule");
            }
            if (run.paths() < 2 || run.paths() > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("run.paths: must be in [2, 2^31 - 9], was " + run.paths());
            }
            if (!PolicyComparison.additiveCosts().contains(cost)) {
                throw new IllegalArgumentException("cost: must be one of " + PolicyComparison.additiveCosts()
                        + ", was \"" + cost + "\"");
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence: must be in (0, 1), was " + confidence);
            }
        }

        /**
         * 10,000 paths of plain Monte Carlo with the default seed, the last year, the system cost, 95 %.
         *
         * @return the default settings
         */
        public static Settings defaults() {
            return new Settings(RunSettings.defaults().withPaths(10_000), 0, "systemCost", 0.95);
        }

        /**
         * These settings with {@code n} paths.
         *
         * @param n number of paths, >= 1
         * @return these settings with {@code n} paths
         */
        public Settings withPaths(long n) {
            return new Settings(run.withPaths(n), byYear, cost, confidence);
        }

        /**
         * These settings with another run.
         *
         * @param r paths, seed, threads, block size and design of every point (no stop rule)
         * @return these settings with another run
         */
        public Settings withRun(RunSettings r) {
            return new Settings(r, byYear, cost, confidence);
        }

        /**
         * These settings with another year.
         *
         * @param year the year of P(self-reliant by the end of the year); 0 for the last of the horizon
         * @return these settings with another year
         */
        public Settings withByYear(int year) {
            return new Settings(run, year, cost, confidence);
        }

        /**
         * These settings with another cost.
         *
         * @param name the cost whose mean is reported (not the levelized domestic cost)
         * @return these settings with another cost
         */
        public Settings withCost(String name) {
            return new Settings(run, byYear, name, confidence);
        }
    }

    /**
     * Sweeps {@code lever} of {@code base} over {@code values}.
     *
     * @param base the scenario
     * @param lever what the sweep varies
     * @param values the lever's values, in its unit, one run each
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @return one row of outcomes per value
     */
    public static SweepResult run(Scenario base, Lever lever, double[] values, Settings settings) {
        return sweep(base, lever, values, settings, null);
    }

    /**
     * Sweeps {@code lever} of {@code base} over {@code values} through {@code runner}: each value's
     * paths are cut into tasks of contiguous paths, so the result equals
     * {@link #run(Scenario, Lever, double[], Settings)}'s bit for bit (docs/distributed.md).
     *
     * @param base the scenario
     * @param lever what the sweep varies
     * @param values the lever's values, in its unit, one run each
     * @param settings how to run: paths, seed, block size, sampling
     * @param runner where the tasks run, e.g. on a Spark cluster
     * @return one row of outcomes per value
     * @throws dev.autarky.engine.SimulationFailedException if the runner failed (its failure is the cause)
     */
    public static SweepResult run(Scenario base, Lever lever, double[] values, Settings settings, TaskRunner runner) {
        return sweep(base, lever, values, settings, Objects.requireNonNull(runner, "runner"));
    }

    private static SweepResult sweep(Scenario base, Lever lever, double[] values, Settings settings,
            TaskRunner runner) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values: give at least one value");
        }
        TimeGrid time = base.time();
        int byYear = SensitivityAnalysis.resolveYear(time, settings.byYear());
        int by = PathTimes.stepsBy(time, byYear);
        int cost = CompiledScenario.COSTS.indexOf(settings.cost());
        double conf = settings.confidence();
        RunSettings run = settings.run();
        List<Scenario> variants = new ArrayList<>();
        for (double v : values) {
            Scenario variant = lever.apply(base, v);
            PolicyComparison.requireComparable(base, variant, run.sampling());
            variants.add(variant);
        }
        PathEvaluator.Outputs first = null;
        List<SweepResult.Point> points = new ArrayList<>();
        int criteria = base.criteria().size();
        for (int p = 0; p < values.length; p++) {
            PathEvaluator.Outputs o = Evaluations.of(CompiledScenario.of(variants.get(p)), runner).run(run.seed(), run.paths(),
                    run.blockSize(), InputDesign.Kind.valueOf(run.sampling().name()), -1, 0.5,
                    PathEvaluator.Selection.OUTCOMES, run.threads());
            if (first == null) {
                first = o;
            }
            List<Estimate> probability = new ArrayList<>();
            List<Estimate> change = new ArrayList<>();
            for (int c = 0; c < criteria; c++) {
                long hits = 0;
                for (int k : o.steps()[c]) {
                    hits += PathTimes.by(k, by) ? 1 : 0;
                }
                probability.add(Intervals.proportion(hits, o.size(), conf));
                change.add(SensitivityAnalysis.pairedProportion(o.steps()[c], first.steps()[c], by, conf));
            }
            points.add(new SweepResult.Point(values[p], variants.get(p).name(), probability,
                    Intervals.mean(o.costs()[cost], conf), change,
                    SensitivityAnalysis.pairedMean(o.costs()[cost], first.costs()[cost], conf)));
        }
        RunInfo info = new RunInfo(base.name(), run.seed(), run.paths(), run.threads(), run.blockSize(),
                run.sampling().id(), StreamKeys.DESCRIPTION, Version.VALUE, time.startYear(), time.stepsPerYear(),
                time.horizonYears(), base.economics().currency());
        return new SweepResult(info, lever.name(), lever.unit(), byYear, settings.cost(),
                SensitivityAnalysis.costUnit(base, settings.cost()),
                base.criteria().stream().map(SelfRelianceCriterion::id).toList(), points, conf);
    }
}
