package dev.autarky.internal.stats;

import dev.autarky.internal.Checks;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Histogram of any finite doubles (negative, zero, positive) with log-linear bins of bounded
 * relative width, like HdrHistogram: costs, quantities, prices over many orders of magnitude.
 *
 * <p>Bins: zero ({@code +0.0} and {@code -0.0}) has an exact counter. A nonzero {@code x} is binned
 * by its magnitude {@code |x|}: each binade {@code [2^e, 2^(e+1))} is split into
 * {@code 2^subBucketBits} equal sub-buckets, chosen by the top {@code subBucketBits} bits of the
 * significand. Equivalently the bin index is the raw IEEE bits of {@code |x|} shifted right by
 * {@code 52 - subBucketBits}, which is monotone in {@code |x|}. Positive and negative values have
 * separate count arrays. Subnormal magnitudes (below {@code 2^-1022}) form one extra binade of
 * {@code 2^subBucketBits} equal linear bins on {@code (0, 2^-1022)}.
 *
 * <p>Representative and error: a rank reports the midpoint of its bin (with the value's sign).
 * The true order statistic differs from it by at most half the bin width,
 * {@link #maxError(double) maxError(v)} {@code = 2^(e - subBucketBits - 1)} for a representative
 * {@code v} in binade {@code e}; relative to the true value that is at most
 * {@link #maxRelativeError()} {@code = 2^-(subBucketBits+1)} for magnitudes at or above
 * {@link Double#MIN_NORMAL} (for subnormals only the absolute bound {@code 2^(-1023 - subBucketBits)}
 * holds). Zeros are reported exactly. The top bin of the largest binade has upper edge
 * {@code ±∞}.
 *
 * <p>Memory: the count arrays cover only the binades seen so far, {@code 8 · 2^subBucketBits}
 * bytes per binade and sign; they are reallocated only when a value from a new binade arrives, so
 * {@link #accept(double)} does not allocate in steady state. Not thread-safe. Serializable; the
 * counts travel in a compact sparse form.
 */
public final class LogLinearHistogram implements QuantileHistogram<LogLinearHistogram>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Default sub-bucket bits: relative error at most {@code 2^-8 ≈ 0.39%}. */
    public static final int DEFAULT_SUB_BUCKET_BITS = 7;
    /** Largest supported number of sub-bucket bits. */
    public static final int MAX_SUB_BUCKET_BITS = 16;

    private static final long[] EMPTY = new long[0];
    private static final long EXPONENT_MASK = 0x7ff0000000000000L;
    /** Binades of finite doubles: biased exponents 0 (subnormal) to 2046. */
    private static final int FINITE_BINADES = 2047;

    private final int subBucketBits;
    /** Right shift from raw magnitude bits to bin index. */
    private final int shift;

    private transient long[] positive = EMPTY; // written sparsely by writeObject
    /** Bin index of {@code positive[0]}; a multiple of 2^subBucketBits. */
    private int positiveBase;
    private transient long[] negative = EMPTY;
    private int negativeBase;
    private long zeros;
    private long total;

    /** An empty histogram with {@link #DEFAULT_SUB_BUCKET_BITS}. */
    public LogLinearHistogram() {
        this(DEFAULT_SUB_BUCKET_BITS);
    }

    /**
     * An empty histogram.
     *
     * @param subBucketBits {@code log2} of the sub-buckets per binade, in [1, {@value #MAX_SUB_BUCKET_BITS}]
     */
    public LogLinearHistogram(int subBucketBits) {
        this.subBucketBits = Checks.requireInRange(subBucketBits, 1, MAX_SUB_BUCKET_BITS, "subBucketBits");
        this.shift = 52 - subBucketBits;
    }

    private LogLinearHistogram(LogLinearHistogram source) {
        this.subBucketBits = source.subBucketBits;
        this.shift = source.shift;
        this.positive = source.positive.length == 0 ? EMPTY : source.positive.clone();
        this.positiveBase = source.positiveBase;
        this.negative = source.negative.length == 0 ? EMPTY : source.negative.clone();
        this.negativeBase = source.negativeBase;
        this.zeros = source.zeros;
        this.total = source.total;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SparseCounts.write(out, positive);
        SparseCounts.write(out, negative);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int limit = FINITE_BINADES << MAX_SUB_BUCKET_BITS;
        positive = SparseCounts.read(in, limit);
        negative = SparseCounts.read(in, limit);
        if (subBucketBits < 1 || subBucketBits > MAX_SUB_BUCKET_BITS || shift != 52 - subBucketBits
                || !covers(positive, positiveBase) || !covers(negative, negativeBase)) {
            throw new InvalidObjectException("corrupt histogram: " + this);
        }
        positive = positive.length == 0 ? EMPTY : positive;
        negative = negative.length == 0 ? EMPTY : negative;
    }

    /** Whether counts starting at bin {@code base} are whole binades of finite doubles. */
    private boolean covers(long[] counts, int base) {
        int binade = 1 << subBucketBits;
        return base >= 0 && base % binade == 0 && counts.length % binade == 0
                && (long) base + counts.length <= (long) FINITE_BINADES << subBucketBits;
    }

    /** {@code log2} of the number of sub-buckets per binade. */
    public int subBucketBits() {
        return subBucketBits;
    }

    /** The bound {@code 2^-(subBucketBits+1)} on |reported − true| / |true| for normal magnitudes. */
    public double maxRelativeError() {
        return Math.scalb(1.0, -subBucketBits - 1);
    }

    /** Number of values equal to zero (of either sign). */
    public long zeroCount() {
        return zeros;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    @Override
    public void accept(double x) {
        final long bits = Double.doubleToRawLongBits(x);
        final long magnitude = bits & Long.MAX_VALUE;
        // Infinities and NaNs map to bins of binade 2047, which the arrays never cover.
        if (magnitude == 0L) {
            zeros++; // +0.0 and -0.0: frequent (no shortfall, no domestic output yet)
            total++;
            return;
        }
        final int bin = (int) (magnitude >>> shift);
        if (bits > 0L) {
            final int i = bin - positiveBase;
            final long[] counts = positive;
            if (i >= 0 && i < counts.length) {
                counts[i]++;
                total++;
                return;
            }
        } else {
            final int i = bin - negativeBase;
            final long[] counts = negative;
            if (i >= 0 && i < counts.length) {
                counts[i]++;
                total++;
                return;
            }
        }
        acceptRare(x);
    }

    /** Nonzero values from binades not yet covered, and rejection of non-finite values. */
    private void acceptRare(double x) {
        if (!Double.isFinite(x)) {
            throw Checks.fail("x", "finite", x);
        }
        int bin = bin(x);
        if (x > 0) {
            cover(false, bin, bin);
            positive[bin - positiveBase]++;
        } else {
            cover(true, bin, bin);
            negative[bin - negativeBase]++;
        }
        total++;
    }

    @Override
    public void acceptAll(double[] xs, int from, int to) {
        Objects.checkFromToIndex(from, to, xs.length);
        int minPositive = Integer.MAX_VALUE;
        int maxPositive = -1;
        int minNegative = Integer.MAX_VALUE;
        int maxNegative = -1;
        for (int i = from; i < to; i++) {
            final double x = xs[i];
            if (!Double.isFinite(x)) {
                throw Checks.fail("xs[" + i + "]", "finite", x);
            }
            if (x > 0) {
                final int bin = bin(x);
                minPositive = Math.min(minPositive, bin);
                maxPositive = Math.max(maxPositive, bin);
            } else if (x < 0) {
                final int bin = bin(x);
                minNegative = Math.min(minNegative, bin);
                maxNegative = Math.max(maxNegative, bin);
            }
        }
        if (maxPositive >= 0) {
            cover(false, minPositive, maxPositive);
        }
        if (maxNegative >= 0) {
            cover(true, minNegative, maxNegative);
        }
        for (int i = from; i < to; i++) {
            accept(xs[i]);
        }
    }

    /** Bytes held by the count arrays (their ranges grow as values arrive). */
    public long bytes() {
        return (long) (positive.length + negative.length) * Long.BYTES;
    }

    @Override
    public void combine(LogLinearHistogram other) {
        Checks.requireNonNull(other, "other");
        if (other.subBucketBits != subBucketBits) {
            throw new IllegalArgumentException("other: must have the same subBucketBits (" + subBucketBits
                    + "), had " + other.subBucketBits);
        }
        LogLinearHistogram o = other == this ? copy() : other;
        if (o.positive.length > 0) {
            cover(false, o.positiveBase, o.positiveBase + o.positive.length - 1);
            add(o.positive, positive, o.positiveBase - positiveBase);
        }
        if (o.negative.length > 0) {
            cover(true, o.negativeBase, o.negativeBase + o.negative.length - 1);
            add(o.negative, negative, o.negativeBase - negativeBase);
        }
        zeros += o.zeros;
        total += o.total;
    }

    private static void add(long[] from, long[] to, int offset) {
        for (int i = 0; i < from.length; i++) {
            to[offset + i] += from[i];
        }
    }

    @Override
    public long count() {
        return total;
    }

    @Override
    public void reset() {
        Arrays.fill(positive, 0L);
        Arrays.fill(negative, 0L);
        zeros = 0;
        total = 0;
    }

    @Override
    public LogLinearHistogram copy() {
        return new LogLinearHistogram(this);
    }

    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        if (total == 0) {
            return Double.NaN;
        }
        return valueAtRank(UnitIntervalHistogram.rank(p, total));
    }

    @Override
    public double valueAtRank(long r) {
        long where = locate(r);
        if (where == 0) {
            return 0.0;
        }
        double mid = midpoint(binOf(where));
        return where > 0 ? mid : -mid;
    }

    @Override
    public double binLowerEdgeAtRank(long r) {
        long where = locate(r);
        if (where == 0) {
            return 0.0;
        }
        int bin = binOf(where);
        return where > 0 ? lowerEdge(bin) : -upperEdge(bin);
    }

    @Override
    public double binUpperEdgeAtRank(long r) {
        long where = locate(r);
        if (where == 0) {
            return 0.0;
        }
        int bin = binOf(where);
        return where > 0 ? upperEdge(bin) : 0.0 - lowerEdge(bin); // 0.0 - 0.0 is +0.0
    }

    /**
     * Where rank r lies: 0 for the zero counter, {@code bin + 1} for a positive bin,
     * {@code -(bin + 1)} for a negative bin.
     */
    private long locate(long r) {
        if (r < 1 || r > total) {
            throw new IllegalArgumentException("r: must be in [1, count() = " + total + "], was " + r);
        }
        long seen = 0;
        for (int i = negative.length - 1; i >= 0; i--) { // most negative first
            seen += negative[i];
            if (r <= seen) {
                return -(negativeBase + i + 1L);
            }
        }
        seen += zeros;
        if (r <= seen) {
            return 0;
        }
        for (int i = 0; i < positive.length; i++) {
            seen += positive[i];
            if (r <= seen) {
                return positiveBase + i + 1L;
            }
        }
        throw new IllegalStateException("counts do not add up to count() = " + total);
    }

    private static int binOf(long where) {
        return (int) (Math.abs(where) - 1);
    }

    @Override
    public long countAtOrBelow(double x) {
        if (Double.isNaN(x)) {
            throw Checks.fail("x", "a number", x);
        }
        long c = 0;
        for (int i = 0; i < negative.length; i++) {
            if (0.0 - lowerEdge(negativeBase + i) <= x) { // negative bin values lie in (-upper, -lower]
                c += negative[i];
            }
        }
        if (x >= 0.0) {
            c += zeros;
        }
        for (int i = 0; i < positive.length; i++) {
            if (upperEdge(positiveBase + i) <= x) {
                c += positive[i];
            } else {
                break;
            }
        }
        return c;
    }

    @Override
    public double maxError(double x) {
        Checks.requireFinite(x, "x");
        if (x == 0.0) {
            return 0.0;
        }
        int exponent = Math.max(Math.getExponent(x), Double.MIN_EXPONENT);
        return Math.scalb(1.0, exponent - subBucketBits - 1);
    }

    /** Receives the non-empty bins of a histogram, see {@link #forEachBin}. */
    @FunctionalInterface
    public interface BinAction {
        /**
         * One non-empty bin.
         *
         * @param lower          the bin's lower edge (the values are at least this)
         * @param upper          the bin's upper edge (the values are at most this)
         * @param representative the value {@link #valueAtRank} reports for ranks in the bin
         * @param count          values in the bin
         */
        void accept(double lower, double upper, double representative, long count);
    }

    /**
     * Visits every non-empty bin in ascending order of value (negative bins, the zero counter,
     * positive bins), with the same edges and representative as the rank queries report.
     */
    public void forEachBin(BinAction action) {
        for (int i = negative.length - 1; i >= 0; i--) {
            if (negative[i] != 0) {
                int bin = negativeBase + i;
                action.accept(-upperEdge(bin), 0.0 - lowerEdge(bin), -midpoint(bin), negative[i]);
            }
        }
        if (zeros != 0) {
            action.accept(0.0, 0.0, 0.0, zeros);
        }
        for (int i = 0; i < positive.length; i++) {
            if (positive[i] != 0) {
                int bin = positiveBase + i;
                action.accept(lowerEdge(bin), upperEdge(bin), midpoint(bin), positive[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "LogLinearHistogram[subBucketBits=" + subBucketBits + ", count=" + total + ", zeros=" + zeros + "]";
    }

    // ------------------------------------------------------------------------------ bins

    /** The bin index of the magnitude of a finite nonzero {@code x}. */
    private int bin(double x) {
        return (int) ((Double.doubleToRawLongBits(x) & Long.MAX_VALUE) >>> shift);
    }

    private double lowerEdge(int bin) {
        return Double.longBitsToDouble((long) bin << shift);
    }

    /** {@code +∞} for the top bin of the largest binade. */
    private double upperEdge(int bin) {
        long bits = (long) (bin + 1) << shift;
        return bits >= EXPONENT_MASK ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(bits);
    }

    /** Exact midpoint: the bin's lower edge with the next significand bit set. */
    private double midpoint(int bin) {
        return Double.longBitsToDouble(((long) bin << shift) | (1L << (shift - 1)));
    }

    /**
     * Makes the count array of one sign cover bins {@code lowBin..highBin}, extended to whole
     * binades; reallocates only if that adds binades.
     */
    private void cover(boolean negativeSide, int lowBin, int highBin) {
        long[] counts = negativeSide ? negative : positive;
        int base = negativeSide ? negativeBase : positiveBase;
        int low = (lowBin >>> subBucketBits) << subBucketBits;
        int high = ((highBin >>> subBucketBits) + 1) << subBucketBits; // exclusive
        if (counts.length > 0) {
            if (low >= base && high <= base + counts.length) {
                return;
            }
            // grow geometrically (by the current span, at least four binades) so that a run's slowly
            // widening extremes reallocate a few times per histogram, not once per new binade
            int headroom = Math.max(4 << subBucketBits, counts.length);
            if (low < base) {
                low = Math.max(0, Math.min(low, base - headroom));
            } else {
                low = base;
            }
            int end = base + counts.length;
            if (high > end) {
                high = Math.min(FINITE_BINADES << subBucketBits, Math.max(high, end + headroom));
            } else {
                high = end;
            }
        }
        long[] grown = new long[high - low];
        if (counts.length > 0) {
            System.arraycopy(counts, 0, grown, base - low, counts.length);
        }
        if (negativeSide) {
            negative = grown;
            negativeBase = low;
        } else {
            positive = grown;
            positiveBase = low;
        }
    }
}
