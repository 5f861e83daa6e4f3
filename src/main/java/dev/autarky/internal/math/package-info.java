/**
 * Numeric building blocks with exactly specified results: order-independent exact summation,
 * Markov transition matrices, and the normal, beta and gamma distribution functions and quantiles,
 * written to be accurate in both tails and allocation-free so that they can be called per simulated
 * path. Internal: not part of the user API.
 */
package dev.autarky.internal.math;
