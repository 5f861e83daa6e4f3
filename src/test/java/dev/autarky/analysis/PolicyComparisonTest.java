package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.StopRule;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.result.Estimate;
import dev.autarky.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Policy comparison with common random numbers. */
class PolicyComparisonTest {

    private static final Scenario JAPAN = AnalysisFixtures.japan();

    @Test
    void aScenarioComparedWithItselfDiffersOnNoPath() {
        // the same model under another name (a lever at its scenario's own value)
        Scenario same = Levers.stockpileScale("Dy", "Tb").apply(JAPAN, 1);
        assertTrue(!same.name().equals(JAPAN.name()));
        PathEvaluator.Outputs a = outputs(JAPAN, 1500);
        PathEvaluator.Outputs b = outputs(same, 1500);
        assertArrayEquals(a.steps(), b.steps(), "every path's times");
        assertArrayEquals(a.costs(), b.costs(), "every path's costs");

        ComparisonResult r = PolicyComparison.run(JAPAN, List.of(same), ComparisonSettings.defaults().withPaths(1500)
                .withThreads(2).withSeries(List.of("capabilityShare.Dy")));
        ComparisonResult.Alternative alt = r.alternative(same.name());
        for (ComparisonResult.CriterionDifference c : alt.criteria()) {
            for (ComparisonResult.YearDifference y : c.probabilityBy()) {
                assertEquals(0.0, y.difference().paired().value(), c.criterion() + " " + y.year());
                assertEquals(y.baseline(), y.alternative());
            }
            assertEquals(new Estimate(0, 0, 0, 0.95), c.yearsSaved().paired());
            assertEquals(0.0, c.alternativeFirst().value());
            assertEquals(0.0, c.baselineFirst().value());
            assertEquals(1.0, c.sameStep().value() + c.neither().value(), 1e-15);
            assertTrue(Double.isNaN(c.costPerYearSaved().value()), "no year saved: no ratio");
        }
        for (ComparisonResult.CostDifference c : alt.costs()) {
            assertEquals(new Estimate(0, 0, 0, 0.95), c.added().paired(), c.cost());
            assertTrue(c.added().varianceRatio() == Double.POSITIVE_INFINITY || Double.isNaN(c.added().varianceRatio()));
        }
        for (ComparisonResult.YearDifference y : alt.series("capabilityShare.Dy").years()) {
            assertEquals(new Estimate(0, 0, 0, 0.95), y.difference().paired());
        }
        assertEquals(r.run().seed() + 1, r.independentSeed());
    }

    @Test
    void commonRandomNumbersMakeThePairedIntervalSeveralTimesNarrower() {
        Scenario bigger = Levers.liftingTonnesPerDay("lifting-system").apply(JAPAN, 7000);
        ComparisonResult r = PolicyComparison.run(JAPAN, List.of(bigger),
                ComparisonSettings.defaults().withPaths(4000).withThreads(2).withSeries(List.of()));
        ComparisonResult.Alternative alt = r.alternatives().get(0);
        ComparisonResult.PairedEstimate cost = alt.cost("systemCost").added();
        ComparisonResult.PairedEstimate saved = alt.criterion("heavy-50").yearsSaved();
        ComparisonResult.PairedEstimate by = alt.criterion("heavy-50").probabilityBy(2045).difference();
        double costRatio = cost.independent().halfWidth() / cost.paired().halfWidth();
        double savedRatio = saved.independent().halfWidth() / saved.paired().halfWidth();
        double byRatio = by.independent().halfWidth() / by.paired().halfWidth();
        System.out.printf(Locale.ROOT, "lifting 7,000 t/day vs default, 4,000 paths: half-width independent / paired:"
                + " system cost %.1f (variance ratio %.0f), years saved (heavy-50) %.1f (%.1f),"
                + " P(heavy-50 by 2045) %.1f (%.1f)%n", costRatio, cost.varianceRatio(), savedRatio,
                saved.varianceRatio(), byRatio, by.varianceRatio());
        assertTrue(costRatio > 10, "system cost: " + costRatio);
        assertTrue(savedRatio > 2.5, "years saved: " + savedRatio);
        assertTrue(byRatio > 2, "P(by 2045): " + byRatio);
        assertTrue(saved.paired().lower() > 0, "a bigger lifting system saves years: " + saved.paired());
        assertTrue(alt.criterion("heavy-50").alternativeFirst().value() > alt.criterion("heavy-50").baselineFirst().value());
        // the variance ratio is the squared ratio of the standard errors, up to t quantiles
        assertEquals(cost.varianceRatio(), costRatio * costRatio, 0.05 * cost.varianceRatio());
    }

