/**
 * Internal samplers: {@link dev.autarky.internal.sampling.QuantileFunction} compiles a
 * {@link dev.autarky.uncertain.Distribution} once into a fast, allocation-free inverse CDF that
 * maps a uniform variate in {@code (0, 1)} to a draw; {@link dev.autarky.internal.sampling.QuantileTable}
 * does so by monotone cubic Hermite interpolation for distributions without a closed-form quantile.
 * Not part of the public API.
 */
package dev.autarky.internal.sampling;
