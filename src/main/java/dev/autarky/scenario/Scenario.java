package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A complete, validated question: which country, which materials, which domestic projects and
 * foreign suppliers, which disruptions, and what counts as self-reliant. Immutable.
 *
 * <p>Every constructed scenario is valid: the constructor checks each part and every reference
 * between parts (materials, stages, projects, regimes, states) and the absence of dependency
 * cycles, and throws a {@link ScenarioException} listing every problem with its JSON path.
 * How to run it (paths, seed, threads) is not part of the scenario; see the engine's run settings.
 *
 * @param name        short identifier, such as {@code "japan-rare-earths"}
 * @param title       one-line title
 * @param description what the scenario asks and assumes
 * @param time        the simulation clock
 * @param economics   currency and discounting
 * @param materials   the materials simulated (at least one)
 * @param domestic    the domestic chain (may be {@link DomesticChain#none()})
 * @param regimes     disruption regimes
 * @param suppliers   external suppliers, in dispatch order within trusted and untrusted
 * @param criteria    self-reliance criteria (at least one); the first is the headline
 * @param sources     source id → citation, for the ids that parameters cite
 * @param correlations rank correlations between uncertain inputs (a Gaussian copula; unlisted
 *                    pairs are independent); each names two inputs by their stable names, no pair
 *                    twice, and all together must be possible (see {@link Correlation})
 */
public record Scenario(String name, String title, String description, TimeGrid time, Economics economics,
        List<Material> materials, DomesticChain domestic, List<Regime> regimes, List<ExternalSupplier> suppliers,
        List<SelfRelianceCriterion> criteria, Map<String, String> sources, List<Correlation> correlations) {

    /**
     * Validates every part and every cross-reference.
     *
     * @param name short identifier, such as {@code "japan-rare-earths"}
     * @param title one-line title
     * @param description what the scenario asks and assumes
     * @param time the simulation clock
     * @param economics currency and discounting
     * @param materials the materials simulated (at least one)
     * @param domestic the domestic chain (may be {@link DomesticChain#none()})
     * @param regimes disruption regimes
     * @param suppliers external suppliers, in dispatch order within trusted and untrusted
     * @param criteria self-reliance criteria (at least one); the first is the headline
     * @param sources source id → citation, for the ids that parameters cite
     * @param correlations rank correlations between uncertain inputs (a Gaussian copula; unlisted pairs are
     *                     independent); each names two inputs by their stable names, no pair twice, and all
     *                     together must be possible (see {@link Correlation})
     */
    public Scenario {
        Problems p = new Problems();
        p.nonBlank(name, "$.name");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        p.present(time, "$.time");
        p.present(economics, "$.economics");
        p.noNulls(materials, "$.materials");
        materials = materials == null ? List.of() : List.copyOf(materials);
        domestic = domestic == null ? DomesticChain.none() : domestic;
        p.noNulls(regimes, "$.regimes");
        regimes = regimes == null ? List.of() : List.copyOf(regimes);
        p.noNulls(suppliers, "$.suppliers");
        suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
        p.noNulls(criteria, "$.criteria");
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        p.noNulls(correlations, "$.correlations");
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
        if (p.isEmpty()) {
            checkReferences(p, materials, domestic, regimes, suppliers, criteria);
        }
        if (p.isEmpty() && !correlations.isEmpty()) {
            CorrelationChecks.check(p, correlations, InputNames.of(economics, materials, domestic, regimes, suppliers));
        }
        p.throwIfAny();
    }

    /**
     * A scenario whose uncertain inputs are independent (no correlations).
     *
     * @param name short identifier, such as {@code "japan-rare-earths"}
     * @param title one-line title
     * @param description what the scenario asks and assumes
     * @param time the simulation clock
     * @param economics currency and discounting
     * @param materials the materials simulated (at least one)
     * @param domestic the domestic chain (may be {@link DomesticChain#none()})
     * @param regimes disruption regimes
     * @param suppliers external suppliers, in dispatch order within trusted and untrusted
     * @param criteria self-reliance criteria (at least one); the first is the headline
     * @param sources source id → citation, for the ids that parameters cite
     */
    public Scenario(String name, String title, String description, TimeGrid time, Economics economics,
            List<Material> materials, DomesticChain domestic, List<Regime> regimes, List<ExternalSupplier> suppliers,
            List<SelfRelianceCriterion> criteria, Map<String, String> sources) {
        this(name, title, description, time, economics, materials, domestic, regimes, suppliers, criteria, sources,
                List.of());
    }

    private static void checkReferences(Problems p, List<Material> materials, DomesticChain domestic,
            List<Regime> regimes, List<ExternalSupplier> suppliers, List<SelfRelianceCriterion> criteria) {
        p.require(!materials.isEmpty(), "$.materials", "must list at least one material");
        p.require(!criteria.isEmpty(), "$.criteria", "must list at least one self-reliance criterion");
        Set<String> materialIds = unique(p, materials.stream().map(Material::id).toList(), "$.materials");
        Set<String> stageIds = unique(p, domestic.stages().stream().map(Stage::id).toList(), "$.domestic.stages");
        Set<String> projectIds = unique(p, domestic.projects().stream().map(Project::id).toList(), "$.domestic.projects");
        Set<String> regimeIds = unique(p, regimes.stream().map(Regime::id).toList(), "$.regimes");
        unique(p, suppliers.stream().map(ExternalSupplier::id).toList(), "$.suppliers");
        unique(p, criteria.stream().map(SelfRelianceCriterion::id).toList(), "$.criteria");

        for (String key : domestic.composition().keySet()) {
            p.require(materialIds.contains(key) || DomesticChain.OTHER.equals(key), "$.domestic.composition." + key,
                    "must name a material (" + String.join(", ", materialIds) + ") or \"other\"");
        }
        List<Project> projects = domestic.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project pr = projects.get(i);
            String path = "$.domestic.projects[" + i + "]";
            if (pr.stage() != null) {
                p.require(stageIds.contains(pr.stage()), path + ".stage", "must name a stage ("
                        + String.join(", ", stageIds) + "), was \"" + pr.stage() + "\"");
            }
            for (int d = 0; d < pr.dependsOn().size(); d++) {
                String dep = pr.dependsOn().get(d);
                p.require(projectIds.contains(dep), path + ".dependsOn[" + d + "]",
                        "must name a project, was \"" + dep + "\"");
                p.require(!dep.equals(pr.id()), path + ".dependsOn[" + d + "]", "a project cannot depend on itself");
            }
        }
        if (p.isEmpty()) {
            List<String> cycle = dependencyCycle(projects);
            if (!cycle.isEmpty()) {
                p.add("$.domestic.projects", "dependencies must not form a cycle, found " + String.join(" -> ", cycle));
            }
        }

        Map<String, Regime> regimeById = new HashMap<>();
        regimes.forEach(r -> regimeById.put(r.id(), r));
        for (int s = 0; s < suppliers.size(); s++) {
            ExternalSupplier sup = suppliers.get(s);
            String path = "$.suppliers[" + s + "]";
            Regime regime = sup.regime() == null ? null : regimeById.get(sup.regime());
            // a supplier naming an unknown regime gets that one problem: whether its state effects
            // name the right states cannot be told without the regime
            boolean unknownRegime = sup.regime() != null && regime == null;
            if (unknownRegime) {
                p.add(path + ".regime", "must name a regime (" + String.join(", ", regimeIds) + "), was \"" + sup.regime() + "\"");
            }
            List<String> states = regime == null ? List.of() : regime.states();
            if (regime != null) {
                for (String state : states) {
                    p.require(sup.stateEffects().containsKey(state), path + ".stateEffects",
                            "must give the effect of every state of regime \"" + regime.id() + "\", missing \"" + state + "\"");
                }
            }
            for (String key : sup.stateEffects().keySet()) {
                p.require(unknownRegime || states.contains(key), path + ".stateEffects." + key, regime == null
                        ? "a supplier without a regime has no states" : "must name a state of regime \"" + regime.id() + "\"");
            }
            Set<String> seen = new HashSet<>();
            for (int m = 0; m < sup.materials().size(); m++) {
                SupplyTerms terms = sup.materials().get(m);
                String tpath = path + ".materials[" + m + "]";
                p.require(materialIds.contains(terms.material()), tpath + ".material",
                        "must name a material (" + String.join(", ", materialIds) + "), was \"" + terms.material() + "\"");
                p.require(seen.add(terms.material()), tpath + ".material", "duplicate terms for \"" + terms.material() + "\"");
                for (String key : terms.stateEffects().keySet()) {
                    p.require(unknownRegime || states.contains(key), tpath + ".stateEffects." + key, regime == null
                            ? "a supplier without a regime has no states" : "must name a state of regime \"" + regime.id() + "\"");
                }
            }
        }
        for (int c = 0; c < criteria.size(); c++) {
            List<String> ms = criteria.get(c).materials();
            for (int m = 0; m < ms.size(); m++) {
                p.require(materialIds.contains(ms.get(m)), "$.criteria[" + c + "].materials[" + m + "]",
                        "must name a material (" + String.join(", ", materialIds) + "), was \"" + ms.get(m) + "\"");
            }
        }
    }

    private static Set<String> unique(Problems p, List<String> ids, String path) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            p.require(seen.add(ids.get(i)), path + "[" + i + "].id", "duplicate id \"" + ids.get(i) + "\"");
        }
        return seen;
    }

    /** A dependency cycle as a list of ids (first repeated at the end), or an empty list. */
    private static List<String> dependencyCycle(List<Project> projects) {
        Map<String, List<String>> deps = new HashMap<>();
        projects.forEach(pr -> deps.put(pr.id(), pr.dependsOn()));
        Map<String, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
        for (Project start : projects) {
            if (state.containsKey(start.id())) {
                continue;
            }
            Deque<String> stack = new ArrayDeque<>();
            Deque<java.util.Iterator<String>> its = new ArrayDeque<>();
            stack.push(start.id());
            its.push(deps.get(start.id()).iterator());
            state.put(start.id(), 1);
            while (!stack.isEmpty()) {
                var it = its.peek();
                if (it.hasNext()) {
                    String next = it.next();
                    Integer s = state.get(next);
                    if (s == null) {
                        state.put(next, 1);
                        stack.push(next);
                        its.push(deps.get(next).iterator());
                    } else if (s == 1) {
                        List<String> cycle = new ArrayList<>();
                        List<String> onStack = new ArrayList<>(stack);
                        Collections.reverse(onStack);
                        cycle.addAll(onStack.subList(onStack.indexOf(next), onStack.size()));
                        cycle.add(next);
                        return cycle;
                    }
                } else {
                    state.put(stack.pop(), 2);
                    its.pop();
                }
            }
        }
        return List.of();
    }

    /**
     * The stable names of the scenario's uncertain inputs — the parameters given as distributions,
     * plus {@code domestic.projects.<id>.outcome} for each project whose success is uncertain — in
     * the order of the scenario's parts. These are the names a {@link Correlation} can use; the
     * engine draws the same inputs, projects in dependency order ({@code Simulator.inputNames()}).
     *
     * @return the stable names of the scenario's uncertain inputs — the parameters given as distributions,
     *         plus {@code domestic.projects.<id>.outcome} for each project whose success is uncertain — in
     *         the order of the scenario's parts
     */
    public List<String> inputNames() {
        return InputNames.of(economics, materials, domestic, regimes, suppliers).entrySet().stream()
                .filter(e -> !e.getValue().isFixed()).map(Map.Entry::getKey).toList();
    }

    /**
     * The material with this id.
     *
     * @param id the material's id
     * @return the material with this id
     */
    public Material material(String id) {
        return materials.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no material \"" + id + "\""));
    }

    /**
     * A builder for a scenario.
     *
     * @param name short identifier, such as {@code "japan-rare-earths"}
     * @return a builder for a scenario
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A builder starting from this scenario's parts, for policy variants.
     *
     * @return a builder starting from this scenario's parts, for policy variants
     */
    public Builder toBuilder() {
        Builder b = new Builder(name).title(title).description(description).time(time).economics(economics)
                .domestic(domestic);
        b.materials.addAll(materials);
        b.regimes.addAll(regimes);
        b.suppliers.addAll(suppliers);
        b.criteria.addAll(criteria);
        b.sources.putAll(sources);
        b.correlations.addAll(correlations);
        return b;
    }

    /** Builds a {@link Scenario}; lists are appended to, setters return the builder. */
    public static final class Builder {
        private String name;
        private String title = "";
        private String description = "";
        private TimeGrid time;
        private Economics economics;
        private final List<Material> materials = new ArrayList<>();
        private DomesticChain domestic = DomesticChain.none();
        private final List<Regime> regimes = new ArrayList<>();
        private final List<ExternalSupplier> suppliers = new ArrayList<>();
        private final List<SelfRelianceCriterion> criteria = new ArrayList<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final List<Correlation> correlations = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Short identifier.
         *
         * @param value short identifier, such as {@code "japan-rare-earths"}
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * One-line title.
         *
         * @param value one-line title
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * What the scenario asks and assumes.
         *
         * @param value what the scenario asks and assumes
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * The clock.
         *
         * @param value the simulation clock
         * @return this builder
         */
        public Builder time(TimeGrid value) {
            time = value;
            return this;
        }

        /**
         * Currency and discounting.
         *
         * @param value currency and discounting
         * @return this builder
         */
        public Builder economics(Economics value) {
            economics = value;
            return this;
        }

        /**
         * Adds a material.
         *
         * @param value the material
         * @return this builder
         */
        public Builder material(Material value) {
            materials.add(value);
            return this;
        }

        /**
         * Replaces the material with the same id (for policy variants).
         *
         * @param value the material that replaces the one with its id
         * @return this builder
         */
        public Builder replaceMaterial(Material value) {
            materials.replaceAll(m -> m.id().equals(value.id()) ? value : m);
            return this;
        }

        /**
         * The domestic chain.
         *
         * @param value the domestic chain (may be {@link DomesticChain#none()})
         * @return this builder
         */
        public Builder domestic(DomesticChain value) {
            domestic = value;
            return this;
        }

        /**
         * Adds a regime.
         *
         * @param value the regime
         * @return this builder
         */
        public Builder regime(Regime value) {
            regimes.add(value);
            return this;
        }

        /**
         * Adds a supplier.
         *
         * @param value the supplier
         * @return this builder
         */
        public Builder supplier(ExternalSupplier value) {
            suppliers.add(value);
            return this;
        }

        /**
         * Replaces the supplier with the same id (for policy variants).
         *
         * @param value the supplier that replaces the one with its id
         * @return this builder
         */
        public Builder replaceSupplier(ExternalSupplier value) {
            suppliers.replaceAll(s -> s.id().equals(value.id()) ? value : s);
            return this;
        }

        /**
         * Adds a criterion.
         *
         * @param value the criterion
         * @return this builder
         */
        public Builder criterion(SelfRelianceCriterion value) {
            criteria.add(value);
            return this;
        }

        /**
         * Adds a source citation.
         *
         * @param id the source's id, as parameters cite it
         * @param citation the full citation
         * @return this builder
         */
        public Builder source(String id, String citation) {
            sources.put(id, citation);
            return this;
        }

        /**
         * Adds a rank correlation between two uncertain inputs.
         *
         * @param value the correlation
         * @return this builder
         */
        public Builder correlation(Correlation value) {
            correlations.add(value);
            return this;
        }

        /**
         * Removes every correlation (for variants whose inputs change).
         *
         * @return this builder
         */
        public Builder clearCorrelations() {
            correlations.clear();
            return this;
        }

        /**
         * The scenario; throws {@link ScenarioException} listing every problem.
         *
         * @return the scenario
         */
        public Scenario build() {
            return new Scenario(name, title, description, time, economics, materials, domestic, regimes, suppliers,
                    criteria, sources, correlations);
        }
    }
}
