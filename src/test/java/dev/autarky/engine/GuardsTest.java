package dev.autarky.engine;

import static dev.autarky.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.Stockpile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numerical guards, extreme but valid inputs, and failures inside a run. */
class GuardsTest {

    private static SimulationResult run(Scenario s, long paths) {
        return Simulator.of(s).run(new RunSettings(paths, 1, 2, 16));
    }

    /** Demand of 1e308 t/yr growing 50 % a year overflows in step 2 (2.25e308): the run stops and says where. */
    @Test
    void aNonFiniteValueStopsTheRunNamingPathStepQuantityAndSeed() {
        Scenario s = base(3, 1, 0).material(new Material("X", "X", Demand.of(fixed(1e308), fixed(0.5)), fixed(1),
                fixed(0), null, null)).supplier(supplier("U", false, "X", null, 1))
                .criterion(criterion(CriterionKind.UNTRUSTED_SHARE, 0.5, 1)).build();
        SimulationFailedException e = assertThrows(SimulationFailedException.class,
                () -> Simulator.of(s).run(new RunSettings(10, 77, 2, 4)));
        NumericalException n = assertInstanceOf(NumericalException.class, e.getCause());
        assertEquals(77, n.seed());
        assertEquals(2, n.step());
        assertTrue(n.path() >= 0 && n.path() < 10);
        assertTrue(n.getMessage().contains("trace --seed 77 --path " + n.path()), n.getMessage());
        assertTrue(n.quantity().startsWith("series."), n.quantity());
    }

    @Test
    void zeroDemandGivesDefinedResults() {
        Stockpile stockpile = new Stockpile(fixed(90), fixed(90), fixed(100), fixed(100), true, fixed(1));
        Scenario s = base(5, 1, 0.03).material(material("X", 0, stockpile, null))
                .supplier(supplier("U", false, "X", null, 10))
                .criterion(criterion(CriterionKind.CAPABILITY, 0.9, 2)).build();
        SimulationResult r = run(s, 20);
        assertEquals(0, r.series("untrustedShare.X").bands().get(0).mean());
        assertEquals(1, r.series("capabilityShare.X").bands().get(3).p50());
        assertEquals(1.0, r.timeToSelfReliance().probabilityBy(2027), "zero demand is met by anything: self-reliant at once");
        assertEquals(0, r.cost("systemCost").mean());
    }

    @Test
    void demandFallingByAHundredPercentGivesDefinedResults() {
        Scenario s = base(4, 4, 0).material(new Material("X", "X", Demand.of(fixed(1000), fixed(-1)), fixed(1),
                fixed(1), null, null)).supplier(supplier("U", false, "X", null, 2))
                .criterion(criterion(CriterionKind.UNTRUSTED_SHARE, 0, 1)).build();
        SimulationResult r = run(s, 5);
        // the first quarter needs 250 t from U; after that there is no demand
        assertEquals(2.0 * 250 * 1000, r.cost("importSpend").mean(), 1e-6);
        assertEquals(1.0, r.timeToSelfReliance().probabilityBy(2026));
    }

    @Test
    void aSupplierWithZeroCapacityDeliversNothingAndTheGapIsShortfall() {
        Scenario s = base(2, 1, 0).material(material("X", 100)).supplier(supplier("T", true, "X", 0.0, 5))
                .criterion(criterion(CriterionKind.CAPABILITY, 0.5, 1)).build();
        SimulationResult r = run(s, 3);
        assertEquals(100, r.series("shortfall.X").bands().get(0).mean(), 1e-9);
        assertEquals(1.0, r.timeToSelfReliance().censoredFraction());
    }

    @Test
    void aHorizonOfOneStepAndASinglePathWork() {
        Scenario s = base(1, 1, 0).material(material("X", 100))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(plant("p", "s", 100)), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        SimulationResult r = Simulator.of(s).run(new RunSettings(1, 1, 1, 1));
        assertEquals(1, r.run().paths());
        assertEquals(1, r.series("domesticShare.X").bands().size());
        assertEquals(2026.0, r.timeToSelfReliance().quantile(0.5).getAsDouble());
        assertEquals(0, r.timeToSelfReliance().censoredFraction());
    }

    /** An exception thrown inside a worker (here by the progress listener, after a block) fails the run with it. */
    @Test
    void anExceptionInOneWorkerFailsTheRunWithItsCause() {
        Scenario s = base(5, 1, 0).material(material("X", 100)).supplier(supplier("U", false, "X", null, 1))
                .criterion(criterion(CriterionKind.CAPABILITY, 0.5, 1)).build();
        IllegalStateException boom = new IllegalStateException("injected failure in block");
        SimulationFailedException e = assertThrows(SimulationFailedException.class,
                () -> Simulator.of(s).run(new RunSettings(10_000, 1, 2, 100), (done, total) -> {
                    if (done >= 3_000) {
                        throw boom;
                    }
                }));
        assertEquals(boom, e.getCause());
    }

    /** 4,096 workers would each keep about 30 MB of statistics: refused before any path runs. */
    @Test
    void aRunThatWouldNotFitIsRefusedUpFront() {
        Simulator sim = Simulator.of(dev.autarky.io.Scenarios.japanRareEarths());
        RunSettings huge = new RunSettings(100_000, 1, 4096, 1);
        long estimate = sim.estimateMemory(huge);
        assertTrue(estimate > 4096L * 20_000_000, "estimate " + estimate);
        InsufficientMemoryException e = assertThrows(InsufficientMemoryException.class, () -> sim.start(huge,
                ProgressListener.NONE));
        assertTrue(e.getMessage().contains("fewer threads"), e.getMessage());
        assertTrue(e.neededBytes() > e.availableBytes());
        // the default run fits comfortably
        assertTrue(sim.estimateMemory(RunSettings.defaults()) < 200_000_000L);
    }

    /**
     * Regression: a supplier that follows a regime but has no terms for one material must not read
     * per-state parameters for it once the regime leaves its first state.
     */
    @Test
    void aSupplierWithoutTermsForAMaterialIsSkippedInEveryRegimeState() {
        var regime = regime("r", List.of("a", "b"), List.of(0.0, 1.0), new double[][] {{0.5, 0.5}, {0.5, 0.5}});
        var onlyX = regimeSupplier("T", true, "X", 50.0, 1, "r", java.util.Map.of(
                "a", dev.autarky.scenario.StateEffect.of(1, 1), "b", dev.autarky.scenario.StateEffect.of(0.5, 2)));
        Scenario s = base(10, 1, 0).material(material("X", 100)).material(material("Y", 100)).regime(regime)
                .supplier(onlyX).supplier(supplier("U", false, "Y", null, 1))
                .criterion(criterion(CriterionKind.CAPABILITY, 0.5, 1)).build();
        SimulationResult r = run(s, 200);
        assertEquals(100, r.series("untrustedShare.Y").bands().get(5).mean() * 100, 1e-9);
        assertEquals(1.0, r.timeToSelfReliance().censoredFraction(), "Y never has trusted supply");
    }
}
