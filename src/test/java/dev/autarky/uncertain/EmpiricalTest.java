package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;

class EmpiricalTest {

    private static final double[] SAMPLES = {5, 1, 3, 3, 9, 2};

    @Test
    void quantileIsTheOrderStatisticAtCeilPn() {
        final Empirical e = new Empirical(SAMPLES); // sorted: 1 2 3 3 5 9
        assertArrayEquals(new double[] {1, 2, 3, 3, 5, 9}, e.sortedSamples());
        assertEquals(6, e.size());
        assertEquals(1.0, e.quantile(0));
        assertEquals(1.0, e.quantile(1e-9));
        assertEquals(1.0, e.quantile(1.0 / 6));
        assertEquals(2.0, e.quantile(Math.nextUp(1.0 / 6)));
        assertEquals(3.0, e.quantile(0.5)); // ceil(3) = 3rd
        assertEquals(3.0, e.quantile(4.0 / 6));
        assertEquals(5.0, e.quantile(0.7));
        assertEquals(9.0, e.quantile(5.0 / 6 + 1e-12));
        assertEquals(9.0, e.quantile(1));
        for (int k = 1; k <= 6; k++) {
            assertEquals(e.sortedSamples()[k - 1], e.quantile(k / 6.0), "k=" + k);
        }
    }

    @Test
    void cdfCountsSamplesAtOrBelow() {
        final Empirical e = new Empirical(SAMPLES);
        assertEquals(0.0, e.cdf(0.5));
        assertEquals(1.0 / 6, e.cdf(1));
        assertEquals(4.0 / 6, e.cdf(3));
        assertEquals(4.0 / 6, e.cdf(4.9));
        assertEquals(1.0, e.cdf(9));
        assertEquals(1.0, e.lowerBound());
        assertEquals(9.0, e.upperBound());
        assertEquals("empirical", e.kind());
    }

    @Test
    void momentsAreThoseOfTheEmpiricalMeasure() {
        final Empirical e = new Empirical(SAMPLES);
        assertEquals(23.0 / 6, e.mean(), 1e-15);
        assertEquals(new Variance(false).evaluate(SAMPLES), e.variance(), 1e-14); // divides by n
        assertEquals(0.0, new Empirical(new double[] {4, 4, 4}).variance());
        final double[] offset = {1e9 + 1, 1e9 + 2, 1e9 + 3};
        assertEquals(2.0 / 3, new Empirical(offset).variance(), 1e-6);
    }

    @Test
    void equalityAndRoundTripGoByContentInTheGivenOrder() {
        final Empirical e = new Empirical(SAMPLES);
        assertArrayEquals(SAMPLES, e.samples());
        final Empirical copy = new Empirical(e.samples());
        assertEquals(e, copy);
        assertEquals(e.hashCode(), copy.hashCode());
        assertEquals("Empirical[samples=[5.0, 1.0, 3.0, 3.0, 9.0, 2.0]]", e.toString());
        assertNotEquals(e, new Empirical(e.sortedSamples())); // same law, different order as given
    }

    @Test
    void copiesArraysInAndOut() {
        final double[] samples = SAMPLES.clone();
        final Empirical e = new Empirical(samples);
        samples[0] = 1000;
        e.samples()[1] = 1000;
        e.sortedSamples()[5] = 1000;
        assertArrayEquals(SAMPLES, e.samples());
        assertEquals(9.0, e.upperBound());
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(NullPointerException.class, () -> new Empirical(null));
        assertRejected(() -> new Empirical(new double[0]), "samples.length", "0");
        assertRejected(() -> new Empirical(new double[] {1, Double.NaN}), "samples[1]", "NaN");
        assertRejected(() -> new Empirical(new double[] {Double.NEGATIVE_INFINITY}), "samples[0]", "-Infinity");
    }
}
