package dev.autarky.internal.stats;

import java.util.function.DoubleConsumer;

/**
 * A mergeable histogram with fixed bins that answers quantile queries with bounded memory and a
 * known error bound.
 *
 * <p>Ranks are 1-based positions in the ascending order of the accepted values. The order
 * statistic of rank {@code r} is known only up to its bin: {@link #binLowerEdgeAtRank(long)} and
 * {@link #binUpperEdgeAtRank(long)} bound it (always correctly, so they can be used for
 * distribution-free confidence intervals of quantiles), and {@link #valueAtRank(long)} reports a
 * representative point of that bin, within {@link #maxError(double)} of the true value.
 *
 * <p>Counts are {@code long}, so {@link #combine(QuantileHistogram)} is exact: any split of the
 * data into parts, accepted separately and combined in any order, gives the same counts and
 * hence the same quantiles as one pass.
 *
 * <p>Implementations are mutable and not thread-safe; use one per thread and combine.
 *
 * @param <H> the implementing type
 */
public interface QuantileHistogram<H extends QuantileHistogram<H>> extends DoubleConsumer {

    /**
     * Counts {@code x}.
     *
     * @throws IllegalArgumentException if {@code x} is NaN or outside the supported range (the
     *         state is then unchanged)
     */
    @Override
    void accept(double x);

    /**
     * Counts {@code xs[from..to)}: all of them, or, if one is not acceptable, none.
     *
     * @throws IllegalArgumentException if a value is not acceptable (state unchanged)
     * @throws IndexOutOfBoundsException if the range is not within {@code xs}
     */
    void acceptAll(double[] xs, int from, int to);

    /**
     * Adds the counts of {@code other} (which is not changed) to this histogram.
     *
     * @throws IllegalArgumentException if {@code other} has a different bin configuration; this
     *         is checked before any state changes
     */
    void combine(H other);

    /** Number of values counted. */
    long count();

    /** Forgets all values; keeps the configuration (and storage, for reuse). */
    void reset();

    /** An independent histogram with the same configuration and counts. */
    H copy();

    /**
     * The type-1 (inverse empirical CDF) quantile: {@link #valueAtRank(long) valueAtRank(r)} with
     * {@code r = max(1, ceil(p · n))}, {@code p · n} evaluated in double arithmetic.
     *
     * @param p probability in [0, 1]
     * @return the representative value, or NaN if the histogram is empty
     */
    double quantile(double p);

    /**
     * The representative point of the bin holding the order statistic of rank {@code r}
     * (1-based); it differs from the true order statistic by at most
     * {@link #maxError(double) maxError} of the returned value.
     *
     * @throws IllegalArgumentException unless {@code 1 <= r <= count()}
     */
    double valueAtRank(long r);

    /**
     * A lower bound on the order statistic of rank {@code r}: the lower edge of its bin.
     *
     * @throws IllegalArgumentException unless {@code 1 <= r <= count()}
     */
    double binLowerEdgeAtRank(long r);

    /**
     * An upper bound on the order statistic of rank {@code r}: the upper edge of its bin.
     *
     * @throws IllegalArgumentException unless {@code 1 <= r <= count()}
     */
    double binUpperEdgeAtRank(long r);

    /**
     * The number of counted values in bins that lie entirely at or below {@code x}: a lower bound
     * on the true number of values {@code <= x}, short of it by at most the count of the single
     * bin that contains {@code x} (exact whenever no value shares {@code x}'s bin).
     *
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    long countAtOrBelow(double x);

    /**
     * Half the width of the bin that would hold {@code x}, or 0 if {@code x} has an exact
     * counter: the largest distance between that bin's representative and any value counted in it.
     * For {@code v = valueAtRank(r)}, the true order statistic lies within {@code v ± maxError(v)}.
     *
     * @throws IllegalArgumentException if {@code x} is outside the supported range
     */
    double maxError(double x);
}
