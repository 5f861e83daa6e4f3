/**
 * Internal numeric building blocks with exactly specified results: order-independent exact
 * summation, Markov transition matrices, and the normal, beta and gamma distribution functions and
 * quantiles, accurate in both tails and allocation-free so they can be called per simulated path.
 * Not part of the public API.
 */
package dev.autarky.internal.math;
