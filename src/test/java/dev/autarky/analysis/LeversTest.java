package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.InputSpec;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.scenario.Correlation;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import dev.autarky.scenario.Stockpile;
import dev.autarky.testing.Examples;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Uncertain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policy levers change what they say and leave every other draw alone. */
class LeversTest {

    private static final Scenario JAPAN = AnalysisFixtures.japan();
    private static final int PATHS = 300;

    @Test
    void scalingADistributionScalesEveryQuantile() {
        for (Distribution d : Examples.all()) {
            Uncertain u = Uncertain.of(d);
            Uncertain twice = Levers.scaled(u, 2.5);
            for (double p : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
                double expected = 2.5 * d.quantile(p);
                assertEquals(expected, twice.distribution().quantile(p), 1e-9 * Math.max(1, Math.abs(expected)),
                        d + " at " + p);
            }
        }
        Uncertain x = Uncertain.fixed(3);
        assertSame(x, Levers.scaled(x, 1));
        assertTrue(Levers.scaled(x.withNote("n"), 2).note().startsWith("n; scaled by 2"));
        assertThrows(IllegalArgumentException.class, () -> Levers.scaled(x, 0));
        assertThrows(IllegalArgumentException.class, () -> Levers.scaled(x, Double.POSITIVE_INFINITY));
    }

