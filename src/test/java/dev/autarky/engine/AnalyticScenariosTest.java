package dev.autarky.engine;

import static dev.autarky.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.random.StreamKeys;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.StateEffect;
import dev.autarky.uncertain.Exponential;
import dev.autarky.uncertain.Uncertain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Scenarios whose time to self-reliance or state occupancy has an exact distribution, checked
 * with fixed seeds at 4.5 standard errors of a binomial proportion (a false alarm once in about
 * 150,000 checks, so with a few hundred checks the suite fails spuriously less than once in 500 runs
 * — and never, since the seeds are fixed).
 */
class AnalyticScenariosTest {

    private static final int PATHS = 40_000;
    private static final double Z = 4.5;

    private static void assertProportion(double expected, double observed, long n, String what) {
        double se = Math.sqrt(Math.max(expected * (1 - expected), 1e-12) / n);
        assertTrue(Math.abs(observed - expected) <= Z * se + 1e-12,
                what + ": observed " + observed + ", exact " + expected + " (±" + Z * se + ")");
    }

    /** Checks P(T <= step k) for every step, and the censored fraction, against {@code cdf(k)}. */
    private static void assertTimeDistribution(TimeToSelfReliance t, IntToDoubleFunction cdf) {
        long cumulative = 0;
        for (int k = 0; k < t.steps(); k++) {
            cumulative += t.countAtStep(k);
            assertProportion(cdf.applyAsDouble(k), (double) cumulative / t.paths(), t.paths(), "P(T <= step " + k + ")");
        }
        assertProportion(1 - cdf.applyAsDouble(t.steps() - 1), t.censoredFraction(), t.paths(), "censored fraction");
    }

    private static Project exponentialProject(String id, String stage, double nameplate, double p, double meanLead) {
        return Project.builder(id).stage(stage).nameplate(nameplate).successProbability(p)
                .leadTimeYears(Uncertain.of(new Exponential(meanLead))).build();
    }

    /**
     * Three plants of 100 t/yr each succeed with p = 0.7 after an exponential lead time (mean 4
     * years); demand 300 t/yr; self-reliant when two operate (domestic share >= 0.66). A plant
     * operates at step k (time k) with probability q(k) = 0.7 (1 - e^(-k/4)), so
     * P(T <= k) = P(at least 2 of 3) = 3 q^2 (1 - q) + q^3; P(never, ever) = 0.216.
     */
    @Test
    void kOfNProjectsMatchTheBinomialOfTheirMarginals() {
        SimulationResult r = Simulator.of(kOfN()).run(new RunSettings(PATHS, 11, 2, 512));
        assertTimeDistribution(r.timeToSelfReliance(), AnalyticScenariosTest::kOfNCdf);
    }

