package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class BetaTest {

    @Test
    void agreesWithCommonsMath() {
        for (double[] s : new double[][] {{0.5, 0.5}, {2, 5}, {1, 1}, {0.3, 4}, {40, 60}}) {
            final Beta b = Beta.of(s[0], s[1]);
            final BetaDistribution reference = new BetaDistribution(null, s[0], s[1], 1e-15);
            assertEquals(reference.getNumericalMean(), b.mean(), 1e-15);
            assertEquals(reference.getNumericalVariance(), b.variance(), 1e-15);
            for (int k = 1; k < 200; k++) {
                final double p = k / 200.0;
                assertEquals(reference.inverseCumulativeProbability(p), b.quantile(p), 1e-11, b + " p=" + p);
                assertEquals(reference.cumulativeProbability(p), b.cdf(p), 1e-14, b + " x=" + p);
            }
        }
    }

    @Test
    void scalesToItsInterval() {
        final Beta b = new Beta(2, 3, 10, 20);
        final Beta unit = Beta.of(2, 3);
        assertEquals(10 + 10 * 0.4, b.mean(), 1e-14); // alpha/(alpha+beta) = 0.4
        assertEquals(100 * 6.0 / (25 * 6), b.variance(), 1e-14); // ab/((a+b)^2(a+b+1)) = 6/150
        for (int k = 0; k <= 100; k++) {
            final double p = k / 100.0;
            assertEquals(10 + 10 * unit.quantile(p), b.quantile(p), 1e-13);
            assertEquals(unit.cdf(p), b.cdf(10 + 10 * p), 1e-14);
        }
        assertEquals(10.0, b.lowerBound());
        assertEquals(20.0, b.upperBound());
        assertEquals("beta", b.kind());
    }

    @Test
    void ofMeanSdRecoversMeanAndSd() {
        for (double[] c : new double[][] {{0.3, 0.1, 0, 1}, {15, 2, 10, 20}, {-1, 0.5, -2, 3}, {0.5, 0.49, 0, 1}}) {
            final Beta b = Beta.ofMeanSd(c[0], c[1], c[2], c[3]);
            assertEquals(c[0], b.mean(), 1e-14 * Math.max(1, Math.abs(c[0])));
            assertEquals(c[1], Math.sqrt(b.variance()), 1e-13 * c[1]);
            assertEquals(c[2], b.min());
            assertEquals(c[3], b.max());
        }
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> Beta.of(0, 1), "alpha", "0");
        assertRejected(() -> Beta.of(Double.NaN, 1), "alpha", "NaN");
        assertRejected(() -> Beta.of(1, -2), "beta", "-2");
        assertRejected(() -> Beta.of(1, Double.POSITIVE_INFINITY), "beta", "Infinity");
        assertRejected(() -> new Beta(1, 1, Double.NaN, 1), "min", "NaN");
        assertRejected(() -> new Beta(1, 1, 0, Double.NaN), "max", "NaN");
        assertRejected(() -> new Beta(1, 1, 1, 1), "max", "1");
        assertRejected(() -> Beta.ofMeanSd(0, 0.1, 0, 1), "mean", "0");
        assertRejected(() -> Beta.ofMeanSd(1.5, 0.1, 0, 1), "mean", "1.5");
        assertRejected(() -> Beta.ofMeanSd(Double.NaN, 0.1, 0, 1), "mean", "NaN");
        assertRejected(() -> Beta.ofMeanSd(0.5, 0, 0, 1), "sd", "0");
        assertRejected(() -> Beta.ofMeanSd(0.5, Double.NaN, 0, 1), "sd", "NaN");
        assertRejected(() -> Beta.ofMeanSd(0.5, 0.5, 0, 1), "sd", "0.5"); // sd^2 = (mean-min)(max-mean)
        assertRejected(() -> Beta.ofMeanSd(0.5, 0.5, 1, 0), "max", "0");
        assertRejected(() -> Beta.ofMeanSd(0.5, 0.5, Double.NaN, 1), "min", "NaN");
    }

    @Test
    void infeasibleSdMessageStatesTheLimit() {
        final IllegalArgumentException e = assertRejected(() -> Beta.ofMeanSd(2, 5, 0, 10), "sd", "5");
        assertEquals("sd: must be < sqrt((mean - min)(max - mean)) = 4 for a beta distribution, was 5", e.getMessage());
    }
}
