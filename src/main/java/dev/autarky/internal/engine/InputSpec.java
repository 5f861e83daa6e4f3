package dev.autarky.internal.engine;

import dev.autarky.internal.sampling.QuantileFunction;
import dev.autarky.uncertain.Distribution;

/**
 * One uncertain input of a compiled scenario: drawn once per path from its own keyed stream and
 * written into parameter slot {@code slot}.
 *
 * @param name         stable name (its path in the scenario), which keys its random stream
 * @param distribution its distribution
 * @param quantile     the fast inverse CDF used per path
 * @param key          64-bit stream key of {@code name}
 * @param slot         index in the parameter vector
 */
public record InputSpec(String name, Distribution distribution, QuantileFunction quantile, long key, int slot) {
}
