package dev.autarky.internal.sampling;

import dev.autarky.uncertain.Distribution;

/**
 * A fast inverse distribution function for sampling: maps a uniform variate {@code u} in the open
 * interval {@code (0, 1)} to a draw from one distribution, in the unit of that distribution.
 *
 * <p>Implementations are immutable, thread-safe and allocate nothing per call, so that a simulation
 * can call them once per path and input. Callers guarantee {@code 0 < u < 1}; the value at 0, 1 or
 * outside is unspecified (it is not checked, to keep the call cheap).
 */
@FunctionalInterface
public interface QuantileFunction {

    /**
     * The draw for uniform variate {@code u}.
     *
     * @param u a uniform variate with {@code 0 < u < 1} (not checked)
     * @return the {@code u}-quantile, or a close approximation of it (see {@link #compile})
     */
    double quantile(double u);

    /**
     * Compiles {@code distribution} into its fastest sampler. Work that does not depend on
     * {@code u} (normalising constants, cumulative weights, tables) is done here, once.
     *
     * <ul>
     *   <li>fixed, uniform, triangular, exponential, normal, log-normal: the closed-form quantile
     *       (normal quantiles by Wichura's AS 241), agreeing with {@link Distribution#quantile} to
     *       a few ulps;</li>
     *   <li>truncated normal: {@code Phi^-1(Phi(a) + u (Phi(b) - Phi(a)))} with the end-point
     *       probabilities precomputed, through the upper tail when the interval lies right of the
     *       mean; identical to {@link Distribution#quantile};</li>
     *   <li>discrete: a search over the precomputed cumulative probabilities (linear for up to 8
     *       values, binary beyond); empirical: an index into the sorted samples; both exact;</li>
     *   <li>PERT, beta and gamma: a {@link QuantileTable}, whose error {@code |F(Q(u)) - u|} is at
     *       most {@value QuantileTable#TOLERANCE_BOUND} (see there).</li>
     * </ul>
     *
     * @param distribution the distribution to sample
     * @return an allocation-free sampler for {@code u} in {@code (0, 1)}
     */
    static QuantileFunction compile(Distribution distribution) {
        return CompiledQuantiles.compile(distribution);
    }

    /**
     * A quantile function for distributions drawn many times per path (per-step processes): a
     * {@link QuantileTable} for the continuous kinds whose closed form is costly (normal, lognormal,
     * exponential, and those {@link #compile} already tabulates), within the table's documented
     * error bound; otherwise {@link #compile}.
     */
    static QuantileFunction compileForRepeatedDraws(Distribution distribution) {
        return switch (distribution.kind()) {
            case "normal", "lognormal", "exponential", "pert", "beta", "gamma" -> new QuantileTable(distribution);
            default -> compile(distribution);
        };
    }
}
