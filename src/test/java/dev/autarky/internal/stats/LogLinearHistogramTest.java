package dev.autarky.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogLinearHistogramTest extends QuantileHistogramContractTest<LogLinearHistogram> {

    @Override
    LogLinearHistogram create() {
        return new LogLinearHistogram(6);
    }

    @Override
    LogLinearHistogram createIncompatible() {
        return new LogLinearHistogram(7);
    }

    @Override
    List<Source> sources() {
        return List.of(
                rnd -> Math.exp(3 * gaussian(rnd)), // lognormal, many binades
                rnd -> 100 * gaussian(rnd), // both signs
                rnd -> rnd.nextInt(3) == 0 ? 0.0 : rnd.nextDouble(-1e6, 1e6), // zeros in the middle
                rnd -> 1.0 / Math.pow(1 - rnd.nextDouble(), 1.5), // Pareto tail
                rnd -> Math.scalb(rnd.nextBoolean() ? 1.0 : -1.0, rnd.nextInt(-30, 31)), // bin edges
                rnd -> { // any finite double, subnormals and extremes included
                    double x = Double.longBitsToDouble(rnd.nextLong());
                    return Double.isFinite(x) ? x : Double.MAX_VALUE;
                },
                rnd -> (rnd.nextBoolean() ? 1 : -1) * (rnd.nextBoolean()
                        ? Double.MIN_VALUE * rnd.nextInt(1, 1 << 20) : Double.MAX_VALUE));
    }

    @Override
    List<String> sourceNames() {
        return List.of("lognormal", "normal", "uniform with zeros", "pareto", "powers of two", "random bits",
                "extremes");
    }

    @Override
    double[] unacceptable() {
        return new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box–Muller; the test only needs a fixed, seeded spread of values.
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    @Test
    void relativeErrorBoundHoldsForNormalMagnitudes() {
        LogLinearHistogram h = new LogLinearHistogram(6);
        assertEquals(0x1p-7, h.maxRelativeError());
        SplittableRandom rnd = new SplittableRandom(3L);
        double[] xs = new double[5000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (rnd.nextBoolean() ? 1 : -1) * Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(-1022, 1024));
        }
        h.acceptAll(xs, 0, xs.length);
        Arrays.sort(xs);
        for (int r = 1; r <= xs.length; r++) {
            double exact = xs[r - 1];
            double reported = h.valueAtRank(r);
            assertTrue(Math.abs(reported - exact) <= h.maxRelativeError() * Math.abs(exact), "rank " + r);
        }
    }

    @Test
    void signsZerosAndEdges() {
        LogLinearHistogram h = new LogLinearHistogram(2); // 4 sub-buckets: [1, 1.25), [1.25, 1.5), ...
        h.acceptAll(new double[] {-3.0, -0.0, 0.0, 1.3, 5.0}, 0, 5);
        assertEquals(5, h.count());
        assertEquals(2, h.zeroCount());
        // -3 = -(1.5 * 2): bin of magnitudes [3, 3.5), values (-3.5, -3]; midpoint 3.25.
        assertEquals(-3.25, h.valueAtRank(1));
        assertEquals(-3.5, h.binLowerEdgeAtRank(1));
        assertEquals(-3.0, h.binUpperEdgeAtRank(1));
        assertEquals(0.0, h.valueAtRank(2));
        assertEquals(0.0, h.binLowerEdgeAtRank(3));
        assertEquals(1.375, h.valueAtRank(4)); // [1.25, 1.5)
        assertEquals(5.5, h.valueAtRank(5)); // 5 = 1.25 * 4 is the lower edge of [5, 6)
        assertEquals(5.0, h.binLowerEdgeAtRank(5));
        assertEquals(6.0, h.binUpperEdgeAtRank(5));
        assertEquals(3, h.countAtOrBelow(1.3)); // 1.3 shares its bin [1.25, 1.5): not counted
        assertEquals(4, h.countAtOrBelow(1.5));
        assertEquals(1, h.countAtOrBelow(-3.0)); // -3 is the upper edge of (-3.5, -3]
        assertEquals(0, h.countAtOrBelow(-3.1));
    }

    @Test
    void negativeZeroIsAZeroEvenWhenTheSmallestNegativeBinIsCovered() {
        LogLinearHistogram h = new LogLinearHistogram(3);
        h.accept(-Double.MIN_VALUE); // covers the negative subnormal binade, whose bin 0 is (-2^-1025, 0)
        h.accept(Double.MIN_VALUE);
        h.accept(-0.0);
        h.accept(0.0);
        assertEquals(4, h.count());
        assertEquals(2, h.zeroCount());
        assertTrue(h.valueAtRank(1) < 0);
        assertEquals(0.0, h.valueAtRank(2));
        assertEquals(0.0, h.valueAtRank(3));
        assertTrue(h.valueAtRank(4) > 0);
    }

    @Test
    void extremeMagnitudes() {
        LogLinearHistogram h = new LogLinearHistogram(6);
        h.acceptAll(new double[] {-Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE}, 0, 4);
        assertEquals(Double.NEGATIVE_INFINITY, h.binLowerEdgeAtRank(1));
        assertTrue(h.binUpperEdgeAtRank(1) <= -Double.MAX_VALUE * (1 - 0x1p-6));
        assertEquals(0.0, h.binLowerEdgeAtRank(2)); // subnormal bin 0 is (0, 2^-1028)
        assertEquals(0x1p-1028, h.binUpperEdgeAtRank(2));
        assertEquals(Double.MIN_NORMAL, h.binLowerEdgeAtRank(3));
        assertEquals(Double.POSITIVE_INFINITY, h.binUpperEdgeAtRank(4));
        assertTrue(Double.isFinite(h.valueAtRank(4)));
        assertEquals(0x1p-1029, h.maxError(Double.MIN_VALUE));
        assertEquals(0x1p-1029, h.maxError(Double.MIN_NORMAL));
        assertEquals(0x1p-7, h.maxError(1.5)); // [1, 2) in 64 bins of width 2^-6
        assertEquals(0x1p-7, h.maxError(-1.0));
        assertEquals(0.0, h.maxError(0.0));
    }

    @Test
    void subBucketBitsAreChecked() {
        assertEquals(LogLinearHistogram.DEFAULT_SUB_BUCKET_BITS, new LogLinearHistogram().subBucketBits());
        assertThrows(IllegalArgumentException.class, () -> new LogLinearHistogram(0));
        assertThrows(IllegalArgumentException.class, () -> new LogLinearHistogram(17));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogLinearHistogram().accept(Double.POSITIVE_INFINITY));
        assertEquals("x: must be finite, was Infinity", e.getMessage());
    }
}
