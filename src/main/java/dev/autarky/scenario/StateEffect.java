package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * What a regime state does to a supplier: the fraction of its capacity (or, for an unlimited
 * supplier, of the quantity asked of it) that it delivers, and the multiplier on its price.
 *
 * @param deliverableFraction fraction delivered, in [0, 1]
 * @param priceMultiplier     multiplier on the supplier's price, > 0
 */
public record StateEffect(Uncertain deliverableFraction, Uncertain priceMultiplier) {

    /**
     * Validates the fields.
     *
     * @param deliverableFraction fraction delivered, in [0, 1]
     * @param priceMultiplier multiplier on the supplier's price, > 0
     */
    public StateEffect {
        Problems p = new Problems();
        p.probability(deliverableFraction, "deliverableFraction");
        p.positive(priceMultiplier, "priceMultiplier");
        p.throwIfAny();
    }

    /**
     * Delivers everything at the base price.
     *
     * @return the effect that delivers everything at the base price
     */
    public static StateEffect normal() {
        return new StateEffect(Uncertain.fixed(1), Uncertain.fixed(1));
    }

    /**
     * Fixed fraction and multiplier.
     *
     * @param deliverableFraction fraction delivered, in [0, 1]
     * @param priceMultiplier multiplier on the supplier's price, > 0
     * @return fixed fraction and multiplier
     */
    public static StateEffect of(double deliverableFraction, double priceMultiplier) {
        return new StateEffect(Uncertain.fixed(deliverableFraction), Uncertain.fixed(priceMultiplier));
    }
}
