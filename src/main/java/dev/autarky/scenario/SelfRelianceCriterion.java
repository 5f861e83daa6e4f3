package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import java.util.List;

/**
 * When a path counts as self-reliant: {@code kind} measured against {@code threshold} holds for
 * every listed material (all materials if the list is empty) for {@code consecutiveSteps} steps
 * in a row. The time to self-reliance is the start of the first step of the first such run; a
 * path with no complete run within the horizon is censored. A material with zero demand in a
 * step satisfies every kind.
 *
 * @param id               stable identifier
 * @param name             readable name, such as "heavy rare earths"
 * @param kind             what is measured
 * @param threshold        the level, a fraction in [0, 1]
 * @param materials        material ids; empty means all
 * @param consecutiveSteps how many steps in a row it must hold, >= 1
 */
public record SelfRelianceCriterion(String id, String name, CriterionKind kind, double threshold,
        List<String> materials, int consecutiveSteps) {

    /**
     * Validates the fields (material references are checked by {@link Scenario}).
     *
     * @param id stable identifier
     * @param name readable name, such as "heavy rare earths"
     * @param kind what is measured
     * @param threshold the level, a fraction in [0, 1]
     * @param materials material ids; empty means all
     * @param consecutiveSteps how many steps in a row it must hold, >= 1
     */
    public SelfRelianceCriterion {
        Problems p = new Problems();
        Ids.check(p, id, "id");
        p.nonBlank(name, "name");
        p.present(kind, "kind");
        p.require(threshold >= 0 && threshold <= 1, "threshold", "must be in [0, 1], was " + threshold);
        p.noNulls(materials, "materials");
        materials = materials == null ? List.of() : List.copyOf(materials);
        p.require(consecutiveSteps >= 1, "consecutiveSteps", "must be >= 1, was " + consecutiveSteps);
        p.throwIfAny();
    }
}
