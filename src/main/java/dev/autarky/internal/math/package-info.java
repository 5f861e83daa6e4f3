/**
 * Internal special functions: the normal, beta and gamma distribution functions and quantiles,
 * written to be accurate in both tails and allocation-free so that they can be called per
 * simulated path. Not part of the public API.
 */
package dev.autarky.internal.math;
