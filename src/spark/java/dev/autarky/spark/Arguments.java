package dev.autarky.spark;

/**
 * Argument checks of the Spark runner, with the same messages as the library's own: the runner is
 * built on the library's exported API alone, so it keeps these two here.
 */
final class Arguments {

    private Arguments() {
    }

    /** Fails unless {@code value >= min}. */
    static long requireAtLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + ": must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} lies in the closed interval {@code [min, max]}. */
    static int requireInRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }
}
