package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.StopRule;
import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lever swept over a grid with common random numbers, and the frontier. */
class PolicySweepTest {

    @Test
    void aSweepOfLiftingCapacityRaisesTheProbabilityPathByPath() {
        double[] tonnesPerDay = {350, 3500, 10_000};
        SweepResult r = PolicySweep.run(AnalysisFixtures.japan(), Levers.liftingTonnesPerDay("lifting-system"),
                tonnesPerDay, PolicySweep.Settings.defaults().withPaths(1500).withByYear(2045));
        assertEquals(3, r.points().size());
        assertEquals("t mud/day", r.unit());
        assertEquals(2045, r.byYear());
        int c = r.criteria().indexOf("heavy-50");
        SweepResult.Point first = r.points().get(0);
        assertEquals(new Estimate(0, 0, 0, 0.95), first.costChange(), "the first point against itself");
        assertEquals(0.0, first.probabilityChange().get(c).value());
        SweepResult.Point last = r.points().get(2);
        assertTrue(last.probabilityChange().get(c).lower() > 0, "more mud, more futures self-reliant: " + last);
        assertTrue(last.probabilityBy().get(c).value() > first.probabilityBy().get(c).value());
        assertTrue(r.frontier("heavy-50").contains(2), "the largest system is efficient");
        assertThrows(IllegalArgumentException.class, () -> r.frontier("nope"));
    }

    @Test
    void theFrontierKeepsThePointsNoOtherBeatsOnBothCounts() {
        // (cost, probability): A (1, 0.1), B (2, 0.3), C (3, 0.2) dominated by B, D (2, 0.3) ties B, E (0.5, 0.1)
        double[][] cp = {{1, 0.1}, {2, 0.3}, {3, 0.2}, {2, 0.3}, {0.5, 0.1}};
        List<SweepResult.Point> points = new java.util.ArrayList<>();
        for (double[] x : cp) {
            Estimate p = new Estimate(x[1], x[1], x[1], 0.95);
            points.add(new SweepResult.Point(x[0], "s", List.of(p), new Estimate(x[0], x[0], x[0], 0.95), List.of(p), p));
        }
        SweepResult r = new SweepResult(new RunInfo("s", 1, 1, 1, 1, "mc", "g", "v", 2026, 1, 10, "USD"), "lever", "unit",
                2030, "systemCost", "USD", List.of("c"), points, 0.95);
        assertEquals(List.of(4, 1, 3), r.frontier("c"));
    }

    @Test
    void refusesBadSettings() {
        PolicySweep.Settings s = PolicySweep.Settings.defaults();
        assertThrows(IllegalArgumentException.class, () -> s.withCost("levelizedDomesticCostPerKg"));
        assertThrows(IllegalArgumentException.class, () -> s.withPaths(1));
        assertThrows(IllegalArgumentException.class, () -> s.withRun(RunSettings.defaults().withStopRule(StopRule.until("p50:1"))));
        assertThrows(IllegalArgumentException.class, () -> new PolicySweep.Settings(RunSettings.defaults(), 0, "systemCost", 2));
        assertThrows(IllegalArgumentException.class, () -> PolicySweep.run(AnalysisFixtures.japan(),
                Levers.stockpileDays("Dy"), new double[0], s.withPaths(10)));
        assertThrows(IllegalArgumentException.class, () -> PolicySweep.run(AnalysisFixtures.japan(),
                Levers.stockpileDays("Dy"), new double[] {30}, s.withPaths(10).withByYear(1990)));
    }
}
