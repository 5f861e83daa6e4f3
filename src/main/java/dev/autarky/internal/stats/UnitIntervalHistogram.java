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
 * Histogram of values in the closed unit interval [0, 1] (shares, probabilities, fractions of
 * demand met) with {@code bins} equal linear bins and exact counters for 0 and 1.
 *
 * <p>Bins: {@code x == 0} and {@code x == 1} are counted exactly (shares are often exactly 0 or
 * 1) and ranks that fall on them report exactly 0 or 1. Any other {@code x} goes to bin
 * {@code i = floor(x · bins)}, which covers {@code [i/bins, (i+1)/bins)} (bin 0 holds only
 * {@code x > 0}). The representative of a bin is its midpoint {@code (i + 1/2)/bins}, so a
 * reported quantile is within {@link #maxAbsoluteError()} {@code = 1/(2·bins)} of the true order
 * statistic (exactly right for the 0 and 1 counters). All edges and midpoints are exact doubles.
 *
 * <p>Memory: {@code 8 · bins} bytes. {@link #accept(double)} is a few instructions and never
 * allocates. Not thread-safe. Serializable; the counts travel in a compact sparse form.
 */
public final class UnitIntervalHistogram implements QuantileHistogram<UnitIntervalHistogram>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Default number of bins: absolute error at most {@code 2^-12 ≈ 2.4e-4}. */
    public static final int DEFAULT_BINS = 2048;
    /** Largest supported number of bins. */
    public static final int MAX_BINS = 1 << 24;

    private final int bins;
    private final double binsAsDouble;
    private transient long[] counts; // written sparsely by writeObject
    private long zeros;
    private long ones;
    private long total;

    /** An empty histogram with {@link #DEFAULT_BINS} bins. */
    public UnitIntervalHistogram() {
        this(DEFAULT_BINS);
    }

    /**
     * An empty histogram.
     *
     * @param bins number of linear bins on (0, 1): a power of two in [2, {@value #MAX_BINS}]
     */
    public UnitIntervalHistogram(int bins) {
        Checks.requireInRange(bins, 2, MAX_BINS, "bins");
        if (Integer.bitCount(bins) != 1) {
            throw new IllegalArgumentException("bins: must be a power of two, was " + bins);
        }
        this.bins = bins;
        this.binsAsDouble = bins;
        this.counts = new long[bins];
    }

    private UnitIntervalHistogram(UnitIntervalHistogram source) {
        this.bins = source.bins;
        this.binsAsDouble = source.binsAsDouble;
        this.counts = source.counts.clone();
        this.zeros = source.zeros;
        this.ones = source.ones;
        this.total = source.total;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SparseCounts.write(out, counts);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        counts = SparseCounts.read(in, MAX_BINS);
        if (counts.length != bins || binsAsDouble != bins) {
            throw new InvalidObjectException("corrupt histogram: " + counts.length + " counts for " + bins + " bins");
        }
    }

    /** Number of linear bins on (0, 1). */
    public int bins() {
        return bins;
    }

    /** The bound {@code 1/(2·bins)} on |reported − true| for any rank. */
    public double maxAbsoluteError() {
        return 0.5 / binsAsDouble;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code x} is NaN or outside [0, 1]
     */
    @Override
    public void accept(double x) {
        if (x > 0.0 && x < 1.0) {
            // x < 1 and bins a power of two: x * bins < bins exactly, so the index is in range.
            counts[(int) (x * binsAsDouble)]++;
            total++;
        } else {
            acceptEdge(x);
        }
    }

    private void acceptEdge(double x) {
        if (x == 0.0) {
            zeros++;
        } else if (x == 1.0) {
            ones++;
        } else {
            throw Checks.fail("x", "in [0, 1]", x);
        }
        total++;
    }

    @Override
    public void acceptAll(double[] xs, int from, int to) {
        Objects.checkFromToIndex(from, to, xs.length);
        for (int i = from; i < to; i++) {
            final double x = xs[i];
            if (!(x >= 0.0 && x <= 1.0)) {
                throw Checks.fail("xs[" + i + "]", "in [0, 1]", x);
            }
        }
        for (int i = from; i < to; i++) {
            accept(xs[i]);
        }
    }

    /** Bytes held by the count array. */
    public long bytes() {
        return (long) counts.length * Long.BYTES;
    }

    @Override
    public void combine(UnitIntervalHistogram other) {
        Checks.requireNonNull(other, "other");
        if (other.bins != bins) {
            throw new IllegalArgumentException("other: must have the same number of bins (" + bins + "), had "
                    + other.bins);
        }
        final long[] theirs = other.counts;
        for (int i = 0; i < bins; i++) {
            counts[i] += theirs[i];
        }
        zeros += other.zeros;
        ones += other.ones;
        total += other.total;
    }

    @Override
    public long count() {
        return total;
    }

    /** Number of values exactly 0. */
    public long zeroCount() {
        return zeros;
    }

    /** Number of values exactly 1. */
    public long oneCount() {
        return ones;
    }

    @Override
    public void reset() {
        Arrays.fill(counts, 0L);
        zeros = 0;
        ones = 0;
        total = 0;
    }

    @Override
    public UnitIntervalHistogram copy() {
        return new UnitIntervalHistogram(this);
    }

    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        if (total == 0) {
            return Double.NaN;
        }
        return valueAtRank(rank(p, total));
    }

    /** {@code max(1, ceil(p · n))}, at most {@code n}. */
    static long rank(double p, long n) {
        return Math.min(n, Math.max(1L, (long) Math.ceil(p * n)));
    }

    @Override
    public double valueAtRank(long r) {
        int bin = binAtRank(r);
        if (bin < 0) {
            return 0.0;
        }
        if (bin == bins) {
            return 1.0;
        }
        return (bin + 0.5) / binsAsDouble;
    }

    @Override
    public double binLowerEdgeAtRank(long r) {
        int bin = binAtRank(r);
        return bin < 0 ? 0.0 : bin == bins ? 1.0 : bin / binsAsDouble;
    }

    @Override
    public double binUpperEdgeAtRank(long r) {
        int bin = binAtRank(r);
        return bin < 0 ? 0.0 : bin == bins ? 1.0 : (bin + 1) / binsAsDouble;
    }

    /** The bin of rank r: -1 for the zero counter, {@code bins} for the one counter. */
    private int binAtRank(long r) {
        if (r < 1 || r > total) {
            throw new IllegalArgumentException("r: must be in [1, count() = " + total + "], was " + r);
        }
        if (r <= zeros) {
            return -1;
        }
        long seen = zeros;
        for (int i = 0; i < bins; i++) {
            seen += counts[i];
            if (r <= seen) {
                return i;
            }
        }
        return bins;
    }

    @Override
    public long countAtOrBelow(double x) {
        if (Double.isNaN(x)) {
            throw Checks.fail("x", "a number", x);
        }
        if (x < 0.0) {
            return 0;
        }
        if (x >= 1.0) {
            return total;
        }
        // Bins 0 .. floor(x * bins) - 1 have upper edges <= x.
        int complete = (int) (x * binsAsDouble);
        long c = zeros;
        for (int i = 0; i < complete; i++) {
            c += counts[i];
        }
        return c;
    }

    @Override
    public double maxError(double x) {
        Checks.requireProbability(x, "x");
        return x == 0.0 || x == 1.0 ? 0.0 : maxAbsoluteError();
    }

    @Override
    public String toString() {
        return "UnitIntervalHistogram[bins=" + bins + ", count=" + total + ", zeros=" + zeros + ", ones=" + ones + "]";
    }
}
