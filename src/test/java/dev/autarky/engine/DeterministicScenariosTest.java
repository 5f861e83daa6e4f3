package dev.autarky.engine;

import static dev.autarky.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.scenario.Availability;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.ProjectCosts;
import dev.autarky.scenario.Ramp;
import dev.autarky.scenario.RampShape;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.Stockpile;
import dev.autarky.uncertain.Uncertain;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenarios with every input fixed, checked against values computed by hand (each expected value
 * shows its arithmetic). Exact unless a tolerance is given; tolerances cover only rounding.
 */
class DeterministicScenariosTest {

    private static final double EPS = 1e-9;

    /** Three stages: lifting (input basis), leaching (input basis, grade x recovery), refining (output basis). */
    @Test
    void flowThroughAThreeStageChainStopsAtTheBottleneck() {
        List<Stage> stages = List.of(
                stage("lift", CapacityBasis.INPUT, 1.0),
                stage("leach", CapacityBasis.INPUT, 1.0, 0.01, 0.5),
                stage("refine", CapacityBasis.OUTPUT, 0.8, 0.9));
        List<Project> projects = List.of(plant("vessel", "lift", 100_000), plant("island", "leach", 60_000),
                plant("refinery", "refine", 400));
        Scenario s = base(1, 1, 0).material(material("X", 1000)).domestic(chain(stages, projects, "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        PathTrace t = trace(s);
        assertEquals(100_000, t.values("stageOutput.lift")[0]);
        // leaching is the bottleneck: min(100,000, 60,000 x 1.0) = 60,000 t mud -> x 0.01 x 0.5 = 300 t
        assertEquals(60_000, t.values("stageThroughput.leach")[0]);
        assertEquals(300, t.values("stageOutput.leach")[0], EPS);
        // refining: min(0.9 x 300 = 270, 400 x 0.8 = 320) = 270
        assertEquals(270, t.values("stageOutput.refine")[0], EPS);
        assertEquals(270, t.values("domesticOutput.X")[0], EPS);

        // a smaller refinery becomes the bottleneck: min(270, 300 x 0.8 = 240) = 240
        Scenario smaller = s.toBuilder().domestic(chain(stages, List.of(plant("vessel", "lift", 100_000),
                plant("island", "leach", 60_000), plant("refinery", "refine", 300)), "X")).build();
        assertEquals(240, trace(smaller).values("stageOutput.refine")[0], EPS);
    }

    /**
     * Demand 1,000 t/yr; domestic 100; recycling 5 % = 50; trusted T1 200 and T2 300; the untrusted
     * supplier U (unlimited) covers the rest, 350. With U embargoed the stockpile releases up to its
     * rate and the rest is shortfall.
     */
    @Test
    void dispatchFollowsTheDocumentedOrder() {
        Scenario s = dispatchOrderScenario(1);
        PathTrace t = trace(s);
        assertEquals(100, t.values("domesticUsed.X")[0], EPS);
        assertEquals(50, t.values("recycledUsed.X")[0], EPS);
        assertEquals(200, t.values("delivered.T1.X")[0], EPS);
        assertEquals(300, t.values("delivered.T2.X")[0], EPS);
        assertEquals(350, t.values("delivered.U.X")[0], EPS);
        assertEquals(0, t.values("shortfall.X")[0], EPS);
        assertEquals(0.35, t.values("series.untrustedShare.X")[0], EPS);
        assertEquals(0.10, t.values("series.domesticShare.X")[0], EPS);
        // capability = (100 + 50 + 200 + 300) / 1000 = 0.65
        assertEquals(650, t.values("capability.X")[0], EPS);
        // import spend: 200 t x 10 USD/kg + 300 t x 20 + 350 t x 5, in USD (x 1000 kg/t)
        assertEquals(1000 * (200 * 10 + 300 * 20 + 350 * 5), t.values("importSpend")[0], 1e-6);
        assertEquals(1000 * 50 * 2, t.values("recyclingCost")[0], 1e-6);
        // untrusted share 0.35 <= 0.5 and no shortfall: self-reliant at once
        assertEquals(2026.0, t.timeToSelfReliance("c").getAsDouble());
    }

    @Test
    void anEmbargoedSupplierIsCoveredByTheStockpileThenShortfall() {
        // stock starts at 73 days of 1,000 t/yr = 200 t; releases at most 150 t/yr; refills at most 40 t/yr
        Stockpile stockpile = new Stockpile(fixed(73), fixed(73), fixed(150), fixed(40), true, fixed(0.5));
        Scenario s = base(2, 1, 0)
                .material(material("X", 1000, stockpile, null))
                .regime(regime("policy", List.of("embargo"), List.of(1.0), new double[][] {{1}}))
                .supplier(regimeSupplier("U", false, "X", null, 5, "policy", Map.of("embargo", StateEffect.of(0, 3))))
                .supplier(supplier("T", true, "X", 650.0, 10))
                .criterion(criterion(CriterionKind.CAPABILITY, 0.9, 1)).build();
        PathTrace t = trace(s);
        // step 0: T delivers 650, U nothing, release min(200, 150, 350) = 150, shortfall 200
        assertEquals(650, t.values("delivered.T.X")[0], EPS);
        assertEquals(0, t.values("delivered.U.X")[0], EPS);
        assertEquals(150, t.values("stockpileRelease.X")[0], EPS);
        assertEquals(200, t.values("shortfall.X")[0], EPS);
        // refill wants min(200 - 50, 40) = 40 but T has nothing left and U delivers 0 of any request
        assertEquals(0, t.values("stockpileRefill.X")[0], EPS);
        assertEquals(50, t.values("stockpile.X")[0], EPS);
        // holding: 50 t x 0.5 USD/kg/yr x 1000 kg/t x 1 yr
        assertEquals(25_000, t.values("stockpileCost")[0], 1e-6);
        // step 1: release min(50, 150, 350) = 50, shortfall 300, stock 0
        assertEquals(50, t.values("stockpileRelease.X")[1], EPS);
        assertEquals(300, t.values("shortfall.X")[1], EPS);
        assertEquals(0, t.values("stockpile.X")[1], EPS);
        // the criterion (capability 0.65 < 0.9) is never met: censored
        assertTrue(t.timeToSelfReliance("c").isEmpty());
    }

    @Test
    void theStockpileRefillsFromSurplusFirstThenTrustedSuppliers() {
        // stock starts empty, target 73 days = 200 t, refill at most 120 t/yr
        Stockpile stockpile = new Stockpile(fixed(0), fixed(73), fixed(1000), fixed(120), false, fixed(0));
        Scenario s = base(2, 1, 0)
                .material(material("X", 1000, stockpile, null))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(plant("p", "s", 1050)), "X"))
                .supplier(supplier("T", true, "X", 500.0, 10))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        PathTrace t = trace(s);
        // domestic 1,050 covers demand with 50 t surplus; refill 120 = 50 from surplus + 70 bought from T
        assertEquals(120, t.values("stockpileRefill.X")[0], EPS);
        assertEquals(120, t.values("stockpile.X")[0], EPS);
        assertEquals(0, t.values("delivered.T.X")[0], EPS);
        assertEquals(70 * 10 * 1000, t.values("stockpileCost")[0], 1e-6);
        assertEquals(0, t.values("surplusRevenue")[0], EPS);
        // step 1: wants min(200 - 120, 120) = 80: 50 from surplus, 30 from T
        assertEquals(80, t.values("stockpileRefill.X")[1], EPS);
        assertEquals(200, t.values("stockpile.X")[1], EPS);
        assertEquals(30 * 10 * 1000, t.values("stockpileCost")[1], 1e-6);
    }

