package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

class LogNormalTest {

    @Test
    void agreesWithCommonsMath() {
        final LogNormal l = new LogNormal(1, 0.5);
        final LogNormalDistribution reference = new LogNormalDistribution(null, 1, 0.5);
        assertEquals(reference.getNumericalMean(), l.mean(), 1e-14 * l.mean());
        assertEquals(reference.getNumericalVariance(), l.variance(), 1e-14 * l.variance());
        assertEquals(Math.exp(1.125), l.mean(), 1e-15 * l.mean()); // exp(mu + sigma^2/2)
        for (int k = 1; k < 1000; k++) {
            final double p = k / 1000.0;
            final double q = reference.inverseCumulativeProbability(p);
            // commons-math3 inverts through erfInv(2p - 1), which loses digits for small p
            assertEquals(q, l.quantile(p), 1e-9 * q);
            final double x = k * 0.02;
            assertEquals(reference.cumulativeProbability(x), l.cdf(x), 1e-14);
        }
        // exp(1 + 0.5 Phi^-1(1e-10)), mpmath 1.3 at 40 digits
        assertEquals(0.11296576721103203936, l.quantile(1e-10), 1e-14 * 0.113);
        assertEquals(0.0, l.lowerBound());
        assertEquals(Double.POSITIVE_INFINITY, l.upperBound());
        assertEquals(0.0, l.cdf(0));
        assertEquals(0.0, l.cdf(-1));
        assertEquals("lognormal", l.kind());
    }

    @Test
    void ofMedianP90GivesThatMedianAndP90() {
        for (double[] c : new double[][] {{100, 250}, {1, 1.0001}, {3.5e-4, 2e-3}, {7e6, 1e9}}) {
            final LogNormal l = LogNormal.ofMedianP90(c[0], c[1]);
            // exactly up to rounding: exp(log(m)) is m to about |log m| ulps (the condition of exp)
            assertEquals(c[0], l.quantile(0.5), 2e-16 * (2 + Math.abs(Math.log(c[0]))) * c[0]);
            assertEquals(c[1], l.quantile(0.9), 2e-16 * (4 + Math.abs(Math.log(c[1]))) * c[1]);
            assertEquals(Math.log(c[0]), l.mu(), 1e-15 * Math.max(1, Math.abs(l.mu())));
        }
    }

    @Test
    void ofMeanSdRecoversMeanAndSd() {
        for (double[] c : new double[][] {{100, 20}, {1, 3}, {2e-3, 1e-5}, {5e4, 5e4}}) {
            final LogNormal l = LogNormal.ofMeanSd(c[0], c[1]);
            assertEquals(c[0], l.mean(), 1e-14 * c[0]);
            assertEquals(c[1], Math.sqrt(l.variance()), 1e-13 * c[1]);
        }
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> new LogNormal(Double.NaN, 1), "mu", "NaN");
        assertRejected(() -> new LogNormal(0, 0), "sigma", "0");
        assertRejected(() -> new LogNormal(0, Double.NaN), "sigma", "NaN");
        assertRejected(() -> LogNormal.ofMedianP90(0, 1), "median", "0");
        assertRejected(() -> LogNormal.ofMedianP90(Double.NaN, 1), "median", "NaN");
        assertRejected(() -> LogNormal.ofMedianP90(2, 2), "p90", "2");
        assertRejected(() -> LogNormal.ofMedianP90(2, 1.5), "p90", "1.5");
        assertRejected(() -> LogNormal.ofMedianP90(2, Double.NaN), "p90", "NaN");
        assertRejected(() -> LogNormal.ofMedianP90(2, Double.POSITIVE_INFINITY), "p90", "Infinity");
        assertRejected(() -> LogNormal.ofMeanSd(-1, 1), "mean", "-1");
        assertRejected(() -> LogNormal.ofMeanSd(1, 0), "sd", "0");
        assertRejected(() -> LogNormal.ofMeanSd(1, Double.NaN), "sd", "NaN");
    }
}
