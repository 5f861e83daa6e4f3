package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.io.Scenarios;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ledger of real paths of the default scenario, where every cost is non-zero: each discounted
 * cost is the sum over steps of its per-step money times the step's discount factor
 * {@code (1 + r)^(-kΔ)}; the system cost adds every cost and subtracts the surplus revenue; the
 * cumulative system cost ends at the system cost; China's share of all demand weighs each
 * material's share by its need.
 */
class LedgerInvariantsTest {

    private static final String[] PARTS = {"programmeCapex", "programmeOpex", "importSpend", "stockpileCost",
        "shortageCost", "recyclingCost", "surplusRevenue"};
    private static final String[] PER_STEP = {"capex", "opex", "importSpend", "stockpileCost", "shortageCost",
        "recyclingCost", "surplusRevenue"};

    @Test
    void everyCostIsItsDiscountedStepsAndTheSystemCostAddsThemUp() {
        Scenario japan = Scenarios.japanRareEarths();
        Simulator simulator = Simulator.of(japan);
        double rate = japan.economics().discountRate().mean(); // fixed in the default scenario
        int checked = 0;
        for (long path = 0; path < 400 && checked < 5; path++) {
            PathTrace t = simulator.trace(20261129, path);
            Map<String, Double> costs = t.costs();
            // surplus revenue is rare in the default scenario: its sign is checked on a scenario of its own below
            boolean allNonZero = true;
            for (String part : PARTS) {
                allNonZero &= part.equals("surplusRevenue") || costs.get(part) != 0;
            }
            if (!allNonZero) {
                continue;
            }
            checked++;
            double[] df = t.values("discountFactor");
            int steps = df.length;
            for (int k = 0; k < steps; k++) {
                assertEquals(Math.pow(1 + rate, -k), df[k], 1e-12 * Math.max(1, df[k]), "discount factor, yearly steps");
            }
            double system = 0;
            for (int i = 0; i < PARTS.length; i++) {
                double[] money = t.values(PER_STEP[i]);
                double pv = 0;
                for (int k = 0; k < steps; k++) {
                    pv += df[k] * money[k];
                }
                assertEquals(pv, costs.get(PARTS[i]), 1e-9 * Math.abs(pv), PARTS[i] + " on path " + path);
                system += PARTS[i].equals("surplusRevenue") ? -pv : pv;
            }
            assertEquals(system, costs.get("systemCost"), 1e-9 * Math.abs(system), "path " + path);
            double[] cumulative = t.values("series.cumulativeSystemCost");
            assertEquals(costs.get("systemCost"), cumulative[steps - 1], 1e-9 * Math.abs(system));

            double[] all = t.values("series.untrustedShare.all");
            for (int k = 0; k < steps; k++) {
                double untrusted = 0;
                double need = 0;
                for (Material m : japan.materials()) {
                    untrusted += t.values("untrustedDelivered." + m.id())[k];
                    need += t.values("demand." + m.id())[k];
                }
                assertEquals(untrusted / need, all[k], 1e-12, "China's share of all demand, step " + k);
            }
        }
        assertTrue(checked == 5, "paths with every cost non-zero: " + checked);
    }

    /** Domestic output of 1,200 t/yr against a demand of 1,000: 200 t sold at 7 USD/kg lowers the system cost. */
    @Test
    void surplusRevenueIsSubtractedFromTheSystemCost() {
        Scenario s = Fixtures.base(2, 1, 0.1)
                .material(new Material("X", "X", Demand.of(Fixtures.fixed(1000), Fixtures.fixed(0)),
                        Fixtures.fixed(7), Fixtures.fixed(0), null, null))
                .domestic(Fixtures.chain(List.of(Fixtures.stage("s", CapacityBasis.OUTPUT, 1)),
                        List.of(Fixtures.plant("p", "s", 1200)), "X"))
                .criterion(Fixtures.criterion(CriterionKind.DOMESTIC_SHARE, 1, 1)).build();
        Map<String, Double> costs = Simulator.of(s).trace(1, 0).costs();
        // 200 t x 7 USD/kg x 1,000 kg/t = 1.4 m a year; the second year discounted by 1.1
        double revenue = 1_400_000 * (1 + 1 / 1.1);
        assertEquals(revenue, costs.get("surplusRevenue"), 1e-6);
        assertEquals(-revenue, costs.get("systemCost"), 1e-6);
    }
}
