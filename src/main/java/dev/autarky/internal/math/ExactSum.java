package dev.autarky.internal.math;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Mutable accumulator whose {@link #value()} is the exact mathematical sum of every double added,
 * correctly rounded to the nearest double (ties to even). The result therefore depends only on
 * the multiset of addends, never on the order or grouping of {@link #add(double)} and
 * {@link #add(ExactSum)} calls: summing blocks on any number of threads and merging them in any
 * order gives bit-identical results.
 *
 * <p>Algorithm: the running sum is held exactly as a non-overlapping expansion, a short array of
 * doubles of increasing magnitude whose bits do not overlap (Shewchuk, "Adaptive Precision
 * Floating-Point Arithmetic and Fast Robust Geometric Predicates", Discrete Comput. Geom. 18,
 * 1997: GROW-EXPANSION with zero elimination). Each addition is propagated through the expansion
 * with error-free two-sums. {@link #value()} adds the expansion from the top and applies the
 * correction for halfway cases used by Python's {@code math.fsum} (R. Hettinger's recipe based on
 * Shewchuk), which makes the result correctly rounded.
 *
 * <p>Magnitudes of {@code 2^1000} and above are split off into an exact integer count of units of
 * {@code 2^1000}, so the intermediate sum never overflows: the result is the correctly rounded
 * exact sum even when partial sums exceed {@link Double#MAX_VALUE} and later cancel, and it is
 * infinite only when the exact sum rounds to infinity. (The count is a {@code long}; it cannot
 * wrap before about {@code 2^39} additions of values near {@code Double.MAX_VALUE}.)
 *
 * <p>Special values: if any NaN was added, or both {@code +∞} and {@code −∞}, the value is NaN;
 * otherwise an added infinity is the value. A zero result is always {@code +0.0}, whatever the
 * signs of added zeros, so that the sign of zero cannot depend on order either.
 *
 * <p>Cost: the expansion usually holds a few doubles (at most about 40 for addends spread over
 * the whole double range, more only in contrived cases); {@link #add(double)} is linear in that
 * length and allocation-free except when the expansion becomes longer than ever before.
 * Not thread-safe.
 */
public final class ExactSum implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Magnitudes from here on are moved into {@link #units}; far from overflow, exact to split. */
    private static final double UNIT = 0x1p1000;
    private static final double INV_UNIT = 0x1p-1000;
    /** Below this many units, folding the units back into the expansion cannot overflow. */
    private static final long SMALL_UNITS = 1L << 20;
    /** From this many units on, the exact sum exceeds 2^1024 and rounds to infinity. */
    private static final long OVERFLOW_UNITS = 1L << 25;
    private static final int INITIAL_CAPACITY = 8;

    /** Non-overlapping expansion, increasing magnitude, no zeros; every element below 2^1000. */
    private double[] partials;
    private int size;
    /** Exact multiples of 2^1000 that belong to the sum. */
    private long units;
    /** Sum of the non-finite addends: 0, ±∞ or NaN. */
    private double special;

    /** An empty sum, whose value is {@code +0.0}. */
    public ExactSum() {
        partials = new double[INITIAL_CAPACITY];
    }

    private ExactSum(ExactSum source) {
        partials = Arrays.copyOf(source.partials, Math.max(INITIAL_CAPACITY, source.size + 1));
        size = source.size;
        units = source.units;
        special = source.special;
    }

    /** Adds {@code x} exactly. */
    public void add(double x) {
        double r = x;
        if (!(Math.abs(r) < UNIT)) {
            if (!Double.isFinite(r)) {
                special += r;
                return;
            }
            // |r| >= 2^1000: q = trunc(r / 2^1000) is below 2^24 and r - q * 2^1000 is exact
            // (Sterbenz), so the remainder below 2^1000 goes into the expansion.
            long q = (long) (r * INV_UNIT);
            units += q;
            r -= q * UNIT;
            if (r == 0.0) {
                return;
            }
        }
        if (size == partials.length) {
            partials = Arrays.copyOf(partials, 2 * size);
        }
        size = grow(partials, size, r);
        normalizeTop();
    }

    /** Adds the exact sum held by {@code other} (which is not changed) to this sum. */
    public void add(ExactSum other) {
        ExactSum o = other == this ? copy() : other;
        special += o.special;
        units += o.units;
        for (int i = 0; i < o.size; i++) {
            add(o.partials[i]);
        }
    }

    /** The exact sum of all addends, correctly rounded to the nearest double (ties to even). */
    public double value() {
        if (special != 0.0) {
            return special; // ±∞, or NaN (NaN != 0.0 holds)
        }
        if (units == 0) {
            return round(partials, size);
        }
        if (Math.abs(units) <= SMALL_UNITS) {
            // |units * 2^1000| <= 2^1020 and the expansion is below 2^1000: no overflow possible.
            double[] p = Arrays.copyOf(partials, size + 1);
            int n = grow(p, size, units * UNIT);
            return round(p, n);
        }
        if (Math.abs(units) >= OVERFLOW_UNITS) {
            return units > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return roundHuge();
    }

    /** Empties the sum; keeps the storage. */
    public void reset() {
        size = 0;
        units = 0;
        special = 0.0;
    }

    /** An independent accumulator holding the same exact sum. */
    public ExactSum copy() {
        return new ExactSum(this);
    }

    @Override
    public String toString() {
        return "ExactSum[" + value() + "]";
    }

    /** Moves the part of the top element at or above 2^1000 into {@link #units}. */
    private void normalizeTop() {
        if (size == 0) {
            return;
        }
        double top = partials[size - 1];
        if (Math.abs(top) >= UNIT) {
            // The top is below 3 * 2^1000, so q is 1 or 2 (or -1, -2) and the subtraction is
            // exact; the remainder keeps only bits of the old top, so the expansion stays
            // non-overlapping and increasing.
            long q = (long) (top * INV_UNIT);
            units += q;
            double rest = top - q * UNIT;
            if (rest == 0.0) {
                size--;
            } else {
                partials[size - 1] = rest;
            }
        }
    }

    /**
     * Rounds {@code units * 2^1000 + expansion} when {@code 2^20 < |units| < 2^25}: the exact sum is
     * then at least 2^1019 in magnitude, so everything is scaled by 2^-4 to round without
     * overflow. Elements below 2^-900 are far below half an ulp of the sum and only their sign can
     * matter (for ties); they are replaced by one tiny element of that sign, which keeps the
     * scaling exact.
     */
    private double roundHuge() {
        double[] p = new double[size + 2];
        int first = 0;
        while (first < size && Math.abs(partials[first]) < 0x1p-900) {
            first++;
        }
        int n = 0;
        if (first > 0) {
            // In a non-overlapping expansion the largest element decides the sign of the rest.
            p[n++] = Math.copySign(Double.MIN_VALUE, partials[first - 1]);
        }
        for (int i = first; i < size; i++) {
            p[n++] = partials[i] * 0x1p-4;
        }
        n = grow(p, n, units * 0x1p996);
        return round(p, n) * 16.0;
    }

    /**
     * Shewchuk's GROW-EXPANSION with zero elimination: adds {@code x} to the expansion
     * {@code p[0..n)} in place using error-free two-sums. Needs {@code p.length > n}; returns the
     * new length.
     */
    private static int grow(double[] p, int n, double x) {
        double hi = x;
        int m = 0;
        for (int j = 0; j < n; j++) {
            final double y = p[j];
            final double s = hi + y;
            final double yv = s - hi;
            final double lo = (hi - (s - yv)) + (y - yv); // Knuth's TwoSum: s + lo == hi + y
            if (lo != 0.0) {
                p[m++] = lo;
            }
            hi = s;
        }
        if (hi != 0.0) {
            p[m++] = hi;
        }
        return m;
    }

    /**
     * The correctly rounded value of the non-overlapping expansion {@code p[0..n)}: add from the
     * top until the first inexact step; the remainder then lies within half an ulp of the partial
     * sum, and it is rounded the wrong way only in the halfway case, where the next element below
     * tells on which side of the halfway point the exact sum lies.
     */
    private static double round(double[] p, int n) {
        if (n == 0) {
            return 0.0;
        }
        int i = n - 1;
        double hi = p[i];
        double lo = 0.0;
        while (i > 0) {
            final double x = hi;
            final double y = p[--i];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        if (i > 0 && ((lo < 0.0 && p[i - 1] < 0.0) || (lo > 0.0 && p[i - 1] > 0.0))) {
            final double y = lo * 2.0;
            final double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
