package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixedTest {

    @Test
    void isAPointMass() {
        final Fixed f = new Fixed(2.5);
        for (double p : new double[] {0, 1e-300, 0.3, 0.5, 1}) {
            assertEquals(2.5, f.quantile(p));
        }
        assertEquals(0.0, f.cdf(Math.nextDown(2.5)));
        assertEquals(1.0, f.cdf(2.5));
        assertEquals(2.5, f.mean());
        assertEquals(0.0, f.variance());
        assertEquals(2.5, f.lowerBound());
        assertEquals(2.5, f.upperBound());
        assertEquals("fixed", f.kind());
        assertTrue(f.isFixed());
    }

    @Test
    void rejectsNonFiniteValues() {
        assertRejected(() -> new Fixed(Double.NaN), "value", "NaN");
        assertRejected(() -> new Fixed(Double.POSITIVE_INFINITY), "value", "Infinity");
        assertRejected(() -> new Fixed(Double.NEGATIVE_INFINITY), "value", "-Infinity");
    }
}
