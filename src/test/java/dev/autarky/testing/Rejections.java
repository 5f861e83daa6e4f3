package dev.autarky.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Assertions on argument validation: the failure names the parameter and shows the bad value. */
public final class Rejections {

    private Rejections() {
    }

    /**
     * Asserts that {@code call} throws an {@link IllegalArgumentException} whose message starts with
     * {@code "<name>: must be "} and ends with {@code ", was <shown>"}.
     */
    public static IllegalArgumentException assertRejected(Executable call, String name, String shown) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        final String message = e.getMessage();
        assertTrue(message.startsWith(name + ": must be "), () -> "message should start with '" + name
                + ": must be ', was: " + message);
        assertTrue(message.endsWith(", was " + shown), () -> "message should end with ', was " + shown
                + "', was: " + message);
        return e;
    }
}
