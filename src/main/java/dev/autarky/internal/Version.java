package dev.autarky.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, from the build (recorded in every result). */
public final class Version {

    /** The version, such as {@code 0.1.0}, or {@code "unknown"} outside a Maven build. */
    public static final String VALUE = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/autarky/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
