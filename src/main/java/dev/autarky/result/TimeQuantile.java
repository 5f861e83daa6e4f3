package dev.autarky.result;

import java.util.OptionalDouble;

/**
 * A quantile of the time to self-reliance with its distribution-free confidence interval, in
 * calendar years (the start of the step in which the qualifying run began).
 *
 * <p>An empty value means "not reached within the horizon": the quantile, or that confidence
 * limit, lies in the mass of paths not self-reliant by the end of the horizon. So
 * {@code value = 2041, upper = empty} reads "median 2041, but it may be after the horizon", and an
 * empty {@code lower} means that even the lower limit is beyond the horizon: with this confidence,
 * the quantile is not reached. A lower limit that the data cannot bound (too few paths) is
 * reported as the start year, which bounds every time to self-reliance.
 *
 * @param level      the quantile's level {@code p}, in (0, 1)
 * @param value      the estimate (type-1 empirical quantile), or empty if not reached
 * @param lower      lower confidence limit, or empty if beyond the horizon
 * @param upper      upper confidence limit, or empty if beyond the horizon
 * @param confidence nominal coverage of the interval
 */
public record TimeQuantile(double level, OptionalDouble value, OptionalDouble lower, OptionalDouble upper,
        double confidence) {

    /**
     * True when the estimate lies within the horizon.
     *
     * @return true when the estimate lies within the horizon
     */
    public boolean reached() {
        return value.isPresent();
    }

    /**
     * Half the interval's width in years: 0 when even the lower limit is beyond the horizon (the
     * quantile is known not to be reached), {@code +∞} when only the upper limit is.
     *
     * @return half the interval's width in years: 0 when even the lower limit is beyond the horizon (the
     *         quantile is known not to be reached), {@code +∞} when only the upper limit is
     */
    public double halfWidth() {
        if (lower.isEmpty()) {
            return 0.0;
        }
        if (upper.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        return (upper.getAsDouble() - lower.getAsDouble()) / 2;
    }
}
