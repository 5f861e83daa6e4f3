package dev.autarky.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quantiles, tails and exceedance of exact and binned distributions on hand-checked data. */
class OutcomeDistributionTest {

    /** 1, 2, ..., 100. */
    private static double[] oneToHundred() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[99 - i] = i + 1; // unsorted on purpose
        }
        return v;
    }

    @Test
    void exactQuantilesUseTheBinomialRanks() {
        OutcomeDistribution d = OutcomeDistribution.ofValues(oneToHundred());
        assertEquals(50, d.quantile(0.5));
        assertEquals(95, d.quantile(0.95));
        assertEquals(1, d.quantile(0.0));
        // Binomial(100, 0.5): ranks 40 and 61 (BinomialTest), so the interval is [40, 61]
        Estimate median = d.quantile(0.5, 0.95);
        assertEquals(new Estimate(50, 40, 61, 0.95), median);
        // Binomial(100, 0.95): ranks 90 and 100
        assertEquals(new Estimate(95, 90, 100, 0.95), d.quantile(0.95, 0.95));
        // five values cannot bound a median at 95 %
        Estimate small = OutcomeDistribution.ofValues(new double[] {3, 1, 2, 5, 4}).quantile(0.5, 0.95);
        assertEquals(Double.NEGATIVE_INFINITY, small.lower());
        assertEquals(Double.POSITIVE_INFINITY, small.upper());
    }

    @Test
    void expectedShortfallIsTheMeanOfTheWorstFraction() {
        OutcomeDistribution d = OutcomeDistribution.ofValues(oneToHundred());
        assertEquals((100 + 99 + 98 + 97 + 96) / 5.0, d.expectedShortfall(0.05), 1e-12);
        // q n = 2.5: (100 + 99 + 0.5 * 98) / 2.5
        assertEquals((100 + 99 + 0.5 * 98) / 2.5, d.expectedShortfall(0.025), 1e-12);
        assertEquals(50.5, d.expectedShortfall(1.0), 1e-12);
        Estimate es = d.expectedShortfall(0.2, 0.95);
        assertTrue(es.lower() < es.value() && es.value() < es.upper());
        assertThrows(IllegalArgumentException.class, () -> d.expectedShortfall(0));
    }

    @Test
    void exceedanceCountsValuesStrictlyAbove() {
        OutcomeDistribution d = OutcomeDistribution.ofValues(oneToHundred());
        assertEquals(0.1, d.probabilityAbove(90));
        assertEquals(0.1, d.probabilityAbove(90.5));
        assertEquals(1.0, d.probabilityAbove(0));
        assertEquals(0.0, d.probabilityAbove(100));
        Estimate p = d.probabilityAbove(90, 0.95);
        double[] wilson = dev.autarky.internal.stats.Binomial.wilson(10, 100, 0.95);
        assertEquals(new Estimate(0.1, wilson[0], wilson[1], 0.95), p);
    }

    @Test
    void binnedIntervalsReachTheBinEdges() {
        // three bins: [0, 10] x 5, [10, 20] x 3, [20, 40] x 2
        OutcomeDistribution d = OutcomeDistribution.ofBins(new double[] {0, 10, 20}, new double[] {10, 20, 40},
                new double[] {5, 15, 30}, new long[] {5, 3, 2}, 0.5);
        assertEquals(10, d.count());
        assertEquals(5, d.quantile(0.5));
        assertEquals(15, d.quantile(0.6));
        assertEquals(0, d.lowerAtRank(5));
        assertEquals(20, d.upperAtRank(8));
        // above 15: surely the 2 in [20, 40], representatively also none of [10, 20] (15 is not > 15), possibly 5
        Estimate p = d.probabilityAbove(15, 0.95);
        assertEquals(0.2, p.value());
        assertEquals(dev.autarky.internal.stats.Binomial.wilson(2, 10, 0.95)[0], p.lower());
        assertEquals(dev.autarky.internal.stats.Binomial.wilson(5, 10, 0.95)[1], p.upper());
        // worst 30 %: two values of bin 3 and one of bin 2
        Estimate es = d.expectedShortfall(0.3, 0.95);
        assertEquals((30 + 30 + 15) / 3.0, es.value(), 1e-12);
        assertTrue(es.lower() <= (20 + 20 + 10) / 3.0 && es.upper() >= (40 + 40 + 20) / 3.0);
        assertThrows(IllegalArgumentException.class, () -> OutcomeDistribution.ofBins(new double[] {0, 5},
                new double[] {10, 20}, new double[] {5, 15}, new long[] {1, 1}, 0));
    }
}
