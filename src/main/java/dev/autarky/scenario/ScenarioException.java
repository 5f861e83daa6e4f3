package dev.autarky.scenario;

import java.util.List;

/**
 * A scenario that cannot be used, with every problem found (not just the first).
 *
 * <p>Thrown by the model's constructors, the JSON loader and validation; nothing runs on a
 * scenario that raised it.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems; never empty. */
    private final transient List<Problem> problems;

    /**
     * An exception listing {@code problems}, which must not be empty.
     *
     * @param problems every problem found
     */
    public ScenarioException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: must not be empty");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception with a single problem.
     *
     * @param path index of the path, in {@code [0, paths)}
     * @param message what is wrong
     * @return an exception with a single problem
     */
    public static ScenarioException of(String path, String message) {
        return new ScenarioException(List.of(Problem.at(path, message)));
    }

    /**
     * Every problem found, in the order found.
     *
     * @return every problem found, in the order found
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * This exception with every problem moved under {@code parent}.
     *
     * @param parent the JSON path to prefix
     * @return this exception with every problem moved under {@code parent}
     */
    public ScenarioException under(String parent) {
        return new ScenarioException(problems.stream().map(p -> p.under(parent)).toList());
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size() == 1 ? "1 problem in scenario" : problems.size() + " problems in scenario");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
