package dev.autarky.modulecheck;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.Simulator;
import dev.autarky.io.ScenarioJson;
import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Scenario;

/**
 * Run by ModulePathTest on the module path: loads the default scenario, round-trips it through
 * JSON, runs it (plain Monte Carlo and Sobol points, whose direction numbers come from
 * commons-math3's module), reads results, and prints one line per check.
 */
public final class Main {

    public static void main(String[] args) {
        Module autarky = Simulator.class.getModule();
        check(autarky.isNamed() && autarky.getName().equals("dev.autarky"), "dev.autarky is a named module: " + autarky);
        check(!autarky.isExported("dev.autarky.internal.engine"), "internals are not exported");
        check(ModuleLayer.boot().findModule("info.picocli").isEmpty()
                && ModuleLayer.boot().findModule("org.jfree.jfreechart").isEmpty(),
                "the optional command-line and chart modules are not needed");

        Scenario japan = Scenarios.japanRareEarths();
        check(ScenarioJson.read(ScenarioJson.write(japan)).equals(japan), "the scenario survives JSON");
        RunSettings settings = RunSettings.defaults().withPaths(2_000).withThreads(2);
        SimulationResult r = Simulator.of(japan).run(settings);
        TimeToSelfReliance t = r.timeToSelfReliance();
        double p = t.probabilityBy(2040);
        check(p >= 0 && p <= 1, "P(by 2040) = " + p);
        check(t.censoredFraction() >= 0 && t.censoredFraction() <= 1, "censored " + t.censoredFraction());
        double cost = r.cost("systemCost").quantile(0.5);
        check(Double.isFinite(cost) && cost > 0, "median system cost " + cost);
        // a Jackson tree: this module reads Jackson through dev.autarky's "requires transitive"
        check(SummaryJson.toTree(r).path("run").path("seed").asLong() == RunSettings.DEFAULT_SEED, "summary JSON tree");

        SimulationResult sobol = Simulator.of(japan).run(settings.withSampling(SamplingDesign.SOBOL));
        check(sobol.timeToSelfReliance().paths() == 2_000, "Sobol points from commons-math3's module");
        System.out.println("module path OK");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
        System.out.println("ok: " + what);
    }
}
