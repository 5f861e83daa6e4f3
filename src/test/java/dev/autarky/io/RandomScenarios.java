package dev.autarky.io;

import dev.autarky.scenario.Availability;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.Correlation;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.Economics;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.ProjectCosts;
import dev.autarky.scenario.Ramp;
import dev.autarky.scenario.RampShape;
import dev.autarky.scenario.RampUp;
import dev.autarky.scenario.Recycling;
import dev.autarky.scenario.Regime;
import dev.autarky.scenario.RegimeDynamics;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.Stockpile;
import dev.autarky.scenario.SupplyTerms;
import dev.autarky.scenario.TimeGrid;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random valid scenarios for property tests: a few materials, a chain of stages with projects
 * whose dependencies are acyclic, regimes with annual or rate transitions, suppliers with state
 * effects, rank correlations between inputs (in about half of them), and every kind and parameter
 * form of distribution, with full-precision doubles and strings that need escaping. Deterministic
 * for a seed.
 */
final class RandomScenarios {

    private static final String[] WORDS = {"Dy", "oxide", "Tb", "refinery", "Lynas", "mud", "Minamitorishima",
        "南鳥島", "レアアース", "Ångström", "naïve", "\"quoted\"", "back\\slash", "tab\there", "new\nline", "€", "😀",
        "a/b", "<tag>", "", " "};

    private final SplittableRandom rng;

    RandomScenarios(long seed) {
        rng = new SplittableRandom(seed);
    }

    Scenario next() {
        TimeGrid time = new TimeGrid(1900 + rng.nextInt(401), 1 + rng.nextInt(200),
                new int[] {1, 2, 4, 12}[rng.nextInt(4)]);
        Scenario.Builder b = Scenario.builder(id("scn"))
                .title(rng.nextBoolean() ? text() : "")
                .description(rng.nextInt(3) == 0 ? "" : text() + " " + text())
                .time(time)
                .economics(new Economics(rng.nextBoolean() ? "USD" : "JPY ¥", uncertain(0, 0.99)));
        int materialCount = 1 + rng.nextInt(4);
        List<String> materialIds = new ArrayList<>();
        for (int i = 0; i < materialCount; i++) {
            String id = id("m" + i);
            materialIds.add(id);
            b.material(material(id));
        }
        b.domestic(rng.nextInt(5) == 0 ? DomesticChain.none() : domestic(materialIds));
        List<Regime> regimes = new ArrayList<>();
        for (int i = rng.nextInt(3); i > 0; i--) {
            Regime r = regime(id("r" + i));
            regimes.add(r);
            b.regime(r);
        }
        for (int i = rng.nextInt(4); i > 0; i--) {
            b.supplier(supplier(id("s" + i), materialIds, regimes));
        }
        for (int i = 1 + rng.nextInt(3); i > 0; i--) {
            List<String> ms = subset(materialIds);
            b.criterion(new SelfRelianceCriterion(id("c" + i), text() + "x", CriterionKind.values()[rng.nextInt(3)],
                    rng.nextBoolean() ? rng.nextDouble() : rng.nextInt(11) / 10.0, ms, 1 + rng.nextInt(30)));
        }
        for (int i = rng.nextInt(4); i > 0; i--) {
            b.source(rng.nextBoolean() ? "S" + rng.nextInt(200) : text(), text());
        }
        Scenario independent = b.build();
        if (rng.nextBoolean()) {
            correlations(independent).forEach(b::correlation);
        }
        return b.build();
    }

