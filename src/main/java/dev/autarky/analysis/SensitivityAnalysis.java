package dev.autarky.analysis;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.TaskRunner;
import dev.autarky.internal.Version;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.InputSpec;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.internal.engine.SeriesSpec;
import dev.autarky.internal.tasks.Evaluations;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import dev.autarky.result.TimeQuantile;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.TimeGrid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What drives the timeline: the sensitivity of every outcome of a scenario to every uncertain
 * input (docs/analysis.md).
 *
 * <ol>
 *   <li><b>Rank measures</b>: one run (the settings' paths, seed and design) keeps every path's
 *       inputs and outcomes; {@link RankCorrelations} gives Spearman's and the partial rank
 *       correlation of every input with every outcome — the time to self-reliance under each
 *       criterion (a path not self-reliant within the horizon ranks after every path that is,
 *       tied with the others) and every cost (the levelized domestic cost on the paths where it is
 *       defined).</li>
 *   <li><b>Over time</b>: Spearman's correlation of every input with each chosen series at every
 *       step, from the same run (the series are kept per path: 8 bytes per path and step of each
 *       series).</li>
 *   <li><b>Tornado</b>: for each input (or the most correlated ones), two runs on the same paths
 *       with the input held at its P10 and at its P90 ({@link Tornado}); outcomes: the median
 *       year and P(self-reliant by {@code byYear}) under each criterion, and the mean system cost.</li>
 *   <li><b>Sobol indices</b> ({@link SobolIndices}) of the scenario as a function of the
 *       uniforms behind its inputs, grouped as the settings say, with the within-path processes
 *       (regime chains, outages, demand shocks) as one more factor. Row {@code j} of the base
 *       sample {@code A} is path {@code j} of the plain Monte Carlo run with the seed, row
 *       {@code j} of {@code B} is path {@code N + j}; every point of row {@code j} except those of
 *       {@code B} (and of the processes' own matrix) draws its processes as path {@code j}.
 *       Outcomes: the year of self-reliance capped at the end of the horizon
 *       ({@code startYear + horizonYears} for a path not self-reliant within it), the indicator of
 *       self-reliance by {@code byYear} (whose indices are those of that probability), and every
 *       cost but the levelized domestic cost (undefined on some paths).</li>
 * </ol>
 *
 * Everything is keyed by the run's seed, so results do not depend on the thread count. Memory is
 * bounded by the paths kept: per path of the rank run 8 bytes per input, cost and series step and
 * 4 per criterion (20,000 paths of the default scenario with five series: about 70 MB including
 * the ranks); the tornado and the Sobol design keep outcomes only.
 *
 * <pre>{@code
 * SensitivityResult s = SensitivityAnalysis.run(Scenarios.japanRareEarths(),
 *         SensitivitySettings.defaults().withPaths(20_000).withByYear(2040));
 * }</pre>
 */
public final class SensitivityAnalysis {

    /** The cost whose mean the tornado swings. */
    static final String TORNADO_COST = "systemCost";
    /** Quantile levels the tornado holds inputs at. */
    static final double LOW = Tornado.LOW_LEVEL;
    static final double HIGH = Tornado.HIGH_LEVEL;
    /** Name of the within-path processes as a Sobol factor. */
    public static final String PROCESSES = "processes (regimes, outages, demand shocks)";

    private SensitivityAnalysis() {
    }

    /**
     * Runs every part of the analysis of {@code scenario}.
     *
     * @param scenario the scenario
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @return the rank correlations, tornadoes and Sobol indices asked for by {@code settings}
     */
    public static SensitivityResult run(Scenario scenario, SensitivitySettings settings) {
        return run(scenario, CompiledScenario.of(scenario), settings, null);
    }

    /**
     * Runs every part of the analysis of {@code scenario} through {@code runner}: every batch of
     * paths (the rank run, each tornado run, the Sobol design) is cut into tasks of contiguous
     * paths, so the result equals {@link #run(Scenario, SensitivitySettings)}'s bit for bit (its
     * {@code run().threads()} too: the settings' thread count is recorded, though a task runs on one
     * thread). docs/distributed.md.
     *
     * @param scenario the scenario
     * @param settings how to run: paths, seed, block size, sampling
     * @param runner where the tasks run, e.g. on a Spark cluster
     * @return the rank correlations, tornadoes and Sobol indices asked for by {@code settings}
     * @throws dev.autarky.engine.SimulationFailedException if the runner failed (its failure is the cause)
     */
    public static SensitivityResult run(Scenario scenario, SensitivitySettings settings, TaskRunner runner) {
        return run(scenario, CompiledScenario.of(scenario), settings, Objects.requireNonNull(runner, "runner"));
    }

    private static SensitivityResult run(Scenario scenario, CompiledScenario compiled, SensitivitySettings settings,
            TaskRunner runner) {
        Evaluations evaluator = Evaluations.of(compiled, runner);
        TimeGrid time = scenario.time();
        int byYear = resolveYear(time, settings.byYear());
        RunSettings run = settings.run();
        InputDesign.Kind kind = InputDesign.Kind.valueOf(run.sampling().name());
        double conf = settings.confidence();
        List<String> inputNames = compiled.inputs.stream().map(InputSpec::name).toList();
        List<String> seriesNames = settings.series() != null ? settings.series() : defaultSeries(compiled);
        int[] seriesIndex = seriesIndices(compiled, seriesNames);

        // 1. rank measures, 2. over time
        PathEvaluator.Outputs out = evaluator.run(run.seed(), run.paths(), run.blockSize(), kind, -1, 0.5,
                new PathEvaluator.Selection(true, seriesIndex), run.threads());
        List<SensitivityResult.Outcome> outcomes = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int c = 0; c < compiled.criterionIds().size(); c++) {
            String id = compiled.criterionIds().get(c);
            double[] years = new double[out.size()];
            for (int i = 0; i < years.length; i++) {
                years[i] = PathTimes.year(time, out.steps()[c][i], Double.POSITIVE_INFINITY);
            }
            outcomes.add(new SensitivityResult.Outcome("timeToSelfReliance." + id, "year",
                    "a path not self-reliant within the horizon ranks after every path that is, tied with the others"));
            values.add(years);
        }
        for (int j = 0; j < CompiledScenario.COSTS.size(); j++) {
            String name = CompiledScenario.COSTS.get(j);
            boolean lcos = name.equals("levelizedDomesticCostPerKg");
            outcomes.add(new SensitivityResult.Outcome(name, costUnit(scenario, name),
                    lcos ? "defined only on paths with domestic output; the others are left out" : "defined on every path"));
            values.add(out.costs()[j]);
        }
        RankCorrelations ranks = RankCorrelations.of(inputNames, out.inputs(),
                outcomes.stream().map(SensitivityResult.Outcome::name).toList(), values.toArray(double[][]::new), conf);
        values.clear();
        List<SensitivityResult.SeriesSensitivity> overTime = overTime(compiled, out, seriesIndex, conf);
        out = null; // the rank run's outputs are no longer needed

        // 3. tornado
        List<Tornado> tornadoes = settings.tornadoPaths() == 0 ? List.of()
                : tornadoes(scenario, evaluator, settings, kind, byYear, chooseInputs(ranks, settings.tornadoInputs()));

        // 4. Sobol indices
        Optional<SensitivityResult.Sobol> sobol = settings.sobolRows() == 0 ? Optional.empty()
                : Optional.of(sobol(scenario, evaluator, settings, byYear));

        RunInfo info = new RunInfo(scenario.name(), run.seed(), run.paths(), run.threads(), run.blockSize(),
                run.sampling().id(), StreamKeys.DESCRIPTION, Version.VALUE, time.startYear(), time.stepsPerYear(),
                time.horizonYears(), scenario.economics().currency());
        return new SensitivityResult(info, byYear, inputNames, outcomes, ranks, overTime, tornadoes, sobol);
    }

    static int resolveYear(TimeGrid time, int byYear) {
        int last = time.endYear() - 1;
        if (byYear == 0) {
            return last;
        }
        if (byYear < time.startYear() || byYear > last) {
            throw new IllegalArgumentException("byYear: must be in [" + time.startYear() + ", " + last + "], was " + byYear);
        }
        return byYear;
    }

    static String costUnit(Scenario scenario, String cost) {
        String currency = scenario.economics().currency();
        return cost.equals("levelizedDomesticCostPerKg") ? currency + "/kg"
                : currency + " (present value at the start of " + scenario.time().startYear() + ")";
    }

    private static List<String> defaultSeries(CompiledScenario compiled) {
        List<String> names = new ArrayList<>();
        for (SeriesSpec s : compiled.series) {
            if (s.name().startsWith("capabilityShare.") || s.name().equals("untrustedShare.all")) {
                names.add(s.name());
            }
        }
        return names;
    }

    static int[] seriesIndices(CompiledScenario compiled, List<String> names) {
        List<String> known = compiled.series.stream().map(SeriesSpec::name).toList();
        int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = known.indexOf(names.get(i));
            if (idx[i] < 0) {
                throw new IllegalArgumentException("unknown series \"" + names.get(i) + "\"; known: " + known);
            }
        }
        return idx;
    }

    private static List<SensitivityResult.SeriesSensitivity> overTime(CompiledScenario compiled,
            PathEvaluator.Outputs out, int[] seriesIndex, double conf) {
        if (seriesIndex.length == 0) {
            return List.of();
        }
        double[][] z = RankCorrelations.standardisedInputRanks(out.inputs());
        TimeGrid time = compiled.scenario.time();
        List<Double> years = new ArrayList<>();
        for (int k = 0; k < time.steps(); k++) {
            years.add(time.yearAt(k));
        }
        List<SensitivityResult.SeriesSensitivity> result = new ArrayList<>();
        for (int s = 0; s < seriesIndex.length; s++) {
            SeriesSpec spec = compiled.series.get(seriesIndex[s]);
            List<List<Estimate>> byInput = new ArrayList<>();
            for (int i = 0; i < z.length; i++) {
                byInput.add(new ArrayList<>());
            }
            for (int k = 0; k < time.steps(); k++) {
                Estimate[] r = RankCorrelations.spearmanOnly(z, out.series()[s][k], conf);
                for (int i = 0; i < z.length; i++) {
                    byInput.get(i).add(r[i]);
                }
            }
            result.add(new SensitivityResult.SeriesSensitivity(spec.name(), spec.unit(), years, byInput));
        }
        return result;
    }

    /** The inputs with the largest absolute Spearman correlation with any outcome, at most {@code max}, in input order. */
    static List<Integer> chooseInputs(RankCorrelations ranks, int max) {
        int d = ranks.inputs().size();
        List<Integer> all = new ArrayList<>();
        double[] strength = new double[d];
        for (int i = 0; i < d; i++) {
            all.add(i);
            for (int o = 0; o < ranks.outputs().size(); o++) {
                double r = Math.abs(ranks.spearman(o, i).value());
                if (r > strength[i]) {
                    strength[i] = r;
                }
            }
        }
        if (max >= d) {
            return all;
        }
        all.sort(Comparator.comparingDouble((Integer i) -> -strength[i]).thenComparing(i -> i));
        List<Integer> chosen = new ArrayList<>(all.subList(0, max));
        chosen.sort(null);
        return chosen;
    }

    // ---- tornado ----

    /** One tornado outcome measured on one run. */
    private interface Measure {
        Estimate of(PathEvaluator.Outputs o);

        Estimate swing(PathEvaluator.Outputs low, PathEvaluator.Outputs high);
    }

    private static List<Tornado> tornadoes(Scenario scenario, Evaluations evaluator, SensitivitySettings settings,
            InputDesign.Kind kind, int byYear, List<Integer> inputs) {
        CompiledScenario compiled = evaluator.compiled();
        RunSettings run = settings.run();
        int paths = settings.tornadoPaths();
        double conf = settings.confidence();
        TimeGrid time = scenario.time();
        int by = PathTimes.stepsBy(time, byYear);
        int cost = CompiledScenario.COSTS.indexOf(TORNADO_COST);
        Map<String, Measure> measures = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (int c = 0; c < compiled.criterionIds().size(); c++) {
            int cr = c;
            String id = compiled.criterionIds().get(c);
            measures.put("p50@" + id, new Measure() {
                @Override
                public Estimate of(PathEvaluator.Outputs o) {
                    return median(PathTimes.distribution(scenario, cr, o.steps()[cr]), conf);
                }

                @Override
                public Estimate swing(PathEvaluator.Outputs low, PathEvaluator.Outputs high) {
                    return Intervals.undefined(of(high).value() - of(low).value(), conf);
                }
            });
            units.put("p50@" + id, "year");
            measures.put("pby" + byYear + "@" + id, new Measure() {
                @Override
                public Estimate of(PathEvaluator.Outputs o) {
                    long hits = 0;
                    for (int k : o.steps()[cr]) {
                        hits += PathTimes.by(k, by) ? 1 : 0;
                    }
                    return Intervals.proportion(hits, o.size(), conf);
                }

                @Override
                public Estimate swing(PathEvaluator.Outputs low, PathEvaluator.Outputs high) {
                    return pairedProportion(high.steps()[cr], low.steps()[cr], by, conf);
                }
            });
            units.put("pby" + byYear + "@" + id, "probability");
        }
        measures.put("mean:" + TORNADO_COST, new Measure() {
            @Override
            public Estimate of(PathEvaluator.Outputs o) {
                return Intervals.mean(o.costs()[cost], conf);
            }

            @Override
            public Estimate swing(PathEvaluator.Outputs low, PathEvaluator.Outputs high) {
                return pairedMean(high.costs()[cost], low.costs()[cost], conf);
            }
        });
        units.put("mean:" + TORNADO_COST, costUnit(scenario, TORNADO_COST));

        PathEvaluator.Outputs base = evaluator.run(run.seed(), paths, run.blockSize(), kind, -1, 0.5,
                PathEvaluator.Selection.OUTCOMES, run.threads());
        Map<String, List<Tornado.Bar>> bars = new LinkedHashMap<>();
        measures.keySet().forEach(k -> bars.put(k, new ArrayList<>()));
        for (int i : inputs) {
            InputSpec in = compiled.inputs.get(i);
            PathEvaluator.Outputs low = evaluator.run(run.seed(), paths, run.blockSize(), kind, i, LOW,
                    PathEvaluator.Selection.OUTCOMES, run.threads());
            PathEvaluator.Outputs high = evaluator.run(run.seed(), paths, run.blockSize(), kind, i, HIGH,
                    PathEvaluator.Selection.OUTCOMES, run.threads());
            double inputLow = in.quantile().quantile(LOW);
            double inputHigh = in.quantile().quantile(HIGH);
            for (Map.Entry<String, Measure> e : measures.entrySet()) {
                Measure m = e.getValue();
                bars.get(e.getKey()).add(new Tornado.Bar(in.name(), inputLow, inputHigh, m.of(low), m.of(high),
                        m.swing(low, high)));
            }
        }
        List<Tornado> result = new ArrayList<>();
        Comparator<Tornado.Bar> bySize = Comparator.comparingDouble(
                (Tornado.Bar b) -> Double.isNaN(b.size()) ? Double.NEGATIVE_INFINITY : b.size()).reversed();
        for (Map.Entry<String, Measure> e : measures.entrySet()) {
            List<Tornado.Bar> list = bars.get(e.getKey());
            list.sort(bySize);
            result.add(new Tornado(e.getKey(), units.get(e.getKey()), paths, e.getValue().of(base), list));
        }
        return result;
    }

    /** The median year as an estimate; a value or limit beyond the horizon (not reached) is {@code +∞}. */
    static Estimate median(TimeToSelfReliance t, double conf) {
        TimeQuantile q = t.quantile(0.5, conf);
        double inf = Double.POSITIVE_INFINITY;
        return new Estimate(q.value().orElse(inf), q.lower().orElse(inf), q.upper().orElse(inf), conf);
    }

    /** {@code P(first by) − P(second by)} on the same paths, with Newcombe's paired interval. */
    static Estimate pairedProportion(int[] first, int[] second, int by, double conf) {
        long both = 0;
        long onlyFirst = 0;
        long onlySecond = 0;
        long neither = 0;
        for (int i = 0; i < first.length; i++) {
            boolean a = PathTimes.by(first[i], by);
            boolean b = PathTimes.by(second[i], by);
            if (a && b) {
                both++;
            } else if (a) {
                onlyFirst++;
            } else if (b) {
                onlySecond++;
            } else {
                neither++;
            }
        }
        return Intervals.newcombePaired(both, onlyFirst, onlySecond, neither, conf);
    }

    /** The mean of {@code first − second} on the same paths (rows where both are defined), Student's t. */
    static Estimate pairedMean(double[] first, double[] second, double conf) {
        double[] d = new double[first.length];
        int n = 0;
        for (int i = 0; i < first.length; i++) {
            double v = first[i] - second[i];
            if (!Double.isNaN(v)) {
                d[n++] = v;
            }
        }
        return Intervals.mean(java.util.Arrays.copyOf(d, n), conf);
    }

    // ---- Sobol ----

    private static SensitivityResult.Sobol sobol(Scenario scenario, Evaluations evaluator,
            SensitivitySettings settings, int byYear) {
        CompiledScenario compiled = evaluator.compiled();
        ScenarioModel model = new ScenarioModel(evaluator, byYear, settings.run().threads());
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < compiled.inputs.size(); i++) {
            groups.computeIfAbsent(settings.grouping().groupOf(compiled.inputs.get(i).name()), g -> new ArrayList<>()).add(i);
        }
        List<SobolIndices.Factor> factors = new ArrayList<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            factors.add(new SobolIndices.Factor(g.getKey(), g.getValue().stream().mapToInt(Integer::intValue).toArray()));
            members.put(g.getKey(), g.getValue().stream().map(i -> compiled.inputs.get(i).name()).toList());
        }
        members.put(PROCESSES, List.of());
        SobolResult indices = SobolIndices.estimate(model, factors, new SobolIndices.Settings(settings.sobolRows(),
                settings.run().seed(), settings.sobolBootstrap(), settings.confidence()));
        return new SensitivityResult.Sobol(settings.grouping(), members, model.describe(scenario), indices);
    }
}
