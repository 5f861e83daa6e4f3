package dev.autarky.result;

import java.util.List;

/**
 * How a run decided how many paths to simulate, and the precision it reached.
 *
 * <p>A run without a stop rule simulates its paths in one round ({@link StopReason#FIXED_PATHS},
 * no targets). A run with a stop rule simulates whole rounds of blocks and, after each, measures
 * every target's confidence-interval half-width on the merged result; {@link #history()} lists
 * them per round.
 *
 * @param stoppedBy  why the run stopped
 * @param pathBudget the most paths the run could simulate
 * @param rounds     rounds simulated
 * @param confidence confidence of the intervals measured (0.95 unless set)
 * @param targets    every target's final state, in the rule's order
 * @param history    per round: the paths so far and every target's half-width
 */
public record Convergence(StopReason stoppedBy, long pathBudget, int rounds, double confidence,
        List<TargetStatus> targets, List<Round> history) {

    /** Why a run stopped. */
    public enum StopReason {
        /** No stop rule: every path of the budget was simulated. */
        FIXED_PATHS,
        /** Every target was met. */
        TARGETS_MET,
        /** The path budget was exhausted before every target was met. */
        PATH_BUDGET,
        /** The time budget passed before every target was met (not reproducible). */
        TIME_BUDGET
    }

    /**
     * Copies the lists.
     *
     * @param stoppedBy why the run stopped
     * @param pathBudget the most paths the run could simulate
     * @param rounds rounds simulated
     * @param confidence confidence of the intervals measured (0.95 unless set)
     * @param targets every target's final state, in the rule's order
     * @param history per round: the paths so far and every target's half-width
     */
    public Convergence {
        targets = List.copyOf(targets);
        history = List.copyOf(history);
    }

    /**
     * A run of {@code paths} paths without a stop rule.
     *
     * @param paths paths simulated so far
     * @return a run of {@code paths} paths without a stop rule
     */
    public static Convergence fixed(long paths) {
        return new Convergence(StopReason.FIXED_PATHS, paths, 1, Estimate.DEFAULT_CONFIDENCE, List.of(),
                List.of(new Round(1, paths, List.of())));
    }

    /**
     * The targets that stopped the run: those met in the last round but not in the one before.
     *
     * @return the targets that stopped the run: those met in the last round but not in the one before
     */
    public List<TargetStatus> decisive() {
        if (stoppedBy != StopReason.TARGETS_MET) {
            return List.of();
        }
        return targets.stream().filter(t -> t.metSinceRound() == rounds).toList();
    }

    /**
     * One target at the end of the run.
     *
     * @param target        the target in textual form, e.g. {@code "p50:0.25"}
     * @param tolerance     largest acceptable half-width (a fraction when relative)
     * @param relative      whether half-widths are relative to the estimate
     * @param estimate      the statistic's final estimate ({@code +∞}: a time quantile not reached)
     * @param achieved      the final half-width
     * @param met           whether {@code achieved <= tolerance}
     * @param metSinceRound first round of the final unbroken run of rounds in which it was met; 0 if not met
     */
    public record TargetStatus(String target, double tolerance, boolean relative, double estimate, double achieved,
            boolean met, int metSinceRound) {
    }

    /**
     * The state after one round.
     *
     * @param round    1-based round number
     * @param paths    paths simulated so far
     * @param achieved every target's half-width, in the rule's order
     * @serial exclude
     */
    public record Round(int round, long paths, List<Double> achieved) implements java.io.Serializable {

        /**
         * Copies the list.
         *
         * @param round 1-based round number
         * @param paths paths simulated so far
         * @param achieved every target's half-width, in the rule's order
         */
        public Round {
            achieved = List.copyOf(achieved);
        }
    }
}
