package dev.autarky.uncertain;

import dev.autarky.internal.Checks;

/**
 * A point mass: the input is known and equals {@code value} (in the unit of the input).
 *
 * <p>Every quantile is {@code value}; the variance is 0.
 *
 * @param value the known value; finite
 */
public record Fixed(double value) implements Distribution {

    /**
     * Validates that {@code value} is finite.
     *
     * @param value the known value; finite
     */
    public Fixed {
        Checks.requireFinite(value, "value");
    }

    /** Returns {@link #value()} for every {@code p} in {@code [0, 1]}. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        return value;
    }

    /** 0 below {@link #value()}, 1 from it on. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        return x < value ? 0.0 : 1.0;
    }

    /** {@link #value()}. */
    @Override
    public double mean() {
        return value;
    }

    /** 0. */
    @Override
    public double variance() {
        return 0.0;
    }

    /** {@link #value()}. */
    @Override
    public double lowerBound() {
        return value;
    }

    /** {@link #value()}. */
    @Override
    public double upperBound() {
        return value;
    }

    /** {@code "fixed"}. */
    @Override
    public String kind() {
        return "fixed";
    }

    /** True. */
    @Override
    public boolean isFixed() {
        return true;
    }
}
