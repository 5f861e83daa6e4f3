package dev.autarky.result;

/**
 * A point estimate with its confidence interval.
 *
 * <p>{@code lower} may be {@code -∞} and {@code upper} {@code +∞} when the data cannot bound the
 * quantity on that side (for instance an order-statistic interval from too few paths). Where the
 * estimate comes from a histogram, the interval also covers the histogram's resolution, so it
 * contains the interval the exact values would give.
 *
 * @param value      the estimate; NaN when undefined (no data)
 * @param lower      lower confidence limit
 * @param upper      upper confidence limit
 * @param confidence nominal coverage of {@code [lower, upper]}, e.g. 0.95
 */
public record Estimate(double value, double lower, double upper, double confidence) {

    /** The confidence level used when none is given: 95 %. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /**
     * Half the width of the interval, {@code (upper − lower) / 2} (the "±" of the estimate).
     *
     * @return half the width of the interval, {@code (upper − lower) / 2}
     */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /**
     * {@link #halfWidth()} relative to {@code |value|}; {@code +∞} for a zero estimate with a wide interval.
     *
     * @return the half-width divided by the absolute value
     */
    public double relativeHalfWidth() {
        double h = halfWidth();
        return h == 0 ? 0.0 : h / Math.abs(value);
    }

    /**
     * True when {@code lower <= x <= upper}.
     *
     * @param x the value to test
     * @return true when {@code lower <= x <= upper}
     */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }
}
