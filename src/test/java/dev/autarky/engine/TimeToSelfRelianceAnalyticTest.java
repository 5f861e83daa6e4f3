package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.math.NormalFunctions;
import dev.autarky.result.Estimate;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.SurvivalCurve;
import dev.autarky.result.TimeQuantile;
import dev.autarky.result.TimeToSelfReliance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The survival curve, P(self-reliant by year), quantiles and restricted mean of the k-of-n
 * scenario (2 of 3 plants; exact {@code P(T <= k) = 3q²(1−q) + q³}, {@code q = 0.7(1 − e^(−k/4))})
 * contain the exact values within their reported intervals at 4.5 standard errors (confidence
 * {@code 1 − 2Φ(−4.5) ≈ 0.999993}); and the 95 % intervals are as wide as binomial theory says.
 */
class TimeToSelfRelianceAnalyticTest {

    private static final double Z = 4.5;
    private static final double CONFIDENCE = 1 - 2 * NormalFunctions.cdf(-Z);
    private static final int PATHS = 40_000;
    private static TimeToSelfReliance t;

    @BeforeAll
    static void run() {
        SimulationResult r = Simulator.of(AnalyticScenariosTest.kOfN()).run(new RunSettings(PATHS, 11, 2, 512));
        t = r.timeToSelfReliance();
    }

    @Test
    void survivalCurveContainsTheExactSurvival() {
        SurvivalCurve curve = t.survivalCurve(CONFIDENCE);
        assertEquals(20, curve.points().size());
        long atRisk = PATHS;
        for (SurvivalCurve.Point p : curve.points()) {
            double exact = 1 - AnalyticScenariosTest.kOfNCdf(p.step());
            assertTrue(p.lower() <= exact && exact <= p.upper(),
                    "S after step " + p.step() + ": exact " + exact + " outside [" + p.lower() + ", " + p.upper() + "]");
            assertEquals(atRisk, p.atRisk(), "at risk at step " + p.step());
            atRisk -= p.events() + p.censored();
            assertEquals(2026 + p.step(), p.year());
        }
        assertEquals(t.censoredCount(), curve.points().get(19).censored(), "censored at the horizon only");
    }

    @Test
    void probabilityByYearContainsTheExactProbability() {
        for (int year = 2026; year < 2046; year++) {
            Estimate e = t.probabilityBy(year, CONFIDENCE);
            double exact = AnalyticScenariosTest.kOfNCdf(year - 2026);
            assertTrue(e.contains(exact), year + ": exact " + exact + " outside " + e);
            assertEquals(t.probabilityBy(year), e.value());
            // the 95 % Wilson interval is about ±1.96 binomial standard errors
            Estimate e95 = t.probabilityBy(year, 0.95);
            double se = Math.sqrt(e95.value() * (1 - e95.value()) / PATHS);
            if (se > 0.001) {
                assertEquals(1.96 * se, e95.halfWidth(), 0.02 * se, "half-width in " + year);
            }
        }
        Estimate before = t.probabilityBy(2025, 0.95);
        assertEquals(0.0, before.value());
        assertEquals(0.0, before.upper(), "nobody is self-reliant before the start");
    }

    @Test
    void quantileIntervalsContainTheExactQuantiles() {
        for (double p : new double[] {0.1, 0.25, 0.5, 0.75}) {
            int exact = 0;
            while (AnalyticScenariosTest.kOfNCdf(exact) < p) {
                exact++;
            }
            TimeQuantile q = t.quantile(p, CONFIDENCE);
            assertTrue(q.reached(), "P" + p);
            double year = 2026 + exact;
            assertTrue(q.lower().getAsDouble() <= year && year <= q.upper().getAsDouble(),
                    "P" + p + ": exact " + year + " outside " + q);
            assertEquals(t.quantile(p), q.value());
        }
        // P(never) = 0.216 + P(too late): the 0.9 quantile is beyond the horizon for sure
        TimeQuantile p90 = t.quantile(0.9, 0.95);
        assertTrue(p90.value().isEmpty() && p90.lower().isEmpty() && p90.upper().isEmpty(), p90.toString());
        assertEquals(0.0, p90.halfWidth(), "known not to be reached");
    }

    @Test
    void restrictedMeanContainsTheExactRestrictedMean() {
        double exact = 0;
        for (int k = 0; k < 20; k++) {
            exact += 1 - AnalyticScenariosTest.kOfNCdf(k); // ∫ S over [k, k+1)
        }
        Estimate rmst = t.restrictedMean(CONFIDENCE);
        assertTrue(rmst.contains(exact), "restricted mean: exact " + exact + " outside " + rmst);
        // the same number from the counts directly: mean of min(T, 20)
        double sum = 20.0 * t.censoredCount();
        for (int k = 0; k < 20; k++) {
            sum += k * (double) t.countAtStep(k);
        }
        assertEquals(sum / PATHS, rmst.value(), 1e-9);
    }
}
