package dev.autarky.internal.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Binomial tails, proportion intervals and order-statistic ranks against exact values computed
 * with SciPy 1.17 ({@code scipy.stats.binom}, {@code beta.ppf}, {@code t.ppf}): the ranks by
 * scanning {@code binom.cdf} / {@code binom.sf} for the equal-tailed rule documented in
 * {@link Binomial#quantileRanks}.
 */
class BinomialTest {

    @Test
    void tailsMatchTheExactBinomialDistribution() {
        assertEquals(0.028443966820490444, Binomial.lowerTail(40, 100, 0.5), 1e-14);
        assertEquals(0.017600100108852428, Binomial.upperTail(61, 100, 0.5), 1e-14);
        assertEquals(0.010072654772014291, Binomial.lowerTail(3, 1000, 0.01), 1e-14);
        assertEquals(6.419928603137628e-08, Binomial.upperTail(31, 1000, 0.01), 1e-19);
        assertEquals(0.0, Binomial.lowerTail(-1, 10, 0.5));
        assertEquals(1.0, Binomial.lowerTail(10, 10, 0.5));
        assertEquals(1.0, Binomial.upperTail(0, 10, 0.5));
        assertEquals(0.0, Binomial.upperTail(11, 10, 0.5));
    }

    /** {n, p, confidence, lower rank, upper rank} from SciPy. */
    private static final double[][] RANKS = {
        {10, 0.5, 0.95, 2, 9}, {20, 0.5, 0.95, 6, 15}, {100, 0.5, 0.95, 40, 61}, {100, 0.05, 0.95, 1, 11},
        {100, 0.95, 0.95, 90, 100}, {1000, 0.9, 0.95, 881, 919}, {1000, 0.5, 0.95, 469, 532},
        {5, 0.5, 0.95, 0, 6}, {7, 0.5, 0.95, 1, 7}, {59, 0.95, 0.95, 52, 60}, {10000, 0.05, 0.95, 458, 544},
        {1000000, 0.5, 0.95, 499020, 500981}, {1000000, 0.05, 0.95, 49573, 50429}, {40000, 0.1, 0.95, 3883, 4119},
        {40000, 0.9, 0.99, 35845, 36155}, {123457, 0.25, 0.9, 30614, 31116},
        {100000000, 0.95, 0.95, 94995728, 95004272},
    };

    @Test
    void quantileRanksMatchExactBinomialCalculations() {
        for (double[] row : RANKS) {
            Binomial.Ranks r = Binomial.quantileRanks((long) row[0], row[1], row[2]);
            String what = "n=" + (long) row[0] + " p=" + row[1] + " conf=" + row[2];
            assertEquals((long) row[3], r.lower(), what + " lower");
            assertEquals((long) row[4], r.upper(), what + " upper");
        }
    }

    @Test
    void quantileRanksHaveAtLeastTheNominalCoverage() {
        for (long n : new long[] {1, 2, 9, 30, 250, 999}) {
            for (double p : new double[] {0.01, 0.1, 0.5, 0.77, 0.99}) {
                Binomial.Ranks r = Binomial.quantileRanks(n, p, 0.95);
                double below = Binomial.lowerTail(r.lower() - 1, n, p);
                double above = Binomial.upperTail(r.upper(), n, p);
                assertTrue(below <= 0.025 && above <= 0.025, n + " " + p);
                // and they are the tightest such ranks
                if (r.lower() < n) {
                    assertTrue(Binomial.lowerTail(r.lower(), n, p) > 0.025, "lower not maximal " + n + " " + p);
                }
                if (r.upper() > 1) {
                    assertTrue(Binomial.upperTail(r.upper() - 1, n, p) > 0.025, "upper not minimal " + n + " " + p);
                }
            }
        }
    }

    @Test
    void wilsonAndClopperPearsonMatchReferenceValues() {
        // {x, n, wilson lower, wilson upper, CP lower, CP upper}
        double[][] rows = {
            {0, 10, 0.0, 0.2775327998628892, 0.0, 0.3084971078187607},
            {3, 10, 0.10779126740630099, 0.6032218525388546, 0.0667395111777345, 0.6524528500599973},
            {10, 10, 0.7224672001371107, 1.0, 0.6915028921812392, 1.0},
            {7, 21, 0.17194752605083477, 0.5462654802574476, 0.14587694234309675, 0.5696754829041243},
            {500, 1000, 0.4690696003681042, 0.5309303996318958, 0.468549172971792, 0.531450827028208},
            {1, 40000, 4.413127504847555e-06, 0.00014160931953207583, 6.329449992974768e-07, 0.00013928312516962995},
        };
        for (double[] r : rows) {
            double[] w = Binomial.wilson(r[0], r[1], 0.95);
            double[] cp = Binomial.clopperPearson((long) r[0], (long) r[1], 0.95);
            assertArrayEquals(new double[] {r[2], r[3]}, w, 1e-12 * Math.max(r[3], 1e-3), "Wilson " + r[0] + "/" + r[1]);
            assertArrayEquals(new double[] {r[4], r[5]}, cp, 1e-10 * Math.max(r[5], 1e-3), "CP " + r[0] + "/" + r[1]);
        }
    }

    @Test
    void studentTQuantilesMatchReferenceValues() {
        assertEquals(2.262157162798205, Binomial.t(0.95, 9), 1e-12);
        assertEquals(1.9623390808264083, Binomial.t(0.95, 1000), 1e-12);
        assertEquals(2.9199855803537242, Binomial.t(0.90, 2), 1e-12);
        assertEquals(2.7499956535672254, Binomial.t(0.99, 30), 1e-12);
    }

    @Test
    void argumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Binomial.quantileRanks(0, 0.5, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Binomial.quantileRanks(10, 1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Binomial.quantileRanks(10, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> Binomial.clopperPearson(11, 10, 0.95));
    }
}
