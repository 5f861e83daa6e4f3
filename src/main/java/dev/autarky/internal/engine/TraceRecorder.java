package dev.autarky.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records every per-step quantity of one path while the kernel simulates it, under readable
 * names such as {@code "demand.Dy"} or {@code "delivered.china.Dy"}. Used by trace runs only.
 */
public final class TraceRecorder {

    private final CompiledScenario c;
    /** Values by name, one entry per step. */
    public final Map<String, double[]> values = new LinkedHashMap<>();
    /** Regime state index per step, by regime id. */
    public final Map<String, int[]> regimeStates = new LinkedHashMap<>();

    /** A recorder for paths of {@code compiled}. */
    public TraceRecorder(CompiledScenario compiled) {
        this.c = compiled;
    }

    private void put(String name, int k, double v) {
        values.computeIfAbsent(name, n -> new double[c.steps])[k] = v;
    }

    void capture(int k, PathKernel kernel) {
        for (int m = 0; m < c.materialCount; m++) {
            String id = c.materialIds[m];
            put("demand." + id, k, kernel.demand[m]);
            put("domesticOutput." + id, k, kernel.domesticOutput[m]);
            put("domesticUsed." + id, k, kernel.domesticUsed[m] / c.dt);
            put("recycled." + id, k, kernel.recycled[m]);
            put("recycledUsed." + id, k, kernel.recycledUsed[m] / c.dt);
            for (int s = 0; s < c.supplierCount; s++) {
                if (c.supplies[s][m]) {
                    put("available." + c.supplierIds[s] + "." + id, k, kernel.available[s][m]);
                    put("delivered." + c.supplierIds[s] + "." + id, k, kernel.delivered[s][m] / c.dt);
                }
            }
            put("untrustedDelivered." + id, k, kernel.untrustedDelivered[m] / c.dt);
            put("capability." + id, k, kernel.trustedCapability[m]);
            put("stockpileRelease." + id, k, kernel.release[m] / c.dt);
            put("stockpileRefill." + id, k, kernel.refill[m] / c.dt);
            put("stockpile." + id, k, kernel.stock[m]);
            put("shortfall." + id, k, kernel.shortfall[m] / c.dt);
        }
        for (int j = 0; j < c.stageCount; j++) {
            String id = c.scenario.domestic().stages().get(j).id();
            put("stageCapacity." + id, k, kernel.stageCapacity[j]);
            put("stageAvailability." + id, k, kernel.stageAvailability[j]);
            put("stageThroughput." + id, k, kernel.stageThroughput[j]);
            put("stageOutput." + id, k, kernel.stageOutput[j]);
        }
        for (int q = 0; q < c.projectCount; q++) {
            put("projectCapacity." + c.projectIds[q], k, kernel.projectCapacity[q]);
        }
        for (int r = 0; r < c.regimeCount; r++) {
            regimeStates.computeIfAbsent(c.regimeIds[r], n -> new int[c.steps])[k] = kernel.regimeState[r][k];
        }
        put("capex", k, kernel.stepCapex);
        put("opex", k, kernel.stepOpex);
        put("importSpend", k, kernel.stepImports);
        put("stockpileCost", k, kernel.stepStockpile);
        put("shortageCost", k, kernel.stepShortage);
        put("recyclingCost", k, kernel.stepRecycling);
        put("surplusRevenue", k, kernel.stepRevenue);
        put("discountFactor", k, kernel.discount);
        for (int cr = 0; cr < c.criterionCount; cr++) {
            put("criterion." + c.criterionIds[cr] + ".met", k, kernel.criterionMet[cr] ? 1 : 0);
            put("criterion." + c.criterionIds[cr] + ".run", k, kernel.run[cr]);
        }
    }
}
