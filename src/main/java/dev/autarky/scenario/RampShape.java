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

    /** The unscaled logistic at x = 0 and x = 1, so that the rescaled curve runs from 0 to 1. */
    private static final double S_LO = 1 / (1 + Math.exp(S_CURVE_STEEPNESS / 2));
    private static final double S_SPAN = 1 / (1 + Math.exp(-S_CURVE_STEEPNESS / 2)) - S_LO;

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
            case S_CURVE -> (1 / (1 + Math.exp(-S_CURVE_STEEPNESS * (x - 0.5))) - S_LO) / S_SPAN;
        };
    }
}
