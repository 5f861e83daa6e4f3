package dev.autarky.result;

import dev.autarky.internal.Checks;
import dev.autarky.internal.stats.Binomial;
import java.util.Arrays;

/**
 * The distribution of one per-path outcome across paths, for quantiles, tail means and
 * exceedance probabilities with confidence intervals.
 *
 * <p>Either <b>exact</b> — every value, sorted — or <b>binned</b>: the non-empty bins of a
 * mergeable log-linear histogram, each with its edges, its count and the representative value the
 * histogram reports for it (the bin's midpoint). A binned value is known only to lie within its
 * bin: estimates use the representatives (relative error at most {@link #relativeError()}), and
 * every confidence interval is widened to the bin edges, so it contains the interval the exact
 * values would have given.
 *
 * <p>Ranks are 1-based positions in ascending order. The {@code p}-quantile is the value of rank
 * {@code min(n, max(1, ceil(p n)))} (type 1). Immutable.
 */
public final class OutcomeDistribution {

    private final boolean exact;
    private final double[] lower;
    private final double[] upper;
    private final double[] value;
    /** Cumulative counts per bin; null when exact (one value per bin). */
    private final long[] cumulative;
    private final long count;
    private final double relativeError;

    private OutcomeDistribution(boolean exact, double[] lower, double[] upper, double[] value, long[] cumulative,
            long count, double relativeError) {
        this.exact = exact;
        this.lower = lower;
        this.upper = upper;
        this.value = value;
        this.cumulative = cumulative;
        this.count = count;
        this.relativeError = relativeError;
    }

    /**
     * The exact distribution of {@code values} (copied and sorted; every value finite).
     *
     * @param values the values, finite
     * @return the exact distribution of {@code values}
     */
    public static OutcomeDistribution ofValues(double[] values) {
        double[] sorted = values.clone();
        for (int i = 0; i < sorted.length; i++) {
            Checks.requireFinite(sorted[i], "values[" + i + "]");
        }
        Arrays.sort(sorted);
        return new OutcomeDistribution(true, sorted, sorted, sorted, null, sorted.length, 0.0);
    }

    /**
     * A binned distribution: bin {@code i} holds {@code counts[i] > 0} values in
     * {@code [lower[i], upper[i]]}, represented by {@code representative[i]}; bins ascending and
     * not overlapping.
     *
     * @param relativeError bound on |representative − value| / |value| for every value
     * @param lower lower edge of each bin
     * @param upper upper edge of each bin
     * @param representative the value that stands for each bin's values
     * @param counts number of values in each bin, > 0
     * @return a binned distribution: bin {@code i} holds {@code counts[i] > 0} values in {@code [lower[i],
     *         upper[i]]}, represented by {@code representative[i]}; bins ascending and not overlapping
     */
    public static OutcomeDistribution ofBins(double[] lower, double[] upper, double[] representative, long[] counts,
            double relativeError) {
        int m = lower.length;
        if (upper.length != m || representative.length != m || counts.length != m) {
            throw new IllegalArgumentException("lower, upper, representative and counts must have the same length");
        }
        long[] cumulative = new long[m];
        long total = 0;
        for (int i = 0; i < m; i++) {
            if (!(lower[i] <= representative[i] && representative[i] <= upper[i]) || counts[i] <= 0
                    || (i > 0 && lower[i] < upper[i - 1])) {
                throw new IllegalArgumentException("bin " + i + ": must satisfy lower <= representative <= upper, "
                        + "count > 0 and lie above bin " + (i - 1));
            }
            total = Math.addExact(total, counts[i]);
            cumulative[i] = total;
        }
        return new OutcomeDistribution(false, lower.clone(), upper.clone(), representative.clone(), cumulative, total,
                Checks.requireNonNegative(relativeError, "relativeError"));
    }

    /**
     * Number of values.
     *
     * @return number of values
     */
    public long count() {
        return count;
    }

    /**
     * True when every value is held exactly.
     *
     * @return true when every value is held exactly
     */
    public boolean exact() {
        return exact;
    }

    /**
     * Bound on the relative error of a reported value: 0 when exact.
     *
     * @return bound on the relative error of a reported value: 0 when exact
     */
    public double relativeError() {
        return relativeError;
    }