    @Test
    void surplusIsSoldAtTheReferencePrice() {
        Scenario s = base(1, 1, 0)
                .material(new dev.autarky.scenario.Material("X", "X",
                        dev.autarky.scenario.Demand.of(fixed(1000), fixed(0)), fixed(7), fixed(0), null, null))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(plant("p", "s", 1200)), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        // 200 t surplus x 7 USD/kg x 1000
        assertEquals(1_400_000, trace(s).values("surplusRevenue")[0], 1e-6);
    }

    /**
     * Imports of 1,000 t/yr at 1 USD/kg = 1e6 USD a year, discounted at 10 % to the start of the
     * first step, counting each step's flow at its start: PV = 1e6 (1 + 1/1.1 + 1/1.21).
     */
    @Test
    void costsAreDiscountedToTheStartOfTheFirstStep() {
        Scenario yearly = base(3, 1, 0.10).material(material("X", 1000))
                .supplier(supplier("T", true, "X", null, 1))
                .criterion(criterion(CriterionKind.CAPABILITY, 1, 1)).build();
        double expected = 1e6 * (1 + 1 / 1.1 + 1 / 1.21);
        var result = Simulator.of(yearly).run(new RunSettings(1, 1, 1, 1));
        assertEquals(expected, result.cost("importSpend").mean(), 1e-6);
        assertEquals(expected, result.cost("systemCost").mean(), 1e-6);

        // quarterly steps: 250,000 USD per step at (1.1)^(-k/4)
        Scenario quarterly = base(3, 4, 0.10).material(material("X", 1000))
                .supplier(supplier("T", true, "X", null, 1))
                .criterion(criterion(CriterionKind.CAPABILITY, 1, 1)).build();
        double q = 0;
        for (int k = 0; k < 12; k++) {
            q += 250_000 * Math.pow(1.1, -k / 4.0);
        }
        assertEquals(q, Simulator.of(quarterly).run(new RunSettings(1, 1, 1, 1)).cost("importSpend").mean(), 1e-6);
    }

