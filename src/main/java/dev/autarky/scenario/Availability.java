package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;
import java.util.List;

/**
 * The fraction of a stage's capacity usable in a step:
 * {@code level × season(step) × (1 − outage(step))}, in [0, 1] by construction.
 *
 * @param level          long-run operable fraction, drawn once per path, in [0, 1]
 * @param monthlyFactors twelve factors in [0, 1] (January first) for seasons such as typhoons; a
 *                       step uses the mean over its months; empty for none
 * @param outagePerStep  fraction of a step lost to outages, drawn afresh every step, in [0, 1];
 *                       null for none
 */
public record Availability(Uncertain level, List<Double> monthlyFactors, Uncertain outagePerStep) {

    /**
     * Validates the fields.
     *
     * @param level long-run operable fraction, drawn once per path, in [0, 1]
     * @param monthlyFactors twelve factors in [0, 1] (January first) for seasons such as typhoons; a step
     *                       uses the mean over its months; empty for none
     * @param outagePerStep fraction of a step lost to outages, drawn afresh every step, in [0, 1]; null for
     *                      none
     */
    public Availability {
        Problems p = new Problems();
        p.probability(level, "level");
        monthlyFactors = monthlyFactors == null ? List.of() : List.copyOf(monthlyFactors);
        p.require(monthlyFactors.isEmpty() || monthlyFactors.size() == 12, "monthlyFactors",
                "must hold 12 values (January to December) or none, had " + monthlyFactors.size());
        for (int i = 0; i < monthlyFactors.size(); i++) {
            double f = monthlyFactors.get(i);
            p.require(f >= 0 && f <= 1, "monthlyFactors[" + i + "]", "must be in [0, 1], was " + f);
        }
        if (outagePerStep != null) {
            p.probability(outagePerStep, "outagePerStep");
        }
        p.throwIfAny();
    }

    /**
     * Always fully available.
     *
     * @return the availability that is always full
     */
    public static Availability full() {
        return new Availability(Uncertain.fixed(1), List.of(), null);
    }

    /**
     * A constant or uncertain level with no seasons and no outages.
     *
     * @param level long-run operable fraction, drawn once per path, in [0, 1]
     * @return a constant or uncertain level with no seasons and no outages
     */
    public static Availability of(Uncertain level) {
        return new Availability(level, List.of(), null);
    }
}
