package dev.autarky.internal.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.AllocationMeter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    // ---------------------------------------------------------------- reference

    /** The exact sum, by BigDecimal (new BigDecimal(double) is exact). */
    static BigDecimal exactSum(double[] xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (double x : xs) {
            s = s.add(new BigDecimal(x));
        }
        return s;
    }

    /**
     * The double nearest to {@code exact}, ties to even, found by comparing exact distances with
     * the neighbours (so it does not trust BigDecimal.doubleValue()).
     */
    static double nearest(BigDecimal exact) {
        BigDecimal overflow = new BigDecimal(Double.MAX_VALUE).add(new BigDecimal(Math.ulp(Double.MAX_VALUE) / 2));
        if (exact.compareTo(overflow) >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (exact.compareTo(overflow.negate()) <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double d = exact.doubleValue();
        if (Double.isInfinite(d)) {
            d = Math.copySign(Double.MAX_VALUE, d);
        }
        while (true) {
            double better = d;
            for (double c : new double[] {Math.nextUp(d), Math.nextDown(d)}) {
                if (Double.isInfinite(c)) {
                    continue;
                }
                int cmp = distance(exact, c).compareTo(distance(exact, better));
                if (cmp < 0 || (cmp == 0 && isEven(c) && !isEven(better))) {
                    better = c;
                }
            }
            if (better == d) {
                return d == 0.0 ? 0.0 : d;
            }
            d = better;
        }
    }

    private static BigDecimal distance(BigDecimal exact, double c) {
        return exact.subtract(new BigDecimal(c)).abs();
    }

    private static boolean isEven(double d) {
        return (Double.doubleToRawLongBits(d) & 1L) == 0;
    }

    static double sequential(double[] xs) {
        ExactSum s = new ExactSum();
        for (double x : xs) {
            s.add(x);
        }
        return s.value();
    }

    private static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + ": expected " + expected + " (" + Double.toHexString(expected) + "), was "
                        + actual + " (" + Double.toHexString(actual) + ")");
    }

    // ---------------------------------------------------------------- data

    /** Random sign and mantissa, binary exponent uniform in [minExp, maxExp]; subnormals included. */
    static double wide(SplittableRandom rnd, int minExp, int maxExp) {
        double m = 1.0 + rnd.nextDouble();
        double x = Math.scalb(m, rnd.nextInt(minExp, maxExp + 1));
        return rnd.nextBoolean() ? x : -x;
    }

    /** Values and near-negations of them, so that the exact sum is tiny next to the addends. */
    static double[] cancelling(SplittableRandom rnd, int n, int minExp, int maxExp) {
        double[] xs = new double[n];
        int i = 0;
        while (i + 1 < n) {
            double x = wide(rnd, minExp, maxExp);
            xs[i++] = x;
            xs[i++] = -x + (rnd.nextInt(4) == 0 ? Math.ulp(x) * rnd.nextInt(-3, 4) : 0.0);
        }
        if (i < n) {
            xs[i] = wide(rnd, -1074, -1000);
        }
        shuffle(xs, rnd);
        return xs;
    }

    static void shuffle(double[] xs, SplittableRandom rnd) {
        for (int i = xs.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = xs[i];
            xs[i] = xs[j];
            xs[j] = t;
        }
    }

    // ---------------------------------------------------------------- exactness

    @Test
    void knownAnswers() {
        // Hand-checked: exact sums and their round-to-nearest-even values.
        assertSameBits(2.0, sequential(new double[] {1.0, 1e100, 1.0, -1e100}), "cancel 1e100");
        // 2^53 + 1 is halfway between 2^53 and 2^53 + 2; the tiny third term decides: up.
        assertSameBits(0x1p53 + 2, sequential(new double[] {0x1p53, 1.0, 0x1p-100}), "halfway, up");
        assertSameBits(0x1p53, sequential(new double[] {0x1p53, 1.0, -0x1p-100}), "halfway, down");
        // Exact halfway: ties to even.
        assertSameBits(0x1p53, sequential(new double[] {0x1p53, 1.0}), "tie to even, down");
        assertSameBits(0x1p53 + 4, sequential(new double[] {0x1p53 + 2, 1.0}), "tie to even, up");
        // 2^53 - 0.5 - 2^-54 lies below the halfway point 2^53 - 0.5: 2^53 - 1.
        assertSameBits(0x1p53 - 1, sequential(new double[] {0x1p53, -0.5, -0x1p-54}), "below half");
        assertSameBits(0.0, sequential(new double[] {0.1, 0.2, -0.3, -0.1, -0.2, 0.3}), "exact zero");
        assertSameBits(Double.MIN_VALUE,
                sequential(new double[] {1.0, Double.MIN_VALUE, -1.0}), "smallest subnormal survives");
    }

    @Test
    void zeroIsAlwaysPositive() {
        assertSameBits(0.0, new ExactSum().value(), "empty");
        assertSameBits(0.0, sequential(new double[] {-0.0}), "-0");
        assertSameBits(0.0, sequential(new double[] {-0.0, -0.0}), "-0 + -0");
        assertSameBits(0.0, sequential(new double[] {-1.5, 1.5}), "cancel");
    }

    @Test
    void matchesBigDecimalOnWideRandomData() {
        SplittableRandom rnd = new SplittableRandom(20240611L);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rnd.nextInt(200);
            int minExp = rnd.nextInt(-1074, 900);
            int maxExp = rnd.nextInt(minExp, 1000);
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = wide(rnd, minExp, maxExp);
            }
            int t = trial;
            assertSameBits(nearest(exactSum(xs)), sequential(xs), "trial " + t + " " + Arrays.toString(xs));
        }
    }

    @Test
    void matchesBigDecimalUnderHeavyCancellation() {
        SplittableRandom rnd = new SplittableRandom(77L);
        for (int trial = 0; trial < 400; trial++) {
            int n = 2 + rnd.nextInt(300);
            int minExp = rnd.nextInt(-1074, 100);
            int maxExp = rnd.nextInt(minExp, 1000);
            double[] xs = cancelling(rnd, n, minExp, maxExp);
            int t = trial;
            double expected = nearest(exactSum(xs));
            assertSameBits(expected, sequential(xs), "trial " + t);
            double naive = 0;
            for (double x : xs) {
                naive += x;
            }
            if (trial == 0) {
                // The data really is hard: naive summation is off by many orders of magnitude.
                assertTrue(naive != expected, "naive summation happened to be exact");
            }
        }
    }

    @Test
    void matchesBigDecimalNearHalfwayPoints() {
        SplittableRandom rnd = new SplittableRandom(5L);
        for (int trial = 0; trial < 2000; trial++) {
            double a = wide(rnd, -200, 200);
            double half = Math.ulp(a) / 2;
            double tiny = wide(rnd, -1074, Math.getExponent(half) - 60);
            double[] xs = rnd.nextBoolean() ? new double[] {a, half, tiny} : new double[] {a, -half, tiny};
            shuffle(xs, rnd);
            assertSameBits(nearest(exactSum(xs)), sequential(xs), Arrays.toString(xs));
        }
    }

    @Test
    void intermediateSumsBeyondDoubleRangeDoNotOverflow() {
        double max = Double.MAX_VALUE;
        double halfUlp = Math.ulp(max) / 2; // 2^970: MAX + 2^970 is the overflow threshold
        assertSameBits(max, sequential(new double[] {max, max, -max}), "max + max - max");
        assertSameBits(-max, sequential(new double[] {-max, -max, max}), "negated");
        assertSameBits(Double.POSITIVE_INFINITY, sequential(new double[] {max, max}), "max + max");
        assertSameBits(Double.POSITIVE_INFINITY, sequential(new double[] {max, halfUlp}), "threshold rounds up");
        assertSameBits(max, sequential(new double[] {max, halfUlp, -Double.MIN_VALUE}), "just below threshold");
        assertSameBits(max, sequential(new double[] {max, max, halfUlp, -max, -Double.MIN_VALUE}), "same via big");
        assertSameBits(1.0, sequential(new double[] {max, 1.0, max, -max, -max}), "back to 1");
        assertSameBits(Double.MIN_VALUE, sequential(new double[] {max, Double.MIN_VALUE, -max}), "back to tiny");

        SplittableRandom rnd = new SplittableRandom(99L);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(60);
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = rnd.nextInt(3) == 0 ? wide(rnd, -1074, 1023) : wide(rnd, 1015, 1023);
            }
            if (rnd.nextBoolean()) {
                xs = cancelling(rnd, n, 1000, 1023);
                xs[0] += Math.ulp(xs[0]) * rnd.nextInt(-2, 3);
            }
            double[] data = xs;
            assertSameBits(nearest(exactSum(data)), sequential(data), Arrays.toString(data));
        }
    }

    // ---------------------------------------------------------------- order independence

    @Test
    void everyPermutationGivesTheSameBits() {
        double[] xs = {1e308, 0.1, -1e308, 3.0e-300, -0.7, 0x1p-1074, 12345.678, -1e-20};
        double expected = nearest(exactSum(xs));
        int[] count = {0};
        permute(xs, 0, p -> {
            count[0]++;
            assertSameBits(expected, sequential(p), Arrays.toString(p));
        });
        assertEquals(40320, count[0]);
    }

    private static void permute(double[] xs, int k, java.util.function.Consumer<double[]> action) {
        if (k == xs.length) {
            action.accept(xs);
            return;
        }
        for (int i = k; i < xs.length; i++) {
            swap(xs, k, i);
            permute(xs, k + 1, action);
            swap(xs, k, i);
        }
    }

    private static void swap(double[] xs, int i, int j) {
        double t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
    }

    @Test
    void everyGroupingAndMergeOrderGivesTheSameBits() {
        SplittableRandom rnd = new SplittableRandom(314159L);
        for (int trial = 0; trial < 300; trial++) {
            double[] xs = trial % 2 == 0
                    ? cancelling(rnd, 50 + rnd.nextInt(150), -1074, 1023)
                    : randomWide(rnd, 50 + rnd.nextInt(150));
            double expected = sequential(xs);
            assertSameBits(nearest(exactSum(xs)), expected, "single pass");

            // Random split into blocks, each block summed on its own, then merged in random order
            // and random tree shape.
            double[] shuffled = xs.clone();
            shuffle(shuffled, rnd);
            List<ExactSum> parts = new ArrayList<>();
            int i = 0;
            while (i < shuffled.length) {
                int len = 1 + rnd.nextInt(20);
                ExactSum part = new ExactSum();
                for (int j = i; j < Math.min(shuffled.length, i + len); j++) {
                    part.add(shuffled[j]);
                }
                parts.add(part);
                i += len;
            }
            while (parts.size() > 1) {
                ExactSum a = parts.remove(rnd.nextInt(parts.size()));
                ExactSum b = parts.remove(rnd.nextInt(parts.size()));
                a.add(b);
                parts.add(a);
            }
            int t = trial;
            assertSameBits(expected, parts.get(0).value(), "trial " + t);
        }
    }

    private static double[] randomWide(SplittableRandom rnd, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = wide(rnd, -1074, 1023);
        }
        return xs;
    }

    @Test
    void mergeWithItselfDoubles() {
        ExactSum s = new ExactSum();
        s.add(0.1);
        s.add(1e300);
        s.add(-1e300);
        s.add(Double.MAX_VALUE);
        s.add(s);
        assertSameBits(Double.POSITIVE_INFINITY, s.value(), "2 * (0.1 + MAX)");
        s.add(-Double.MAX_VALUE);
        s.add(-Double.MAX_VALUE);
        assertSameBits(0.2, s.value(), "back to 2 * 0.1");
    }

    @Test
    void copyIsIndependentAndResetEmpties() {
        ExactSum s = new ExactSum();
        s.add(1.0);
        s.add(0x1p-80);
        ExactSum c = s.copy();
        s.add(5.0);
        assertSameBits(1.0, c.value(), "copy");
        assertSameBits(6.0, s.value(), "original");
        s.add(Double.NaN);
        s.reset();
        assertSameBits(0.0, s.value(), "reset");
        s.add(2.5);
        assertSameBits(2.5, s.value(), "after reset");
    }

    // ---------------------------------------------------------------- special values

    @Test
    void specialValues() {
        assertTrue(Double.isNaN(sequential(new double[] {1.0, Double.NaN, 2.0})), "NaN");
        assertTrue(Double.isNaN(sequential(new double[] {Double.POSITIVE_INFINITY, 1.0, Double.NEGATIVE_INFINITY})),
                "+inf and -inf");
        assertTrue(Double.isNaN(sequential(new double[] {Double.NaN, Double.POSITIVE_INFINITY})), "NaN and inf");
        assertSameBits(Double.POSITIVE_INFINITY,
                sequential(new double[] {-Double.MAX_VALUE, Double.POSITIVE_INFINITY, 1.0, Double.POSITIVE_INFINITY}),
                "+inf dominates");
        assertSameBits(Double.NEGATIVE_INFINITY,
                sequential(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY}),
                "-inf dominates");

        ExactSum a = new ExactSum();
        a.add(Double.POSITIVE_INFINITY);
        ExactSum b = new ExactSum();
        b.add(Double.NEGATIVE_INFINITY);
        ExactSum c = a.copy();
        c.add(b);
        assertTrue(Double.isNaN(c.value()), "merge of +inf and -inf");
        b.add(a);
        assertTrue(Double.isNaN(b.value()), "merge of -inf and +inf");
    }

    // ---------------------------------------------------------------- allocation

    @Test
    void addDoesNotAllocateInSteadyState() {
        ExactSum s = new ExactSum();
        SplittableRandom rnd = new SplittableRandom(1L);
        double[] xs = randomWide(rnd, 4096);
        for (int warm = 0; warm < 20; warm++) {
            for (double x : xs) {
                s.add(x);
            }
        }
        long bytes = AllocationMeter.bytesAllocatedBy(() -> {
            for (int rep = 0; rep < 50; rep++) {
                for (double x : xs) {
                    s.add(x);
                }
            }
        });
        assertTrue(bytes < 1024, () -> "add allocated " + bytes + " bytes");
    }
}
