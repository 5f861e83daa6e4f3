package dev.autarky.internal.engine;

import dev.autarky.internal.math.ExactSum;
import dev.autarky.internal.stats.LogLinearHistogram;

/**
 * The distribution of one per-path number (a discounted cost) across paths: count of paths where
 * it is defined, exact sum and sum of squares, and a mergeable log-linear histogram for quantiles.
 *
 * <p>Sums run in path order within a block and combine across blocks with {@link ExactSum}, so the
 * result does not depend on how blocks are split among workers. Undefined values (NaN) are counted
 * out, not dropped silently: {@code paths - defined()} says how many. Mutable, one owner.
 */
public final class OutcomeAccumulator {

    /** Relative resolution of the histogram: 2^-10 sub-bucket width. */
    public static final int SUB_BUCKET_BITS = 10;

    private long defined;
    private double blockSum;
    private double blockSquares;
    private final ExactSum sum = new ExactSum();
    private final ExactSum squares = new ExactSum();
    private final LogLinearHistogram histogram = new LogLinearHistogram(SUB_BUCKET_BITS);

    /** Adds one path's value (NaN: undefined on that path). */
    public void accept(double v) {
        if (v == v) {
            defined++;
            blockSum += v;
            blockSquares += v * v;
            histogram.accept(v);
        }
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
}
