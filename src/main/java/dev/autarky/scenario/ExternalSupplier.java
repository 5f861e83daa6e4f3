package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A foreign source of supply (a country or a company), trusted or not.
 *
 * <p>Dispatch takes trusted suppliers before untrusted ones, each group in the listed order.
 * A supplier may follow a {@link Regime}; then {@code stateEffects} must say what every state of
 * that regime does to it (material terms may override per state).
 *
 * @param id           stable identifier
 * @param name         readable name
 * @param trusted      whether supply from it counts towards self-reliance
 * @param regime       id of the regime it follows, or null if it is never disrupted
 * @param stateEffects effect of each regime state (keys are state names); empty without a regime
 * @param materials    what it supplies, one entry per material
 */
public record ExternalSupplier(String id, String name, boolean trusted, String regime,
        Map<String, StateEffect> stateEffects, List<SupplyTerms> materials) {

    /**
     * Validates the fields (references are checked by {@link Scenario}).
     *
     * @param id stable identifier
     * @param name readable name
     * @param trusted whether supply from it counts towards self-reliance
     * @param regime id of the regime it follows, or null if it is never disrupted
     * @param stateEffects effect of each regime state (keys are state names); empty without a regime
     * @param materials what it supplies, one entry per material
     */
    public ExternalSupplier {
        Problems p = new Problems();
        Ids.check(p, id, "id");
        p.nonBlank(name, "name");
        stateEffects = stateEffects == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stateEffects));
        stateEffects.forEach((k, v) -> p.present(v, "stateEffects." + k));
        p.noNulls(materials, "materials");
        materials = materials == null ? List.of() : List.copyOf(materials);
        p.throwIfAny();
    }

    /**
     * A trusted supplier that is never disrupted (no regime): what it delivers counts towards
     * self-reliance.
     *
     * @param id stable identifier
     * @param name readable name
     * @param materials what it supplies, one entry per material
     * @return the supplier
     */
    public static ExternalSupplier trusted(String id, String name, List<SupplyTerms> materials) {
        return new ExternalSupplier(id, name, true, null, Map.of(), materials);
    }

    /**
     * An untrusted supplier following a regime: what it delivers never counts towards
     * self-reliance.
     *
     * @param id stable identifier
     * @param name readable name
     * @param regime id of the regime it follows
     * @param stateEffects effect of each of the regime's states (keys are state names)
     * @param materials what it supplies, one entry per material
     * @return the supplier
     */
    public static ExternalSupplier untrusted(String id, String name, String regime,
            Map<String, StateEffect> stateEffects, List<SupplyTerms> materials) {
        return new ExternalSupplier(id, name, false, regime, stateEffects, materials);
    }
}