    /**
     * Rank correlations among 2-5 of the scenario's uncertain inputs: every pair of the chosen
     * inputs, from a one-factor model on the normal scale (rho_ij = a_i a_j, |a_i| < 0.95), so
     * the set is always possible; names in random order, full-precision values.
     */
    private List<Correlation> correlations(Scenario s) {
        List<String> names = s.inputNames();
        if (names.size() < 2) {
            return List.of();
        }
        int k = 2 + rng.nextInt(Math.min(4, names.size() - 1));
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < k) {
            String n = names.get(rng.nextInt(names.size()));
            if (!chosen.contains(n)) {
                chosen.add(n);
            }
        }
        double[] a = new double[k];
        for (int i = 0; i < k; i++) {
            a[i] = (rng.nextDouble() * 2 - 1) * 0.95;
        }
        List<Correlation> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double r = 6 / Math.PI * Math.asin(a[i] * a[j] / 2);
                List<String> pair = rng.nextBoolean() ? List.of(chosen.get(i), chosen.get(j))
                        : List.of(chosen.get(j), chosen.get(i));
                out.add(new Correlation(pair, r, rng.nextBoolean() ? "derived" : text(),
                        rng.nextBoolean() ? "" : text()));
            }
        }
        return out;
    }

    // ---- parts ----

    private Material material(String id) {
        Demand demand = new Demand(nonNegative(), uncertain(-1, 10), rng.nextBoolean() ? nonNegative() : null,
                rng.nextBoolean() ? ramp(0, 1) : null);
        Stockpile stockpile = rng.nextBoolean() ? null : new Stockpile(uncertain(0, 36_500), uncertain(0, 36_500),
                nonNegative(), nonNegative(), rng.nextBoolean(), nonNegative());
        Recycling recycling = rng.nextBoolean() ? null : new Recycling(ramp(0, 1), nonNegative());
        return new Material(id, text() + "m", demand, nonNegative(), nonNegative(), stockpile, recycling);
    }

    private DomesticChain domestic(List<String> materialIds) {
        List<Stage> stages = new ArrayList<>();
        for (int i = rng.nextInt(4); i > 0; i--) {
            List<Uncertain> factors = new ArrayList<>();
            for (int k = rng.nextInt(4); k > 0; k--) {
                factors.add(nonNegative());
            }
            List<Double> monthly = new ArrayList<>();
            if (rng.nextBoolean()) {
                for (int m = 0; m < 12; m++) {
                    monthly.add(rng.nextDouble());
                }
            }
            Availability availability = new Availability(uncertain(0, 1), monthly,
                    rng.nextBoolean() ? uncertain(0, 1) : null);
            stages.add(new Stage(id("st" + i), text() + "s", factors, CapacityBasis.values()[rng.nextInt(2)],
                    availability));
        }
        List<Project> projects = new ArrayList<>();
        int projectCount = rng.nextInt(6);
        for (int i = 0; i < projectCount; i++) {
            Project.Builder p = Project.builder(id("p" + i));
            if (rng.nextBoolean()) {
                p.name(text() + "p");
            }
            if (!stages.isEmpty() && rng.nextBoolean()) {
                p.stage(stages.get(rng.nextInt(stages.size())).id());
            }
            if (rng.nextBoolean()) {
                p.nameplate(nonNegative()).successProbability(uncertain(0, 1)).attempts(1 + rng.nextInt(100))
                        .decisionDelayYears(uncertain(0, 200)).leadTimeYears(uncertain(0, 200))
                        .retryDelayYears(uncertain(0, 200));
            }
            for (Project earlier : projects) { // only earlier projects: acyclic
                if (rng.nextInt(3) == 0) {
                    p.dependsOn(earlier.id());
                }
            }
            if (rng.nextBoolean()) {
                p.rampUp(new RampUp(shape(), uncertain(0, 200), uncertain(0, 1)));
            }
            if (rng.nextBoolean()) {
                p.costs(new ProjectCosts(nonNegative(), nonNegative(), nonNegative(), nonNegative(), nonNegative(),
                        uncertain(0, 0.95)));
            }
            projects.add(p.build());
        }
        shuffle(projects);
        Map<String, Double> composition = new LinkedHashMap<>();
        if (!stages.isEmpty() || rng.nextBoolean()) {
            List<String> keys = subset(materialIds);
            if (keys.isEmpty() || rng.nextBoolean()) {
                keys = new ArrayList<>(keys);
                keys.add(DomesticChain.OTHER);
            }
            double[] w = weights(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                composition.put(keys.get(i), w[i]);
            }
        }
        return new DomesticChain(stages, projects, composition, rng.nextBoolean() ? text() : null);
    }

    private Regime regime(String id) {
        int n = 1 + rng.nextInt(4);
        List<String> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            states.add(id("state" + i));
        }
        List<Double> initial = list(weights(n));
        RegimeDynamics dynamics;
        if (rng.nextBoolean()) {
            List<List<Double>> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(list(weights(n)));
            }
            dynamics = new RegimeDynamics.AnnualProbabilities(rows);
        } else {
            List<List<Uncertain>> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Uncertain> row = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    row.add(i == j ? withProvenance(Uncertain.fixed(0)) : uncertain(0, 1e6));
                }
                rows.add(row);
            }
            dynamics = new RegimeDynamics.TransitionRates(rows);
        }
        return new Regime(id, text() + "r", states, initial, dynamics, rng.nextBoolean() ? text() : null);
    }

    private ExternalSupplier supplier(String id, List<String> materialIds, List<Regime> regimes) {
        Regime regime = regimes.isEmpty() || rng.nextInt(3) == 0 ? null : regimes.get(rng.nextInt(regimes.size()));
        Map<String, StateEffect> effects = new LinkedHashMap<>();
        if (regime != null) {
            for (String state : regime.states()) {
                effects.put(state, stateEffect());
            }
        }
        List<SupplyTerms> terms = new ArrayList<>();
        for (String material : subset(materialIds)) {
            Map<String, StateEffect> own = new LinkedHashMap<>();
            if (regime != null) {
                for (String state : subset(regime.states())) {
                    own.put(state, stateEffect());
                }
            }
            terms.add(new SupplyTerms(material, rng.nextInt(3) == 0 ? null : ramp(0, Double.POSITIVE_INFINITY),
                    uncertain(0, 1), nonNegative(), own));
        }
        return new ExternalSupplier(id, text() + "x", rng.nextBoolean(), regime == null ? null : regime.id(), effects,
                terms);
    }

    private StateEffect stateEffect() {
        return new StateEffect(uncertain(0, 1), positive());
    }

    private Ramp ramp(double lo, double hi) {
        if (rng.nextInt(3) == 0) {
            return Ramp.constant(hi == Double.POSITIVE_INFINITY ? nonNegative() : uncertain(lo, hi));
        }
        return new Ramp(shape(), uncertain(1900, 2300), uncertain(0, 200),
                hi == Double.POSITIVE_INFINITY ? nonNegative() : uncertain(lo, hi),
                hi == Double.POSITIVE_INFINITY ? nonNegative() : uncertain(lo, hi));
    }

    private RampShape shape() {
        return RampShape.values()[rng.nextInt(RampShape.values().length)];
    }

    // ---- uncertain values ----

    /** A value whose every possible draw lies in [lo, hi] (both finite), of any bounded kind. */
    Uncertain uncertain(double lo, double hi) {
        Distribution d = switch (rng.nextInt(10)) {
            case 0, 1 -> new Fixed(within(lo, hi));
            case 2 -> {
                double[] ab = sorted(2, lo, hi);
                yield new Uniform(ab[0], ab[1]);
            }
            case 3 -> {
                double[] a = sorted(3, lo, hi);
                yield new Triangular(a[0], a[1], a[2]);
            }
            case 4 -> {
                double[] a = sorted(3, lo, hi);
                yield rng.nextBoolean() ? Pert.of(a[0], a[1], a[2]) : new Pert(a[0], a[1], a[2], 0.5 + 8 * rng.nextDouble());
            }
            case 5 -> {
                double[] a = sorted(2, lo, hi);
                double mu = a[0] + (a[1] - a[0]) * rng.nextDouble();
                yield Normal.truncated(mu, (a[1] - a[0]) * (0.05 + rng.nextDouble()), a[0], a[1]);
            }
            case 6 -> {
                double[] a = sorted(2, lo, hi);
                yield rng.nextBoolean() ? new Beta(0.2 + 5 * rng.nextDouble(), 0.2 + 5 * rng.nextDouble(), a[0], a[1])
                        : lo <= 0 && hi >= 1 ? Beta.of(0.5 + rng.nextDouble(), 2 + rng.nextDouble())
                        : new Beta(1, 1, a[0], a[1]);
            }
            case 7 -> {
                if (lo <= 0 && hi >= 1 && rng.nextBoolean()) {
                    yield Discrete.bernoulli(rng.nextDouble());
                }
                int n = 1 + rng.nextInt(5);
                double[] values = sorted(n, lo, hi);
                for (int i = 1; i < n; i++) {
                    if (!(values[i] > values[i - 1])) { // equal draws: keep one value
                        values = Arrays.copyOf(values, 1);
                        break;
                    }
                }
                double[] weights = new double[values.length];
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = rng.nextInt(4) == 0 ? 0 : rng.nextDouble() * 10;
                }
                weights[rng.nextInt(weights.length)] = 1 + rng.nextDouble();
                yield new Discrete(values, weights);
            }
            case 8 -> {
                double[] samples = new double[1 + rng.nextInt(8)];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = within(lo, hi);
                }
                yield new Empirical(samples);
            }
            default -> new Fixed(within(lo, hi));
        };
        return withProvenance(Uncertain.of(d));
    }

    /** A value >= 0, including kinds unbounded above and normals whose tail below 0 has no mass. */
    Uncertain nonNegative() {
        Distribution d = switch (rng.nextInt(7)) {
            case 0 -> LogNormal.ofMedianP90(1 + 1000 * rng.nextDouble(), 2000 + 1000 * rng.nextDouble());
            case 1 -> rng.nextBoolean() ? new Exponential(100 * rng.nextDouble() + 1e-3)
                    : Exponential.ofRate(rng.nextDouble() + 0.01);
            case 2 -> rng.nextBoolean() ? new Gamma(0.3 + 4 * rng.nextDouble(), 100 * rng.nextDouble() + 0.01)
                    : Gamma.ofMeanSd(50 + rng.nextDouble(), 10 * rng.nextDouble() + 0.1);
            case 3 -> rng.nextBoolean() ? Normal.of(1000 + rng.nextDouble(), 10 * rng.nextDouble() + 0.1)
                    : Normal.truncated(rng.nextDouble(), 1 + rng.nextDouble(), 0, Double.POSITIVE_INFINITY);
            default -> null;
        };
        return d == null ? uncertain(0, rng.nextBoolean() ? 1 : 1e6) : withProvenance(Uncertain.of(d));
    }

    /** A value > 0. */
    Uncertain positive() {
        Distribution d = switch (rng.nextInt(4)) {
            case 0 -> LogNormal.ofMeanSd(1 + rng.nextDouble(), rng.nextDouble() + 0.01);
            case 1 -> new LogNormal(rng.nextDouble() - 0.5, rng.nextDouble() + 0.01);
            case 2 -> new Uniform(0.5 + rng.nextDouble(), 2 + rng.nextDouble());
            default -> new Fixed(0.1 + 3 * rng.nextDouble());
        };
        return withProvenance(Uncertain.of(d));
    }

    private Uncertain withProvenance(Uncertain u) {
        Uncertain v = u;
        if (rng.nextInt(3) == 0) {
            v = v.withSource(rng.nextBoolean() ? "S" + rng.nextInt(140) : rng.nextBoolean() ? "estimate" : text());
        }
        if (rng.nextInt(3) == 0) {
            v = v.withNote(text());
        }
        return v;
    }

    // ---- helpers ----

    private double within(double lo, double hi) {
        return switch (rng.nextInt(5)) {
            case 0 -> lo;
            case 1 -> hi;
            case 2 -> Math.min(hi, Math.max(lo, Math.rint(lo + (hi - lo) * rng.nextDouble())));
            default -> Math.min(hi, lo + (hi - lo) * rng.nextDouble());
        };
    }

    /** n values in [lo, hi], ascending, the first two distinct (for min < max). */
    private double[] sorted(int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * rng.nextDouble();
        }
        Arrays.sort(v);
        if (n >= 2 && !(v[n - 1] > v[0])) {
            v[0] = lo;
            v[n - 1] = hi;
        }
        return v;
    }

    private double[] weights(int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = rng.nextInt(4) == 0 ? 0 : rng.nextDouble();
            sum += w[i];
        }
        if (sum == 0) {
            w[rng.nextInt(n)] = 1;
            sum = 1;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private <T> List<T> subset(List<T> all) {
        List<T> out = new ArrayList<>();
        for (T t : all) {
            if (rng.nextBoolean()) {
                out.add(t);
            }
        }
        return out;
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private String id(String base) {
        return rng.nextBoolean() ? base : base + "_" + Integer.toString(rng.nextInt(1 << 20), 36) + "-X";
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + rng.nextInt(4); i > 0; i--) {
            sb.append(WORDS[rng.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString().strip() + rng.nextInt(100);
    }
}
