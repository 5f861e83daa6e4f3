package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** What a user of the published jar does first: load the default scenario, run it, read it. */
class DefaultScenarioTest {

    private static final long PATHS = 10_000;

    @Test
    void theDefaultScenarioRunsAndItsAnswerIsSane() {
        Scenario japan = Scenarios.japanRareEarths();
        RunSettings settings = RunSettings.defaults().withPaths(PATHS).withSeed(2026).withThreads(2);
        SimulationResult r = Simulator.of(japan).run(settings);

        assertEquals(PATHS, r.run().paths());
        int start = r.run().startYear();
        int end = start + r.run().horizonYears() - 1;
        for (TimeToSelfReliance t : r.timesToSelfReliance()) {
            assertEquals(PATHS, t.paths(), t.criterion());
            double previous = 0;
            for (int year = start; year <= end; year++) {
                double p = t.probabilityBy(year);
                assertTrue(p >= previous && p <= 1, t.criterion() + " P(by " + year + ") = " + p);
                previous = p;
            }
            // censored paths are counted, not dropped: reached + never reached = all paths
            assertEquals(1.0, previous + t.censoredFraction(), 1e-12, t.criterion());
        }
        OutcomeSummary cost = r.cost("systemCost");
        assertEquals(PATHS, cost.count());
        assertTrue(Double.isFinite(cost.mean()) && cost.mean() > 0, "system cost " + cost.mean());
        assertTrue(cost.quantile(0.1) <= cost.quantile(0.5) && cost.quantile(0.5) <= cost.quantile(0.9));
        double chinaShare2026 = r.series("untrustedShare.all").bands().get(0).p50();
        assertTrue(chinaShare2026 > 0 && chinaShare2026 < 1, "China's share in the first year " + chinaShare2026);
    }

    @Test
    void theSameSeedGivesTheSameAnswerOnOneAndTwoThreads() {
        Simulator simulator = Simulator.of(Scenarios.japanRareEarths());
        RunSettings settings = RunSettings.defaults().withPaths(2_000).withSeed(7);
        SimulationResult one = simulator.run(settings.withThreads(1));
        SimulationResult two = simulator.run(settings.withThreads(2));
        assertTrue(one.sameNumbers(two));
    }

    @Test
    void noCommandLineChartingOrSparkDependencyComesAlong() {
        for (String name : new String[] {"picocli.CommandLine", "org.jfree.chart.JFreeChart",
                "org.jfree.svg.SVGGraphics2D", "org.apache.spark.SparkContext"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
        }
    }
}
