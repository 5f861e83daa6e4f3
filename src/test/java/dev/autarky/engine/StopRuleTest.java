package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.io.SummaryJson;
import dev.autarky.result.Convergence;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SimulationResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The convergence stop rule: grammar, stopping at the first round that meets the targets, budgets, reproducibility. */
class StopRuleTest {

    private static final Simulator K_OF_N = Simulator.of(AnalyticScenariosTest.kOfN());

    private static RunSettings settings(long budget, StopRule rule) {
        return new RunSettings(budget, 5, 2, 256).withStopRule(rule);
    }

    @Test
    void theGrammarReadsEveryFormAndWritesItBack() {
        List<Target> t = Target.parse("p50:0.25, p90@cap:0.5,pby2035:0.01,rmst:0.1,mean:systemCost:1%,"
                + "mean:systemCost:2e8,p90:systemCost:2%,es5:importSpend:2.5%,p2.5:0.5");
        assertEquals(new Target(Target.Kind.TIME_QUANTILE, "", 0.5, 0, 0.25, false), t.get(0));
        assertEquals(new Target(Target.Kind.TIME_QUANTILE, "cap", 0.9, 0, 0.5, false), t.get(1));
        assertEquals(new Target(Target.Kind.PROBABILITY_BY, "", 0, 2035, 0.01, false), t.get(2));
        assertEquals(new Target(Target.Kind.RESTRICTED_MEAN, "", 0, 0, 0.1, false), t.get(3));
        assertEquals(new Target(Target.Kind.COST_MEAN, "systemCost", 0, 0, 0.01, true), t.get(4));
        assertEquals(new Target(Target.Kind.COST_MEAN, "systemCost", 0, 0, 2e8, false), t.get(5));
        assertEquals(new Target(Target.Kind.COST_QUANTILE, "systemCost", 0.9, 0, 0.02, true), t.get(6));
        assertEquals(new Target(Target.Kind.COST_SHORTFALL, "importSpend", 0.05, 0, 0.025, true), t.get(7));
        assertEquals(0.025, t.get(8).level(), 1e-15);
        for (Target target : t) {
            assertEquals(List.of(target), Target.parse(target.spec()), target.spec());
        }
        assertEquals("p50:0.25", t.get(0).spec());
        assertEquals("mean:systemCost:1%", t.get(4).spec());
        for (String bad : new String[] {"p50", "p0:1", "p100:1", "pby:0.1", "mean:systemCost", "mean::1%", "x:1",
                "p50:-1", "p50:abc", "p50@:1", "es5:systemCost:0"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("target \"" + bad + "\""), e.getMessage());
        }
    }

    @Test
    void theListenerIsToldThePrecisionOfEveryRound() {
        StopRule rule = StopRule.until("pby2035:0.005").withFirstRoundPaths(1000);
        List<Convergence.Round> rounds = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<List<Convergence.TargetStatus>> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        SimulationResult r = K_OF_N.run(settings(1_000_000, rule), new ProgressListener() {
            @Override
            public void onProgress(long done, long total) {
            }

            @Override
            public void onRound(Convergence.Round round, List<Convergence.TargetStatus> targets) {
                rounds.add(round);
                statuses.add(targets);
            }
        });
        assertEquals(r.convergence().history(), rounds);
        assertEquals(r.convergence().targets(), statuses.get(statuses.size() - 1));
        assertFalse(statuses.get(0).get(0).met());
        List<Convergence.Round> none = new java.util.ArrayList<>();
        K_OF_N.run(new RunSettings(1000, 5, 2, 256), new ProgressListener() {
            @Override
            public void onProgress(long done, long total) {
            }

            @Override
            public void onRound(Convergence.Round round, List<Convergence.TargetStatus> targets) {
                none.add(round);
            }
        });
        assertEquals(List.of(), none, "no rounds to report without a stop rule");
    }

    /**
     * P(self-reliant by 2035) = 0.685 in the k-of-n scenario: a ±0.005 Wilson half-width needs about
     * 33,000 paths. The run stops at the first round that meets it and reports the precision.
     */
    @Test
    void stopsAtTheFirstRoundThatMeetsTheTarget() {
        StopRule rule = StopRule.until("pby2035:0.005").withFirstRoundPaths(1000);
        SimulationResult r = K_OF_N.run(settings(1_000_000, rule));
        Convergence c = r.convergence();
        assertEquals(Convergence.StopReason.TARGETS_MET, c.stoppedBy());
        assertEquals(1_000_000, c.pathBudget());
        List<Convergence.Round> history = c.history();
        assertEquals(c.rounds(), history.size());
        assertTrue(c.rounds() >= 3, "needs several rounds: " + history);
        Convergence.Round last = history.get(history.size() - 1);
        assertEquals(r.run().paths(), last.paths());
        assertEquals(0, last.paths() % 256, "whole blocks");
        double achieved = r.timeToSelfReliance().probabilityBy(2035, 0.95).halfWidth();
        assertEquals(achieved, last.achieved().get(0));
        assertTrue(achieved <= 0.005);
        for (int i = 0; i < history.size() - 1; i++) {
            assertTrue(history.get(i).achieved().get(0) > 0.005, "an earlier round met it already: " + history);
            assertTrue(history.get(i + 1).paths() > history.get(i).paths());
            assertTrue(history.get(i + 1).paths() <= 2 * history.get(i).paths() + 256, "at most doubling");
        }
        Convergence.TargetStatus s = c.targets().get(0);
        assertEquals("pby2035:0.005", s.target());
        assertTrue(s.met());
        assertEquals(achieved, s.achieved());
        assertEquals(r.timeToSelfReliance().probabilityBy(2035), s.estimate());
        assertEquals(List.of(s), c.decisive());
        // the result is the same as a plain run of that many paths
        SimulationResult plain = K_OF_N.run(new RunSettings(r.run().paths(), 5, 2, 256));
        assertEquals(plain.timeToSelfReliance(), r.timeToSelfReliance());
        assertEquals(plain.costs(), r.costs());
    }

