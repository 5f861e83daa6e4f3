package dev.autarky.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * NaN-safe argument checks that name the offending parameter and its value.
 *
 * <p>Every message has the form {@code "<name>: must be <expectation>, was <value>"}, so that the
 * JSON layer can prefix it with the path of the value and users read one consistent style.
 * All methods return their argument so they can be used in assignments and record constructors.
 */
public final class Checks {

    private Checks() {
    }

    /** Fails unless {@code value} is finite (not NaN, not infinite). */
    public static double requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw fail(name, "finite", value);
        }
        return value;
    }

    /** Fails unless {@code value} is finite and strictly positive. */
    public static double requirePositive(double value, String name) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw fail(name, "finite and > 0", value);
        }
        return value;
    }

    /** Fails unless {@code value} is finite and {@code >= 0}. */
    public static double requireNonNegative(double value, String name) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw fail(name, "finite and >= 0", value);
        }
        return value;
    }

    /** Fails unless {@code value} lies in {@code [0, 1]}. */
    public static double requireProbability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw fail(name, "in [0, 1]", value);
        }
        return value;
    }

    /** Fails unless {@code value} lies in the closed interval {@code [min, max]}. */
    public static double requireInRange(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw fail(name, "in [" + format(min) + ", " + format(max) + "]", value);
        }
        return value;
    }

    /** Fails unless {@code value} lies in the closed interval {@code [min, max]}. */
    public static int requireInRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + ": must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /** Fails unless {@code value >= min}. */
    public static int requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + ": must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** Fails unless {@code value >= min}. */
    public static long requireAtLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + ": must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** Fails with a {@link NullPointerException} naming {@code name} if {@code value} is null. */
    public static <T> T requireNonNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + ": must be present, was null");
    }

    /** Fails unless {@code value} is non-null and has at least one non-whitespace character. */
    public static String requireNonBlank(String value, String name) {
        requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + ": must be a non-blank string, was \"" + value + "\"");
        }
        return value;
    }

    /** Fails unless the collection is non-null, non-empty and holds no null element. */
    public static <C extends Collection<?>> C requireNonEmpty(C values, String name) {
        requireNonNull(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + ": must not be empty");
        }
        int i = 0;
        for (Object v : values) {
            requireNonNull(v, name + "[" + i++ + "]");
        }
        return values;
    }

    /** An {@link IllegalArgumentException} in the shared message style. */
    public static IllegalArgumentException fail(String name, String expectation, double value) {
        return new IllegalArgumentException(name + ": must be " + expectation + ", was " + format(value));
    }

    /** Formats a double the way messages show it: integers without a trailing {@code .0}. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