    @Test
    void aScalingLeverScalesItsInputOnEveryPathAndTouchesNothingElse() {
        Scenario more = Levers.supplierCapacity("allied-new", "Dy", "Tb").apply(JAPAN, 2);
        assertEquals(JAPAN.inputNames(), more.inputNames());
        assertEquals(JAPAN.correlations(), more.correlations());
        PathEvaluator.Outputs a = inputs(JAPAN);
        PathEvaluator.Outputs b = inputs(more);
        List<String> names = names(JAPAN);
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            boolean scaled = n.startsWith("suppliers.allied-new.materials.Dy.capacityTonnesPerYear.to")
                    || n.startsWith("suppliers.allied-new.materials.Tb.capacityTonnesPerYear.to");
            for (int i = 0; i < PATHS; i++) {
                if (scaled) {
                    assertEquals(2 * a.inputs()[j][i], b.inputs()[j][i], 1e-9 * a.inputs()[j][i], n);
                } else {
                    assertEquals(a.inputs()[j][i], b.inputs()[j][i], n);
                }
            }
        }
        assertTrue(more.name().endsWith("+capacity-allied-new-x=2"));
    }

    @Test
    void aSettingLeverRemovesItsInputsAndEveryOtherDrawStays() {
        Scenario days = Levers.stockpileDays("Dy", "Tb").apply(JAPAN, 180);
        List<String> before = names(JAPAN);
        List<String> after = names(days);
        assertFalse(after.contains("materials.Dy.stockpile.initialDays"));
        assertEquals(before.size() - 2, after.size());
        PathEvaluator.Outputs a = inputs(JAPAN);
        PathEvaluator.Outputs b = inputs(days);
        for (int j = 0; j < after.size(); j++) {
            assertArrayEquals(a.inputs()[before.indexOf(after.get(j))], b.inputs()[j], after.get(j));
        }
        assertEquals(Uncertain.fixed(180), days.material("Tb").stockpile().targetDays());
    }

    @Test
    void anInputHeldAtItsP10IsTheScenarioWithThatFixedValue() {
        // the tornado holds an input at a quantile inside the run; the same as fixing it in the scenario
        CompiledScenario compiled = CompiledScenario.of(JAPAN);
        int i = names(JAPAN).indexOf("materials.Dy.stockpile.initialDays");
        InputSpec in = compiled.inputs.get(i);
        Material dy = JAPAN.material("Dy");
        Stockpile sp = dy.stockpile();
        Material fixed = new Material(dy.id(), dy.name(), dy.demand(), dy.pricePerKg(), dy.shortagePenaltyPerKg(),
                new Stockpile(Uncertain.fixed(in.quantile().quantile(0.1)), sp.targetDays(), sp.maxReleaseTonnesPerYear(),
                        sp.maxRefillTonnesPerYear(), sp.refillFromUntrusted(), sp.holdingCostPerKgYear()), dy.recycling());
        Scenario variant = JAPAN.toBuilder().replaceMaterial(fixed).build();
        PathEvaluator.Outputs held = new PathEvaluator(compiled).run(RunSettings.DEFAULT_SEED, PATHS, 512,
                InputDesign.Kind.MC, i, 0.1, PathEvaluator.Selection.OUTCOMES, 2);
        PathEvaluator.Outputs scenario = PolicyComparisonTest.outputs(variant, PATHS);
        assertArrayEquals(held.steps(), scenario.steps());
        assertArrayEquals(held.costs(), scenario.costs());
    }

    @Test
    void everyLeverDoesWhatItSays() {
        Scenario s = Levers.stockpileScale("Dy").apply(JAPAN, 2);
        assertEquals(2 * JAPAN.material("Dy").stockpile().initialDays().mean(), s.material("Dy").stockpile().initialDays().mean(), 1e-9);
        Scenario r = Levers.recyclingShare("NdPr").apply(JAPAN, 1.5);
        assertEquals(1.5 * JAPAN.material("NdPr").recycling().shareOfDemand().to().mean(),
                r.material("NdPr").recycling().shareOfDemand().to().mean(), 1e-9);
        Scenario n = Levers.projectNameplate("mainland-refinery").apply(JAPAN, 8000);
        assertEquals(Uncertain.fixed(8000), project(n, "mainland-refinery").nameplate());
        Scenario l = Levers.liftingTonnesPerDay("lifting-system").apply(JAPAN, 10_000);
        assertEquals(Uncertain.fixed(3_650_000), project(l, "lifting-system").nameplate());
        Scenario x = Levers.nameplateScale("lifting-system", "island-plant").apply(JAPAN, 2);
        assertEquals(5_000_000, project(x, "island-plant").nameplate().mean(), 1e-6);
        Scenario f = Levers.scheduleScale("lifting-system").apply(JAPAN, 0.5);
        assertEquals(0.5 * project(JAPAN, "lifting-system").leadTimeYears().mean(),
                project(f, "lifting-system").leadTimeYears().mean(), 1e-9);
        Scenario all = Levers.supplierCapacity("allied-existing").apply(JAPAN, 1.2);
        assertEquals(JAPAN.suppliers().size(), all.suppliers().size());
        Lever custom = Lever.of("nothing", "none", (sc, v) -> sc);
        assertSame(JAPAN, custom.apply(JAPAN, 1));
        assertEquals("nothing (none)", custom.toString());
        assertEquals("days of demand", Levers.stockpileDays("Dy").unit());
        assertTrue(Levers.stockpileDays("Dy", "Tb").name().contains("Dy, Tb"));
    }

    @Test
    void aCorrelationWithAnInputALeverFixesIsDropped() {
        Scenario correlated = JAPAN.toBuilder().correlation(Correlation.of("materials.Dy.stockpile.initialDays",
                "materials.Tb.stockpile.initialDays", 0.8)).build();
        Scenario fixed = Levers.stockpileDays("Dy").apply(correlated, 90);
        assertEquals(JAPAN.correlations(), fixed.correlations());
        Scenario kept = Levers.stockpileScale("Dy").apply(correlated, 2);
        assertEquals(correlated.correlations(), kept.correlations());
    }

    @Test
    void refusesWhatALeverCannotDo() {
        assertThrows(IllegalArgumentException.class, () -> Levers.stockpileDays("Xx").apply(JAPAN, 30));
        assertThrows(IllegalArgumentException.class, () -> Levers.stockpileDays().apply(JAPAN, 30));
        assertThrows(IllegalArgumentException.class, () -> Levers.stockpileDays("Dy").apply(JAPAN, -1));
        assertThrows(IllegalArgumentException.class, () -> Levers.stockpileScale("Dy").apply(JAPAN, 0));
        assertThrows(IllegalArgumentException.class, () -> Levers.projectNameplate("nope").apply(JAPAN, 1));
        assertThrows(IllegalArgumentException.class, () -> Levers.scheduleScale().apply(JAPAN, 1));
        assertThrows(IllegalArgumentException.class, () -> Levers.supplierCapacity("china").apply(JAPAN, 2), "unlimited");
        assertThrows(IllegalArgumentException.class, () -> Levers.supplierCapacity("nope").apply(JAPAN, 2));
        assertThrows(IllegalArgumentException.class, () -> Levers.supplierCapacity("allied-new", "Xx").apply(JAPAN, 2));
        assertThrows(ScenarioException.class, () -> Levers.recyclingShare("Dy").apply(JAPAN, 10), "a share above 1");
        Scenario noStock = AnalysisFixtures.onePlant();
        assertThrows(IllegalArgumentException.class, () -> Levers.stockpileDays("X").apply(noStock, 30));
        assertThrows(IllegalArgumentException.class, () -> Levers.recyclingShare("X").apply(noStock, 2));
    }

    private static dev.autarky.scenario.Project project(Scenario s, String id) {
        return s.domestic().projects().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> names(Scenario s) {
        return CompiledScenario.of(s).inputs.stream().map(InputSpec::name).toList();
    }

    private static PathEvaluator.Outputs inputs(Scenario s) {
        return new PathEvaluator(CompiledScenario.of(s)).run(RunSettings.DEFAULT_SEED, PATHS, 512, InputDesign.Kind.MC,
                -1, 0.5, new PathEvaluator.Selection(true, new int[0]), 2);
    }
}