    @Test
    void stopsAtTheSameBlockOnOneTwoAndFourThreads() {
        StopRule rule = StopRule.until("pby2035:0.012,p25:0.25,rmst:0.1").withFirstRoundPaths(700);
        SimulationResult one = K_OF_N.run(settings(1_000_000, rule).withThreads(1));
        assertEquals(Convergence.StopReason.TARGETS_MET, one.convergence().stoppedBy());
        assertTrue(one.convergence().rounds() >= 4, "several rounds: " + one.convergence().history());
        for (int threads : new int[] {2, 4}) {
            SimulationResult other = K_OF_N.run(settings(1_000_000, rule).withThreads(threads));
            assertEquals(one.run().paths(), other.run().paths(), threads + " threads");
            assertEquals(one.convergence(), other.convergence(), threads + " threads");
            assertEquals(SummaryJson.toJson(withoutThreads(one)), SummaryJson.toJson(withoutThreads(other)));
        }
    }

    @Test
    void theTargetMetInTheFirstRoundStopsThere() {
        // P25 lies in step 3 with F(2) = 0.186 and F(3) = 0.309: a few hundred paths pin it to one step
        SimulationResult r = K_OF_N.run(settings(100_000, StopRule.until("p25:0.25").withFirstRoundPaths(2000)));
        assertEquals(1, r.convergence().rounds());
        assertEquals(2048, r.run().paths());
        assertEquals(0.0, r.convergence().targets().get(0).achieved());
        assertEquals(2029.0, r.convergence().targets().get(0).estimate());
    }

    @Test
    void thePathBudgetStopsARunThatCannotMeetItsTarget() {
        SimulationResult r = K_OF_N.run(settings(20_000, StopRule.until("pby2035:0.0005").withFirstRoundPaths(1000)));
        Convergence c = r.convergence();
        assertEquals(Convergence.StopReason.PATH_BUDGET, c.stoppedBy());
        assertEquals(20_000, r.run().paths());
        assertFalse(c.targets().get(0).met());
        assertTrue(c.targets().get(0).achieved() > 0.0005);
        assertEquals(List.of(), c.decisive());
    }

    @Test
    void aTimeBudgetStopsBetweenRounds() {
        StopRule rule = StopRule.until("pby2035:0.00001").withFirstRoundPaths(1000).withTimeBudget(Duration.ofNanos(1));
        SimulationResult r = K_OF_N.run(settings(1_000_000, rule));
        assertEquals(Convergence.StopReason.TIME_BUDGET, r.convergence().stoppedBy());
        assertEquals(1, r.convergence().rounds());
    }

    @Test
    void aFixedRunReportsItsPathsAsOneRound() {
        SimulationResult r = K_OF_N.run(new RunSettings(1000, 5, 2, 256));
        assertEquals(Convergence.fixed(1000), r.convergence());
        assertTrue(r.pathOutcomes().isEmpty());
    }

    @Test
    void unknownSubjectsAreRefusedBeforeTheRun() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> K_OF_N.run(settings(1000, StopRule.until("mean:nonsense:1%"))));
        assertTrue(e.getMessage().contains("no cost \"nonsense\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> K_OF_N.run(settings(1000, StopRule.until("p50@zz:1"))));
        assertTrue(e.getMessage().contains("no criterion \"zz\""), e.getMessage());
    }

    static SimulationResult withoutThreads(SimulationResult r) {
        RunInfo run = r.run();
        RunInfo normalized = new RunInfo(run.scenario(), run.seed(), run.paths(), 0, run.blockSize(), run.sampling(),
                run.generator(), run.version(), run.startYear(), run.stepsPerYear(), run.horizonYears(), run.currency());
        return new SimulationResult(normalized, r.title(), r.timesToSelfReliance(), r.costs(), r.series(),
                r.inputNames(), r.designErrors(), r.convergence(), r.captured());
    }

    /** Under Latin hypercube sampling, means and P(by year) are measured with the design-based errors. */
    @Test
    void underADesignTheTargetsUseDesignBasedErrors() {
        StopRule rule = StopRule.until("pby2035:0.02").withFirstRoundPaths(1024);
        SimulationResult r = K_OF_N.run(settings(200_000, rule).withSampling(SamplingDesign.LHS));
        assertEquals("lhs", r.run().sampling());
        var e = r.designErrors().probabilityBy(r.timeToSelfReliance().criterion(), 2035);
        double half = dev.autarky.internal.stats.Binomial.t(0.95, r.designErrors().groups() - 1) * e.standardError();
        Convergence.TargetStatus s = r.convergence().targets().get(0);
        assertEquals(half, s.achieved(), 1e-15);
        assertEquals(e.value(), s.estimate());
        assertTrue(s.met());
    }
}
