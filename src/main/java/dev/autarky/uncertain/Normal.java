package dev.autarky.uncertain;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.NormalFunctions;

/**
 * The normal distribution {@code N(mu, sigma^2)}, truncated to {@code [min, max]} when either bound
 * is finite (in the unit of the input).
 *
 * <p>The components are the parameters of the <em>untruncated</em> parent normal; they are named
 * {@code mu} and {@code sigma} rather than mean and sd because {@link #mean()} and
 * {@link #variance()} are the moments of the truncated distribution: with standardized bounds
 * {@code a = (min-mu)/sigma}, {@code b = (max-mu)/sigma} and mass {@code Z = Phi(b) - Phi(a)},
 * mean {@code mu + sigma (phi(a)-phi(b))/Z} and variance
 * {@code sigma^2 [1 + (a phi(a) - b phi(b))/Z - ((phi(a)-phi(b))/Z)^2]}.
 *
 * <p>The quantile is {@code mu + sigma Phi^-1(Phi(a) + p Z)}, computed through the upper tail
 * {@code 1 - Phi} when the interval lies right of {@code mu} so that deep-tail truncations keep their
 * precision. Truncations whose mass {@code Z} is below {@value #MIN_MASS} are rejected.
 *
 * @param mu    the mean of the untruncated normal; finite
 * @param sigma the standard deviation of the untruncated normal; finite and {@code > 0}
 * @param min   the lower truncation point, or negative infinity
 * @param max   the upper truncation point, or positive infinity; {@code > min}
 */
public record Normal(double mu, double sigma, double min, double max) implements Distribution {

    /** The smallest accepted probability of {@code [min, max]} under the untruncated normal. */
    public static final double MIN_MASS = 1e-12;

    /**
     * Validates the parameters and that {@code [min, max]} has mass at least {@value #MIN_MASS}.
     *
     * @param mu the mean of the untruncated normal; finite
     * @param sigma the standard deviation of the untruncated normal; finite and {@code > 0}
     * @param min the lower truncation point, or negative infinity
     * @param max the upper truncation point, or positive infinity; {@code > min}
     */
    public Normal {
        Checks.requireFinite(mu, "mu");
        Checks.requirePositive(sigma, "sigma");
        if (!(min < Double.POSITIVE_INFINITY)) {
            throw Checks.fail("min", "a number < +Infinity", min);
        }
        if (!(max > Double.NEGATIVE_INFINITY)) {
            throw Checks.fail("max", "a number > -Infinity", max);
        }
        if (!(max > min)) {
            throw Checks.fail("max", "> min (" + Checks.format(min) + ")", max);
        }
        final double mass = mass((min - mu) / sigma, (max - mu) / sigma);
        if (!(mass >= MIN_MASS)) {
            throw Checks.fail("[min, max] = [" + Checks.format(min) + ", " + Checks.format(max) + "]",
                    "an interval of probability >= " + MIN_MASS + " under the untruncated N(mu = "
                            + Checks.format(mu) + ", sigma = " + Checks.format(sigma) + ")", mass);
        }
    }

    /**
     * The untruncated normal with the given mean and standard deviation.
     *
     * @param mean the mean
     * @param sd the standard deviation, > 0
     * @return the untruncated normal with the given mean and standard deviation
     */
    public static Normal of(double mean, double sd) {
        return new Normal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The normal with parent mean {@code mean} and standard deviation {@code sd}, truncated to
     * {@code [min, max]}; either bound may be infinite.
     *
     * @param mean the parent normal's mean
     * @param sd the parent normal's standard deviation, > 0
     * @param min the lower truncation point, or negative infinity
     * @param max the upper truncation point, or positive infinity; {@code > min}
     * @return the normal with parent mean {@code mean} and standard deviation {@code sd}, truncated to
     *         {@code [min, max]}; either bound may be infinite
     */
    public static Normal truncated(double mean, double sd, double min, double max) {
        return new Normal(mean, sd, min, max);
    }

    /**
     * Whether at least one truncation bound is finite.
     *
     * @return whether at least one truncation bound is finite
     */
    public boolean isTruncated() {
        return min > Double.NEGATIVE_INFINITY || max < Double.POSITIVE_INFINITY;
    }

    /** {@code mu + sigma Phi^-1(Phi(a) + p Z)}; {@code min} at {@code p = 0}, {@code max} at 1. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        if (p == 0) {
            return min;
        }
        if (p == 1) {
            return max;
        }
        final double a = (min - mu) / sigma;
        final double b = (max - mu) / sigma;
        final double z;
        if (a > 0) {
            final double qa = NormalFunctions.complementaryCdf(a);
            final double qb = NormalFunctions.complementaryCdf(b);
            z = -NormalFunctions.inverseCdf(qa - p * (qa - qb));
        } else {
            final double pa = NormalFunctions.cdf(a);
            final double pb = NormalFunctions.cdf(b);
            z = NormalFunctions.inverseCdf(pa + p * (pb - pa));
        }
        return Math.min(max, Math.max(min, mu + sigma * z));
    }

    /** {@code (Phi(z) - Phi(a)) / Z} with {@code z = (x-mu)/sigma}, 0 below min and 1 above max. */
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
        final double a = (min - mu) / sigma;
        final double b = (max - mu) / sigma;
        final double z = (x - mu) / sigma;
        final double f;
        if (a > 0) {
            final double qa = NormalFunctions.complementaryCdf(a);
            f = (qa - NormalFunctions.complementaryCdf(z)) / (qa - NormalFunctions.complementaryCdf(b));
        } else {
            final double pa = NormalFunctions.cdf(a);
            f = (NormalFunctions.cdf(z) - pa) / (NormalFunctions.cdf(b) - pa);
        }
        return Math.min(1.0, Math.max(0.0, f));
    }

    /** The mean of the truncated distribution (equal to {@link #mu()} when not truncated). */
    @Override
    public double mean() {
        if (!isTruncated()) {
            return mu;
        }
        final double a = (min - mu) / sigma;
        final double b = (max - mu) / sigma;
        final double m = mu + sigma * (NormalFunctions.density(a) - NormalFunctions.density(b)) / mass(a, b);
        return Math.min(max, Math.max(min, m));
    }

    /** The variance of the truncated distribution (equal to {@code sigma^2} when not truncated). */
    @Override
    public double variance() {
        if (!isTruncated()) {
            return sigma * sigma;
        }
        final double a = (min - mu) / sigma;
        final double b = (max - mu) / sigma;
        final double mass = mass(a, b);
        final double shift = (NormalFunctions.density(a) - NormalFunctions.density(b)) / mass;
        final double v = 1.0 + (moment(a) - moment(b)) / mass - shift * shift;
        return sigma * sigma * Math.max(0.0, v);
    }

    /** {@link #min()} (possibly negative infinity). */
    @Override
    public double lowerBound() {
        return min;
    }

    /** {@link #max()} (possibly positive infinity). */
    @Override
    public double upperBound() {
        return max;
    }

    /** {@code "normal"}. */
    @Override
    public String kind() {
        return "normal";
    }

    /** {@code Phi(b) - Phi(a)}, through the upper tail when {@code a > 0}. */
    private static double mass(double a, double b) {
        if (a > 0) {
            return NormalFunctions.complementaryCdf(a) - NormalFunctions.complementaryCdf(b);
        }
        return NormalFunctions.cdf(b) - NormalFunctions.cdf(a);
    }

    /** {@code t phi(t)}, 0 at infinite {@code t}. */
    private static double moment(double t) {
        return Double.isInfinite(t) ? 0.0 : t * NormalFunctions.density(t);
    }
}
