package dev.autarky.guide;

import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.ComparisonSettings;
import dev.autarky.analysis.Levers;
import dev.autarky.analysis.PolicyComparison;
import dev.autarky.analysis.PolicySweep;
import dev.autarky.analysis.SensitivityAnalysis;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SensitivitySettings;
import dev.autarky.analysis.SobolGrouping;
import dev.autarky.analysis.SobolResult;
import dev.autarky.analysis.SweepResult;
import dev.autarky.analysis.Tornado;
import dev.autarky.engine.PathCapture;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.StopRule;
import dev.autarky.io.ResultCsv;
import dev.autarky.io.ScenarioJson;
import dev.autarky.io.Scenarios;
import dev.autarky.io.SipMathJson;
import dev.autarky.io.SummaryJson;
import dev.autarky.report.HtmlReport;
import dev.autarky.result.Convergence;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.SurvivalCurve;
import dev.autarky.result.TimeQuantile;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Availability;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.Economics;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Problem;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.Regime;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.SupplyTerms;
import dev.autarky.scenario.TimeGrid;
import dev.autarky.spark.SparkSimulator;
import dev.autarky.uncertain.Pert;
import dev.autarky.uncertain.Uncertain;
import dev.autarky.uncertain.Uniform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The code samples of {@code docs/guide.md}. Each sample is the region between
 * {@code // tag::NAME[]} and {@code // end::NAME[]}; {@link GuideTest} checks that the guide shows
 * exactly these lines (after removing their common indentation) and runs every one of them. Path
 * counts are small so that the tests stay fast; the guide says what to use in earnest.
 */
final class GuideSamples {

    private GuideSamples() {
    }

    /** Quick start: the default Japan scenario, its headline numbers. */
    static SimulationResult quickStart() {
        // tag::quick-start[]
        Scenario japan = Scenarios.japanRareEarths();
        SimulationResult result = Simulator.of(japan).run(RunSettings.defaults().withPaths(10_000));

        TimeToSelfReliance heavy = result.timeToSelfReliance("heavy-90");   // Dy and Tb, 90 % covered
        int lastYear = result.run().startYear() + result.run().horizonYears() - 1;
        double by2035 = heavy.probabilityBy(2035);        // fraction of futures self-reliant by the end of 2035
        OptionalDouble p50 = heavy.quantile(0.5);         // empty when the median future never gets there
        double never = heavy.censoredFraction();          // futures not self-reliant by the end of lastYear
        OutcomeSummary cost = result.cost("systemCost");  // present value, in cost.unit()

        System.out.printf(Locale.ROOT, "P(self-reliant by 2035) = %.3f%n", by2035);
        System.out.println(p50.isPresent()
                ? String.format(Locale.ROOT, "median year: %.2f", p50.getAsDouble())
                : String.format(Locale.ROOT, "median: not reached by %d (%.0f %% of futures never get there)",
                        lastYear, 100 * never));
        System.out.printf(Locale.ROOT, "system cost P10 %.3g, P50 %.3g, P90 %.3g %s%n",
                cost.quantile(0.1), cost.quantile(0.5), cost.quantile(0.9), cost.unit());
        // end::quick-start[]
        return result;
    }

    /** A scenario of one's own, built in code. */
    static Scenario customScenario() {
        // tag::custom-scenario[]
        Material gallium = Material.of("Ga", "Gallium",
                Demand.of(Uncertain.fixed(100), Uncertain.of(new Uniform(0.01, 0.04))),  // t/yr, growth per year
                Uncertain.fixed(400), Uncertain.fixed(2_000));                          // USD/kg: price, shortage
        Stage refining = Stage.of("refining", "Gallium refining", CapacityBasis.OUTPUT,
                Availability.of(Uncertain.of(Pert.of(0.8, 0.9, 0.95))));
        Project refinery = Project.builder("refinery").stage("refining").nameplate(150)   // t/yr
                .successProbability(0.8).attempts(2).retryDelayYears(1)
                .leadTimeYears(Uncertain.of(Pert.of(3, 4, 7)).withSource("estimate")).build();
        Regime exports = Regime.annual("export-controls", "Export controls", List.of("open", "restricted"),
                List.of(1.0, 0.0), List.of(List.of(0.8, 0.2), List.of(0.3, 0.7)));  // a year on, by row
        ExternalSupplier china = ExternalSupplier.untrusted("china", "China", "export-controls",
                Map.of("open", StateEffect.of(1, 1), "restricted", StateEffect.of(0.2, 2.5)),  // delivered, price x
                List.of(SupplyTerms.ofUnlimited("Ga", Uncertain.fixed(350))));

        Scenario scenario = Scenario.builder("gallium").title("Gallium without China")
                .time(new TimeGrid(2026, 20, 4))                     // 20 years in quarters
                .economics(new Economics("USD", Uncertain.fixed(0.04)))
                .material(gallium)
                .domestic(DomesticChain.of(List.of(refining), List.of(refinery), Map.of("Ga", 1.0)))
                .regime(exports).supplier(china)
                .criterion(new SelfRelianceCriterion("ga-90", "90 % of gallium demand without China",
                        CriterionKind.CAPABILITY, 0.9, List.of("Ga"), 8))   // 8 quarters running
                .build();                                            // validated: throws ScenarioException
        // end::custom-scenario[]
        return scenario;
    }

    /** JSON: write a scenario, read it back, load a built-in one. */
    static Scenario scenarioJson(Scenario scenario, Path dir) throws IOException {
        // tag::scenario-json[]
        Path file = dir.resolve("gallium.json");
        ScenarioJson.write(scenario, file);                  // canonical JSON, schema version 1
        Scenario fromFile = ScenarioJson.read(file);         // equals(scenario): exact round trip

        Scenario embargo = Scenarios.load("japan-long-embargo");   // a built-in name, or a file path
        System.out.println(Scenarios.builtInNames() + ": " + embargo.title());
        // end::scenario-json[]
        return fromFile;
    }

    // tag::scenario-errors[]
    /** Every problem of a scenario file, each with its JSON path; empty when it is valid. */
    static List<Problem> problemsIn(Path file) throws IOException {
        try {
            Scenario scenario = ScenarioJson.read(file);
            System.out.println("valid: " + scenario.title());
            return List.of();
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                System.out.println(p);     // $.json.path: message (line L, column C)
            }
            return e.problems();
        }
    }
    // end::scenario-errors[]

    /** Every headline number with its confidence interval. */
    static List<Estimate> readingResults(SimulationResult result) {
        // tag::reading-results[]
        TimeToSelfReliance t = result.timeToSelfReliance();         // the headline (first) criterion
        TimeQuantile median = t.quantile(0.5, 0.95);                 // calendar year, or not reached
        Estimate by2040 = t.probabilityBy(2040, 0.95);               // fraction, Wilson interval
        Estimate rmst = t.restrictedMean(0.95);                      // E[min(T, horizon)], years from the start
        SurvivalCurve survival = t.survivalCurve(0.95);              // S(t) per step, pointwise limits

        OutcomeSummary cost = result.cost("programmeCapex");         // present value, in cost.unit()
        Estimate meanCost = cost.mean(0.95);
        Estimate p90Cost = cost.quantile(0.9, 0.95);

        SeriesBands dy = result.series("capabilityShare.Dy");        // share of Dy demand coverable without China
        SeriesBands.Band in2035 = dy.inYear(2035);

        System.out.printf(Locale.ROOT, "median %s, P(by 2040) %.3f [%.3f, %.3f], %d survival points%n",
                median.reached() ? median.value().getAsDouble() : "not reached",
                by2040.value(), by2040.lower(), by2040.upper(), survival.points().size());
        System.out.printf(Locale.ROOT, "Dy coverable in 2035: median %.2f [P5 %.2f, P95 %.2f]%n",
                in2035.p50(), in2035.p5(), in2035.p95());
        // end::reading-results[]
        return List.of(by2040, rmst, meanCost, p90Cost, in2035.quantile(0.5));
    }

    /** The same seed on one thread and on two: the same numbers. */
    static boolean reproducible() {
        // tag::reproducible[]
        Simulator simulator = Simulator.of(Scenarios.japanRareEarths());   // compile once, run many times
        RunSettings settings = RunSettings.defaults().withPaths(8_000).withSeed(42).withBlockSize(512);

        SimulationResult oneThread = simulator.run(settings.withThreads(1));
        SimulationResult twoThreads = simulator.run(settings.withThreads(2));

        // every number is bit-identical; only the recorded thread count (run().threads()) differs
        boolean same = oneThread.sameNumbers(twoThreads);
        // end::reproducible[]
        return same;
    }

    /** Run until the numbers are precise enough, with Latin hypercube sampling. */
    static SimulationResult stopRule() {
        // tag::stop-rule[]
        RunSettings settings = RunSettings.defaults()
                .withPaths(100_000)                                   // the most paths: a budget
                .withSampling(SamplingDesign.LHS)
                .withStopRule(StopRule.until("pby2035:0.01,mean:systemCost:2%").withFirstRoundPaths(4_000));
        SimulationResult result = Simulator.of(Scenarios.japanRareEarths()).run(settings);

        Convergence c = result.convergence();
        System.out.println(c.stoppedBy() + " after " + result.run().paths() + " paths in " + c.rounds() + " rounds");
        // end::stop-rule[]
        return result;
    }

    /** Two policies against today's, path by path. */
    static ComparisonResult comparePolicies() {
        // tag::compare-policies[]
        Scenario today = Scenarios.japanRareEarths();
        Scenario moreStock = Levers.stockpileScale("Dy", "Tb").apply(today, 2);      // twice the days
        Scenario fasterMud = Levers.scheduleScale("lifting-system", "island-plant", "mainland-refinery")
                .apply(today, 0.6);                                                 // 40 % faster

        ComparisonResult c = PolicyComparison.run(today, List.of(moreStock, fasterMud),
                ComparisonSettings.defaults().withPaths(5_000).withSeed(7).withSeries(List.of("capabilityShare.Dy")));
        for (ComparisonResult.Alternative a : c.alternatives()) {
            Estimate years = a.criterion("all-90").yearsSaved().paired();           // baseline - alternative, years
            Estimate shortage = a.cost("shortageCost").added().paired();             // alternative - baseline
            Estimate dy2035 = a.series("capabilityShare.Dy").year(2035).difference().paired();
            System.out.printf(Locale.ROOT, "%s%n  years saved %+.2f [%+.2f, %+.2f], shortage cost %+.3g [%+.3g, %+.3g],"
                    + " Dy coverable in 2035 %+.3f [%+.3f, %+.3f]%n", a.scenario(),
                    years.value(), years.lower(), years.upper(), shortage.value(), shortage.lower(), shortage.upper(),
                    dy2035.value(), dy2035.lower(), dy2035.upper());
        }
        // end::compare-policies[]
        return c;
    }

    /** One lever over a range of values, on the same futures. */
    static SweepResult policySweep() {
        // tag::policy-sweep[]
        SweepResult sweep = PolicySweep.run(Scenarios.japanRareEarths(), Levers.stockpileDays("Dy", "Tb"),
                new double[] {60, 120, 240},                                 // days of demand
                PolicySweep.Settings.defaults().withPaths(3_000).withByYear(2040).withCost("shortageCost"));
        int heavy = sweep.criteria().indexOf("heavy-90");
        for (SweepResult.Point p : sweep.points()) {
            System.out.printf(Locale.ROOT, "%.0f days: P(heavy-90 by 2040) %.3f, mean shortage cost %.3g%n",
                    p.value(), p.probabilityBy().get(heavy).value(), p.cost().value());
        }
        List<Integer> frontier = sweep.frontier("heavy-90");   // points no other point beats on both
        // end::policy-sweep[]
        System.out.println("frontier: " + frontier);
        return sweep;
    }

    /** What drives the timeline and the cost. */
    static SensitivityResult sensitivity() {
        // tag::sensitivity[]
        SensitivitySettings settings = SensitivitySettings.defaults()
                .withPaths(4_000).withByYear(2040)
                .withTornado(400, 5)                                 // paths per run, inputs shown
                .withSobol(64, 50, SobolGrouping.COMPONENT);         // rows, bootstrap resamples
        SensitivityResult r = SensitivityAnalysis.run(Scenarios.japanRareEarths(), settings);

        // partial rank correlation of an input with an outcome, with its interval
        Estimate growth = r.ranks().prcc("systemCost", "materials.NdPr.demand.growthPerYear");
        // P(all-90 by 2040) with each input held at its P10, then at its P90
        for (Tornado.Bar bar : r.tornado("pby2040@all-90").bars()) {
            System.out.printf(Locale.ROOT, "%s: %.3f to %.3f%n", bar.input(), bar.atLow().value(), bar.atHigh().value());
        }
        // share of the variance of the system cost due to the year-to-year processes, interactions included
        SobolResult sobol = r.sobol().orElseThrow().indices();
        Estimate processes = sobol.total("systemCost", SensitivityAnalysis.PROCESSES);
        System.out.printf(Locale.ROOT, "PRCC %+.2f, Sobol total %.2f%n", growth.value(), processes.value());
        // end::sensitivity[]
        return r;
    }

    /** Writes every export of a run to {@code dir}. */
    static SimulationResult export(Path dir) throws IOException {
        // tag::export[]
        Scenario japan = Scenarios.japanRareEarths();
        SimulationResult r = Simulator.of(japan)
                .run(RunSettings.defaults().withPaths(2_000).withCapture(PathCapture.OUTCOMES));

        SummaryJson.write(r, dir.resolve("summary.json"));         // every number, with its interval
        ResultCsv.writeSeries(r, dir.resolve("series.csv"));       // per series, step and statistic
        ResultCsv.writeSurvival(r, dir.resolve("survival.csv"));   // survival curve per criterion
        ResultCsv.writePaths(r, dir.resolve("paths.csv"));         // one row per path (needs capture)
        SipMathJson.write(r, dir.resolve("sipmath.json"));         // SIPmath 3.0 (needs capture)
        HtmlReport.of(japan, r).write(dir.resolve("report.html")); // needs JFreeChart and JFreeSVG
        // end::export[]
        return r;
    }

    /** The same run on Apache Spark. */
    static SimulationResult spark(JavaSparkContext sc) {
        // tag::spark[]
        SparkSimulator cluster = SparkSimulator.of(sc).withPartitions(4);
        RunSettings settings = RunSettings.defaults().withPaths(4_000).withSeed(7);
        SimulationResult onSpark = cluster.run(Scenarios.japanRareEarths(), settings);
        // end::spark[]
        return onSpark;
    }
}
