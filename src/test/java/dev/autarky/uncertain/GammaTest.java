package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class GammaTest {

    @Test
    void agreesWithCommonsMath() {
        for (double[] s : new double[][] {{0.5, 1}, {9, 2}, {1, 3}, {2.5, 0.01}, {400, 1}}) {
            final Gamma g = new Gamma(s[0], s[1]);
            final GammaDistribution reference = new GammaDistribution(null, s[0], s[1], 1e-15);
            assertEquals(reference.getNumericalMean(), g.mean(), 1e-15 * g.mean());
            assertEquals(reference.getNumericalVariance(), g.variance(), 1e-15 * g.variance());
            for (int k = 1; k < 200; k++) {
                final double p = k / 200.0;
                final double q = reference.inverseCumulativeProbability(p);
                // commons-math3's own solver is the looser one (1e-11 relative off at p = 0.005, k = 0.5)
                assertEquals(q, g.quantile(p), 1e-10 * q, g + " p=" + p);
                final double x = g.mean() * k / 50.0;
                assertEquals(reference.cumulativeProbability(x), g.cdf(x), 1e-13, g + " x=" + x);
            }
        }
    }

    @Test
    void knownQuantile() {
        // P(1/2, x) = erf(sqrt x), so Q(p) = erfinv(p)^2; mpmath 1.3 at 40 digits
        assertEquals(1.963521111025795188e-5, new Gamma(0.5, 1).quantile(0.005), 1e-14 * 1.96e-5);
    }

    @Test
    void momentsAndSupport() {
        final Gamma g = new Gamma(9, 2);
        assertEquals(18.0, g.mean());
        assertEquals(36.0, g.variance());
        assertEquals(0.0, g.lowerBound());
        assertEquals(Double.POSITIVE_INFINITY, g.upperBound());
        assertEquals(0.0, g.cdf(0));
        assertEquals(0.0, g.cdf(-3));
        assertEquals("gamma", g.kind());
        // shape 1 is the exponential distribution with mean = scale
        final Gamma one = new Gamma(1, 3);
        final Exponential e = new Exponential(3);
        for (int k = 1; k < 100; k++) {
            assertEquals(e.quantile(k / 100.0), one.quantile(k / 100.0), 1e-13 * (1 + e.quantile(k / 100.0)));
        }
    }

    @Test
    void ofMeanSdRecoversMeanAndSd() {
        for (double[] c : new double[][] {{18, 6}, {1, 3}, {2e-3, 1e-5}, {100, 100}}) {
            final Gamma g = Gamma.ofMeanSd(c[0], c[1]);
            assertEquals(c[0], g.mean(), 1e-14 * c[0]);
            assertEquals(c[1], Math.sqrt(g.variance()), 1e-14 * c[1]);
        }
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> new Gamma(0, 1), "shape", "0");
        assertRejected(() -> new Gamma(Double.NaN, 1), "shape", "NaN");
        assertRejected(() -> new Gamma(1, -1), "scale", "-1");
        assertRejected(() -> new Gamma(1, Double.POSITIVE_INFINITY), "scale", "Infinity");
        assertRejected(() -> Gamma.ofMeanSd(0, 1), "mean", "0");
        assertRejected(() -> Gamma.ofMeanSd(1, Double.NaN), "sd", "NaN");
    }
}
