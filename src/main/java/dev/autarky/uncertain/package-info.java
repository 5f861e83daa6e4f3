/**
 * Probability distributions for the uncertain inputs of a scenario (lead times, costs, capacities,
 * demand growth, ...), each an immutable, validated value implementing the sealed
 * {@link dev.autarky.uncertain.Distribution}.
 *
 * <p>A distribution is described by its exact quantile function (inverse CDF), its distribution
 * function, its mean, variance and support. Values are in whatever unit the scenario field they
 * describe uses; the distributions themselves are unit-free. Nothing here draws random numbers:
 * simulations map their own uniform variates through the quantile function, so that inverse-CDF
 * sampling, Latin hypercube designs and copulas all share one description of the input.
 *
 * <p>All types are immutable and thread-safe. Constructors reject invalid parameters (including
 * NaN) with an {@link java.lang.IllegalArgumentException} whose message has the form
 * {@code "<parameter>: must be <expectation>, was <value>"}.
 */
package dev.autarky.uncertain;
