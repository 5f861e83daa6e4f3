package dev.autarky.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in scenario runs, and its summary is sane: for each criterion the probability of
 * self-reliance by each year is in [0, 1] and never falls, the censored fraction is in [0, 1] and
 * completes it to 1 at the horizon, and cost means are finite. A smoke test, not a check of the
 * answers.
 */
class ScenarioLibraryRunTest {

    private static final int PATHS = 500;
    private static final RunSettings SETTINGS = RunSettings.defaults().withPaths(PATHS).withSeed(20_260_303L).withThreads(2);

    @TestFactory
    List<DynamicTest> everyBuiltInScenarioRunsToASaneSummary() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : Scenarios.builtInNames()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Scenario s = Scenarios.builtIn(name);
                SimulationResult r = Simulator.of(s).run(SETTINGS);
                assertEquals(s.criteria().size(), r.timesToSelfReliance().size());
                for (TimeToSelfReliance t : r.timesToSelfReliance()) {
                    String what = name + " / " + t.criterion();
                    assertEquals(PATHS, t.paths(), what);
                    double censored = t.censoredFraction();
                    assertTrue(censored >= 0 && censored <= 1, what + ": censored fraction " + censored);
                    double previous = 0;
                    for (int year = s.time().startYear(); year < s.time().endYear(); year++) {
                        double p = t.probabilityBy(year);
                        assertTrue(p >= 0 && p <= 1, what + ": P(by " + year + ") = " + p);
                        assertTrue(p >= previous, what + ": P(by " + year + ") = " + p + " falls from " + previous);
                        previous = p;
                    }
                    assertEquals(1.0, previous + censored, 1e-12, what + ": reached by the horizon + censored");
                }
                for (OutcomeSummary cost : r.costs().values()) {
                    assertTrue(cost.count() == 0 || Double.isFinite(cost.mean()), name + " / " + cost.name() + ": mean "
                            + cost.mean());
                }
            }));
        }
        return tests;
    }
}
