package dev.autarky.analysis;

import dev.autarky.result.Estimate;
import java.util.List;

/**
 * How much one outcome swings when each uncertain input in turn is held at its own P10 and at its
 * own P90 while every other input and process varies as usual — two runs per input over the same
 * paths (common random numbers), so the swing is measured path by path. Bars are sorted by the
 * size of the swing, largest first (undefined swings last). Immutable.
 *
 * <p>Holding an input at level {@code q} replaces its uniform, after the scenario's copula, by
 * {@code q}: the input takes exactly its {@code q}-quantile on every path, as if the scenario
 * said {@code Fixed(quantile(q))}, while every other input keeps its own draw on every path
 * (also those correlated with it, which therefore do not move along) and the processes keep
 * theirs.
 *
 * @param outcome  what is measured, in the stop-rule grammar of docs/results.md: {@code p50@ID}
 *                 (median year of self-reliance under criterion ID), {@code pbyYEAR@ID}
 *                 (P(self-reliant by the end of YEAR)) or {@code mean:COST}
 * @param unit     unit of the outcome ({@code year}, {@code probability} or the cost's unit)
 * @param paths    paths per run
 * @param baseline the outcome with nothing held (the same paths), with its interval
 * @param bars     one bar per input, sorted by {@code |swing|}, largest first
 */
public record Tornado(String outcome, String unit, long paths, Estimate baseline, List<Bar> bars) {

    /** The quantile level of the low end of every bar: the input's P10. */
    public static final double LOW_LEVEL = 0.1;
    /** The quantile level of the high end: the input's P90. */
    public static final double HIGH_LEVEL = 0.9;

    /**
     * Copies the list.
     *
     * @param outcome what is measured, in the stop-rule grammar of docs/results.md: {@code p50@ID} (median
     *                year of self-reliance under criterion ID), {@code pbyYEAR@ID} (P(self-reliant by the
     *                end of YEAR)) or {@code mean:COST}
     * @param unit unit of the outcome ({@code year}, {@code probability} or the cost's unit)
     * @param paths paths per run
     * @param baseline the outcome with nothing held (the same paths), with its interval
     * @param bars one bar per input, sorted by {@code |swing|}, largest first
     */
    public Tornado {
        bars = List.copyOf(bars);
    }

    /**
     * One input's bar.
     *
     * <p>For a time quantile, a value beyond the horizon (not reached) is {@code +∞}, and its swing
     * is {@code ±∞} (the input decides whether the median is reached at all) or NaN (reached at
     * neither end).
     *
     * @param input     the input's stable name
     * @param inputLow  the input's P10 (the value held in the low run)
     * @param inputHigh the input's P90
     * @param atLow     the outcome with the input at its P10, with its interval
     * @param atHigh    the outcome with the input at its P90, with its interval
     * @param swing     {@code atHigh − atLow}, with a paired interval where one exists (Newcombe's
     *                  paired interval for a probability, Student's t on the per-path differences
     *                  for a mean; NaN limits for a quantile)
     */
    public record Bar(String input, double inputLow, double inputHigh, Estimate atLow, Estimate atHigh,
            Estimate swing) {

        /**
         * The size of the swing, {@code |atHigh − atLow|} (NaN when undefined).
         *
         * @return the size of the swing, {@code |atHigh − atLow|}
         */
        public double size() {
            return Math.abs(swing.value());
        }
    }
}
