package dev.autarky.uncertain;

import dev.autarky.internal.Checks;

/**
 * The exponential distribution with the given mean (in the unit of the input), e.g. a waiting
 * time; rate {@code 1/mean}.
 *
 * <p>Quantile {@code -mean log(1 - p)}; distribution function {@code 1 - exp(-x/mean)}; variance
 * {@code mean^2}; support {@code [0, +inf)}.
 *
 * @param mean the mean; finite and {@code > 0}
 */
public record Exponential(double mean) implements Distribution {

    /**
     * Validates a positive finite mean.
     *
     * @param mean the mean; finite and {@code > 0}
     */
    public Exponential {
        Checks.requirePositive(mean, "mean");
    }

    /**
     * The exponential distribution with rate {@code rate} (events per unit), mean {@code 1/rate}.
     *
     * @param rate events per unit of the variable, > 0
     * @return the exponential distribution with rate {@code rate} (events per unit), mean {@code 1/rate}
     */
    public static Exponential ofRate(double rate) {
        Checks.requirePositive(rate, "rate");
        final double mean = 1.0 / rate;
        if (mean == Double.POSITIVE_INFINITY) {
            throw Checks.fail("rate", "large enough that 1/rate is finite", rate);
        }
        return new Exponential(mean);
    }

    /**
     * {@code -mean log(1 - p)}, by {@code log1p(-p)} below 1/2 (keeping small quantiles exact) and
     * {@code log(1 - p)} from 1/2 on (where {@code 1 - p} is exact); positive infinity at 1.
     */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        return -mean * (p < 0.5 ? Math.log1p(-p) : Math.log(1.0 - p));
    }

    /** {@code 1 - exp(-x/mean)} for {@code x > 0}, else 0. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        return x <= 0 ? 0.0 : -Math.expm1(-x / mean);
    }

    /** {@code mean^2}. */
    @Override
    public double variance() {
        return mean * mean;
    }

    /** 0. */
    @Override
    public double lowerBound() {
        return 0.0;
    }

    /** Positive infinity. */
    @Override
    public double upperBound() {
        return Double.POSITIVE_INFINITY;
    }

    /** {@code "exponential"}. */
    @Override
    public String kind() {
        return "exponential";
    }
}
