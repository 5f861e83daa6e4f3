package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.math.NormalFunctions;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void untruncatedAgreesWithCommonsMath() {
        final Normal n = Normal.of(10, 2);
        assertFalse(n.isTruncated());
        final NormalDistribution reference = new NormalDistribution(null, 10, 2);
        assertEquals(10.0, n.mean());
        assertEquals(4.0, n.variance());
        assertEquals(-INF, n.lowerBound());
        assertEquals(INF, n.upperBound());
        for (int k = 1; k < 1000; k++) {
            final double p = k / 1000.0;
            assertEquals(reference.inverseCumulativeProbability(p), n.quantile(p), 1e-13);
            final double x = 10 + (k - 500) * 0.02;
            assertEquals(reference.cumulativeProbability(x), n.cdf(x), 1e-15);
        }
        assertEquals("normal", n.kind());
    }

    /**
     * Truncated moments and quantiles against mpmath 1.3 at 60 digits: mean
     * {@code mu + sigma (phi(a)-phi(b))/Z}, variance {@code sigma^2 [1 + (a phi(a) - b phi(b))/Z -
     * ((phi(a)-phi(b))/Z)^2]}, quantiles by bisection on {@code Phi(z) = Phi(a) + p Z}.
     * Columns: mu, sigma, min, max, mean, variance, quantile(0.3), quantile(0.5).
     */
    private static final double[][] TRUNCATED = {
        {10, 2, 7, INF, 10.277579500917701512, 3.090211117917175208, 9.2118619575468066994, 10.167656973113116525},
        {5, 3, 0, 20, 5.3134047704410293451, 7.3346599174517861014, 3.708806706360079397, 5.1797954688965781741},
        {0, 1, -INF, -5, -5.1865039671258421156, 0.032696434617112225345, -5.2273132809147286724,
            -5.1320183320442984583},
        {0, 1, 6, 7, 6.1572109033782798357, 0.022748381117511730961, 6.0575631913034329301, 6.11135821550888455},
        {100, 15, -INF, 120, 97.292934096966062285, 163.53047613595229704, 90.927128110324527677,
            98.281503376618098749},
    };

    @Test
    void truncatedMomentsAndQuantilesMatchHighPrecisionValues() {
        for (double[] row : TRUNCATED) {
            final Normal n = Normal.truncated(row[0], row[1], row[2], row[3]);
            assertTrue(n.isTruncated());
            assertEquals(row[4], n.mean(), 1e-14 * Math.abs(row[4]), n + " mean");
            // the variance formula cancels for one-sided deep truncation; 1e-11 relative is still ample
            assertEquals(row[5], n.variance(), 1e-11 * row[5], n + " variance");
            assertEquals(row[6], n.quantile(0.3), 1e-14 * Math.abs(row[6]), n + " q(0.3)");
            assertEquals(row[7], n.quantile(0.5), 1e-14 * Math.abs(row[7]), n + " q(0.5)");
            assertEquals(0.5, n.cdf(row[7]), 1e-14, n + " cdf(median)");
        }
    }

    @Test
    void deepRightTailTruncationKeepsItsPrecision() {
        // [7, inf) has mass Q(7) = 1.28e-12, just above the limit; Phi(7) rounds to 1 - 1.3e-12.
        final Normal n = Normal.truncated(0, 1, 7, INF);
        assertEquals(7.0, n.quantile(0));
        assertEquals(INF, n.quantile(1));
        double previous = 7.0;
        for (int k = 1; k < 1000; k++) {
            final double p = k / 1000.0;
            final double x = n.quantile(p);
            assertTrue(x > previous, "strictly increasing");
            assertEquals(p, n.cdf(x), 1e-13, "cdf(quantile(" + p + "))");
            previous = x;
        }
        // mean: the inverse Mills ratio phi(7)/Q(7); variance 1 + 7 m - m^2 (mpmath, 40 digits)
        assertEquals(7.1375456132265032765, n.mean(), 1e-14 * 7.14);
        assertEquals(0.018261911696622231466, n.variance(), 1e-11 * 0.0183);
    }

    @Test
    void meanAndVarianceAgreeWithNumericalIntegration() {
        final Normal n = Normal.truncated(5, 3, 0, 20);
        // Simpson's rule on the truncated density over [0, 20]
        final int m = 20_000;
        final double h = 20.0 / m;
        final NormalDistribution parent = new NormalDistribution(null, 5, 3);
        final double mass = parent.cumulativeProbability(20) - parent.cumulativeProbability(0);
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i <= m; i++) {
            final double x = i * h;
            final double w = (i == 0 || i == m) ? 1 : (i % 2 == 1 ? 4 : 2);
            final double f = parent.density(x) / mass;
            s0 += w * f;
            s1 += w * f * x;
            s2 += w * f * x * x;
        }
        s0 *= h / 3;
        s1 *= h / 3;
        s2 *= h / 3;
        assertEquals(1.0, s0, 1e-12);
        assertEquals(s1, n.mean(), 1e-10);
        assertEquals(s2 - s1 * s1, n.variance(), 1e-9);
    }

    @Test
    void rejectsBadParameters() {
        assertRejected(() -> Normal.of(Double.NaN, 1), "mu", "NaN");
        assertRejected(() -> Normal.of(INF, 1), "mu", "Infinity");
        assertRejected(() -> Normal.of(0, 0), "sigma", "0");
        assertRejected(() -> Normal.of(0, -1), "sigma", "-1");
        assertRejected(() -> Normal.of(0, Double.NaN), "sigma", "NaN");
        assertRejected(() -> Normal.truncated(0, 1, Double.NaN, 1), "min", "NaN");
        assertRejected(() -> Normal.truncated(0, 1, 0, Double.NaN), "max", "NaN");
        assertRejected(() -> Normal.truncated(0, 1, INF, INF), "min", "Infinity");
        assertRejected(() -> Normal.truncated(0, 1, -INF, -INF), "max", "-Infinity");
        assertRejected(() -> Normal.truncated(0, 1, 2, 1), "max", "1");
        assertRejected(() -> Normal.truncated(0, 1, 2, 2), "max", "2");
    }

    @Test
    void rejectsTruncationWithNegligibleMass() {
        final IllegalArgumentException tail = assertThrows(IllegalArgumentException.class,
                () -> Normal.truncated(0, 1, 8, INF)); // Q(8) = 6.2e-16
        assertTrue(tail.getMessage().startsWith("[min, max] = [8, Infinity]: must be an interval of probability "
                + ">= 1.0E-12"), tail.getMessage());
        assertTrue(tail.getMessage().endsWith(", was 6.220960574271785E-16"), tail.getMessage());
        assertRejected(() -> Normal.truncated(100, 1, 0, 10), "[min, max] = [0, 10]", "0");
        assertRejected(() -> Normal.truncated(0, 1, -INF, -7.5), "[min, max] = [-Infinity, -7.5]",
                String.valueOf(NormalFunctions.cdf(-7.5)));
    }
}
