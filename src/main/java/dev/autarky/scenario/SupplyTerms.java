package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one external supplier can deliver of one material to the country simulated.
 *
 * <p>Capacity available in a step is {@code capacity(t) × realisation × deliverable(state)}
 * t/yr; an unlimited supplier ({@code capacity == null}) delivers {@code deliverable(state)} of
 * whatever is asked of it. It is paid {@code pricePerKg × priceMultiplier(state)}.
 *
 * @param material               material id
 * @param capacityTonnesPerYear  capacity ramp (t/yr, levels >= 0), or null for unlimited
 * @param realisation            haircut on announced capacity, in [0, 1] (1 = as announced)
 * @param pricePerKg             base price, currency/kg, >= 0
 * @param stateEffects           per regime state, effects that replace the supplier's own for
 *                               this material; may be empty
 */
public record SupplyTerms(String material, Ramp capacityTonnesPerYear, Uncertain realisation, Uncertain pricePerKg,
        Map<String, StateEffect> stateEffects) {

    /**
     * Validates the fields.
     *
     * @param material material id
     * @param capacityTonnesPerYear capacity ramp (t/yr, levels >= 0), or null for unlimited
     * @param realisation haircut on announced capacity, in [0, 1] (1 = as announced)
     * @param pricePerKg base price, currency/kg, >= 0
     * @param stateEffects per regime state, effects that replace the supplier's own for this material; may
     *                     be empty
     */
    public SupplyTerms {
        Problems p = new Problems();
        p.present(material, "material");
        if (capacityTonnesPerYear != null) {
            capacityTonnesPerYear.requireLevels(p, 0, Double.POSITIVE_INFINITY, "capacityTonnesPerYear");
        }
        p.probability(realisation, "realisation");
        p.nonNegative(pricePerKg, "pricePerKg");
        stateEffects = stateEffects == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stateEffects));
        stateEffects.forEach((k, v) -> p.present(v, "stateEffects." + k));
        p.throwIfAny();
    }

    /**
     * True when the supplier can deliver any quantity of this material.
     *
     * @return true when the supplier can deliver any quantity of this material
     */
    public boolean unlimited() {
        return capacityTonnesPerYear == null;
    }

    /**
     * Terms with a capacity, as announced (realisation 1), following the supplier's own regime
     * effects.
     *
     * @param material material id
     * @param capacityTonnesPerYear capacity ramp (t/yr, levels >= 0)
     * @param pricePerKg base price, currency/kg, >= 0
     * @return the terms
     */
    public static SupplyTerms of(String material, Ramp capacityTonnesPerYear, Uncertain pricePerKg) {
        return new SupplyTerms(material, capacityTonnesPerYear, Uncertain.fixed(1), pricePerKg, Map.of());
    }

    /**
     * Terms without a capacity limit, following the supplier's own regime effects.
     *
     * @param material material id
     * @param pricePerKg base price, currency/kg, >= 0
     * @return the terms
     */
    public static SupplyTerms ofUnlimited(String material, Uncertain pricePerKg) {
        return new SupplyTerms(material, null, Uncertain.fixed(1), pricePerKg, Map.of());
    }
}
