package dev.autarky.uncertain;

import java.util.Objects;

/**
 * A numeric scenario parameter: a fixed value or a distribution, drawn once per simulated path,
 * with where the number comes from.
 *
 * <p>The unit is that of the parameter that holds it (its name says which, e.g.
 * {@code leadTimeYears}). {@code source} cites a source id of the scenario's reference sheet
 * ({@code "S78"}), or says {@code "estimate"} or {@code "derived"}; {@code note} explains the
 * choice in a few words. Both are optional ({@code null}) and carried through JSON round trips.
 *
 * @param distribution the value's distribution ({@link Fixed} for a known value)
 * @param source       source id(s), {@code "estimate"}, {@code "derived"}, or null
 * @param note         a short explanation, or null
 */
public record Uncertain(Distribution distribution, String source, String note) {

    /**
     * Checks that the distribution is present.
     *
     * @param distribution the value's distribution ({@link Fixed} for a known value)
     * @param source source id(s), {@code "estimate"}, {@code "derived"}, or null
     * @param note a short explanation, or null
     */
    public Uncertain {
        Objects.requireNonNull(distribution, "distribution: must be present, was null");
    }

    /**
     * A known value with no source note.
     *
     * @param value the value, finite
     * @return a known value with no source note
     */
    public static Uncertain fixed(double value) {
        return new Uncertain(new Fixed(value), null, null);
    }

    /**
     * An uncertain value with no source note.
     *
     * @param distribution the value's distribution ({@link Fixed} for a known value)
     * @return an uncertain value with no source note
     */
    public static Uncertain of(Distribution distribution) {
        return new Uncertain(distribution, null, null);
    }

    /**
     * This value with its source set.
     *
     * @param newSource source id(s), {@code "estimate"}, {@code "derived"}, or null
     * @return this value with its source set
     */
    public Uncertain withSource(String newSource) {
        return new Uncertain(distribution, newSource, note);
    }

    /**
     * This value with its note set.
     *
     * @param newNote a short explanation, or null
     * @return this value with its note set
     */
    public Uncertain withNote(String newNote) {
        return new Uncertain(distribution, source, newNote);
    }

    /**
     * True when the value is known (a point mass).
     *
     * @return true when the value is known
     */
    public boolean isFixed() {
        return distribution.isFixed();
    }

    /**
     * The smallest value a draw can take.
     *
     * @return the smallest value a draw can take
     */
    public double min() {
        return distribution.lowerBound();
    }

    /**
     * The largest value a draw can take.
     *
     * @return the largest value a draw can take
     */
    public double max() {
        return distribution.upperBound();
    }

    /**
     * The mean of the distribution.
     *
     * @return the mean of the distribution
     */
    public double mean() {
        return distribution.mean();
    }
}
