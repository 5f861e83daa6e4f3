package dev.autarky.cli;

import java.util.List;

/**
 * A failure the command line reports in one line, with an exit code and an optional list of
 * details (one per line, such as every problem of an invalid scenario).
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final List<String> details;

    CliException(int exitCode, String message, List<String> details) {
        super(message);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    CliException(int exitCode, String message) {
        this(exitCode, message, List.of());
    }

    int exitCode() {
        return exitCode;
    }

    List<String> details() {
        return details;
    }
}
