package dev.autarky.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standard errors that are honest under the run's sampling design. Plain Monte Carlo formulas
 * ({@code s / sqrt(n)} over paths) assume independent paths; Latin hypercube, scrambled Sobol and
 * antithetic paths are not, and their errors come from independent <em>groups</em> of paths
 * instead: single paths (mc), antithetic pairs, Latin hypercube blocks (one per block of the run),
 * or the 16 independently scrambled Sobol replicates. For a mean with group totals {@code S_g} over
 * {@code m_g} values and {@code G} groups: {@code mean = sum S_g / sum m_g} and
 * {@code se^2 = G / (G - 1) sum (S_g - mean m_g)^2 / (sum m_g)^2} (the ratio estimator of cluster
 * sampling; with single paths, the usual {@code s^2 / n}). A confidence interval should use
 * Student's t with {@code groups - 1} degrees of freedom. Immutable.
 *
 * @param sampling      the sampling design, e.g. {@code "sobol"}
 * @param groupedBy     what the independent groups are, in words
 * @param groups        number of independent groups
 * @param costMeans     mean of each cost outcome (over paths where it is defined), by name
 * @param probabilityBy per criterion id, P(self-reliant by the end of each horizon year), first
 *                      year first (the year is {@code startYear + index})
 * @param startYear     calendar year of the first entry of each {@code probabilityBy} list
 */
public record DesignErrors(String sampling, String groupedBy, long groups, Map<String, Estimate> costMeans,
        Map<String, List<Estimate>> probabilityBy, int startYear) {

    /**
     * An estimate with its design-based standard error.
     *
     * @param value         the estimate (NaN when no path defines it)
     * @param standardError its standard error (NaN with fewer than two groups)
     * @param count         paths on which the quantity was defined
     */
    public record Estimate(double value, double standardError, long count) {
    }

    /**
     * Copies the collections (maps keep their order).
     *
     * @param sampling the sampling design, e.g. {@code "sobol"}
     * @param groupedBy what the independent groups are, in words
     * @param groups number of independent groups
     * @param costMeans mean of each cost outcome (over paths where it is defined), by name
     * @param probabilityBy per criterion id, P(self-reliant by the end of each horizon year), first year
     *                      first (the year is {@code startYear + index})
     * @param startYear calendar year of the first entry of each {@code probabilityBy} list
     */
    public DesignErrors {
        costMeans = Collections.unmodifiableMap(new LinkedHashMap<>(costMeans));
        Map<String, List<Estimate>> copy = new LinkedHashMap<>();
        probabilityBy.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        probabilityBy = Collections.unmodifiableMap(copy);
    }

    /**
     * No estimates (for results assembled without them).
     *
     * @param sampling the sampling design, e.g. {@code "sobol"}
     * @return no estimates
     */
    public static DesignErrors none(String sampling) {
        return new DesignErrors(sampling, "", 0, Map.of(), Map.of(), 0);
    }

    /**
     * The mean of the cost outcome {@code name} with its standard error.
     *
     * @param name name of a cost outcome, such as {@code systemCost}
     * @return the mean of the cost outcome {@code name} with its standard error
     */
    public Estimate costMean(String name) {
        Estimate e = costMeans.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no cost \"" + name + "\"; known: " + costMeans.keySet());
        }
        return e;
    }

    /**
     * P(self-reliant under {@code criterion} by the end of calendar year {@code year}) with its standard error.
     *
     * @param criterion id of a self-reliance criterion
     * @param year calendar year
     * @return P(self-reliant under {@code criterion} by the end of calendar year {@code year}) with its
     *         standard error
     */
    public Estimate probabilityBy(String criterion, int year) {
        List<Estimate> list = probabilityBy.get(criterion);
        if (list == null) {
            throw new IllegalArgumentException("no criterion \"" + criterion + "\"; known: " + probabilityBy.keySet());
        }
        int i = year - startYear;
        if (i < 0) {
            return new Estimate(0, 0, list.isEmpty() ? 0 : list.get(0).count());
        }
        return list.get(Math.min(i, list.size() - 1));
    }
}
