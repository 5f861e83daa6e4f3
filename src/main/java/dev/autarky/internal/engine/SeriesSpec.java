package dev.autarky.internal.engine;

/**
 * A per-step series recorded for every path.
 *
 * @param name         e.g. {@code "untrustedShare.Dy"}
 * @param unit         unit of its values
 * @param unitInterval true when every value lies in [0, 1] by construction
 */
public record SeriesSpec(String name, String unit, boolean unitInterval) {
}
