package dev.autarky.uncertain;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.BetaFunctions;

/**
 * The beta distribution with shape parameters {@code alpha} and {@code beta}, scaled to
 * {@code [min, max]} (in the unit of the input): {@code X = min + (max - min) B} with
 * {@code B ~ Beta(alpha, beta)} on {@code [0, 1]}.
 *
 * <p>Mean {@code min + (max-min) alpha/(alpha+beta)}; variance
 * {@code (max-min)^2 alpha beta / ((alpha+beta)^2 (alpha+beta+1))}. The quantile is solved
 * numerically (safeguarded Newton on the regularized incomplete beta function, about 1e-14 relative
 * accuracy), so it costs a few microseconds.
 *
 * @param alpha the first shape parameter; finite and {@code > 0}
 * @param beta  the second shape parameter; finite and {@code > 0}
 * @param min   the lower end of the support; finite
 * @param max   the upper end of the support; finite and {@code > min}
 */
public record Beta(double alpha, double beta, double min, double max) implements Distribution {

    /**
     * Validates positive finite shapes and a finite interval with {@code min < max}.
     *
     * @param alpha the first shape parameter; finite and {@code > 0}
     * @param beta the second shape parameter; finite and {@code > 0}
     * @param min the lower end of the support; finite
     * @param max the upper end of the support; finite and {@code > min}
     */
    public Beta {
        Checks.requirePositive(alpha, "alpha");
        Checks.requirePositive(beta, "beta");
        Checks.requireFinite(min, "min");
        Checks.requireFinite(max, "max");
        if (!(max > min)) {
            throw Checks.fail("max", "> min (" + Checks.format(min) + ")", max);
        }
        Checks.requireFinite(max - min, "max - min");
    }

    /**
     * The standard beta distribution on {@code [0, 1]}.
     *
     * @param alpha the first shape parameter; finite and {@code > 0}
     * @param beta the second shape parameter; finite and {@code > 0}
     * @return the standard beta distribution on {@code [0, 1]}
     */
    public static Beta of(double alpha, double beta) {
        return new Beta(alpha, beta, 0.0, 1.0);
    }

    /**
     * The beta distribution on {@code [min, max]} with the given mean and standard deviation, by the
     * method of moments: with {@code m = (mean-min)/(max-min)} and {@code v = sd^2/(max-min)^2},
     * {@code alpha = m c}, {@code beta = (1-m) c}, {@code c = m(1-m)/v - 1}.
     *
     * @param mean the mean, inside {@code (min, max)}
     * @param sd the standard deviation, > 0
     * @param min the lower end of the support; finite
     * @param max the upper end of the support; finite and {@code > min}
     * @return the beta distribution on {@code [min, max]} with the given mean and standard deviation, by the
     *         method of moments: with {@code m = (mean-min)/(max-min)} and {@code v = sd^2/(max-min)^2},
     *         {@code alpha = m c}, {@code beta = (1-m) c}, {@code c = m(1-m)/v - 1}
     * @throws IllegalArgumentException unless {@code min < mean < max}, {@code sd > 0} and
     *     {@code sd^2 < (mean-min)(max-mean)} (the largest variance a distribution on the interval
     *     with that mean can have, approached as both shapes go to 0)
     */
    public static Beta ofMeanSd(double mean, double sd, double min, double max) {
        Checks.requireFinite(min, "min");
        Checks.requireFinite(max, "max");
        if (!(max > min)) {
            throw Checks.fail("max", "> min (" + Checks.format(min) + ")", max);
        }
        if (!(mean > min && mean < max)) {
            throw Checks.fail("mean", "in (min, max) = (" + Checks.format(min) + ", " + Checks.format(max) + ")",
                    mean);
        }
        Checks.requirePositive(sd, "sd");
        final double range = max - min;
        final double m = (mean - min) / range;
        final double v = (sd / range) * (sd / range);
        final double limit = m * (1.0 - m);
        if (!(v < limit)) {
            throw Checks.fail("sd", "< sqrt((mean - min)(max - mean)) = "
                    + Checks.format(Math.sqrt(limit) * range) + " for a beta distribution", sd);
        }
        final double c = limit / v - 1.0;
        return new Beta(m * c, (1.0 - m) * c, min, max);
    }

    /** {@code min + (max-min) I^-1_p(alpha, beta)}, solved to about 1e-14 relative accuracy. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        if (p == 0) {
            return min;
        }
        if (p == 1) {
            return max;
        }
        final double x = min + (max - min) * BetaFunctions.quantile(p, alpha, beta);
        return Math.min(max, Math.max(min, x));
    }

    /** {@code I_z(alpha, beta)} with {@code z = (x-min)/(max-min)}, the regularized incomplete beta. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        if (x <= min) {
            return 0.0;
        }
        if (x >= max) {
            return 1.0;
        }
        return BetaFunctions.regularized((x - min) / (max - min), alpha, beta);
    }

    /** {@code min + (max-min) alpha/(alpha+beta)}. */
    @Override
    public double mean() {
        return min + (max - min) * (alpha / (alpha + beta));
    }

    /** {@code (max-min)^2 alpha beta / ((alpha+beta)^2 (alpha+beta+1))}. */
    @Override
    public double variance() {
        final double s = alpha + beta;
        final double range = max - min;
        return range * range * (alpha / s) * (beta / s) / (s + 1.0);
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

    /** {@code "beta"}. */
    @Override
    public String kind() {
        return "beta";
    }
}
