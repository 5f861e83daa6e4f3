package dev.autarky.uncertain;

/**
 * A univariate probability distribution for one uncertain scenario input, described by its exact
 * quantile function, distribution function, first two moments and support.
 *
 * <p>Values are in the unit of the input the distribution describes (years, t/yr, USD/t, ...).
 * Implementations are immutable, validated at construction and thread-safe. None of the methods
 * draws random numbers; to sample, map a uniform variate through {@link #quantile(double)} (or a
 * compiled sampler built from it).
 *
 * <p>The methods here favour accuracy over speed (some solve for the quantile iteratively); code
 * that samples once per simulated path should compile the distribution once instead.
 */
public sealed interface Distribution
        permits Fixed, Uniform, Triangular, Pert, Normal, LogNormal, Beta, Exponential, Gamma, Discrete,
        Empirical {

    /**
     * The exact inverse distribution function. For a continuous distribution it returns the
     * {@code x} with {@code cdf(x) = p}; for a discrete one, the smallest support value {@code v}
     * with {@code cdf(v) >= p}. {@code p = 0} gives {@link #lowerBound()} and {@code p = 1}
     * {@link #upperBound()} (either may be infinite).
     *
     * @param p a probability in {@code [0, 1]}
     * @return the {@code p}-quantile, in the unit of the input
     * @throws IllegalArgumentException if {@code p} is NaN or outside {@code [0, 1]}
     */
    double quantile(double p);

    /**
     * The distribution function {@code P(X <= x)}.
     *
     * @param x a value in the unit of the input; may be infinite
     * @return a probability in {@code [0, 1]}; NaN if {@code x} is NaN
     */
    double cdf(double x);

    /**
     * The expected value, in the unit of the input (finite for every distribution here).
     *
     * @return the expected value, in the unit of the input
     */
    double mean();

    /**
     * The variance, in the unit of the input squared (0 for a point mass).
     *
     * @return the variance, in the unit of the input squared
     */
    double variance();

    /**
     * The lower end of the support, {@code quantile(0)}; may be negative infinity.
     *
     * @return the lower end of the support, {@code quantile(0)}; may be negative infinity
     */
    double lowerBound();

    /**
     * The upper end of the support, {@code quantile(1)}; may be positive infinity.
     *
     * @return the upper end of the support, {@code quantile(1)}; may be positive infinity
     */
    double upperBound();

    /**
     * A stable lower-case name of the family, used as the type tag in JSON: one of
     * {@code fixed, uniform, triangular, pert, normal, lognormal, beta, exponential, gamma,
     * discrete, empirical}.
     *
     * @return a stable lower-case name of the family, used as the type tag in JSON: one of {@code fixed,
     *         uniform, triangular, pert, normal, lognormal, beta, exponential, gamma, discrete, empirical}
     */
    String kind();

    /**
     * Whether this is a {@link Fixed} point value, i.e. not uncertain at all.
     *
     * @return whether this is a {@link Fixed} point value, i.e
     */
    default boolean isFixed() {
        return false;
    }
}
