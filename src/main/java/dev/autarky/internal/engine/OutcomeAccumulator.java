package dev.autarky.internal.engine;

import dev.autarky.internal.math.ExactSum;
import dev.autarky.internal.stats.LogLinearHistogram;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The distribution of one per-path number (a discounted cost) across paths: count of paths where
 * it is defined, exact sum and sum of squares, a mergeable log-linear histogram, and — while at
 * most {@link #EXACT_LIMIT} values have been seen — every value.
 *
 * <p>Sums run in path order within a block and combine across blocks with {@link ExactSum}, so the
 * result does not depend on how blocks are split among workers. The histogram's counts are
 * integers. The exact values are kept as a multiset (their order is never used: they are sorted
 * when a result is assembled), and a partial holding more than {@link #EXACT_LIMIT} values — alone
 * or combined — drops them; whether a run keeps them therefore depends only on its total count,
 * never on the split. Undefined values (NaN) are counted out, not dropped silently:
 * {@code paths - defined()} says how many. Mutable, one owner.
 */
public final class OutcomeAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Relative resolution of the histogram: 2^-10 sub-bucket width. */
    public static final int SUB_BUCKET_BITS = 10;
    /** Most values kept exactly: 131,072 (1 MiB per outcome); beyond it only the histogram. */
    public static final int EXACT_LIMIT = 1 << 17;
    private static final int DEFAULT_CAPACITY = 1024;

    private long defined;
    private double blockSum;
    private double blockSquares;
    private final ExactSum sum = new ExactSum();
    private final ExactSum squares = new ExactSum();
    private final LogLinearHistogram histogram = new LogLinearHistogram(SUB_BUCKET_BITS);
    /** The values seen, in arrival order; null once more than EXACT_LIMIT were seen. Serialized without the unused tail. */
    private transient double[] values;
    private int valueCount;

    /** An empty accumulator. */
    public OutcomeAccumulator() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * An empty accumulator expecting about {@code expectedValues} values: the exact-value buffer
     * is allocated for {@code min(expectedValues, EXACT_LIMIT)} so that accepting them does not
     * allocate.
     */
    public OutcomeAccumulator(long expectedValues) {
        values = new double[(int) Math.max(16, Math.min(expectedValues, EXACT_LIMIT))];
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeBoolean(values != null);
        for (int i = 0; values != null && i < valueCount; i++) {
            out.writeDouble(values[i]);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (valueCount < 0 || valueCount > EXACT_LIMIT) {
            throw new InvalidObjectException("corrupt outcome accumulator: " + valueCount + " exact values");
        }
        if (in.readBoolean()) {
            values = new double[Math.max(16, valueCount)];
            for (int i = 0; i < valueCount; i++) {
                values[i] = in.readDouble();
            }
        }
    }

    /** Adds one path's value (NaN: undefined on that path). */
    public void accept(double v) {
        if (v == v) {
            defined++;
            blockSum += v;
            blockSquares += v * v;
            histogram.accept(v);
            final double[] kept = values;
            if (kept != null) {
                if (valueCount < kept.length) {
                    kept[valueCount++] = v;
                } else {
                    keepRare(v);
                }
            }
        }
    }

    /** Grows the buffer, or drops the exact values beyond the limit. */
    private void keepRare(double v) {
        if (valueCount >= EXACT_LIMIT) {
            values = null;
            valueCount = 0;
            return;
        }
        values = Arrays.copyOf(values, (int) Math.min(2L * values.length, EXACT_LIMIT));
        values[valueCount++] = v;
    }

    /** Moves the current block's sums into the exact sums. */
    public void endBlock() {
        sum.add(blockSum);
        squares.add(blockSquares);
        blockSum = 0;
        blockSquares = 0;
    }

    /** Adds another accumulator's contents (both must have ended their blocks). */
    public void combine(OutcomeAccumulator other) {
        defined += other.defined;
        sum.add(other.sum);
        squares.add(other.squares);
        histogram.combine(other.histogram);
        if (values == null || other.values == null || (long) valueCount + other.valueCount > EXACT_LIMIT) {
            values = null;
            valueCount = 0;
        } else if (other.valueCount > 0) {
            if (valueCount + other.valueCount > values.length) {
                values = Arrays.copyOf(values, valueCount + other.valueCount);
            }
            System.arraycopy(other.values, 0, values, valueCount, other.valueCount);
            valueCount += other.valueCount;
        }
    }

    /** Paths on which the value was defined. */
    public long defined() {
        return defined;
    }

    /** Exact sum of the defined values, correctly rounded. */
    public double sum() {
        return sum.value();
    }

    /** Exact sum of squares of the defined values, correctly rounded. */
    public double sumOfSquares() {
        return squares.value();
    }

    /** The histogram (a live view; do not modify). */
    public LogLinearHistogram histogram() {
        return histogram;
    }

    /** True while every defined value is kept. */
    public boolean exact() {
        return values != null;
    }

    /** The defined values, sorted (a new array); null when more than {@link #EXACT_LIMIT} were seen. */
    public double[] sortedValues() {
        if (values == null) {
            return null;
        }
        double[] sorted = Arrays.copyOf(values, valueCount);
        Arrays.sort(sorted);
        return sorted;
    }
}
