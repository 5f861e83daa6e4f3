package dev.autarky.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario: where it is and what was expected.
 *
 * @param path    JSON path of the offending value, such as
 *                {@code $.domestic.projects[2].leadTimeYears.max}; for scenarios built in Java the
 *                same path names the record component
 * @param message what was expected and what was found, such as {@code must be >= min (3), was 1.5}
 * @param line    1-based line in the source text, or -1 when unknown
 * @param column  1-based column in the source text, or -1 when unknown
 */
public record Problem(String path, String message, int line, int column) {

    /**
     * Validates that path and message are present.
     *
     * @param path JSON path of the offending value, such as {@code
     *             $.domestic.projects[2].leadTimeYears.max}; for scenarios built in Java the same path names
     *             the record component
     * @param message what was expected and what was found, such as {@code must be >= min (3), was 1.5}
     * @param line 1-based line in the source text, or -1 when unknown
     * @param column 1-based column in the source text, or -1 when unknown
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem without a source location.
     *
     * @param path JSON path of the offending value, such as {@code
     *             $.domestic.projects[2].leadTimeYears.max}; for scenarios built in Java the same path names
     *             the record component
     * @param message what was expected and what was found, such as {@code must be >= min (3), was 1.5}
     * @return a problem without a source location
     */
    public static Problem at(String path, String message) {
        return new Problem(path, message, -1, -1);
    }

    /**
     * This problem moved under {@code parent}: {@code parent + "." + path} (or {@code parent + path} for an index).
     *
     * @param parent the JSON path to prefix
     * @return this problem moved under {@code parent}: {@code parent + "." + path}
     */
    public Problem under(String parent) {
        return new Problem(join(parent, path), message, line, column);
    }

    /**
     * Joins a parent path and a child path segment with the right separator.
     *
     * @param parent the parent JSON path
     * @param child a field name or an array index such as {@code [2]}
     * @return the joined path, such as {@code $.materials[2]} or {@code $.demand.base}
     */
    public static String join(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (parent.isEmpty()) {
            return child;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }

    /** {@code path: message}, plus {@code (line L, column C)} when known. */
    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return path + ": " + message + where;
    }
}
