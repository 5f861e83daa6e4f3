package dev.autarky.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Censored time-to-event summaries on hand-made counts. */
class TimeToSelfRelianceTest {

    @Test
    void horizonCensoringIsTheSpecialCaseOfCensoringAtTheLastStep() {
        long[] counts = {0, 10, 30, 20, 0};
        TimeToSelfReliance a = new TimeToSelfReliance("c", "C", 2030, 1, counts, 40);
        TimeToSelfReliance b = new TimeToSelfReliance("c", "C", 2030, 1, counts, new long[] {0, 0, 0, 0, 40});
        assertEquals(a, b);
        assertEquals(100, a.paths());
        assertEquals(0.4, a.censoredFraction());
        assertEquals(0.4, a.probabilityBy(2032), 0.0);
        assertEquals(0.6, a.probabilityBy(2040), 0.0);
        assertEquals(2032.0, a.quantile(0.4).getAsDouble());
        assertTrue(a.quantile(0.61).isEmpty());
        assertTrue(!a.censoredEarly());
    }

    @Test
    void pathsStoppedEarlyAreHandledByKaplanMeier() {
        // 100 paths: 10 events at step 1, then 50 paths stop (censored) at step 1, 20 events at step 2
        long[] counts = {0, 10, 20, 0};
        long[] censoredAt = {0, 50, 0, 20};
        TimeToSelfReliance t = new TimeToSelfReliance("c", "C", 2030, 1, counts, censoredAt);
        assertTrue(t.censoredEarly());
        assertEquals(70, t.censoredCount());
        // S(1) = 0.9; at risk at step 2: 100 - 10 - 50 = 40, of which 20 events: S(2) = 0.9 * 0.5
        assertEquals(0.9, t.survivalAfterStep(1), 1e-15);
        assertEquals(0.45, t.survivalAfterStep(2), 1e-15);
        assertEquals(0.55, t.probabilityBy(2032), 1e-15);
        // naive counting would say 30 / 100
        assertNotEquals(0.3, t.probabilityBy(2032));
        SurvivalCurve curve = t.survivalCurve(0.95);
        assertEquals(40, curve.points().get(2).atRisk());
        assertTrue(curve.points().get(2).lower() < 0.45 && 0.45 < curve.points().get(2).upper());
        assertEquals(2032.0, t.quantile(0.5).getAsDouble());
        TimeQuantile median = t.quantile(0.5, 0.95);
        assertTrue(median.lower().isPresent());
        // the restricted mean: area under S = 1 + 0.9 + 0.45 + 0.45 over 4 years
        assertEquals(2.8, t.restrictedMean(0.95).value(), 1e-12);
    }

    @Test
    void smallRunsHaveUnboundedQuantileLimits() {
        TimeToSelfReliance t = new TimeToSelfReliance("c", "C", 2030, 2, new long[] {1, 1, 1, 0}, 2);
        TimeQuantile median = t.quantile(0.5, 0.95);
        assertEquals(2031.0, median.value().getAsDouble()); // rank 3 of 5 at step 2 (2031.0)
        assertEquals(2030.0, median.lower().getAsDouble(), "no order statistic bounds it: the start year does");
        assertTrue(median.upper().isEmpty(), "upper limit beyond the horizon");
        assertEquals(Double.POSITIVE_INFINITY, median.halfWidth());
    }
}
