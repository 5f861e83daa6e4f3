package dev.autarky.internal.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Kaplan–Meier estimator against a published censored data set: remission times (weeks) of
 * the 6-MP group of Freireich et al. (Blood 21, 1963), as tabulated by Gehan (Biometrika 52, 1965):
 * 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+
 * (+ censored).
 */
class KaplanMeierTest {

    static final double[] TIME = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    static final boolean[] EVENT = {true, true, true, false, true, false, true, false, false, true, true, false, false,
        false, true, true, false, false, false, false, false};

    private static int indexOf(KaplanMeier km, double t) {
        for (int i = 0; i < km.size(); i++) {
            if (km.time(i) == t) {
                return i;
            }
        }
        throw new AssertionError("no time " + t);
    }

    /**
     * Estimates and Greenwood standard errors as printed in Klein and Moeschberger, <i>Survival
     * Analysis</i> (2nd ed., 2003), Table 4.1A, and in Kleinbaum and Klein, <i>Survival Analysis:
     * A Self-Learning Text</i>, to three decimals.
     */
    @Test
    void estimatesAndGreenwoodErrorsMatchTheTextbook() {
        KaplanMeier km = KaplanMeier.ofObservations(TIME, EVENT);
        double[] t = {6, 7, 10, 13, 16, 22, 23};
        double[] s = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
        double[] se = {0.076, 0.087, 0.096, 0.107, 0.114, 0.128, 0.135};
        long[] atRisk = {21, 17, 15, 12, 11, 7, 6};
        for (int j = 0; j < t.length; j++) {
            int i = indexOf(km, t[j]);
            assertEquals(s[j], km.survival(i), 0.0005, "S(" + t[j] + ")");
            assertEquals(se[j], km.standardError(i), 0.0005, "se(" + t[j] + ")");
            assertEquals(atRisk[j], km.atRisk(i), "at risk at " + t[j]);
        }
        assertEquals(18.0 / 21, km.survival(indexOf(km, 6)), 0.0);
        assertEquals(0.448179, km.survival(indexOf(km, 35)), 1e-6, "S stays flat after the last event");
        assertEquals(21, km.total());
    }

    /**
     * Log-log intervals: R {@code survfit(Surv(time, status) ~ 1, conf.type = "log-log")} on the
     * 6-MP group prints (0.620, 0.952), (0.563, 0.923), (0.503, 0.889), (0.432, 0.849),
     * (0.368, 0.805), (0.268, 0.747), (0.188, 0.680); the 15-digit values are from statsmodels
     * {@code SurvfuncRight} and the Kalbfleisch–Prentice formula. The median is 23 weeks with
     * interval [13, NA) (Brookmeyer–Crowley on those intervals).
     */
    @Test
    void logLogIntervalsAndTheMedianMatchR() {
        KaplanMeier km = KaplanMeier.ofObservations(TIME, EVENT);
        double[] t = {6, 7, 10, 13, 16, 22, 23};
        double[][] ci = {
            {0.6197179552659837, 0.9515517476469971}, {0.5631465646222333, 0.9228090192028805},
            {0.5031995107999564, 0.8893618351692657}, {0.43161022248618397, 0.8490659633494508},
            {0.36751085598750205, 0.8049121894718413}, {0.267778936767135, 0.7467907176353947},
            {0.1880520059592324, 0.6801426284952415},
        };
        for (int j = 0; j < t.length; j++) {
            assertArrayEquals(ci[j], km.logLogInterval(indexOf(km, t[j]), 0.95), 1e-9, "t = " + t[j]);
        }
        assertEquals(23, km.time(km.quantileIndex(0.5)));
        int[] median = km.quantileInterval(0.5, 0.95, KaplanMeier.Method.LOG_LOG);
        assertEquals(13, km.time(median[0]));
        assertEquals(-1, median[1], "upper limit not reached (NA in R)");
    }

    /**
     * Restricted mean up to the last time (35 weeks): R {@code print(fit, rmean = 35)} gives
     * 23.287 with standard error 2.827 for the 6-MP group.
     */
    @Test
    void restrictedMeanMatchesR() {
        KaplanMeier km = KaplanMeier.ofObservations(TIME, EVENT);
        assertEquals(23.287394957983196, km.restrictedMean(0, 35), 1e-12);
        assertEquals(2.8274676233714393, Math.sqrt(km.restrictedMeanVariance(0, 35)), 1e-12);
    }

    /** Without censoring the estimator is the empirical distribution and Rothman–Wilson is Wilson. */
    @Test
    void withoutCensoringItIsTheBinomialProportion() {
        long[] events = {5, 0, 12, 30, 3};
        long[] censored = {0, 0, 0, 0, 50};
        double[] times = {0, 1, 2, 3, 4};
        KaplanMeier km = KaplanMeier.ofGroups(times, events, censored);
        long n = 100;
        long d = 0;
        for (int i = 0; i < times.length; i++) {
            d += events[i];
            assertEquals((double) (n - d) / n, km.survival(i), 0.0);
            assertEquals((double) d / n, km.cumulativeIncidence(i), 0.0);
            double s = (double) (n - d) / n;
            assertEquals(s * (1 - s) / n, km.greenwoodVariance(i), 1e-15);
            assertEquals(n, km.effectiveSize(i), 0.0);
            assertArrayEquals(Binomial.wilson(n - d, n, 0.95), km.interval(i, 0.95), 0.0);
        }
        assertTrue(km.censoredOnlyAtEnd());
        // mean of min(T, 5): (5*0 + 12*2 + 30*3 + 3*4 + 50*5) / 100, variance = plug-in / n
        double mean = (12 * 2 + 30 * 3 + 3 * 4 + 50 * 5) / 100.0;
        double second = (12 * 4 + 30 * 9 + 3 * 16 + 50 * 25) / 100.0;
        assertEquals(mean, km.restrictedMean(0, 5), 1e-12);
        assertEquals((second - mean * mean) / n, km.restrictedMeanVariance(0, 5), 1e-12);
        // the median: the 50th event happens at time 4; its order-statistic interval
        assertEquals(4, km.time(km.quantileIndex(0.5)));
        int[] ci = km.quantileInterval(0.5, 0.95);
        assertEquals(3, km.time(ci[0]), "rank 40 is at time 3");
        assertEquals(-1, ci[1], "rank 61 lies among the 50 censored: not reached");
    }

    @Test
    void allEventsGiveZeroSurvivalWithAFiniteInterval() {
        KaplanMeier km = KaplanMeier.ofGroups(new double[] {1, 2}, new long[] {3, 7}, new long[] {0, 0});
        assertEquals(0.0, km.survival(1));
        assertEquals(0.0, km.greenwoodVariance(1));
        double[] ci = km.interval(1, 0.95);
        assertEquals(0.0, ci[0]);
        assertArrayEquals(Binomial.wilson(0, 10, 0.95), ci, 0.0);
        // with early censoring the effective size stays finite when S reaches 0
        KaplanMeier early = KaplanMeier.ofGroups(new double[] {1, 2, 3}, new long[] {2, 0, 3}, new long[] {0, 5, 0});
        assertEquals(0.0, early.survival(2));
        assertTrue(Double.isFinite(early.effectiveSize(2)) && early.effectiveSize(2) > 0);
    }
}
