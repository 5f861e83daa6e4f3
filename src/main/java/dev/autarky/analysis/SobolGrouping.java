package dev.autarky.analysis;

import java.util.Locale;

/**
 * How a scenario's uncertain inputs become Sobol factors. With many inputs, per-component groups
 * give answers that are both clearer and more precise for the same number of paths.
 */
public enum SobolGrouping {

    /** One factor per uncertain input. */
    INPUT,

    /**
     * One factor per component of the scenario, from the input's stable name:
     * {@code economics}; {@code materials.M.demand}, {@code materials.M.stockpile},
     * {@code materials.M.recycling}, {@code materials.M.pricePerKg}, …;
     * {@code domestic.stages.S}; {@code domestic.projects.P}; {@code regimes.R};
     * {@code suppliers.S.materials.M} for a supplier's terms for one material and
     * {@code suppliers.S} for its state effects. A group's indices measure its inputs together,
     * interactions among them included.
     */
    COMPONENT;

    /**
     * The factor an input named {@code name} belongs to.
     *
     * @param name an uncertain input's stable name
     * @return the factor an input named {@code name} belongs to
     */
    public String groupOf(String name) {
        if (this == INPUT) {
            return name;
        }
        String[] parts = name.split("\\.");
        int keep = switch (parts[0]) {
            case "economics" -> 1;
            case "materials", "domestic" -> 3;
            case "regimes" -> 2;
            case "suppliers" -> parts.length > 3 && parts[2].equals("materials") ? 4 : 2;
            default -> parts.length;
        };
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(keep, parts.length)));
    }

    /**
     * The grouping named {@code id} ({@code input} or {@code component}, case-insensitive).
     *
     * @param id {@code input} or {@code component}, case-insensitive
     * @return the grouping named {@code id}
     */
    public static SobolGrouping of(String id) {
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown grouping \"" + id + "\"; known: input, component");
        }
    }

    /**
     * The grouping's name in files and on the command line.
     *
     * @return the grouping's name in files and on the command line
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
