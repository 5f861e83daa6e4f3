package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class PertTest {

    @Test
    void isTheScaledBetaWithPertShapes() {
        final Pert p = Pert.of(2, 5, 12); // lambda 4: alpha = 1 + 4*3/10 = 2.2, beta = 1 + 4*7/10 = 3.8
        assertEquals(4.0, p.lambda());
        assertEquals(new Beta(2.2, 3.8, 2, 12), p.toBeta());
        final BetaDistribution reference = new BetaDistribution(null, 2.2, 3.8, 1e-15);
        for (int k = 1; k < 100; k++) {
            final double q = k / 100.0;
            assertEquals(2 + 10 * reference.inverseCumulativeProbability(q), p.quantile(q), 1e-11);
            final double x = 2 + k * 0.1;
            assertEquals(reference.cumulativeProbability((x - 2) / 10), p.cdf(x), 1e-14);
        }
    }

    @Test
    void momentsHaveThePertForm() {
        final Pert p = new Pert(0, 1, 10, 4);
        assertEquals((0 + 4 * 1 + 10) / 6.0, p.mean(), 1e-15); // (min + lambda mode + max) / (lambda + 2)
        assertEquals((p.mean() - 0) * (10 - p.mean()) / 7.0, p.variance(), 1e-14); // /(lambda + 3)
        final Beta b = p.toBeta();
        assertEquals(b.mean(), p.mean(), 1e-14);
        assertEquals(b.variance(), p.variance(), 1e-14);
        final Pert peaked = new Pert(0, 1, 10, 20); // mean (0 + 20 + 10) / 22
        assertEquals(30.0 / 22, peaked.mean(), 1e-15);
        assertEquals((30.0 / 22) * (10 - 30.0 / 22) / 23, peaked.variance(), 1e-14);
        assertEquals(0.0, p.lowerBound());
        assertEquals(10.0, p.upperBound());
        assertEquals("pert", p.kind());
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> Pert.of(Double.NaN, 1, 2), "min", "NaN");
        assertRejected(() -> Pert.of(0, Double.NaN, 2), "mode", "NaN");
        assertRejected(() -> Pert.of(0, 1, Double.NaN), "max", "NaN");
        assertRejected(() -> Pert.of(0, 5, 2), "mode", "5");
        assertRejected(() -> Pert.of(2, 2, 1), "max", "1");
        assertRejected(() -> new Pert(0, 1, 2, 0), "lambda", "0");
        assertRejected(() -> new Pert(0, 1, 2, -4), "lambda", "-4");
        assertRejected(() -> new Pert(0, 1, 2, Double.NaN), "lambda", "NaN");
    }
}
