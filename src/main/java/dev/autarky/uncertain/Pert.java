package dev.autarky.uncertain;

import dev.autarky.internal.Checks;

/**
 * The (modified) PERT distribution: a beta distribution on {@code [min, max]} (in the unit of the
 * input) whose shape is set by a most likely value {@code mode} and a peakedness {@code lambda},
 * {@code Beta(1 + lambda (mode-min)/(max-min), 1 + lambda (max-mode)/(max-min))}. The classical
 * PERT uses {@code lambda = 4} ({@link #of(double, double, double)}).
 *
 * <p>Mean {@code (min + lambda mode + max) / (lambda + 2)}; variance
 * {@code (mean-min)(max-mean) / (lambda + 3)}. The quantile is that of {@link #toBeta()}.
 *
 * @param min    the lower end; finite
 * @param mode   the most likely value; in {@code [min, max]}
 * @param max    the upper end; finite and {@code > min}
 * @param lambda the peakedness (weight of the mode); finite and {@code > 0}
 */
public record Pert(double min, double mode, double max, double lambda) implements Distribution {

    /** The classical PERT weight of the mode. */
    public static final double DEFAULT_LAMBDA = 4.0;

    /**
     * Validates finiteness, {@code min < max}, {@code min <= mode <= max} and {@code lambda > 0}.
     *
     * @param min the lower end; finite
     * @param mode the most likely value; in {@code [min, max]}
     * @param max the upper end; finite and {@code > min}
     * @param lambda the peakedness (weight of the mode); finite and {@code > 0}
     */
    public Pert {
        Checks.requireFinite(min, "min");
        Checks.requireFinite(max, "max");
        if (!(max > min)) {
            throw Checks.fail("max", "> min (" + Checks.format(min) + ")", max);
        }
        Checks.requireFinite(max - min, "max - min");
        Checks.requireInRange(mode, min, max, "mode");
        Checks.requirePositive(lambda, "lambda");
    }

    /**
     * The classical PERT distribution, {@code lambda = 4}.
     *
     * @param min the lower end; finite
     * @param mode the most likely value; in {@code [min, max]}
     * @param max the upper end; finite and {@code > min}
     * @return the classical PERT distribution, {@code lambda = 4}
     */
    public static Pert of(double min, double mode, double max) {
        return new Pert(min, mode, max, DEFAULT_LAMBDA);
    }

    /**
     * The equal beta distribution on {@code [min, max]}.
     *
     * @return the equal beta distribution on {@code [min, max]}
     */
    public Beta toBeta() {
        final double range = max - min;
        return new Beta(1.0 + lambda * ((mode - min) / range), 1.0 + lambda * ((max - mode) / range), min, max);
    }

    /** The quantile of {@link #toBeta()}. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        return toBeta().quantile(p);
    }

    /** The distribution function of {@link #toBeta()}. */
    @Override
    public double cdf(double x) {
        return toBeta().cdf(x);
    }

    /** {@code (min + lambda mode + max) / (lambda + 2)}. */
    @Override
    public double mean() {
        return (min + lambda * mode + max) / (lambda + 2.0);
    }

    /** {@code (mean-min)(max-mean) / (lambda + 3)}. */
    @Override
    public double variance() {
        final double mean = mean();
        return (mean - min) * (max - mean) / (lambda + 3.0);
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

    /** {@code "pert"}. */
    @Override
    public String kind() {
        return "pert";
    }
}
