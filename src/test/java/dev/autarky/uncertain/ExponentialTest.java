package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.junit.jupiter.api.Test;

class ExponentialTest {

    @Test
    void agreesWithCommonsMath() {
        final Exponential e = new Exponential(3);
        final ExponentialDistribution reference = new ExponentialDistribution(null, 3);
        assertEquals(3.0, e.mean());
        assertEquals(9.0, e.variance());
        assertEquals(reference.getNumericalVariance(), e.variance(), 1e-15);
        for (int k = 0; k < 1000; k++) {
            final double p = k / 1000.0;
            assertEquals(reference.inverseCumulativeProbability(p), e.quantile(p), 1e-14 * (1 + e.quantile(p)));
            final double x = k * 0.02;
            assertEquals(reference.cumulativeProbability(x), e.cdf(x), 1e-15);
        }
        assertEquals(Double.POSITIVE_INFINITY, e.quantile(1));
        assertEquals(0.0, e.lowerBound());
        assertEquals(Double.POSITIVE_INFINITY, e.upperBound());
        assertEquals(3e-20, e.quantile(1e-20), 1e-34); // -mean log1p(-p) keeps small p exact
        assertEquals("exponential", e.kind());
    }

    @Test
    void ofRateIsTheReciprocalMean() {
        assertEquals(new Exponential(0.25), Exponential.ofRate(4));
        assertEquals(0.5, Exponential.ofRate(2).mean());
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> new Exponential(0), "mean", "0");
        assertRejected(() -> new Exponential(-1), "mean", "-1");
        assertRejected(() -> new Exponential(Double.NaN), "mean", "NaN");
        assertRejected(() -> new Exponential(Double.POSITIVE_INFINITY), "mean", "Infinity");
        assertRejected(() -> Exponential.ofRate(0), "rate", "0");
        assertRejected(() -> Exponential.ofRate(Double.NaN), "rate", "NaN");
        assertRejected(() -> Exponential.ofRate(Double.MIN_VALUE), "rate", "4.9E-324");
    }
}
