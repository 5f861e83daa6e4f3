package dev.autarky.result;

import dev.autarky.internal.stats.Binomial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Summary of one per-path outcome across paths, such as the discounted system cost, with the
 * precision of every number.
 *
 * <ul>
 *   <li>mean and standard deviation from exact sums; the mean's interval is Student's t,
 *       {@code mean ± t_{n−1} sd / √n};
 *   <li>quantiles with distribution-free (order-statistic) intervals, expected shortfall (mean of
 *       the worst {@code q}) and the probability of exceeding a budget, from the
 *       {@link #distribution() distribution}: exact values while a run has at most
 *       {@code OutcomeAccumulator.EXACT_LIMIT} paths, else a log-linear histogram with relative
 *       error at most {@link #relativeError()} (see {@code docs/results.md}).
 * </ul>
 *
 * Paths where the outcome is undefined (a levelized cost on a path with no domestic output) are
 * left out and counted in {@code paths − count}. Immutable.
 */
public final class OutcomeSummary {

    /** Quantile levels reported in {@link #quantiles()} and in the summary file. */
    public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

    private final String name;
    private final String unit;
    private final long paths;
    private final long count;
    private final double mean;
    private final double standardDeviation;
    private final OutcomeDistribution distribution;
    private final Map<Double, Double> quantiles;

    /**
     * @param name              outcome name
     * @param unit              unit of its values
     * @param paths             paths simulated
     * @param mean              mean over defined paths (from exact sums)
     * @param standardDeviation sample standard deviation
     * @param distribution      the values on defined paths (its count is the number of them)
     */
    public OutcomeSummary(String name, String unit, long paths, double mean, double standardDeviation,
            OutcomeDistribution distribution) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.paths = paths;
        this.distribution = Objects.requireNonNull(distribution, "distribution");
        this.count = distribution.count();
        this.mean = mean;
        this.standardDeviation = standardDeviation;
        Map<Double, Double> q = new LinkedHashMap<>();
        for (double level : LEVELS) {
            q.put(level, distribution.quantile(level));
        }
        this.quantiles = Collections.unmodifiableMap(q);
    }

    /**
     * Outcome name.
     *
     * @return outcome name
     */
    public String name() {
        return name;
    }

    /**
     * Unit of its values.
     *
     * @return unit of its values
     */
    public String unit() {
        return unit;
    }

    /**
     * Paths simulated.
     *
     * @return paths simulated
     */
    public long paths() {
        return paths;
    }

    /**
     * Paths on which the outcome is defined.
     *
     * @return paths on which the outcome is defined
     */
    public long count() {
        return count;
    }

    /**
     * Mean over defined paths; NaN if none.
     *
     * @return mean over defined paths; NaN if none
     */
    public double mean() {
        return mean;
    }

    /**
     * Sample standard deviation; NaN with fewer than two values.
     *
     * @return sample standard deviation; NaN with fewer than two values
     */
    public double standardDeviation() {
        return standardDeviation;
    }

    /**
     * Standard error of the mean, {@code sd / sqrt(count)}.
     *
     * @return standard error of the mean, {@code sd / sqrt(count)}
     */
    public double standardError() {
        return standardDeviation / Math.sqrt(count);
    }

    /**
     * The values across paths: exact or binned.
     *
     * @return the values across paths: exact or binned
     */
    public OutcomeDistribution distribution() {
        return distribution;
    }

    /**
     * True when quantiles and tail figures come from the exact values.
     *
     * @return true when quantiles and tail figures come from the exact values
     */
    public boolean exact() {
        return distribution.exact();
    }

    /**
     * Bound on the relative error of each quantile: 0 when exact.
     *
     * @return bound on the relative error of each quantile: 0 when exact
     */
    public double relativeError() {
        return distribution.relativeError();
    }

    /**
     * The quantiles at {@link #LEVELS}: level → value.
     *
     * @return the quantiles at {@link #LEVELS}: level → value
     */
    public Map<Double, Double> quantiles() {
        return quantiles;
    }

    /**
     * The quantile at {@code level} (type 1).
     *
     * @param level quantile level, in [0, 1]
     * @return the quantile at {@code level}
     */
    public double quantile(double level) {
        Double v = quantiles.get(level);
        return v != null ? v : distribution.quantile(level);
    }

    /**
     * The mean with Student's t interval; NaN limits with fewer than two values.
     *
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the mean with Student's t interval; NaN limits with fewer than two values
     */
    public Estimate mean(double confidence) {
        if (count < 2) {
            return new Estimate(mean, Double.NaN, Double.NaN, confidence);
        }
        double h = Binomial.t(confidence, count - 1) * standardError();
        return new Estimate(mean, mean - h, mean + h, confidence);
    }

    /**
     * The {@code level}-quantile with its order-statistic interval.
     *
     * @param level quantile level, in [0, 1]
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the {@code level}-quantile with its order-statistic interval
     */
    public Estimate quantile(double level, double confidence) {
        return distribution.quantile(level, confidence);
    }

    /**
     * Mean of the worst (largest) fraction {@code q} of the values.
     *
     * @param q the worst fraction, in (0, 1]
     * @return mean of the worst (largest) fraction {@code q} of the values
     */
    public double expectedShortfall(double q) {
        return distribution.expectedShortfall(q);
    }

    /**
     * {@link #expectedShortfall(double)} with its interval.
     *
     * @param q the worst fraction, in (0, 1]
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the expected shortfall with its interval
     */
    public Estimate expectedShortfall(double q, double confidence) {
        return distribution.expectedShortfall(q, confidence);
    }

    /**
     * Fraction of defined paths whose value exceeds {@code budget}.
     *
     * @param budget the threshold, in the outcome's unit
     * @return fraction of defined paths whose value exceeds {@code budget}
     */
    public double probabilityAbove(double budget) {
        return distribution.probabilityAbove(budget);
    }

    /**
     * {@link #probabilityAbove(double)} with its Wilson interval.
     *
     * @param budget the threshold, in the outcome's unit
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the fraction with its interval
     */
    public Estimate probabilityAbove(double budget, double confidence) {
        return distribution.probabilityAbove(budget, confidence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeSummary s && name.equals(s.name) && unit.equals(s.unit) && paths == s.paths
                && Double.compare(mean, s.mean) == 0 && Double.compare(standardDeviation, s.standardDeviation) == 0
                && distribution.equals(s.distribution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, paths, mean);
    }

    @Override
    public String toString() {
        return "OutcomeSummary[" + name + ", count=" + count + ", mean=" + mean + ", sd=" + standardDeviation + ", "
                + distribution + "]";
    }
}
