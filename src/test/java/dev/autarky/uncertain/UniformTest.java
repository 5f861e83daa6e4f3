package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;

class UniformTest {

    @Test
    void agreesWithCommonsMath() {
        final Uniform u = new Uniform(-2, 5);
        final UniformRealDistribution reference = new UniformRealDistribution(null, -2, 5);
        assertEquals(reference.getNumericalMean(), u.mean(), 1e-15);
        assertEquals(reference.getNumericalVariance(), u.variance(), 1e-15); // 49/12
        assertEquals(49.0 / 12.0, u.variance(), 1e-15);
        for (int k = 0; k <= 100; k++) {
            final double p = k / 100.0;
            assertEquals(reference.inverseCumulativeProbability(p), u.quantile(p), 1e-15);
            final double x = -3 + k * 0.09;
            assertEquals(reference.cumulativeProbability(x), u.cdf(x), 1e-15);
        }
        assertEquals(-2.0, u.lowerBound());
        assertEquals(5.0, u.upperBound());
        assertEquals("uniform", u.kind());
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> new Uniform(Double.NaN, 1), "min", "NaN");
        assertRejected(() -> new Uniform(0, Double.NaN), "max", "NaN");
        assertRejected(() -> new Uniform(Double.NEGATIVE_INFINITY, 1), "min", "-Infinity");
        assertRejected(() -> new Uniform(0, Double.POSITIVE_INFINITY), "max", "Infinity");
        assertRejected(() -> new Uniform(3, 3), "max", "3");
        assertRejected(() -> new Uniform(3, 2.5), "max", "2.5");
        assertRejected(() -> new Uniform(-Double.MAX_VALUE, Double.MAX_VALUE), "max - min", "Infinity");
    }
}
