package dev.autarky.uncertain;

import dev.autarky.internal.Checks;

/**
 * The continuous uniform distribution on {@code [min, max]} (in the unit of the input).
 *
 * <p>Quantile {@code min + p (max - min)}; mean {@code (min + max) / 2}; variance
 * {@code (max - min)^2 / 12}.
 *
 * @param min the lower end; finite
 * @param max the upper end; finite and {@code > min}
 */
public record Uniform(double min, double max) implements Distribution {

    /**
     * Validates that both ends are finite and {@code min < max}.
     *
     * @param min the lower end; finite
     * @param max the upper end; finite and {@code > min}
     */
    public Uniform {
        Checks.requireFinite(min, "min");
        Checks.requireFinite(max, "max");
        if (!(max > min)) {
            throw Checks.fail("max", "> min (" + Checks.format(min) + ")", max);
        }
        Checks.requireFinite(max - min, "max - min");
    }

    /** {@code min + p (max - min)}, exactly {@code max} at {@code p = 1}. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        return p == 1 ? max : min + p * (max - min);
    }

    /** {@code (x - min) / (max - min)}, clamped to {@code [0, 1]}. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        if (x <= min) {
            return 0.0;
        }
        return x >= max ? 1.0 : (x - min) / (max - min);
    }

    /** {@code (min + max) / 2}. */
    @Override
    public double mean() {
        return 0.5 * (min + max);
    }

    /** {@code (max - min)^2 / 12}. */
    @Override
    public double variance() {
        final double range = max - min;
        return range * range / 12.0;
    }

    /** {@link #min()}. */
    @Override
    public double lowerBound() {
        return min;
    }

    /** {@link #max()}. */
    @Override
    public double upperBound() {
        return max;
    }

    /** {@code "uniform"}. */
    @Override
    public String kind() {
        return "uniform";
    }
}
