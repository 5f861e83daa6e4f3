package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * Recycled supply of one material: a share of current demand recovered at home, which may ramp
 * up over time, at a cost per kg recovered.
 *
 * @param shareOfDemand recycled output as a fraction of current demand, a ramp of levels in [0, 1]
 * @param costPerKg     cost of recovering one kg (currency/kg), >= 0
 */
public record Recycling(Ramp shareOfDemand, Uncertain costPerKg) {

    /**
     * Validates the fields.
     *
     * @param shareOfDemand recycled output as a fraction of current demand, a ramp of levels in [0, 1]
     * @param costPerKg cost of recovering one kg (currency/kg), >= 0
     */
    public Recycling {
        Problems p = new Problems();
        if (p.present(shareOfDemand, "shareOfDemand")) {
            shareOfDemand.requireLevels(p, 0, 1, "shareOfDemand");
        }
        p.nonNegative(costPerKg, "costPerKg");
        p.throwIfAny();
    }
}
