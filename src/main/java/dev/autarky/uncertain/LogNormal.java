package dev.autarky.uncertain;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.NormalFunctions;

/**
 * The log-normal distribution: {@code X = exp(mu + sigma Z)} with {@code Z} standard normal, so
 * {@code mu} and {@code sigma} are the mean and standard deviation of {@code log X} (the input
 * itself is in the unit of the input, and positive).
 *
 * <p>Median {@code exp(mu)}; mean {@code exp(mu + sigma^2/2)}; variance
 * {@code (exp(sigma^2) - 1) exp(2 mu + sigma^2)}; quantile {@code exp(mu + sigma Phi^-1(p))}.
 *
 * @param mu    the mean of {@code log X}; finite
 * @param sigma the standard deviation of {@code log X}; finite and {@code > 0}
 */
public record LogNormal(double mu, double sigma) implements Distribution {

    /** {@code Phi^-1(0.9)}, the standard normal 90th percentile. */
    private static final double Z90 = NormalFunctions.inverseCdf(0.9);

    /**
     * Validates finite {@code mu} and positive finite {@code sigma}.
     *
     * @param mu the mean of {@code log X}; finite
     * @param sigma the standard deviation of {@code log X}; finite and {@code > 0}
     */
    public LogNormal {
        Checks.requireFinite(mu, "mu");
        Checks.requirePositive(sigma, "sigma");
    }

    /**
     * The log-normal with the given median and 90th percentile: {@code mu = log(median)},
     * {@code sigma = (log(p90) - log(median)) / Phi^-1(0.9)}.
     *
     * @param median the median; finite and {@code > 0}
     * @param p90    the 90th percentile; finite and {@code > median}
     * @return the log-normal with the given median and 90th percentile: {@code mu = log(median)}, {@code
     *         sigma = (log(p90) - log(median)) / Phi^-1(0.9)}
     */
    public static LogNormal ofMedianP90(double median, double p90) {
        Checks.requirePositive(median, "median");
        Checks.requireFinite(p90, "p90");
        if (!(p90 > median)) {
            throw Checks.fail("p90", "> median (" + Checks.format(median) + ")", p90);
        }
        final double mu = Math.log(median);
        return new LogNormal(mu, (Math.log(p90) - mu) / Z90);
    }

    /**
     * The log-normal with the given mean and standard deviation (of {@code X}, not of its log):
     * {@code sigma^2 = log(1 + sd^2/mean^2)}, {@code mu = log(mean) - sigma^2/2}.
     *
     * @param mean the mean; finite and {@code > 0}
     * @param sd   the standard deviation; finite and {@code > 0}
     * @return the log-normal with the given mean and standard deviation (of {@code X}, not of its log):
     *         {@code sigma^2 = log(1 + sd^2/mean^2)}, {@code mu = log(mean) - sigma^2/2}
     */
    public static LogNormal ofMeanSd(double mean, double sd) {
        Checks.requirePositive(mean, "mean");
        Checks.requirePositive(sd, "sd");
        final double cv = sd / mean;
        final double s2 = Math.log1p(cv * cv);
        return new LogNormal(Math.log(mean) - 0.5 * s2, Math.sqrt(s2));
    }

    /** {@code exp(mu + sigma Phi^-1(p))}: 0 at {@code p = 0}, positive infinity at 1. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        if (p == 0) {
            return 0.0;
        }
        return Math.exp(mu + sigma * NormalFunctions.inverseCdf(p));
    }

    /** {@code Phi((log x - mu)/sigma)} for {@code x > 0}, else 0. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 0.0;
        }
        return NormalFunctions.cdf((Math.log(x) - mu) / sigma);
    }

    /** {@code exp(mu + sigma^2/2)}. */
    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    /** {@code (exp(sigma^2) - 1) exp(2 mu + sigma^2)}. */
    @Override
    public double variance() {
        final double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2.0 * mu + s2);
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

    /** {@code "lognormal"}. */
    @Override
    public String kind() {
        return "lognormal";
    }
}
