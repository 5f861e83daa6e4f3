package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

class TriangularTest {

    @Test
    void agreesWithCommonsMath() {
        final double[][] cases = {{0, 2, 10}, {1, 1, 4}, {1, 4, 4}, {-3, 0.5, 2}};
        for (double[] c : cases) {
            final Triangular t = new Triangular(c[0], c[1], c[2]);
            final TriangularDistribution reference = new TriangularDistribution(null, c[0], c[1], c[2]);
            assertEquals(reference.getNumericalMean(), t.mean(), 1e-14);
            assertEquals(reference.getNumericalVariance(), t.variance(), 1e-14);
            for (int k = 0; k <= 200; k++) {
                final double p = k / 200.0;
                assertEquals(reference.inverseCumulativeProbability(p), t.quantile(p), 1e-13, t + " p=" + p);
                final double x = c[0] + (c[2] - c[0]) * (k - 10) / 180.0;
                assertEquals(reference.cumulativeProbability(x), t.cdf(x), 1e-14, t + " x=" + x);
            }
        }
    }

    @Test
    void knownValues() {
        final Triangular t = new Triangular(0, 2, 10);
        assertEquals(4.0, t.mean(), 1e-15); // (0 + 2 + 10) / 3
        assertEquals((4 + 100 - 20) / 18.0, t.variance(), 1e-14); // (a^2+b^2+c^2-ab-ac-bc)/18
        assertEquals(0.2, t.cdf(2), 1e-15); // F(mode) = (c-a)/(b-a)
        assertEquals(2.0, t.quantile(0.2), 1e-14);
        assertEquals("triangular", t.kind());
    }

    @Test
    void keepsRelativePrecisionNearAnEndWhenTheModeIsThere() {
        // mode = min: F(x) = 1 - (max-x)^2/(max-min)^2, so F(min + d) ~ 2d/(max-min) for small d
        final Triangular left = new Triangular(1, 1, 4);
        final double x = 1 + 1.5e-9;
        final double d = x - 1; // exact
        assertEquals(2 * d / 3 - d * d / 9, left.cdf(x), 1e-14 * d);
        assertEquals(1.0, (left.quantile(1e-12) - 1) / (1.5e-12), 1e-3);
        // mode = max: the mirror image
        final Triangular right = new Triangular(1, 4, 4);
        assertEquals(1.0, (4 - right.quantile(1 - 1e-12)) / (1.5e-12), 1e-3);
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> new Triangular(Double.NaN, 1, 2), "min", "NaN");
        assertRejected(() -> new Triangular(0, Double.NaN, 2), "mode", "NaN");
        assertRejected(() -> new Triangular(0, 1, Double.NaN), "max", "NaN");
        assertRejected(() -> new Triangular(0, 3, 2), "mode", "3");
        assertRejected(() -> new Triangular(0, -1, 2), "mode", "-1");
        assertRejected(() -> new Triangular(2, 2, 2), "max", "2");
        assertRejected(() -> new Triangular(0, 1, Double.POSITIVE_INFINITY), "max", "Infinity");
    }
}
