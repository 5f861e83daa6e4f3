package dev.autarky.internal.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class GammaFunctionsTest {

    private static final double[] SHAPES = {0.01, 0.5, 1, 2.5, 9, 30, 1000};

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        final double error = expected == 0 ? Math.abs(actual) : Math.abs(actual / expected - 1.0);
        assertTrue(error <= tolerance, () -> what + ": expected " + expected + ", was " + actual
                + " (relative error " + error + ")");
    }

    @Test
    void regularizedMatchesCommonsMathInBothTails() {
        for (double k : SHAPES) {
            final double lg = GammaFunctions.logGamma(k);
            for (int i = -60; i <= 60; i++) {
                final double x = k * Math.exp(i / 10.0);
                final double p = org.apache.commons.math3.special.Gamma.regularizedGammaP(k, x, 1e-16, 1_000_000);
                final double q = org.apache.commons.math3.special.Gamma.regularizedGammaQ(k, x, 1e-16, 1_000_000);
                // Large shapes lose digits in the prefactor x^k e^-x / Gamma(k) in both implementations.
                final double tolerance = 1e-13 * Math.max(1, Math.sqrt(k));
                final String what = "k=" + k + ", x=" + x;
                if (p < 0.5) {
                    assertRelative(p, GammaFunctions.regularizedP(x, k, lg), tolerance, "P " + what);
                } else {
                    assertEquals(p, GammaFunctions.regularizedP(x, k, lg), 2e-15, "P " + what);
                }
                if (q < 0.5) {
                    assertRelative(q, GammaFunctions.regularizedQ(x, k, lg), tolerance, "Q " + what);
                } else {
                    assertEquals(q, GammaFunctions.regularizedQ(x, k, lg), 2e-15, "Q " + what);
                }
            }
        }
    }

    @Test
    void exponentialCaseIsExact() {
        for (int i = 0; i <= 100; i++) {
            final double x = i * 0.5;
            assertRelative(-Math.expm1(-x), GammaFunctions.regularizedP(x, 1.0), 1e-15, "P(1, " + x + ")");
            assertRelative(Math.exp(-x), GammaFunctions.regularizedQ(x, 1.0, 0.0), 1e-14, "Q(1, " + x + ")");
        }
    }

    @Test
    void edgeValues() {
        assertEquals(0.0, GammaFunctions.regularizedP(0, 2));
        assertEquals(0.0, GammaFunctions.regularizedP(-1, 2));
        assertEquals(1.0, GammaFunctions.regularizedP(Double.POSITIVE_INFINITY, 2));
        assertEquals(1.0, GammaFunctions.regularizedQ(0, 2, GammaFunctions.logGamma(2)));
        assertEquals(0.0, GammaFunctions.regularizedQ(Double.POSITIVE_INFINITY, 2, GammaFunctions.logGamma(2)));
        assertTrue(Double.isNaN(GammaFunctions.regularizedP(Double.NaN, 2)));
        assertEquals(Double.POSITIVE_INFINITY, GammaFunctions.density(0, 0.5, GammaFunctions.logGamma(0.5)));
        assertEquals(1.0, GammaFunctions.density(0, 1, 0.0));
        assertEquals(0.0, GammaFunctions.density(0, 2, 0.0));
        assertEquals(0.0, GammaFunctions.density(-1, 2, 0.0));
        assertEquals(0.0, GammaFunctions.quantile(0, 2));
        assertEquals(Double.POSITIVE_INFINITY, GammaFunctions.quantile(1, 2));
        assertTrue(Double.isNaN(GammaFunctions.quantile(Double.NaN, 2)));
    }

    @Test
    void densityMatchesCommonsMath() {
        for (double k : SHAPES) {
            final GammaDistribution reference = new GammaDistribution(null, k, 1.0);
            final double lg = GammaFunctions.logGamma(k);
            for (int i = -20; i <= 20; i++) {
                final double x = k * Math.exp(i / 10.0);
                assertRelative(reference.density(x), GammaFunctions.density(x, k, lg), 1e-11, "k=" + k + " x=" + x);
            }
        }
    }

    @Test
    void quantileInvertsInBothTails() {
        for (double k : SHAPES) {
            final double lg = GammaFunctions.logGamma(k);
            for (int e = 1; e <= 300; e += 7) {
                final double p = Math.pow(10, -e);
                final double x = GammaFunctions.quantile(p, k, lg);
                if (x > 0) {
                    assertRelative(p, GammaFunctions.regularizedP(x, k, lg), 1e-12, "lower k=" + k + " p=" + p);
                }
                if (e <= 15) {
                    final double y = GammaFunctions.quantile(1.0 - p, k, lg);
                    // 1 - p is rounded: compare with the complement of the p actually asked for.
                    final double q = 1.0 - (1.0 - p);
                    assertRelative(q, GammaFunctions.regularizedQ(y, k, lg), 1e-12, "upper k=" + k + " q=" + q);
                }
            }
            for (int i = 1; i < 200; i++) {
                final double p = i / 200.0;
                // the prefactor x^k e^-x / Gamma(k) carries a relative error of about eps k log(k)
                assertEquals(p, GammaFunctions.regularizedP(GammaFunctions.quantile(p, k, lg), k, lg),
                        2e-16 * (20 + k * Math.log1p(k)), "P(Q(" + p + "); " + k + ")");
            }
        }
    }

    @Test
    void quantileAgreesWithCommonsMath() {
        for (double k : SHAPES) {
            final GammaDistribution reference = new GammaDistribution(null, k, 1.0, 1e-15);
            for (int i = 1; i < 100; i++) {
                final double p = i / 100.0;
                final double expected = reference.inverseCumulativeProbability(p);
                assertEquals(expected, GammaFunctions.quantile(p, k), 1e-12 * Math.max(1, expected),
                        "Q(" + p + "; " + k + ")");
            }
        }
    }
}