    /**
     * One plant of 100 t/yr with opex 10 USD/t and a 20 % learning rate: unit cost 10 until
     * cumulative output exceeds one year of nameplate (100 t), then 10 (Q/100)^log2(0.8), with Q the
     * cumulative output at the start of the step.
     */
    @Test
    void opexFollowsTheLearningCurve() {
        ProjectCosts costs = new ProjectCosts(fixed(0), fixed(0), fixed(1), fixed(5), fixed(10), fixed(0.2));
        Project p = Project.builder("p").stage("s").nameplate(100).costs(costs).build();
        Scenario s = base(5, 1, 0).material(material("X", 1000))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(p), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        double[] opex = trace(s).values("opex");
        double b = Math.log(0.8) / Math.log(2);
        // fixed opex 5 per year + 100 t x 10 x learning factor
        assertEquals(5 + 1000, opex[0], EPS); // Q = 0
        assertEquals(5 + 1000, opex[1], EPS); // Q = 100: not above the reference
        assertEquals(5 + 1000 * 0.8, opex[2], 1e-9); // Q = 200: one doubling
        assertEquals(5 + 1000 * Math.pow(3, b), opex[3], 1e-9); // Q = 300
        assertEquals(5 + 1000 * 0.64, opex[4], 1e-9); // Q = 400: two doublings
    }

    /** A 100 t/yr plant costing (10 + 2 x 100) x overrun 1.5 = 315 per attempt, decided after half a year. */
    private static Project capexProject(double leadTimeYears) {
        ProjectCosts costs = new ProjectCosts(fixed(10), fixed(2), fixed(1.5), fixed(0), fixed(0), fixed(0));
        return Project.builder("p").stage("s").nameplate(100).decisionDelayYears(0.5).leadTimeYears(leadTimeYears)
                .costs(costs).build();
    }

