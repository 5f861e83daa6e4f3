package dev.autarky.report;

import dev.autarky.internal.Checks;
import java.util.Comparator;
import java.util.List;

/**
 * What a tornado chart shows: how far one output moves from its baseline when each input in turn
 * is set to a low and a high value while the others stay at theirs. The chart draws one row per
 * input, widest swing on top. Immutable.
 *
 * @param output   the output's name, such as {@code "P50 year of self-reliance"}
 * @param unit     the output's unit, such as {@code "year"} or {@code "USD"} (may be empty)
 * @param baseline the output with every input at its base value
 * @param bars     one per input, in any order
 */
public record Tornado(String output, String unit, double baseline, List<Bar> bars) {

    /**
     * Checks the values and copies the list.
     *
     * @param output the output's name, such as {@code "P50 year of self-reliance"}
     * @param unit the output's unit, such as {@code "year"} or {@code "USD"} (may be empty)
     * @param baseline the output with every input at its base value
     * @param bars one per input, in any order
     */
    public Tornado {
        Checks.requireNonNull(output, "output");
        unit = unit == null ? "" : unit;
        Checks.requireFinite(baseline, "baseline");
        bars = List.copyOf(bars);
    }

    /**
     * One input's effect.
     *
     * @param input     the input's name, such as {@code "domestic.projects.demo-2027.leadTimeYears"}
     * @param lowLabel  how the low setting is described, such as {@code "P10"} or {@code "1.5"}
     * @param low       the output with the input at its low setting
     * @param highLabel how the high setting is described
     * @param high      the output with the input at its high setting
     */
    public record Bar(String input, String lowLabel, double low, String highLabel, double high) {

        /**
         * Checks the values.
         *
         * @param input the input's name, such as {@code "domestic.projects.demo-2027.leadTimeYears"}
         * @param lowLabel how the low setting is described, such as {@code "P10"} or {@code "1.5"}
         * @param low the output with the input at its low setting
         * @param highLabel how the high setting is described
         * @param high the output with the input at its high setting
         */
        public Bar {
            Checks.requireNonNull(input, "input");
            lowLabel = lowLabel == null ? "low" : lowLabel;
            highLabel = highLabel == null ? "high" : highLabel;
            Checks.requireFinite(low, "low");
            Checks.requireFinite(high, "high");
        }

        /**
         * An input's effect from its swings: the output moves by {@code lowSwing} and {@code highSwing} from {@code baseline}.
         *
         * @param input the input's name, such as {@code "domestic.projects.demo-2027.leadTimeYears"}
         * @param lowSwing change of the output with the input at its low value
         * @param highSwing change of the output with the input at its high value
         * @param baseline the output with every input at its base value
         * @return an input's effect from its swings: the output moves by {@code lowSwing} and {@code
         *         highSwing} from {@code baseline}
         */
        public static Bar ofSwings(String input, double lowSwing, double highSwing, double baseline) {
            return new Bar(input, "low", baseline + lowSwing, "high", baseline + highSwing);
        }

        /**
         * The width of the row: {@code |high − low|}.
         *
         * @return the width of the row: {@code |high − low|}
         */
        public double swing() {
            return Math.abs(high - low);
        }
    }

    /**
     * The bars, widest swing first (ties in input order).
     *
     * @return the bars, widest swing first
     */
    public List<Bar> byWidth() {
        return bars.stream().sorted(Comparator.comparingDouble(Bar::swing).reversed()).toList();
    }
}
