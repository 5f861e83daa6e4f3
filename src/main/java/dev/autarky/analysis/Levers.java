package dev.autarky.analysis;

import dev.autarky.scenario.Correlation;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.Ramp;
import dev.autarky.scenario.Recycling;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.Stockpile;
import dev.autarky.scenario.SupplyTerms;
import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Discrete;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Empirical;
import dev.autarky.uncertain.Exponential;
import dev.autarky.uncertain.Fixed;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Pert;
import dev.autarky.uncertain.Triangular;
import dev.autarky.uncertain.Uncertain;
import dev.autarky.uncertain.Uniform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The common policy levers. Two kinds:
 * <ul>
 *   <li><em>setting</em> levers replace a quantity by a fixed value (a policy commits to it):
 *       {@link #stockpileDays}, {@link #projectNameplate}, {@link #liftingTonnesPerDay};</li>
 *   <li><em>scaling</em> levers multiply an uncertain quantity by a factor and keep its
 *       uncertainty: each distribution is scaled exactly ({@link #scaled}), so on every path the
 *       quantity is the factor times what it was (its uniform is unchanged) —
 *       {@link #stockpileScale}, {@link #nameplateScale}, {@link #scheduleScale},
 *       {@link #supplierCapacity}, {@link #recyclingShare}.</li>
 * </ul>
 * A setting lever turns an uncertain input into a fixed value: the input leaves the list of inputs
 * and every other input keeps its draws (by name, under plain Monte Carlo, Latin hypercube and
 * antithetic designs; see docs/sampling.md for Sobol). A correlation that names an input no longer
 * uncertain is dropped (a fixed value correlates with nothing). The variant keeps the scenario's
 * name with the lever and value appended.
 */
public final class Levers {

    private Levers() {
    }

    /**
     * Initial stock and refill target of {@code materials}, in days of demand, set to the value
     * (release and refill rates unchanged).
     *
     * @param materials ids of the materials; none for every material
     * @return initial stock and refill target of {@code materials}, in days of demand, set to the value
     */
    public static Lever stockpileDays(String... materials) {
        List<String> ids = List.of(materials);
        return Lever.of("stockpile days of " + String.join(", ", ids), "days of demand", (s, v) -> {
            requireNonNegative(v);
            return withMaterials(s, ids, "stockpile-days", v, m -> withStockpile(m, Uncertain.fixed(v), Uncertain.fixed(v)));
        });
    }

    /**
     * Initial stock and refill target of {@code materials} multiplied by the value (2: twice the days).
     *
     * @param materials ids of the materials; none for every material
     * @return initial stock and refill target of {@code materials} multiplied by the value
     */
    public static Lever stockpileScale(String... materials) {
        List<String> ids = List.of(materials);
        return Lever.of("stockpile days of " + String.join(", ", ids), "x the scenario's days", (s, v) -> {
            requirePositive(v);
            return withMaterials(s, ids, "stockpile-x", v, m -> withStockpile(m, scaled(m.stockpile().initialDays(), v),
                    scaled(m.stockpile().targetDays(), v)));
        });
    }

    /**
     * The recycled share of demand of {@code materials} (both levels of its ramp) multiplied by the value.
     *
     * @param materials ids of the materials; none for every material
     * @return the recycled share of demand of {@code materials} (both levels of its ramp) multiplied by the
     *         value
     */
    public static Lever recyclingShare(String... materials) {
        List<String> ids = List.of(materials);
        return Lever.of("recycled share of " + String.join(", ", ids), "x the scenario's share", (s, v) -> {
            requirePositive(v);
            return withMaterials(s, ids, "recycling-x", v, m -> {
                if (m.recycling() == null) {
                    throw new IllegalArgumentException("material " + m.id() + " has no recycling to scale");
                }
                Recycling r = m.recycling();
                return new Material(m.id(), m.name(), m.demand(), m.pricePerKg(), m.shortagePenaltyPerKg(), m.stockpile(),
                        new Recycling(scaledLevels(r.shareOfDemand(), v), r.costPerKg()));
            });
        });
    }

    /**
     * The nameplate of project {@code projectId} set to the value, in the project's unit.
     *
     * @param projectId id of the project
     * @return the nameplate of project {@code projectId} set to the value, in the project's unit
     */
    public static Lever projectNameplate(String projectId) {
        return Lever.of("nameplate of " + projectId, "the project's unit (t/yr on its stage's basis)", (s, v) -> {
            requireNonNegative(v);
            return withProjects(s, List.of(projectId), "nameplate", v, p -> p.toBuilder().nameplate(Uncertain.fixed(v)).build());
        });
    }

    /**
     * The nameplate of a mud-lifting project whose capacity is in tonnes of mud per year, set from
     * tonnes per day ({@code × 365}).
     *
     * @param projectId id of the project
     * @return the nameplate of a mud-lifting project whose capacity is in tonnes of mud per year, set from
     *         tonnes per day
     */
    public static Lever liftingTonnesPerDay(String projectId) {
        return Lever.of("lifting capacity of " + projectId, "t mud/day", (s, v) -> {
            requireNonNegative(v);
            return withProjects(s, List.of(projectId), "t-per-day", v,
                    p -> p.toBuilder().nameplate(Uncertain.fixed(v * 365)).build());
        });
    }

    /**
     * The nameplates of {@code projectIds} multiplied by the value (capital per t/yr unchanged).
     *
     * @param projectIds ids of the projects
     * @return the nameplates of {@code projectIds} multiplied by the value
     */
    public static Lever nameplateScale(String... projectIds) {
        List<String> ids = List.of(projectIds);
        return Lever.of("nameplate of " + String.join(", ", ids), "x the scenario's nameplate", (s, v) -> {
            requirePositive(v);
            return withProjects(s, ids, "nameplate-x", v, p -> p.toBuilder().nameplate(scaled(p.nameplate(), v)).build());
        });
    }

    /**
     * Decision delay and lead time of {@code projectIds} multiplied by the value (0.7: 30 % faster);
     * the scenario's uncertainty about them is kept, scaled.
     *
     * @param projectIds ids of the projects
     * @return decision delay and lead time of {@code projectIds} multiplied by the value (0.7: 30 % faster);
     *         the scenario's uncertainty about them is kept, scaled
     */
    public static Lever scheduleScale(String... projectIds) {
        List<String> ids = List.of(projectIds);
        return Lever.of("schedule of " + String.join(", ", ids), "x the scenario's delays and lead times", (s, v) -> {
            requirePositive(v);
            return withProjects(s, ids, "schedule-x", v, p -> p.toBuilder()
                    .decisionDelayYears(scaled(p.decisionDelayYears(), v)).leadTimeYears(scaled(p.leadTimeYears(), v))
                    .build());
        });
    }

    /**
     * The capacity of supplier {@code supplierId} for {@code materials} (all it supplies if none
     * are named) multiplied by the value: both levels of each capacity ramp, timing unchanged.
     *
     * @param supplierId id of the supplier
     * @param materials ids of the materials; none for every material
     * @return the capacity of supplier {@code supplierId} for {@code materials} (all it supplies if none are
     *         named) multiplied by the value: both levels of each capacity ramp, timing unchanged
     */
    public static Lever supplierCapacity(String supplierId, String... materials) {
        List<String> ids = List.of(materials);
        String what = ids.isEmpty() ? supplierId : supplierId + " (" + String.join(", ", ids) + ")";
        return Lever.of("capacity of " + what, "x the scenario's capacity", (s, v) -> {
            requirePositive(v);
            ExternalSupplier sup = s.suppliers().stream().filter(x -> x.id().equals(supplierId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no supplier \"" + supplierId + "\""));
            Set<String> seen = new HashSet<>();
            List<SupplyTerms> terms = new ArrayList<>();
            for (SupplyTerms t : sup.materials()) {
                if (ids.isEmpty() || ids.contains(t.material())) {
                    if (t.unlimited()) {
                        throw new IllegalArgumentException("supplier " + supplierId + " has unlimited " + t.material()
                                + ": nothing to scale");
                    }
                    seen.add(t.material());
                    terms.add(new SupplyTerms(t.material(), scaledLevels(t.capacityTonnesPerYear(), v), t.realisation(),
                            t.pricePerKg(), t.stateEffects()));
                } else {
                    terms.add(t);
                }
            }
            requireAll(ids, seen, "supplier " + supplierId + " supplies no");
            ExternalSupplier changed = new ExternalSupplier(sup.id(), sup.name(), sup.trusted(), sup.regime(),
                    sup.stateEffects(), terms);
            return rebuild(s, s.toBuilder().replaceSupplier(changed), "capacity-" + supplierId + "-x", v);
        });
    }

    /**
     * {@code u} with its distribution multiplied by {@code factor > 0}: every quantile scales, so a
     * path's value is the factor times its value before (its uniform is unchanged). Source and note
     * are kept, with the factor appended to the note.
     *
     * @param u the value, certain or uncertain
     * @param factor name of a factor
     * @return {@code u} with its distribution multiplied by {@code factor > 0}: every quantile scales, so a
     *         path's value is the factor times its value before
     */
    public static Uncertain scaled(Uncertain u, double factor) {
        requirePositive(factor);
        if (factor == 1) {
            return u;
        }
        double k = factor;
        Distribution d = u.distribution();
        Distribution s;
        if (d instanceof Fixed f) {
            s = new Fixed(f.value() * k);
        } else if (d instanceof Uniform x) {
            s = new Uniform(x.min() * k, x.max() * k);
        } else if (d instanceof Triangular x) {
            s = new Triangular(x.min() * k, x.mode() * k, x.max() * k);
        } else if (d instanceof Pert x) {
            s = new Pert(x.min() * k, x.mode() * k, x.max() * k, x.lambda());
        } else if (d instanceof Normal x) {
            s = new Normal(x.mu() * k, x.sigma() * k, x.min() * k, x.max() * k);
        } else if (d instanceof LogNormal x) {
            s = new LogNormal(x.mu() + Math.log(k), x.sigma());
        } else if (d instanceof Beta x) {
            s = new Beta(x.alpha(), x.beta(), x.min() * k, x.max() * k);
        } else if (d instanceof Exponential x) {
            s = new Exponential(x.mean() * k);
        } else if (d instanceof Gamma x) {
            s = new Gamma(x.shape(), x.scale() * k);
        } else if (d instanceof Discrete x) {
            s = new Discrete(times(x.values(), k), x.weights());
        } else {
            s = new Empirical(times(((Empirical) d).samples(), k));
        }
        String note = (u.note() == null ? "" : u.note() + "; ") + String.format(Locale.ROOT, "scaled by %s", k);
        return new Uncertain(s, u.source(), note);
    }

    // ---- helpers ----

    private interface MaterialChange {
        Material apply(Material m);
    }

    private interface ProjectChange {
        Project apply(Project p);
    }

    private static Scenario withMaterials(Scenario s, List<String> ids, String tag, double v, MaterialChange change) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("name at least one material");
        }
        Scenario.Builder b = s.toBuilder();
        for (String id : ids) {
            Material m = s.materials().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no material \"" + id + "\""));
            b.replaceMaterial(change.apply(m));
        }
        return rebuild(s, b, tag + "-" + String.join("-", ids), v);
    }

    private static Material withStockpile(Material m, Uncertain initial, Uncertain target) {
        Stockpile sp = m.stockpile();
        if (sp == null) {
            throw new IllegalArgumentException("material " + m.id() + " has no stockpile");
        }
        return new Material(m.id(), m.name(), m.demand(), m.pricePerKg(), m.shortagePenaltyPerKg(),
                new Stockpile(initial, target, sp.maxReleaseTonnesPerYear(), sp.maxRefillTonnesPerYear(),
                        sp.refillFromUntrusted(), sp.holdingCostPerKgYear()), m.recycling());
    }

    private static Scenario withProjects(Scenario s, List<String> ids, String tag, double v, ProjectChange change) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("name at least one project");
        }
        DomesticChain chain = s.domestic();
        Set<String> seen = new HashSet<>();
        List<Project> projects = new ArrayList<>();
        for (Project p : chain.projects()) {
            if (ids.contains(p.id())) {
                projects.add(change.apply(p));
                seen.add(p.id());
            } else {
                projects.add(p);
            }
        }
        requireAll(ids, seen, "no project");
        DomesticChain changed = new DomesticChain(chain.stages(), projects, chain.composition(), chain.compositionNote());
        return rebuild(s, s.toBuilder().domestic(changed), tag + "-" + String.join("-", ids), v);
    }

    /** The ramp with both levels scaled. */
    private static Ramp scaledLevels(Ramp r, double k) {
        return new Ramp(r.shape(), r.startYear(), r.durationYears(), scaled(r.from(), k), scaled(r.to(), k));
    }

    /** Builds the variant, dropping correlations whose inputs are no longer uncertain, named after the lever. */
    private static Scenario rebuild(Scenario original, Scenario.Builder b, String tag, double v) {
        String value = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        b.name(original.name() + "+" + tag + "=" + value);
        List<Correlation> correlations = original.correlations();
        Scenario uncorrelated = b.clearCorrelations().build();
        if (correlations.isEmpty()) {
            return uncorrelated;
        }
        Set<String> uncertain = new HashSet<>(uncorrelated.inputNames());
        for (Correlation c : correlations) {
            if (uncertain.containsAll(c.inputs())) {
                b.correlation(c);
            }
        }
        return b.build();
    }

    private static void requireAll(List<String> ids, Set<String> seen, String message) {
        for (String id : ids) {
            if (!seen.contains(id)) {
                throw new IllegalArgumentException(message + " \"" + id + "\"");
            }
        }
    }

    private static double[] times(double[] x, double k) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= k;
        }
        return out;
    }

    private static void requirePositive(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("value: must be positive and finite, was " + v);
        }
    }

    private static void requireNonNegative(double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("value: must be non-negative and finite, was " + v);
        }
    }
}