    /** The k-of-n scenario of {@link #kOfNProjectsMatchTheBinomialOfTheirMarginals}: 2 of 3 plants, 20 years. */
    static Scenario kOfN() {
        List<Project> plants = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plants.add(exponentialProject("plant" + i, "s", 100, 0.7, 4));
        }
        return base(20, 1, 0).material(material("X", 300))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), plants, "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 0.66, 1)).build();
    }

    /** Exact P(T <= step k) of {@link #kOfN()}: 3 q^2 (1 - q) + q^3 with q = 0.7 (1 - e^(-k/4)). */
    static double kOfNCdf(int k) {
        double q = 0.7 * (1 - Math.exp(-k / 4.0));
        return 3 * q * q * (1 - q) + q * q * q;
    }

    /**
     * A serial chain: a gate (exponential, mean 2 years) and a plant that starts only when the gate
     * succeeds (exponential, mean 3 years): T = T1 + T2 is hypoexponential,
     * F(t) = 1 - (l2 e^(-l1 t) - l1 e^(-l2 t)) / (l2 - l1).
     */
    @Test
    void aSerialChainMatchesTheHypoexponentialDistribution() {
        Project gate = Project.builder("gate").leadTimeYears(Uncertain.of(new Exponential(2))).build();
        Project plant = Project.builder("plant").stage("s").nameplate(1000).dependsOn("gate")
                .leadTimeYears(Uncertain.of(new Exponential(3))).build();
        Scenario s = base(15, 1, 0).material(material("X", 1000))
                .domestic(new DomesticChain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(plant, gate),
                        Map.of("X", 1.0), null))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        SimulationResult r = Simulator.of(s).run(new RunSettings(PATHS, 12, 2, 512));
        double l1 = 0.5;
        double l2 = 1 / 3.0;
        assertTimeDistribution(r.timeToSelfReliance(),
                k -> 1 - (l2 * Math.exp(-l1 * k) - l1 * Math.exp(-l2 * k)) / (l2 - l1));
    }

    /**
     * A parallel chain: two stages both needed (mining feeds refining), each with one plant of
     * exponential lead time (means 2 and 3 years): output flows once both operate, T = max(T1, T2),
     * F(t) = (1 - e^(-t/2)) (1 - e^(-t/3)).
     */
    @Test
    void aParallelChainMatchesTheMaximumOfItsParts() {
        Scenario s = base(15, 1, 0).material(material("X", 1000))
                .domestic(chain(List.of(stage("mine", CapacityBasis.INPUT, 1), stage("refine", CapacityBasis.OUTPUT, 1)),
                        List.of(exponentialProject("m", "mine", 2000, 1, 2),
                                exponentialProject("r", "refine", 1000, 1, 3)), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        SimulationResult r = Simulator.of(s).run(new RunSettings(PATHS, 13, 2, 512));
        assertTimeDistribution(r.timeToSelfReliance(), k -> (1 - Math.exp(-k / 2.0)) * (1 - Math.exp(-k / 3.0)));
    }

    /**
     * A three-state regime given by annual probabilities, on quarterly steps: the untrusted share
     * (deliverable 1, 0.5, 0 in the three states) has mean Σ π_k(s) δ_s with π_k = π_0 R^k and R
     * the exact quarterly root, hence π_4k = π_0 P^k — and tends to the stationary distribution.
     */
    @Test
    void regimeOccupancyMatchesTheMarkovChain() {
        double[][] annual = REGIME_ANNUAL;
        double[] delta = {1, 0.5, 0};
        SimulationResult r = Simulator.of(regimeScenario()).run(new RunSettings(PATHS, 14, 2, 512));
        var bands = r.series("untrustedShare.X").bands();
        double[] pi = {0, 0, 1};
        for (int year = 0; year < 12; year++) {
            double expected = pi[0] * delta[0] + pi[1] * delta[1] + pi[2] * delta[2];
            // the share takes values 0, 0.5, 1: its sd is at most 0.5
            double observed = bands.get(4 * year).mean();
            double se = 0.5 / Math.sqrt(PATHS);
            assertTrue(Math.abs(observed - expected) <= Z * se,
                    "year " + year + ": mean untrusted share " + observed + ", exact " + expected);
            double[] next = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    next[j] += pi[i] * annual[i][j];
                }
            }
            pi = next;
        }
        // by year 11 the chain is at its stationary distribution (b/(a+b)-like solution of pi P = pi)
        double[] stationary = dev.autarky.internal.math.MarkovMatrices.stationaryDistribution(annual);
        assertEquals(stationary[0] * 1 + stationary[1] * 0.5, bands.get(44).mean(), Z * 0.5 / Math.sqrt(PATHS));
    }

    /** Annual transition probabilities of {@link #regimeScenario()}. */
    static final double[][] REGIME_ANNUAL = {{0.7, 0.2, 0.1}, {0.5, 0.4, 0.1}, {0.3, 0.3, 0.4}};

    /**
     * The regime scenario of {@link #regimeOccupancyMatchesTheMarkovChain}: 12 years in quarters,
     * starting in embargo; the untrusted share is 1, 0.5 or 0 in the three states.
     */
    static Scenario regimeScenario() {
        return base(12, 4, 0).material(material("X", 1000))
                .regime(regime("r", List.of("normal", "restricted", "embargo"), List.of(0.0, 0.0, 1.0), REGIME_ANNUAL))
                .supplier(regimeSupplier("U", false, "X", null, 1, "r", Map.of("normal", StateEffect.of(1, 1),
                        "restricted", StateEffect.of(0.5, 1), "embargo", StateEffect.of(0, 1))))
                .criterion(criterion(CriterionKind.UNTRUSTED_SHARE, 0, 1)).build();
    }

    /**
     * A gate that succeeds with probability 0.5: the censored count is exactly the number of paths
     * whose outcome uniform (drawn from that path's keyed stream) is at most 0.5.
     */
    @Test
    void pathsThatNeverSucceedAreCensoredWithTheExactFraction() {
        Project gate = Project.builder("gate").stage("s").nameplate(1000).successProbability(0.5).leadTimeYears(1).build();
        Scenario s = base(10, 1, 0).material(material("X", 1000))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(gate), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        int paths = 10_000;
        long seed = 99;
        SimulationResult r = Simulator.of(s).run(new RunSettings(paths, seed, 2, 256));
        long key = StreamKeys.keyOf("domestic.projects.gate.outcome");
        long failures = 0;
        for (int i = 0; i < paths; i++) {
            // success on the first attempt iff the outcome uniform is at least 1 - p = 0.5
            failures += StreamKeys.inputUniform(seed, i, key) < 0.5 ? 1 : 0;
        }
        TimeToSelfReliance t = r.timeToSelfReliance();
        assertEquals(failures, t.censoredCount());
        assertEquals(paths - failures, t.countAtStep(1), "every success operates from t = 1");
        assertEquals((double) failures / paths, t.censoredFraction());
        assertProportion(0.5, t.censoredFraction(), paths, "censored fraction");
        assertTrue(t.quantile(0.4).isPresent());
        if (t.censoredFraction() > 0.5) {
            assertTrue(t.quantile(0.6).isEmpty(), "the median lies in the censored mass: not reached");
        }
    }
}
