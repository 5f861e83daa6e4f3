package dev.autarky.internal.engine;

import dev.autarky.scenario.RampShape;

/**
 * A ramp with its components resolved to parameter slots; evaluated against one path's
 * parameter vector. Times are years since the start of the first step.
 */
final class CompiledRamp {

    final RampShape shape;
    final int startSlot;
    final int durationSlot;
    final int fromSlot;
    final int toSlot;
    /** Calendar start year of the scenario, subtracted from the ramp's calendar start. */
    final double origin;

    CompiledRamp(RampShape shape, int startSlot, int durationSlot, int fromSlot, int toSlot, double origin) {
        this.shape = shape;
        this.startSlot = startSlot;
        this.durationSlot = durationSlot;
        this.fromSlot = fromSlot;
        this.toSlot = toSlot;
        this.origin = origin;
    }

    /** The level at {@code t} years after the start. */
    double valueAt(double[] p, double t) {
        double from = p[fromSlot];
        double to = p[toSlot];
        if (from == to) {
            return to;
        }
        double elapsed = t - (p[startSlot] - origin);
        if (elapsed < 0) {
            return from;
        }
        double duration = p[durationSlot];
        if (shape == RampShape.STEP || elapsed >= duration) {
            return to;
        }
        return from + (to - from) * shape.fraction(elapsed / duration);
    }
}