    /**
     * Capital cost (fixed 10 + 2 per t/yr x 100 t/yr) x overrun 1.5 = 315 per attempt, spread over
     * a 2-year lead time that starts after a 0.5-year decision delay: 78.75 in year 0 (half a year),
     * 157.5 in year 1, 78.75 in year 2; the plant operates from t = 2.5, so from step 3.
     */
    @Test
    void capexIsSpreadOverTheLeadTime() {
        Project p = capexProject(2);
        Scenario s = base(5, 1, 0).material(material("X", 1000))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(p), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        PathTrace t = trace(s);
        assertArrayEquals(new double[] {78.75, 157.5, 78.75, 0, 0}, t.values("capex"), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0, 100, 100}, t.values("projectCapacity.p"), 0);
        assertEquals(2028.5, t.operatingFrom().get("p"));
    }

    /**
     * A project with no lead time spends its capital (the 315 of the test above) at once, in the
     * step that contains its start: t = 0.5 yr is the third quarter's first instant, and in yearly
     * steps falls in the first year.
     */
    @Test
    void capexWithoutLeadTimeIsSpentInTheStepOfTheStart() {
        Project p = capexProject(0);
        Scenario quarterly = base(1, 4, 0).material(material("X", 1000))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(p), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        assertArrayEquals(new double[] {0, 0, 315, 0}, trace(quarterly).values("capex"), 1e-9);
        Scenario yearly = quarterly.toBuilder().time(new dev.autarky.scenario.TimeGrid(2026, 2, 1)).build();
        assertArrayEquals(new double[] {315, 0}, trace(yearly).values("capex"), 1e-9);
    }

    /** A linear ramp of 2 years to a plateau of 80 % of 100 t/yr, starting at t = 1. */
    @Test
    void capacityRampsToItsPlateau() {
        Project p = Project.builder("p").stage("s").nameplate(100).leadTimeYears(1)
                .rampUp(new dev.autarky.scenario.RampUp(RampShape.LINEAR, fixed(2), fixed(0.8))).build();
        Scenario s = base(5, 2, 0).material(material("X", 1000))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(p), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        double[] cap = trace(s).values("projectCapacity.p");
        // half-year steps: t = 0, 0.5 -> 0; t = 1, 1.5, 2, 2.5 -> 80 x (0, 0.25, 0.5, 0.75); t >= 3 -> 80
        assertArrayEquals(new double[] {0, 0, 0, 20, 40, 60, 80, 80, 80, 80}, cap, 1e-12);
    }

    /**
     * Monthly steps; a seasonal factor of 0 in March and August makes the domestic share criterion
     * fail in those months. With K = 3 the first run of three met steps starts in April (step 3);
     * with K = 6 the first run of six starts in September (step 8) and lasts into February.
     */
    @Test
    void theCriterionNeedsKConsecutiveSteps() {
        List<Double> months = List.of(1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0);
        Stage seasonal = new Stage("s", "s", List.of(), CapacityBasis.OUTPUT,
                new Availability(fixed(1), months, null));
        DomesticChain chain = chain(List.of(seasonal), List.of(plant("p", "s", 1000)), "X");
        Scenario k3 = base(2, 12, 0).material(material("X", 1000)).domestic(chain)
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 3)).build();
        assertEquals(2026.25, trace(k3).timeToSelfReliance("c").getAsDouble(), 1e-12);
        Scenario k6 = base(2, 12, 0).material(material("X", 1000)).domestic(chain)
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 6)).build();
        assertEquals(2026 + 8 / 12.0, trace(k6).timeToSelfReliance("c").getAsDouble(), 1e-12);
        Scenario k7 = base(2, 12, 0).material(material("X", 1000)).domestic(chain)
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 7)).build();
        assertTrue(trace(k7).timeToSelfReliance("c").isEmpty(), "no run of 7 within two years");
    }

    /** Demand grows 10 % a year from 1,000: 1,000, 1,100, 1,210; with quarterly steps (1.1)^(k/4). */
    @Test
    void demandGrowsGeometrically() {
        Scenario s = base(3, 1, 0).material(new dev.autarky.scenario.Material("X", "X",
                dev.autarky.scenario.Demand.of(fixed(1000), fixed(0.1)), fixed(1), fixed(0), null, null))
                .criterion(criterion(CriterionKind.CAPABILITY, 1, 1)).build();
        assertArrayEquals(new double[] {1000, 1100, 1210}, trace(s).values("demand.X"), 1e-9);
        Scenario gone = base(3, 1, 0).material(new dev.autarky.scenario.Material("X", "X",
                dev.autarky.scenario.Demand.of(fixed(1000), fixed(-1)), fixed(1), fixed(0), null, null))
                .criterion(criterion(CriterionKind.CAPABILITY, 1, 1)).build();
        // growth of -100 %: demand vanishes after the first step; zero demand satisfies every criterion
        PathTrace t = trace(gone);
        assertArrayEquals(new double[] {1000, 0, 0}, t.values("demand.X"), 0);
        assertEquals(2027.0, t.timeToSelfReliance("c").getAsDouble());
    }

    @Test
    void aFailedDependencyMeansTheDependentNeverStarts() {
        Project gate = Project.builder("gate").successProbability(0).leadTimeYears(1).build();
        ProjectCosts costs = new ProjectCosts(fixed(100), fixed(0), fixed(1), fixed(0), fixed(0), fixed(0));
        Project plant = Project.builder("plant").stage("s").nameplate(1000).dependsOn("gate").leadTimeYears(1)
                .costs(costs).build();
        Scenario s = base(5, 1, 0).material(material("X", 1000))
                .domestic(new DomesticChain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(plant, gate),
                        Map.of("X", 1.0), null))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        PathTrace t = trace(s);
        assertEquals(Double.POSITIVE_INFINITY, t.operatingFrom().get("gate"));
        assertEquals(Double.POSITIVE_INFINITY, t.operatingFrom().get("plant"));
        assertArrayEquals(new double[5], t.values("capex"), 0, "a project that never starts spends nothing");
        assertTrue(t.timeToSelfReliance("c").isEmpty());
    }

    @Test
    void failedAttemptsAreRetriedAndStillCost() {
        // certain failure on every attempt: 3 attempts of 1 year each, 0.5 years apart, each costing 30
        ProjectCosts costs = new ProjectCosts(fixed(30), fixed(0), fixed(1), fixed(0), fixed(0), fixed(0));
        Project p = Project.builder("p").stage("s").nameplate(10).successProbability(0).attempts(3)
                .leadTimeYears(1).retryDelayYears(0.5).costs(costs).build();
        Scenario s = base(5, 2, 0).material(material("X", 1000))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(p), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        double[] capex = trace(s).values("capex");
        // attempts over [0,1), [1.5,2.5), [3,4): 15 per half-year step inside an attempt
        assertArrayEquals(new double[] {15, 15, 0, 15, 15, 0, 15, 15, 0, 0}, capex, 1e-12);
    }

    @Test
    void levelizedDomesticCostIsPresentCostOverPresentOutput() {
        // 100 t/yr at 1,000 USD/t opex for 2 years at 10 %: PV cost = 1e5 (1 + 1/1.1), PV output = 100 (1 + 1/1.1) t
        ProjectCosts costs = new ProjectCosts(fixed(0), fixed(0), fixed(1), fixed(0), fixed(1000), fixed(0));
        Project p = Project.builder("p").stage("s").nameplate(100).costs(costs).build();
        Scenario s = base(2, 1, 0.10).material(material("X", 1000))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(p), "X"))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        assertEquals(1.0, trace(s).costs().get("levelizedDomesticCostPerKg"), 1e-12);
    }

    @Test
    void noDomesticOutputLeavesTheLevelizedCostUndefined() {
        Scenario s = base(2, 1, 0).material(material("X", 1000)).supplier(supplier("T", true, "X", null, 1))
                .criterion(criterion(CriterionKind.CAPABILITY, 1, 1)).build();
        var r = Simulator.of(s).run(new RunSettings(10, 1, 1, 4));
        assertEquals(0, r.cost("levelizedDomesticCostPerKg").count());
        assertEquals(10, r.cost("importSpend").count());
        assertTrue(Double.isNaN(trace(s).costs().get("levelizedDomesticCostPerKg")));
    }

    @Test
    void rampsOfSuppliersFollowCalendarYears() {
        Ramp ramp = new Ramp(RampShape.LINEAR, fixed(2027), fixed(2), fixed(0), fixed(400));
        var sup = new dev.autarky.scenario.ExternalSupplier("T", "T", true, null, Map.of(),
                List.of(new dev.autarky.scenario.SupplyTerms("X", ramp, fixed(0.5), fixed(1), Map.of())));
        Scenario s = base(4, 1, 0).material(material("X", 1000)).supplier(sup)
                .criterion(criterion(CriterionKind.CAPABILITY, 1, 1)).build();
        // 2026: 0; 2027: 0; 2028: 200 x 0.5; 2029: 400 x 0.5
        assertArrayEquals(new double[] {0, 0, 100, 200}, trace(s).values("available.T.X"), 1e-12);
        assertEquals(Uncertain.fixed(0.5), sup.materials().get(0).realisation());
    }
}
