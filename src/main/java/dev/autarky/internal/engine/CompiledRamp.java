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

    /**
     * Fills {@code out[k] = level(k dt)} for every step, exactly as {@link #valueAt} would: constant
     * segments by fill, only the steps inside the ramp evaluated.
     */
    void fill(double[] p, double dt, double[] out) {
        final int steps = out.length;
        final double from = p[fromSlot];
        final double to = p[toSlot];
        if (from == to) {
            java.util.Arrays.fill(out, to);
            return;
        }
        final double start = p[startSlot] - origin;
        final double duration = p[durationSlot];
        int k = 0;
        while (k < steps && k * dt < start) {
            out[k++] = from;
        }
        if (shape != RampShape.STEP) {
            for (; k < steps; k++) {
                double elapsed = k * dt - start;
                if (elapsed >= duration) {
                    break;
                }
                out[k] = from + (to - from) * shape.fraction(elapsed / duration);
            }
        }
        java.util.Arrays.fill(out, k, steps, to);
    }
}
