package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domestic supply chain: an ordered list of stages, the projects that give them capacity,
 * and the split of the last stage's output into materials.
 *
 * <p>Flow in a step goes stage by stage (see {@link CapacityBasis}); the first stage has unlimited
 * input (ore in the ground). The last stage's output, t/yr, splits by {@code composition}: each
 * key is a material id or {@code "other"} for co-products not simulated; shares sum to 1.
 *
 * @param stages      stages in flow order; empty for a country with no domestic chain
 * @param projects    projects in any order (dependencies decide the timing)
 * @param composition output share per material id (and {@code "other"}), summing to 1 within 1e-6
 * @param compositionNote where the composition comes from, or null
 */
public record DomesticChain(List<Stage> stages, List<Project> projects, Map<String, Double> composition,
        String compositionNote) {

    /** Composition key for output that is not one of the simulated materials. */
    public static final String OTHER = "other";

    /** Tolerance on the sum of the composition shares. */
    public static final double COMPOSITION_TOLERANCE = 1e-6;

    /**
     * Validates the fields (references are checked by {@link Scenario}).
     *
     * @param stages stages in flow order; empty for a country with no domestic chain
     * @param projects projects in any order (dependencies decide the timing)
     * @param composition output share per material id (and {@code "other"}), summing to 1 within 1e-6
     * @param compositionNote where the composition comes from, or null
     */
    public DomesticChain {
        Problems p = new Problems();
        p.noNulls(stages, "stages");
        p.noNulls(projects, "projects");
        stages = stages == null ? List.of() : List.copyOf(stages);
        projects = projects == null ? List.of() : List.copyOf(projects);
        composition = composition == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(composition));
        double sum = 0;
        for (Map.Entry<String, Double> e : composition.entrySet()) {
            String path = "composition." + e.getKey();
            Double v = e.getValue();
            if (v == null || !(v >= 0 && v <= 1)) {
                p.add(path, "must be a share in [0, 1], was " + v);
            } else {
                sum += v;
            }
        }
        if (!stages.isEmpty()) {
            p.require(Math.abs(sum - 1) <= COMPOSITION_TOLERANCE, "composition",
                    "shares must sum to 1 (within " + COMPOSITION_TOLERANCE + "), summed to " + sum);
        }
        p.throwIfAny();
    }

    /**
     * No domestic production at all.
     *
     * @return no domestic production at all
     */
    public static DomesticChain none() {
        return new DomesticChain(List.of(), List.of(), Map.of(), null);
    }

    /**
     * A chain without a note on its composition.
     *
     * @param stages stages in flow order
     * @param projects projects in any order (dependencies decide the timing)
     * @param composition output share per material id (and {@code "other"}), summing to 1 within 1e-6
     * @return the chain
     */
    public static DomesticChain of(List<Stage> stages, List<Project> projects, Map<String, Double> composition) {
        return new DomesticChain(stages, projects, composition, null);
    }
}
