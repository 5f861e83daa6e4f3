package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiscreteTest {

    private static final double[] VALUES = {1, 2, 5};
    private static final double[] WEIGHTS = {2, 5, 3};

    @Test
    void normalisesWeightsButKeepsThemAsGiven() {
        final Discrete d = new Discrete(VALUES, WEIGHTS);
        assertArrayEquals(WEIGHTS, d.weights());
        assertArrayEquals(VALUES, d.values());
        assertArrayEquals(new double[] {0.2, 0.7, 1.0}, d.cumulativeProbabilities(), 1e-15);
        assertEquals(0.2 * 1 + 0.5 * 2 + 0.3 * 5, d.mean(), 1e-15); // 2.7
        assertEquals(0.2 * 1.7 * 1.7 + 0.5 * 0.7 * 0.7 + 0.3 * 2.3 * 2.3, d.variance(), 1e-14); // 2.41
        assertEquals(1.0, d.lowerBound());
        assertEquals(5.0, d.upperBound());
        assertEquals("discrete", d.kind());
        assertFalse(d.isFixed());
    }

    @Test
    void quantileIsTheSmallestValueWhoseCdfReachesP() {
        final Discrete d = new Discrete(VALUES, WEIGHTS);
        assertEquals(1.0, d.quantile(0));
        assertEquals(1.0, d.quantile(0.1));
        assertEquals(1.0, d.quantile(d.cdf(1))); // exactly at a step: the value itself
        assertEquals(2.0, d.quantile(Math.nextUp(d.cdf(1))));
        assertEquals(2.0, d.quantile(0.7 - 1e-12));
        assertEquals(5.0, d.quantile(0.70001));
        assertEquals(5.0, d.quantile(1));
        assertEquals(0.0, d.cdf(0.999));
        assertEquals(0.2, d.cdf(1), 1e-15);
        assertEquals(0.2, d.cdf(1.999), 1e-15);
        assertEquals(0.7, d.cdf(4), 1e-15);
        assertEquals(1.0, d.cdf(5));
    }

    @Test
    void zeroWeightValuesAreOutsideTheSupport() {
        final Discrete d = new Discrete(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 0, 2, 0});
        assertEquals(1.0, d.lowerBound());
        assertEquals(3.0, d.upperBound());
        assertEquals(1.0, d.quantile(0));
        assertEquals(1.0, d.quantile(1.0 / 3));
        assertEquals(3.0, d.quantile(0.34));
        assertEquals(3.0, d.quantile(1));
        assertEquals(0.0, d.cdf(0.5));
        assertEquals(1.0, d.cdf(3));
    }

    @Test
    void bernoulli() {
        final Discrete b = Discrete.bernoulli(0.3);
        assertArrayEquals(new double[] {0, 1}, b.values());
        assertArrayEquals(new double[] {0.7, 0.3}, b.weights(), 0.0);
        assertEquals(0.3, b.mean(), 1e-15);
        assertEquals(0.21, b.variance(), 1e-15);
        assertEquals(0.0, b.quantile(0.7));
        assertEquals(1.0, b.quantile(0.7000001));
        assertEquals(0.0, Discrete.bernoulli(0).upperBound());
        assertEquals(1.0, Discrete.bernoulli(1).lowerBound());
        assertRejected(() -> Discrete.bernoulli(1.5), "p", "1.5");
        assertRejected(() -> Discrete.bernoulli(Double.NaN), "p", "NaN");
    }

    @Test
    void equalityAndRoundTripGoByContent() {
        final Discrete d = new Discrete(VALUES, WEIGHTS);
        final Discrete copy = new Discrete(d.values(), d.weights());
        assertEquals(d, copy);
        assertEquals(d.hashCode(), copy.hashCode());
        assertEquals("Discrete[values=[1.0, 2.0, 5.0], weights=[2.0, 5.0, 3.0]]", d.toString());
        assertNotEquals(d, new Discrete(VALUES, new double[] {0.2, 0.5, 0.3})); // same law, other weights
        assertNotEquals(d, new Discrete(new double[] {1, 2, 6}, WEIGHTS));
        assertNotEquals(d, new Empirical(VALUES));
    }

    @Test
    void copiesArraysInAndOut() {
        final double[] values = VALUES.clone();
        final double[] weights = WEIGHTS.clone();
        final Discrete d = new Discrete(values, weights);
        values[0] = -100;
        weights[0] = 100;
        d.values()[1] = 42;
        d.weights()[1] = 42;
        d.cumulativeProbabilities()[0] = 42;
        assertArrayEquals(VALUES, d.values());
        assertArrayEquals(WEIGHTS, d.weights());
        assertEquals(1.0, d.quantile(0.1));
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(NullPointerException.class, () -> new Discrete(null, WEIGHTS));
        assertThrows(NullPointerException.class, () -> new Discrete(VALUES, null));
        assertRejected(() -> new Discrete(new double[0], new double[0]), "values.length", "0");
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Discrete(VALUES, new double[] {1, 2}));
        assertEquals("weights.length: must be 3 (values.length), was 2", e.getMessage());
        assertRejected(() -> new Discrete(new double[] {1, Double.NaN}, new double[] {1, 1}), "values[1]", "NaN");
        assertRejected(() -> new Discrete(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 1}),
                "values[1]", "Infinity");
        assertRejected(() -> new Discrete(new double[] {1, 1}, new double[] {1, 1}), "values[1]", "1");
        assertRejected(() -> new Discrete(new double[] {2, 1}, new double[] {1, 1}), "values[1]", "1");
        assertRejected(() -> new Discrete(new double[] {1, 2}, new double[] {1, -1}), "weights[1]", "-1");
        assertRejected(() -> new Discrete(new double[] {1, 2}, new double[] {Double.NaN, 1}), "weights[0]", "NaN");
        assertRejected(() -> new Discrete(new double[] {1, 2}, new double[] {0, 0}), "sum of weights", "0");
        assertRejected(() -> new Discrete(new double[] {1, 2}, new double[] {Double.MAX_VALUE, Double.MAX_VALUE}),
                "sum of weights", "Infinity");
    }
}
