package dev.autarky.analysis;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.TaskRunner;
import dev.autarky.internal.Version;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.internal.engine.SeriesSpec;
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
 * Which policy buys the most years: a baseline and alternatives that differ in policy levers, run
 * with the same seed, paths, block size and sampling design, compared path by path.
 *
 * <p>Because every draw of path {@code i} comes from streams keyed by {@code (seed, i, name)},
 * path {@code i} of every scenario sees the same draws for everything the scenarios share — the
 * same China regime history, the same demand, the same project outcomes — and differs only
 * through the levers (common random numbers). The per-path differences then vary far less than
 * the outcomes themselves, and their mean has a much narrower interval than the difference of two
 * independent runs; with {@link ComparisonSettings#independentRuns()} the comparison measures by
 * how much, by running each alternative once more with seed {@code seed + 1}.
 *
 * <p>Under the Sobol design, common random numbers hold only when the scenarios have the same
 * uncertain inputs in the same order (docs/sampling.md); other Sobol comparisons are refused. The
 * scenarios must share the time grid and the criteria (by id, in order). Memory: per scenario and
 * path 4 bytes per criterion, 8 per cost and 8 per step of each series compared, for the baseline
 * and two runs of one alternative at a time.
 *
 * <pre>{@code
 * Scenario base = Scenarios.japanRareEarths();
 * Scenario moreStock = Levers.stockpileScale("Dy", "Tb").apply(base, 2);
 * ComparisonResult r = PolicyComparison.run(base, List.of(moreStock),
 *         ComparisonSettings.defaults().withPaths(20_000));
 * ComparisonResult.CriterionDifference d = r.alternatives().get(0).criterion("heavy-90");
 * }</pre>
 */
public final class PolicyComparison {

    private PolicyComparison() {
    }

    /**
     * Compares every alternative with {@code baseline}.
     *
     * @param baseline the baseline scenario
     * @param alternatives the policy variants, each compared with the baseline path by path
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @return the paired differences of every alternative from the baseline
     */
    public static ComparisonResult run(Scenario baseline, List<Scenario> alternatives, ComparisonSettings settings) {
        return compare(baseline, alternatives, settings, null);
    }

    /**
     * Compares every alternative with {@code baseline} through {@code runner}: each scenario's
     * paths (and each independent run's) are cut into tasks of contiguous paths, so the result
     * equals {@link #run(Scenario, List, ComparisonSettings)}'s bit for bit (its
     * {@code run().threads()} too: the settings' thread count is recorded, though a task runs on one
     * thread). docs/distributed.md.
     *
     * @param baseline the baseline scenario
     * @param alternatives the policy variants, each compared with the baseline path by path
     * @param settings how to run: paths, seed, block size, sampling
     * @param runner where the tasks run, e.g. on a Spark cluster
     * @return the paired differences of every alternative from the baseline
     * @throws dev.autarky.engine.SimulationFailedException if the runner failed (its failure is the cause)
     */
    public static ComparisonResult run(Scenario baseline, List<Scenario> alternatives, ComparisonSettings settings,
            TaskRunner runner) {
        return compare(baseline, alternatives, settings, Objects.requireNonNull(runner, "runner"));
    }

    private static ComparisonResult compare(Scenario baseline, List<Scenario> alternatives, ComparisonSettings settings,
            TaskRunner runner) {
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("alternatives: name at least one scenario to compare with the baseline");
        }
        CompiledScenario base = CompiledScenario.of(baseline);
        int cost = CompiledScenario.COSTS.indexOf(settings.ratioCost());
        if (cost < 0 || settings.ratioCost().equals("levelizedDomesticCostPerKg")) {
            throw new IllegalArgumentException("ratioCost: must be one of " + additiveCosts() + ", was \""
                    + settings.ratioCost() + "\"");
        }
        List<String> seriesNames = settings.series() != null ? settings.series() : defaultSeries(base);
        List<CompiledScenario> compiled = new ArrayList<>();
        for (Scenario alt : alternatives) {
            CompiledScenario c = CompiledScenario.of(alt);
            requireComparable(baseline, alt, settings.run().sampling());
            compiled.add(c);
        }
        RunSettings run = settings.run();
        long independentSeed = run.seed() + 1;
        PathEvaluator.Outputs b = evaluate(base, seriesNames, run, run.seed(), runner);
        List<ComparisonResult.Alternative> results = new ArrayList<>();
        for (CompiledScenario c : compiled) {
            PathEvaluator.Outputs a = evaluate(c, seriesNames, run, run.seed(), runner);
            PathEvaluator.Outputs ai = settings.independentRuns() ? evaluate(c, seriesNames, run, independentSeed, runner)
                    : null;
            results.add(compare(baseline, c, b, a, ai, seriesNames, cost, settings));
        }
        TimeGrid time = baseline.time();
        RunInfo info = new RunInfo(baseline.name(), run.seed(), run.paths(), run.threads(), run.blockSize(),
                run.sampling().id(), StreamKeys.DESCRIPTION, Version.VALUE, time.startYear(), time.stepsPerYear(),
                time.horizonYears(), baseline.economics().currency());
        return new ComparisonResult(info, settings.confidence(), settings.independentRuns(), independentSeed, baseline.name(),
                baseline.criteria().stream().map(SelfRelianceCriterion::id).toList(), results);
    }

    static List<String> additiveCosts() {
        return CompiledScenario.COSTS.stream().filter(n -> !n.equals("levelizedDomesticCostPerKg")).toList();
    }

    private static List<String> defaultSeries(CompiledScenario c) {
        List<String> names = new ArrayList<>();
        for (SeriesSpec s : c.series) {
            if (s.name().startsWith("capabilityShare.") || s.name().equals("untrustedShare.all")) {
                names.add(s.name());
            }
        }
        return names;
    }

    /** Refuses scenarios that cannot be compared path by path. */
    static void requireComparable(Scenario baseline, Scenario alt, SamplingDesign design) {
        if (!baseline.time().equals(alt.time())) {
            throw new IllegalArgumentException("scenario " + alt.name() + ": its time grid " + alt.time()
                    + " differs from the baseline's " + baseline.time());
        }
        List<String> ids = baseline.criteria().stream().map(SelfRelianceCriterion::id).toList();
        List<String> altIds = alt.criteria().stream().map(SelfRelianceCriterion::id).toList();
        if (!ids.equals(altIds)) {
            throw new IllegalArgumentException("scenario " + alt.name() + ": its criteria " + altIds
                    + " differ from the baseline's " + ids);
        }
        if (design == SamplingDesign.SOBOL && !baseline.inputNames().equals(alt.inputNames())) {
            throw new IllegalArgumentException("scenario " + alt.name() + ": under the Sobol design common random "
                    + "numbers need the same uncertain inputs in the same order (docs/sampling.md); compare with "
                    + "mc, lhs or antithetic");
        }
    }

    private static PathEvaluator.Outputs evaluate(CompiledScenario c, List<String> series, RunSettings run, long seed,
            TaskRunner runner) {
        int[] idx = SensitivityAnalysis.seriesIndices(c, series);
        return Evaluations.of(c, runner).run(seed, run.paths(), run.blockSize(), InputDesign.Kind.valueOf(run.sampling().name()),
                -1, 0.5, new PathEvaluator.Selection(false, idx), run.threads());
    }

    private static ComparisonResult.Alternative compare(Scenario baseline, CompiledScenario alt,
            PathEvaluator.Outputs b, PathEvaluator.Outputs a, PathEvaluator.Outputs ai, List<String> seriesNames,
            int ratioCost, ComparisonSettings settings) {
        double conf = settings.confidence();
        TimeGrid time = baseline.time();
        int n = b.size();
        List<ComparisonResult.CriterionDifference> criteria = new ArrayList<>();
        double[] costAdded = difference(a.costs()[ratioCost], b.costs()[ratioCost]);
        for (int c = 0; c < baseline.criteria().size(); c++) {
            int[] sb = b.steps()[c];
            int[] sa = a.steps()[c];
            int[] si = ai == null ? null : ai.steps()[c];
            List<ComparisonResult.YearDifference> byYear = new ArrayList<>();
            for (int year = time.startYear(); year < time.endYear(); year++) {
                int by = PathTimes.stepsBy(time, year);
                double[] xb = indicator(sb, by);
                double[] xa = indicator(sa, by);
                double[] xi = si == null ? null : indicator(si, by);
                byYear.add(new ComparisonResult.YearDifference(year, Intervals.proportion(count(xb), n, conf),
                        Intervals.proportion(count(xa), n, conf), proportionDifference(xb, xa, xi, conf)));
            }
            double[] rb = restricted(time, sb);
            double[] ra = restricted(time, sa);
            double[] ri = si == null ? null : restricted(time, si);
            // years saved = baseline − alternative: pass the roles swapped
            ComparisonResult.PairedEstimate saved = meanDifference(ra, rb, ri, ri == null ? null : rb, conf);
            long altFirst = 0;
            long baseFirst = 0;
            long same = 0;
            long neither = 0;
            for (int i = 0; i < n; i++) {
                int kb = sb[i];
                int ka = sa[i];
                if (ka < 0 && kb < 0) {
                    neither++;
                } else if (ka == kb) {
                    same++;
                } else if (kb < 0 || (ka >= 0 && ka < kb)) {
                    altFirst++;
                } else {
                    baseFirst++;
                }
            }
            double[] yearsSaved = difference(rb, ra);
            criteria.add(new ComparisonResult.CriterionDifference(alt.criterionIds().get(c),
                    baseline.criteria().get(c).name(), byYear, saved, Intervals.proportion(altFirst, n, conf),
                    Intervals.proportion(baseFirst, n, conf), Intervals.proportion(same, n, conf),
                    Intervals.proportion(neither, n, conf), ratio(costAdded, yearsSaved, conf)));
        }
        List<ComparisonResult.CostDifference> costs = new ArrayList<>();
        for (int j = 0; j < CompiledScenario.COSTS.size(); j++) {
            String name = CompiledScenario.COSTS.get(j);
            if (name.equals("levelizedDomesticCostPerKg")) {
                continue;
            }
            costs.add(new ComparisonResult.CostDifference(name, SensitivityAnalysis.costUnit(baseline, name),
                    Intervals.mean(b.costs()[j], conf), Intervals.mean(a.costs()[j], conf),
                    meanDifference(b.costs()[j], a.costs()[j], b.costs()[j], ai == null ? null : ai.costs()[j], conf)));
        }
        List<ComparisonResult.SeriesDifference> series = new ArrayList<>();
        int[] idx = SensitivityAnalysis.seriesIndices(alt, seriesNames);
        for (int s = 0; s < seriesNames.size(); s++) {
            List<ComparisonResult.YearDifference> years = new ArrayList<>();
            for (int year = time.startYear(); year < time.endYear(); year++) {
                double[] xb = yearMean(b.series()[s], time, year);
                double[] xa = yearMean(a.series()[s], time, year);
                double[] xi = ai == null ? null : yearMean(ai.series()[s], time, year);
                years.add(new ComparisonResult.YearDifference(year, Intervals.mean(xb, conf), Intervals.mean(xa, conf),
                        meanDifference(xb, xa, xb, xi, conf)));
            }
            series.add(new ComparisonResult.SeriesDifference(seriesNames.get(s), alt.series.get(idx[s]).unit(), years));
        }
        return new ComparisonResult.Alternative(alt.scenario.name(), alt.scenario.title(), criteria, costs, series);
    }

    // ---- paired and independent differences ----

    /**
     * The difference {@code mean(alt) − mean(base)}: paired on the same paths (Student's t on the
     * per-path differences); independent from {@code indepBase} and {@code indepAlt} (Welch), with
     * the variance ratio (the sample variances of {@code indepBase} and {@code indepAlt} over that
     * of the paired differences). {@code indepAlt} null: no independent estimate.
     */
    static ComparisonResult.PairedEstimate meanDifference(double[] base, double[] alt, double[] indepBase,
            double[] indepAlt, double conf) {
        double[] d = difference(alt, base);
        Intervals.Moments md = Intervals.Moments.of(d);
        Estimate paired = Intervals.meanOf(md, conf);
        if (indepAlt == null) {
            return new ComparisonResult.PairedEstimate(paired, null, Double.NaN);
        }
        Intervals.Moments mb = Intervals.Moments.of(indepBase);
        Intervals.Moments mi = Intervals.Moments.of(indepAlt);
        Estimate independent = Intervals.welch(mi, mb, conf);
        return new ComparisonResult.PairedEstimate(paired, independent, varianceRatio(mb.variance + mi.variance, md.variance));
    }

    /** As {@link #meanDifference} for 0/1 indicators, with Newcombe's paired and independent intervals. */
    static ComparisonResult.PairedEstimate proportionDifference(double[] base, double[] alt, double[] indepAlt,
            double conf) {
        long both = 0;
        long onlyAlt = 0;
        long onlyBase = 0;
        for (int i = 0; i < base.length; i++) {
            boolean x = alt[i] != 0;
            boolean y = base[i] != 0;
            if (x && y) {
                both++;
            } else if (x) {
                onlyAlt++;
            } else if (y) {
                onlyBase++;
            }
        }
        long n = base.length;
        Estimate paired = Intervals.newcombePaired(both, onlyAlt, onlyBase, n - both - onlyAlt - onlyBase, conf);
        if (indepAlt == null) {
            return new ComparisonResult.PairedEstimate(paired, null, Double.NaN);
        }
        Estimate independent = Intervals.newcombeIndependent(count(indepAlt), n, count(base), n, conf);
        double vd = Intervals.Moments.of(difference(alt, base)).variance;
        double vb = Intervals.Moments.of(base).variance;
        double vi = Intervals.Moments.of(indepAlt).variance;
        return new ComparisonResult.PairedEstimate(paired, independent, varianceRatio(vb + vi, vd));
    }

    static double varianceRatio(double independent, double paired) {
        if (paired > 0) {
            return independent / paired;
        }
        return independent > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /** Fieller's interval for {@code mean(x) / mean(y)} from paired values. */
    static Estimate ratio(double[] x, double[] y, double conf) {
        int n = x.length;
        Intervals.Moments mx = Intervals.Moments.of(x);
        Intervals.Moments my = Intervals.Moments.of(y);
        double cov = 0;
        for (int i = 0; i < n; i++) {
            cov += (x[i] - mx.mean) * (y[i] - my.mean);
        }
        cov /= Math.max(1, n - 1);
        return Intervals.fieller(mx.mean, my.mean, mx.variance / n, my.variance / n, cov / n, n, conf);
    }

    static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double[] indicator(int[] steps, int by) {
        double[] x = new double[steps.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = PathTimes.by(steps[i], by) ? 1 : 0;
        }
        return x;
    }

    private static long count(double[] x) {
        long n = 0;
        for (double v : x) {
            n += v != 0 ? 1 : 0;
        }
        return n;
    }

    private static double[] restricted(TimeGrid time, int[] steps) {
        double[] x = new double[steps.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = PathTimes.restricted(time, steps[i]);
        }
        return x;
    }

    /** Each path's mean of a series over the steps of {@code year}. */
    private static double[] yearMean(double[][] series, TimeGrid time, int year) {
        int per = time.stepsPerYear();
        int first = (year - time.startYear()) * per;
        int n = series[first].length;
        double[] x = new double[n];
        for (int k = first; k < first + per; k++) {
            double[] row = series[k];
            for (int i = 0; i < n; i++) {
                x[i] += row[i];
            }
        }
        if (per > 1) {
            for (int i = 0; i < n; i++) {
                x[i] /= per;
            }
        }
        return x;
    }
}
