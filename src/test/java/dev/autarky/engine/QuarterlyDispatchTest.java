package dev.autarky.engine;

import static dev.autarky.engine.Fixtures.base;
import static dev.autarky.engine.Fixtures.chain;
import static dev.autarky.engine.Fixtures.criterion;
import static dev.autarky.engine.Fixtures.dispatchOrderScenario;
import static dev.autarky.engine.Fixtures.fixed;
import static dev.autarky.engine.Fixtures.material;
import static dev.autarky.engine.Fixtures.plant;
import static dev.autarky.engine.Fixtures.regime;
import static dev.autarky.engine.Fixtures.regimeSupplier;
import static dev.autarky.engine.Fixtures.stage;
import static dev.autarky.engine.Fixtures.supplier;
import static dev.autarky.engine.Fixtures.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.Stockpile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dispatch of {@code DeterministicScenariosTest} on quarterly steps (Δ = 0.25 yr), computed by
 * hand: rates (t/yr) move {@code rate × Δ} tonnes in a step, release and refill limits are rates,
 * stocks are tonnes and money is per step. On yearly steps Δ = 1 hides a rate used as tonnes; here
 * it cannot. Traced flows are rates (t/yr), {@code stockpile} is tonnes, money is currency per step.
 */
class QuarterlyDispatchTest {

    private static final double EPS = 1e-9;

    /**
     * Demand 1,000 t/yr: 250 t a quarter. Domestic 100 t/yr (25 t), recycling 5 % of demand (12.5 t),
     * trusted T1 200 t/yr (50 t) and T2 300 t/yr (75 t); the unlimited untrusted U covers the rest,
     * 250 - 25 - 12.5 - 50 - 75 = 87.5 t, i.e. 350 t/yr.
     */
    @Test
    void eachFlowMovesItsRateTimesTheStep() {
        PathTrace t = trace(dispatchOrderScenario(4));
        for (int k = 0; k < 4; k++) {
            assertEquals(100, t.values("domesticUsed.X")[k], EPS);
            assertEquals(50, t.values("recycledUsed.X")[k], EPS);
            assertEquals(200, t.values("delivered.T1.X")[k], EPS);
            assertEquals(300, t.values("delivered.T2.X")[k], EPS);
            assertEquals(350, t.values("delivered.U.X")[k], EPS);
            assertEquals(350, t.values("untrustedDelivered.X")[k], EPS);
            assertEquals(0, t.values("shortfall.X")[k], EPS);
            assertEquals(0.35, t.values("series.untrustedShare.X")[k], EPS);
            assertEquals(0.10, t.values("series.domesticShare.X")[k], EPS);
            // capability is a rate: 100 + 50 + 200 + 300 t/yr
            assertEquals(650, t.values("capability.X")[k], EPS);
            // per quarter: 50 t x 10 USD/kg + 75 t x 20 + 87.5 t x 5, x 1,000 kg/t
            assertEquals(1000 * (50 * 10 + 75 * 20 + 87.5 * 5), t.values("importSpend")[k], 1e-6);
            // 12.5 t recycled x 2 USD/kg x 1,000
            assertEquals(12.5 * 2 * 1000, t.values("recyclingCost")[k], 1e-6);
        }
    }

    /**
     * U embargoed; T 650 t/yr (162.5 t a quarter) leaves 87.5 t. The stock starts at 73 days of
     * 1,000 t/yr = 200 t and releases at most 150 t/yr = 37.5 t a quarter; the rest, 50 t (200 t/yr),
     * is shortfall at 40 USD/kg. Refill wants min(200 - stock, 40 t/yr x 0.25 = 10 t) but neither
     * supplier has anything left. Holding costs 0.5 USD/kg/yr, i.e. 125 USD per tonne and quarter.
     */
    @Test
    void stockpileLimitsAreRatesAndHoldingCostsAccrueByTheStep() {
        Stockpile stockpile = new Stockpile(fixed(73), fixed(73), fixed(150), fixed(40), true, fixed(0.5));
        Material x = new Material("X", "X", Demand.of(fixed(1000), fixed(0)), fixed(1), fixed(40), stockpile, null);
        Scenario s = base(1, 4, 0)
                .material(x)
                .regime(regime("policy", List.of("embargo"), List.of(1.0), new double[][] {{1}}))
                .supplier(regimeSupplier("U", false, "X", null, 5, "policy", Map.of("embargo", StateEffect.of(0, 3))))
                .supplier(supplier("T", true, "X", 650.0, 10))
                .criterion(criterion(CriterionKind.CAPABILITY, 0.9, 1)).build();
        PathTrace t = trace(s);
        double stock = 200;
        for (int k = 0; k < 4; k++) {
            stock -= 37.5;
            assertEquals(650, t.values("delivered.T.X")[k], EPS);
            assertEquals(0, t.values("delivered.U.X")[k], EPS);
            assertEquals(150, t.values("stockpileRelease.X")[k], EPS, "release rate, t/yr");
            assertEquals(200, t.values("shortfall.X")[k], EPS, "shortfall rate, t/yr");
            assertEquals(0, t.values("stockpileRefill.X")[k], EPS);
            assertEquals(stock, t.values("stockpile.X")[k], EPS, "tonnes in stock at the end of the quarter");
            assertEquals(stock * 0.5 * 1000 * 0.25, t.values("stockpileCost")[k], 1e-6);
            assertEquals(50 * 40 * 1000, t.values("shortageCost")[k], 1e-6);
            assertEquals(200, t.values("series.shortfall.X")[k], EPS);
            assertEquals(stock, t.values("series.stockpile.X")[k], EPS);
        }
        assertEquals(50, stock, EPS);
    }

    /**
     * Domestic 1,050 t/yr: 262.5 t a quarter against a need of 250, a surplus of 12.5 t. The empty
     * stock (target 73 days = 200 t) refills at most 120 t/yr = 30 t a quarter: 12.5 t from the
     * surplus, 17.5 t bought from T at 10 USD/kg. Nothing is left to sell.
     */
    @Test
    void refillsAreLimitedPerStepAndBoughtAtTheStepsPrice() {
        Stockpile stockpile = new Stockpile(fixed(0), fixed(73), fixed(1000), fixed(120), false, fixed(0));
        Scenario s = base(1, 4, 0)
                .material(material("X", 1000, stockpile, null))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(plant("p", "s", 1050)), "X"))
                .supplier(supplier("T", true, "X", 500.0, 10))
                .criterion(criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        PathTrace t = trace(s);
        for (int k = 0; k < 4; k++) {
            assertEquals(120, t.values("stockpileRefill.X")[k], EPS, "refill rate, t/yr");
            assertEquals(30 * (k + 1), t.values("stockpile.X")[k], EPS);
            assertEquals(0, t.values("delivered.T.X")[k], EPS);
            assertEquals(17.5 * 10 * 1000, t.values("stockpileCost")[k], 1e-6);
            assertEquals(0, t.values("surplusRevenue")[k], EPS);
            assertEquals(1050, t.values("domesticOutput.X")[k], EPS);
            assertEquals(1000, t.values("domesticUsed.X")[k], EPS);
        }
    }
}
