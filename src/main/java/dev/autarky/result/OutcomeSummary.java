package dev.autarky.result;

import java.util.Map;

/**
 * Summary of one per-path outcome across paths, such as the discounted system cost.
 *
 * <p>The mean and standard deviation are exact (up to rounding of the exact sums). Quantiles come
 * from a mergeable log-linear histogram and are accurate to the stated relative error. Paths where
 * the outcome is undefined (a levelized cost on a path with no domestic output) are left out and
 * counted in {@code paths - count}.
 *
 * @param name              outcome name
 * @param unit              unit of its values
 * @param paths             paths simulated
 * @param count             paths on which it is defined
 * @param mean              mean over defined paths
 * @param standardDeviation sample standard deviation
 * @param quantiles         level (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95) → value
 * @param relativeError     bound on the relative error of each quantile
 */
public record OutcomeSummary(String name, String unit, long paths, long count, double mean, double standardDeviation,
        Map<Double, Double> quantiles, double relativeError) {

    /** Copies the quantile map. */
    public OutcomeSummary {
        quantiles = Map.copyOf(quantiles);
    }

    /** Standard error of the mean, {@code sd / sqrt(count)}. */
    public double standardError() {
        return standardDeviation / Math.sqrt(count);
    }

    /** The quantile at {@code level} (one of the stored levels). */
    public double quantile(double level) {
        Double v = quantiles.get(level);
        if (v == null) {
            throw new IllegalArgumentException("level: must be one of " + quantiles.keySet() + ", was " + level);
        }
        return v;
    }
}
