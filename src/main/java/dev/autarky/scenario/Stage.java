package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;
import java.util.List;

/**
 * One step of the domestic supply chain, such as lifting, dewatering and leaching, or
 * separation. Its capacity is the sum of the capacities of the projects built for it.
 *
 * @param id                id used by projects' {@code stage} references
 * @param name              readable name
 * @param conversionFactors factors whose product converts the stage's input into its output
 *                          (ore grade × recovery, or a yield), each >= 0; empty means 1
 * @param capacityBasis     whether project capacities limit input or output
 * @param availability      usable fraction of capacity per step
 */
public record Stage(String id, String name, List<Uncertain> conversionFactors, CapacityBasis capacityBasis,
        Availability availability) {

    /**
     * Validates the fields.
     *
     * @param id id used by projects' {@code stage} references
     * @param name readable name
     * @param conversionFactors factors whose product converts the stage's input into its output (ore grade ×
     *                          recovery, or a yield), each >= 0; empty means 1
     * @param capacityBasis whether project capacities limit input or output
     * @param availability usable fraction of capacity per step
     */
    public Stage {
        Problems p = new Problems();
        Ids.check(p, id, "id");
        p.nonBlank(name, "name");
        p.noNulls(conversionFactors, "conversionFactors");
        conversionFactors = conversionFactors == null ? List.of() : List.copyOf(conversionFactors.stream()
                .filter(java.util.Objects::nonNull).toList());
        for (int i = 0; i < conversionFactors.size(); i++) {
            p.nonNegative(conversionFactors.get(i), "conversionFactors[" + i + "]");
        }
        p.present(capacityBasis, "capacityBasis");
        p.present(availability, "availability");
        p.throwIfAny();
    }

    /**
     * A stage whose output equals its input (no conversion factors).
     *
     * @param id id used by projects' {@code stage} references
     * @param name readable name
     * @param capacityBasis whether project capacities limit input or output
     * @param availability usable fraction of capacity per step
     * @return the stage
     */
    public static Stage of(String id, String name, CapacityBasis capacityBasis, Availability availability) {
        return new Stage(id, name, List.of(), capacityBasis, availability);
    }
}
