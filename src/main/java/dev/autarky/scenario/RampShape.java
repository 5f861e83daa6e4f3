package dev.autarky.scenario;

/**
 * How a level moves between two values over a ramp of length {@code d}, as a function
 * {@code f(x)} of the elapsed fraction {@code x = (t - start) / d} in [0, 1].
 */
public enum RampShape {
    /** {@code f = 1} from the start on: the level jumps at the start (the duration is ignored). */
    STEP,
    /** {@code f(x) = x}. */
    LINEAR,
    /**
     * The logistic curve {@code 1 / (1 + e^(-10 (x - 1/2)))}, rescaled so that {@code f(0) = 0} and
     * {@code f(1) = 1}: slow start, fast middle, slow approach to the plateau.
     */
    S_CURVE;

    /** Steepness of the logistic S-curve. */
    public static final double S_CURVE_STEEPNESS = 10.0;

    /** {@code f(x)} for this shape; x below 0 gives 0 and above 1 gives 1. */
    public double fraction(double x) {
        if (x <= 0) {
            return this == STEP && x == 0 ? 1 : 0;
        }
        if (x >= 1) {
            return 1;
        }
        return switch (this) {
            case STEP -> 1;
            case LINEAR -> x;
            case S_CURVE -> {
                double lo = 1 / (1 + Math.exp(S_CURVE_STEEPNESS / 2));
                double hi = 1 / (1 + Math.exp(-S_CURVE_STEEPNESS / 2));
                yield (1 / (1 + Math.exp(-S_CURVE_STEEPNESS * (x - 0.5))) - lo) / (hi - lo);
            }
        };
    }
}
