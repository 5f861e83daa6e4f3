package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * A level that moves from {@code from} to {@code to}, starting in calendar year
 * {@code startYear} and taking {@code durationYears}, along {@code shape}.
 *
 * <p>At calendar time {@code t}: {@code from} before the start, {@code to} after
 * {@code startYear + durationYears}, and {@code from + (to - from) f((t - startYear) / durationYears)}
 * in between (see {@link RampShape}). The unit is that of the quantity ramped (t/yr for a
 * capacity, a fraction for a share). Every component may be uncertain.
 *
 * @param shape         the curve
 * @param startYear     calendar time the ramp starts (fractional years allowed)
 * @param durationYears years from start to the final level, >= 0
 * @param from          level before the start
 * @param to            level at and after the end
 */
public record Ramp(RampShape shape, Uncertain startYear, Uncertain durationYears, Uncertain from, Uncertain to) {

    /**
     * Validates the fields.
     *
     * @param shape the curve
     * @param startYear calendar time the ramp starts (fractional years allowed)
     * @param durationYears years from start to the final level, >= 0
     * @param from level before the start
     * @param to level at and after the end
     */
    public Ramp {
        Problems p = new Problems();
        p.present(shape, "shape");
        p.within(startYear, 1900, 2300, "startYear"); // bounded: a calendar year
        p.nonNegative(durationYears, "durationYears");
        p.present(from, "from");
        p.present(to, "to");
        p.throwIfAny();
    }

    /**
     * A level that never changes.
     *
     * @param level quantile level, in [0, 1]
     * @return a level that never changes
     */
    public static Ramp constant(Uncertain level) {
        return new Ramp(RampShape.STEP, Uncertain.fixed(1900), Uncertain.fixed(0), level, level);
    }

    /**
     * True for a ramp built by {@link #constant} (written as a bare value in JSON).
     *
     * @return true for a ramp built by {@link #constant}
     */
    public boolean isConstant() {
        return from.equals(to) && shape == RampShape.STEP && startYear.equals(Uncertain.fixed(1900))
                && durationYears.equals(Uncertain.fixed(0));
    }

    /** Validates that every level the ramp can take lies in {@code [min, max]}. */
    void requireLevels(Problems p, double min, double max, String path) {
        p.within(from, min, max, Problem.join(path, "from"));
        p.within(to, min, max, Problem.join(path, "to"));
    }
}
