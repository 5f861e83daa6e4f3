package dev.autarky.uncertain;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.GammaFunctions;

/**
 * The gamma distribution with shape {@code k} and scale {@code theta} (in the unit of the input):
 * density {@code x^(k-1) e^(-x/theta) / (Gamma(k) theta^k)} on {@code [0, +inf)}.
 *
 * <p>Mean {@code k theta}; variance {@code k theta^2}. The quantile is solved numerically
 * (safeguarded Newton on the regularized incomplete gamma functions, about 1e-14 relative
 * accuracy), so it costs a few microseconds.
 *
 * @param shape the shape {@code k}; finite and {@code > 0}
 * @param scale the scale {@code theta}; finite and {@code > 0}
 */
public record Gamma(double shape, double scale) implements Distribution {

    /**
     * Validates positive finite shape and scale.
     *
     * @param shape the shape {@code k}; finite and {@code > 0}
     * @param scale the scale {@code theta}; finite and {@code > 0}
     */
    public Gamma {
        Checks.requirePositive(shape, "shape");
        Checks.requirePositive(scale, "scale");
    }

    /**
     * The gamma distribution with the given mean and standard deviation:
     * {@code shape = (mean/sd)^2}, {@code scale = sd^2/mean}.
     *
     * @param mean the mean, > 0
     * @param sd the standard deviation, > 0
     * @return the gamma distribution with the given mean and standard deviation: {@code shape =
     *         (mean/sd)^2}, {@code scale = sd^2/mean}
     */
    public static Gamma ofMeanSd(double mean, double sd) {
        Checks.requirePositive(mean, "mean");
        Checks.requirePositive(sd, "sd");
        final double cv = sd / mean;
        return new Gamma(1.0 / (cv * cv), sd * cv);
    }

    /** {@code scale P^-1(shape, p)}: 0 at {@code p = 0}, positive infinity at 1. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        return scale * GammaFunctions.quantile(p, shape);
    }

    /** {@code P(shape, x/scale)}, the regularized lower incomplete gamma function. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        return GammaFunctions.regularizedP(x / scale, shape);
    }

    /** {@code shape scale}. */
    @Override
    public double mean() {
        return shape * scale;
    }

    /** {@code shape scale^2}. */
    @Override
    public double variance() {
        return shape * scale * scale;
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

    /** {@code "gamma"}. */
    @Override
    public String kind() {
        return "gamma";
    }
}
