/**
 * Sampling designs for the per-path input vector and the Gaussian copula that correlates inputs:
 * {@link dev.autarky.internal.design.InputDesign} (plain Monte Carlo, Latin hypercube, scrambled
 * Sobol, antithetic pairs) turns {@code (seed, path)} into the inputs' uniforms without allocating;
 * {@link dev.autarky.internal.design.GaussianCopula} imposes rank correlations on them, keeping every
 * marginal; {@link dev.autarky.internal.design.ReplicateAccumulator} gives error estimates that are
 * honest under each design. See {@code docs/sampling.md}. Not part of the public API.
 */
package dev.autarky.internal.design;
