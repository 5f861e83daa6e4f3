package dev.autarky.internal.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class BetaFunctionsTest {

    private static final double[][] SHAPES = {
        {0.5, 0.5}, {1, 1}, {2, 5}, {5, 2}, {0.1, 3}, {3, 0.1}, {1, 5}, {5, 1}, {30, 70}, {200, 3}, {0.02, 0.02},
    };

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        final double error = expected == 0 ? Math.abs(actual) : Math.abs(actual / expected - 1.0);
        assertTrue(error <= tolerance, () -> what + ": expected " + expected + ", was " + actual
                + " (relative error " + error + ")");
    }

    @Test
    void regularizedMatchesCommonsMath() {
        for (double[] s : SHAPES) {
            final double a = s[0];
            final double b = s[1];
            for (int k = 1; k < 1000; k++) {
                final double x = k / 1000.0;
                final double expected = org.apache.commons.math3.special.Beta.regularizedBeta(x, a, b, 1e-16, 100_000);
                final double actual = BetaFunctions.regularized(x, a, b);
                // relative where small, absolute 2e-15 near 1 (both reference and ours round there)
                assertTrue(Math.abs(actual - expected) <= 1e-13 * expected + 2e-15,
                        () -> "I_" + x + "(" + a + ", " + b + "): expected " + expected + ", was " + actual);
            }
        }
    }

    @Test
    void knownClosedForms() {
        // I_x(1, b) = 1 - (1-x)^b; I_x(a, 1) = x^a; Beta(1/2,1/2): (2/pi) asin(sqrt x).
        for (int k = 1; k < 100; k++) {
            final double x = k / 100.0;
            assertRelative(-Math.expm1(5 * Math.log1p(-x)), BetaFunctions.regularized(x, 1, 5), 1e-14, "I(1,5)");
            assertRelative(Math.pow(x, 2.5), BetaFunctions.regularized(x, 2.5, 1), 1e-14, "I(2.5,1)");
            assertRelative(2 / Math.PI * Math.asin(Math.sqrt(x)), BetaFunctions.regularized(x, 0.5, 0.5), 1e-14,
                    "I(.5,.5)");
        }
        assertRelative(2 / Math.PI * Math.asin(Math.sqrt(1e-200)), BetaFunctions.regularized(1e-200, 0.5, 0.5),
                1e-14, "I(.5,.5) deep tail");
    }

    @Test
    void edgeValues() {
        assertEquals(0.0, BetaFunctions.regularized(0, 2, 3));
        assertEquals(0.0, BetaFunctions.regularized(-1, 2, 3));
        assertEquals(1.0, BetaFunctions.regularized(1, 2, 3));
        assertEquals(1.0, BetaFunctions.regularized(2, 2, 3));
        assertTrue(Double.isNaN(BetaFunctions.regularized(Double.NaN, 2, 3)));
        final double lb = BetaFunctions.logBeta(0.5, 2);
        assertEquals(Double.POSITIVE_INFINITY, BetaFunctions.density(0, 0.5, 2, lb));
        assertEquals(0.0, BetaFunctions.density(1, 0.5, 2, lb));
        assertEquals(0.0, BetaFunctions.density(-0.1, 0.5, 2, lb));
        assertEquals(5.0, BetaFunctions.density(0, 1, 5, BetaFunctions.logBeta(1, 5)), 1e-13);
        assertEquals(0.0, BetaFunctions.quantile(0, 2, 3));
        assertEquals(1.0, BetaFunctions.quantile(1, 2, 3));
        assertTrue(Double.isNaN(BetaFunctions.quantile(Double.NaN, 2, 3)));
    }

    @Test
    void densityMatchesCommonsMath() {
        for (double[] s : SHAPES) {
            final BetaDistribution reference = new BetaDistribution(null, s[0], s[1]);
            final double lb = BetaFunctions.logBeta(s[0], s[1]);
            for (int k = 1; k < 100; k++) {
                final double x = k / 100.0;
                assertRelative(reference.density(x), BetaFunctions.density(x, s[0], s[1], lb), 1e-12, "density");
            }
        }
    }

    @Test
    void quantileInvertsTheDistributionFunctionInBothTails() {
        for (double[] s : SHAPES) {
            final double a = s[0];
            final double b = s[1];
            for (int e = 1; e <= 300; e += 7) {
                final double p = Math.pow(10, -e);
                final double x = BetaFunctions.quantile(p, a, b);
                if (x > 0) { // else the quantile underflows, as it should for tiny p and small a
                    assertRelative(p, BetaFunctions.regularized(x, a, b), 1e-12, "lower tail " + a + "," + b);
                }
                // upper tail: x near 1 can only be as exact as its ulp, so allow the density times that
                final double q = 1.0 - p;
                final double xu = BetaFunctions.quantile(q, a, b);
                final double slack = BetaFunctions.density(xu, a, b, BetaFunctions.logBeta(a, b)) * Math.ulp(xu);
                assertEquals(q, BetaFunctions.regularized(xu, a, b), 2e-15 + 2 * slack, "upper tail " + a + "," + b);
            }
            for (int k = 1; k < 200; k++) {
                final double p = k / 200.0;
                final double x = BetaFunctions.quantile(p, a, b);
                final double slack = BetaFunctions.density(x, a, b, BetaFunctions.logBeta(a, b)) * Math.ulp(x);
                assertEquals(p, BetaFunctions.regularized(x, a, b), 1e-14 + 2 * slack,
                        "I(Q(" + p + "); " + a + ", " + b + ")");
            }
        }
    }

    @Test
    void quantileAgreesWithCommonsMath() {
        for (double[] s : SHAPES) {
            final BetaDistribution reference = new BetaDistribution(null, s[0], s[1], 1e-15);
            for (int k = 1; k < 100; k++) {
                final double p = k / 100.0;
                assertEquals(reference.inverseCumulativeProbability(p), BetaFunctions.quantile(p, s[0], s[1]), 1e-12,
                        "Q(" + p + "; " + s[0] + ", " + s[1] + ")");
            }
        }
    }
}