    @Test
    void theResultDoesNotDependOnTheThreads() {
        Scenario more = Levers.supplierCapacity("allied-new").apply(JAPAN, 2);
        ComparisonSettings s = ComparisonSettings.defaults().withPaths(600).withIndependentRuns(false)
                .withSeries(List.of("untrustedShare.all"));
        ComparisonResult one = PolicyComparison.run(JAPAN, List.of(more), s.withThreads(1));
        ComparisonResult three = PolicyComparison.run(JAPAN, List.of(more), s.withThreads(3));
        assertEquals(one.alternatives(), three.alternatives());
        assertNull(one.alternatives().get(0).cost("systemCost").added().independent());
        assertTrue(Double.isNaN(one.alternatives().get(0).cost("systemCost").added().varianceRatio()));
        assertEquals(JAPAN.criteria().size(), one.criteria().size());
    }

    @Test
    void refusesWhatCannotBeCompared() {
        ComparisonSettings s = ComparisonSettings.defaults().withPaths(100);
        Scenario fixedLifting = Levers.liftingTonnesPerDay("lifting-system").apply(JAPAN, 3500);
        assertThrows(IllegalArgumentException.class, () -> PolicyComparison.run(JAPAN, List.of(), s));
        assertThrows(IllegalArgumentException.class, () -> PolicyComparison.run(JAPAN, List.of(fixedLifting),
                s.withRun(s.run().withSampling(SamplingDesign.SOBOL))), "Sobol with other inputs");
        assertThrows(IllegalArgumentException.class, () -> PolicyComparison.run(JAPAN,
                List.of(dev.autarky.io.Scenarios.japanRareEarths()), s), "other criteria");
        assertThrows(IllegalArgumentException.class, () -> PolicyComparison.run(JAPAN, List.of(fixedLifting),
                s.withRatioCost("levelizedDomesticCostPerKg")));
        assertThrows(IllegalArgumentException.class, () -> PolicyComparison.run(AnalysisFixtures.onePlant(),
                List.of(JAPAN), s), "another time grid");
        assertThrows(IllegalArgumentException.class, () -> s.withRun(RunSettings.defaults().withPaths(100)
                .withStopRule(StopRule.until("p50:1"))));
        assertThrows(IllegalArgumentException.class, () -> s.withPaths(1));
        assertThrows(IllegalArgumentException.class, () -> s.withConfidence(0));
        // Sobol with the same inputs in the same order is fine
        Scenario scaled = Levers.stockpileScale("Dy").apply(JAPAN, 2);
        ComparisonResult r = PolicyComparison.run(JAPAN, List.of(scaled), s.withRun(s.run().withPaths(64)
                .withSampling(SamplingDesign.SOBOL)).withIndependentRuns(false).withSeries(List.of()));
        assertEquals("sobol", r.run().sampling());
        assertThrows(IllegalArgumentException.class, () -> r.alternative("nope"));
        assertThrows(IllegalArgumentException.class, () -> r.alternatives().get(0).criterion("nope"));
        assertThrows(IllegalArgumentException.class, () -> r.alternatives().get(0).cost("nope"));
        assertThrows(IllegalArgumentException.class, () -> r.alternatives().get(0).series("nope"));
        assertThrows(IllegalArgumentException.class, () -> r.alternatives().get(0).criterion("heavy-50").probabilityBy(1999));
    }

    static PathEvaluator.Outputs outputs(Scenario s, int paths) {
        return new PathEvaluator(CompiledScenario.of(s)).run(RunSettings.DEFAULT_SEED, paths, 512, InputDesign.Kind.MC, -1,
                0.5, PathEvaluator.Selection.OUTCOMES, 2);
    }
}
