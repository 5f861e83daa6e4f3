package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.PathTrace;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * Any valid scenario simulates to defined results: random valid scenarios (every distribution form,
 * regimes, correlations, chains, horizons of 1–200 years on 1–12 steps a year) run with the
 * engine's debug assertions on (surefire enables them), which check every step's shares stay in
 * [0, 1] and stocks and shortfalls are not negative; the numerical guard would stop a run on any
 * NaN or infinity. Traced paths have every share in [0, 1]. (Annual transition matrices that have
 * no exact per-step root are refused when the scenario is compiled for sub-annual steps; those are
 * skipped, and most scenarios run.)
 */
class RandomScenariosSimulateTest {

    @Test
    void theEngineChecksItsBoundsInTheseRuns() {
        assertTrue(Simulator.class.desiredAssertionStatus(), "run the tests with -ea (surefire's default)");
        assertTrue(dev.autarky.internal.engine.PathKernel.class.desiredAssertionStatus());
    }

    @Test
    void everyRandomValidScenarioGivesDefinedResultsWithSharesInTheUnitInterval() {
        RandomScenarios random = new RandomScenarios(20261129);
        int simulated = 0;
        for (int i = 0; i < 120; i++) {
            Scenario s = random.next();
            Simulator simulator;
            try {
                simulator = Simulator.of(s);
            } catch (ScenarioException e) {
                // random annual matrices on sub-annual steps are often not embeddable: refused, with the reason
                assertTrue(s.time().stepsPerYear() > 1 && e.getMessage().contains("not embeddable"), e.getMessage());
                continue;
            }
            simulated++;
            SimulationResult r = simulator.run(RunSettings.defaults().withPaths(16).withSeed(i).withThreads(1)
                    .withBlockSize(8));
            String which = "scenario " + i + " (" + s.name() + ")";
            for (TimeToSelfReliance t : r.timesToSelfReliance()) {
                assertEquals(16, t.paths(), which);
                double p = t.probabilityBy(s.time().endYear());
                assertTrue(p >= 0 && p <= 1, which + ": " + p);
            }
            r.costs().forEach((name, c) -> assertTrue(c.count() == 0 || !Double.isNaN(c.mean()), which + " " + name));
            PathTrace trace = simulator.trace(i, 3);
            for (String name : trace.names()) {
                if (name.contains("Share")) {
                    for (double v : trace.values(name)) {
                        assertTrue(v >= 0 && v <= 1, which + ": " + name + " = " + v);
                    }
                }
            }
        }
        assertTrue(simulated >= 60, "only " + simulated + " of 120 random scenarios could be simulated");
    }
}