    /**
     * Number of bins (for exact distributions: of values).
     *
     * @return number of bins
     */
    public int bins() {
        return value.length;
    }

    /**
     * Lower edge of bin {@code i}.
     *
     * @param i index of the bin
     * @return lower edge of bin {@code i}
     */
    public double binLower(int i) {
        return lower[i];
    }

    /**
     * Upper edge of bin {@code i}.
     *
     * @param i index of the bin
     * @return upper edge of bin {@code i}
     */
    public double binUpper(int i) {
        return upper[i];
    }

    /**
     * Representative value of bin {@code i}.
     *
     * @param i index of the bin
     * @return representative value of bin {@code i}
     */
    public double binValue(int i) {
        return value[i];
    }

    /**
     * Number of values in bin {@code i}.
     *
     * @param i index of the bin
     * @return number of values in bin {@code i}
     */
    public long binCount(int i) {
        return cumulative == null ? 1 : i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1];
    }

    private int binOfRank(long r) {
        if (r < 1 || r > count) {
            throw new IllegalArgumentException("r: must be in [1, " + count + "], was " + r);
        }
        if (cumulative == null) {
            return (int) (r - 1);
        }
        int i = Arrays.binarySearch(cumulative, r);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The value of rank {@code r} (a bin's representative when binned).
     *
     * @param r rank, from 1 (smallest) to the count
     * @return the value of rank {@code r}
     */
    public double valueAtRank(long r) {
        return value[binOfRank(r)];
    }

    /**
     * A lower bound on the value of rank {@code r}.
     *
     * @param r rank, from 1 (smallest) to the count
     * @return a lower bound on the value of rank {@code r}
     */
    public double lowerAtRank(long r) {
        return lower[binOfRank(r)];
    }

    /**
     * An upper bound on the value of rank {@code r}.
     *
     * @param r rank, from 1 (smallest) to the count
     * @return an upper bound on the value of rank {@code r}
     */
    public double upperAtRank(long r) {
        return upper[binOfRank(r)];
    }

    private long rank(double p) {
        return Math.min(count, Math.max(1L, (long) Math.ceil(p * count)));
    }

    /**
     * The {@code p}-quantile (type 1); NaN when there are no values.
     *
     * @param p quantile level, in [0, 1]
     * @return the {@code p}-quantile (type 1); NaN when there are no values
     */
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        return count == 0 ? Double.NaN : valueAtRank(rank(p));
    }

    /**
     * The {@code p}-quantile with its distribution-free confidence interval: the order statistics
     * whose ranks come from the exact binomial distribution (equal tails; coverage at least
     * {@code confidence} for any distribution), widened to bin edges when binned; {@code ±∞} where
     * too few values bound it.
     *
     * @param p in (0, 1)
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the {@code p}-quantile with its distribution-free confidence interval: the order statistics
     *         whose ranks come from the exact binomial distribution (equal tails; coverage at least {@code
     *         confidence} for any distribution), widened to bin edges when binned; {@code ±∞} where too few
     *         values bound it
     */
    public Estimate quantile(double p, double confidence) {
        if (!(p > 0 && p < 1)) {
            throw Checks.fail("p", "in (0, 1)", p);
        }
        if (count == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        Binomial.Ranks r = Binomial.quantileRanks(count, p, confidence);
        double lo = r.lower() == 0 ? Double.NEGATIVE_INFINITY : lowerAtRank(r.lower());
        double hi = r.upper() > count ? Double.POSITIVE_INFINITY : upperAtRank(r.upper());
        return new Estimate(quantile(p), lo, hi, confidence);
    }

    /**
     * The fraction of values above {@code x} (by representative values when binned).
     *
     * @param x the threshold
     * @return the fraction of values above {@code x}
     */
    public double probabilityAbove(double x) {
        return count == 0 ? Double.NaN : (double) counts(x)[1] / count;
    }

    /**
     * {@link #probabilityAbove(double)} with a Wilson interval: its lower limit from the values
     * surely above {@code x}, its upper limit from those possibly above (they differ only for the
     * bin containing {@code x} when binned).
     *
     * @param x the threshold
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the fraction with its interval
     */
    public Estimate probabilityAbove(double x, double confidence) {
        if (count == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        long[] c = counts(x);
        double lo = Binomial.wilson(c[0], count, confidence)[0];
        double hi = Binomial.wilson(c[2], count, confidence)[1];
        return new Estimate((double) c[1] / count, lo, hi, confidence);
    }

    /** Values {surely, representatively, possibly} above {@code x}. */
    private long[] counts(double x) {
        Checks.requireFinite(x, "x");
        if (cumulative == null) {
            // first index with value > x
            int lo = 0;
            int hi = value.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (value[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            long above = value.length - lo;
            return new long[] {above, above, above};
        }
        long surely = 0;
        long representative = 0;
        long possibly = 0;
        for (int i = value.length - 1; i >= 0 && upper[i] > x; i--) {
            long c = binCount(i);
            possibly += c;
            if (value[i] > x) {
                representative += c;
            }
            if (lower[i] > x) {
                surely += c;
            }
        }
        return new long[] {surely, representative, possibly};
    }

    /**
     * Expected shortfall: the mean of the worst (largest) fraction {@code q} of the values,
     * {@code (x_(n) + … + x_(n−⌊qn⌋+1) + (qn − ⌊qn⌋) x_(n−⌊qn⌋)) / (qn)} (Acerbi and Tasche 2002).
     *
     * @param q tail fraction in (0, 1], e.g. 0.05 for the worst 5 %
     * @return expected shortfall: the mean of the worst (largest) fraction {@code q} of the values, {@code
     *         (x_(n) + … + x_(n−⌊qn⌋+1) + (qn − ⌊qn⌋) x_(n−⌊qn⌋)) / (qn)}
     */
    public double expectedShortfall(double q) {
        return tail(q)[0];
    }

    /**
     * {@link #expectedShortfall(double)} with an asymptotic normal interval: standard error
     * {@code sd((X − v)⁺) / (q √n)} with {@code v} the {@code (1 − q)}-quantile (the influence
     * function of the expected shortfall), widened by the bin edges when binned. Reliable when
     * {@code q n} is at least some tens of values.
     *
     * @param q the worst fraction, in (0, 1]
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the expected shortfall with its interval
     */
    public Estimate expectedShortfall(double q, double confidence) {
        double[] t = tail(q);
        if (count == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        double z = Binomial.z(confidence);
        return new Estimate(t[0], t[1] - z * t[3], t[2] + z * t[3], confidence);
    }

    /** {estimate, lower bracket, upper bracket, standard error} of the expected shortfall. */
    private double[] tail(double q) {
        if (!(q > 0 && q <= 1)) {
            throw Checks.fail("q", "in (0, 1]", q);
        }
        if (count == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double m = q * count;
        double remaining = m;
        double sum = 0;
        double sumLower = 0;
        double sumUpper = 0;
        for (int i = value.length - 1; i >= 0 && remaining > 0; i--) {
            double take = Math.min(binCount(i), remaining);
            sum += take * value[i];
            sumLower += take * lower[i];
            sumUpper += take * upper[i];
            remaining -= take;
        }
        double v = valueAtRank(Math.max(1, count - (long) Math.floor(m)));
        double w = 0;
        double w2 = 0;
        for (int i = value.length - 1; i >= 0 && value[i] > v; i--) {
            double excess = value[i] - v;
            long c = binCount(i);
            w += c * excess;
            w2 += c * excess * excess;
        }
        double meanW = w / count;
        double varW = Math.max(0, w2 / count - meanW * meanW);
        double se = Math.sqrt(varW / count) / q;
        return new double[] {sum / m, sumLower / m, sumUpper / m, se};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeDistribution d && exact == d.exact && count == d.count
                && Double.compare(relativeError, d.relativeError) == 0 && Arrays.equals(value, d.value)
                && Arrays.equals(lower, d.lower) && Arrays.equals(upper, d.upper)
                && Arrays.equals(cumulative, d.cumulative);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "OutcomeDistribution[" + (exact ? "exact" : "binned") + ", count=" + count + ", bins=" + value.length
                + "]";
    }
}
