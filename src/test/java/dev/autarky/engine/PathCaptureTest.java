package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.io.Scenarios;
import dev.autarky.result.PathOutcomes;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-path capture: every path, in path order, equal to that path replayed alone; bounded memory. */
class PathCaptureTest {

    @Test
    void capturedPathsAreThePathsOfTheRunInOrder() {
        Simulator sim = Simulator.of(Scenarios.japanRareEarths());
        RunSettings settings = new RunSettings(300, 9, 3, 32).withCapture(PathCapture.OUTCOMES_AND_INPUTS);
        SimulationResult r = sim.run(settings);
        PathOutcomes p = r.pathOutcomes().orElseThrow();
        assertEquals(300, p.size());
        assertTrue(p.hasInputs());
        assertEquals(r.inputNames(), p.inputNames());
        assertEquals(sim.scenario().criteria().stream().map(c -> c.id()).toList(), p.criteria());
        for (int i : new int[] {0, 1, 31, 32, 33, 150, 299}) {
            PathTrace alone = sim.trace(9, i);
            for (int c = 0; c < p.criteria().size(); c++) {
                assertEquals(alone.timeToSelfReliance(p.criteria().get(c)), p.timeToSelfReliance(c, i), "path " + i);
            }
            for (int j = 0; j < p.costNames().size(); j++) {
                assertEquals(alone.costs().get(p.costNames().get(j)), p.cost(j, i), "path " + i + " " + p.costNames().get(j));
            }
            for (int j = 0; j < p.inputNames().size(); j++) {
                assertEquals(alone.inputs().get(p.inputNames().get(j)), p.input(j, i), "path " + i + " " + p.inputNames().get(j));
            }
        }
        // the captured times add up to the summary's counts
        TimeToSelfReliance t = r.timeToSelfReliance();
        long censored = 0;
        for (int i = 0; i < p.size(); i++) {
            censored += p.step(0, i) < 0 ? 1 : 0;
        }
        assertEquals(t.censoredCount(), censored);
        // the same with another thread count and without inputs
        SimulationResult two = sim.run(settings.withThreads(1).withCapture(PathCapture.OUTCOMES));
        PathOutcomes q = two.pathOutcomes().orElseThrow();
        assertFalse(q.hasInputs());
        assertEquals(List.of(), q.inputNames());
        for (int i = 0; i < 300; i++) {
            assertEquals(p.step(0, i), q.step(0, i));
            assertEquals(Double.doubleToLongBits(p.cost(7, i)), Double.doubleToLongBits(q.cost(7, i)));
        }
    }

    @Test
    void roundsOfAStopRuleAreCapturedInOrder() {
        Simulator sim = Simulator.of(AnalyticScenariosTest.kOfN());
        RunSettings settings = new RunSettings(100_000, 4, 2, 100).withCapture(PathCapture.OUTCOMES)
                .withStopRule(StopRule.until("pby2035:0.03").withFirstRoundPaths(150));
        SimulationResult r = sim.run(settings);
        assertTrue(r.convergence().rounds() > 1);
        PathOutcomes p = r.pathOutcomes().orElseThrow();
        assertEquals(r.run().paths(), p.size());
        PathOutcomes plain = sim.run(new RunSettings(r.run().paths(), 4, 3, 100).withCapture(PathCapture.OUTCOMES))
                .pathOutcomes().orElseThrow();
        assertEquals(plain, p);
    }

    @Test
    void aCaptureTooLargeIsRefusedBeforeTheRun() {
        Simulator sim = Simulator.of(Scenarios.japanRareEarths());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.run(
                new RunSettings(50_000_000, 1, 2, 512).withCapture(PathCapture.OUTCOMES_AND_INPUTS)));
        assertTrue(e.getMessage().contains("per-path capture") && e.getMessage().contains("MiB")
                && e.getMessage().contains("outcomes only"), e.getMessage());
    }
}
