package dev.autarky.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Copies every per-step quantity of the path a kernel has just simulated under readable names,
 * such as {@code "demand.Dy"} or {@code "delivered.china.Dy"}. Rates are t/yr, stocks t, money
 * currency per step (undiscounted). Used by trace runs only.
 */
final class TraceRecorder {

    private TraceRecorder() {
    }

    /** The kernel's per-step state after {@link PathKernel#simulate}. */
    static Map<String, double[]> record(CompiledScenario c, PathKernel kernel) {
        Map<String, double[]> values = new LinkedHashMap<>();
        double dt = c.dt;
        for (int m = 0; m < c.materialCount; m++) {
            String id = c.materialIds[m];
            values.put("demand." + id, kernel.demand[m].clone());
            values.put("domesticOutput." + id, scaled(kernel.domesticTotal, c.composition[m]));
            values.put("domesticUsed." + id, scaled(kernel.domesticUsed[m], 1 / dt));
            values.put("recycled." + id, kernel.recycled[m].clone());
            values.put("recycledUsed." + id, scaled(kernel.recycledUsed[m], 1 / dt));
            for (int s = 0; s < c.supplierCount; s++) {
                if (c.supplies[s][m]) {
                    values.put("available." + c.supplierIds[s] + "." + id, kernel.available[m][s].clone());
                    values.put("delivered." + c.supplierIds[s] + "." + id, scaled(kernel.delivered[m][s], 1 / dt));
                }
            }
            values.put("untrustedDelivered." + id, scaled(kernel.untrustedDelivered[m], 1 / dt));
            values.put("capability." + id, kernel.capability[m].clone());
            values.put("stockpileRelease." + id, scaled(kernel.release[m], 1 / dt));
            values.put("stockpileRefill." + id, scaled(kernel.refill[m], 1 / dt));
            values.put("stockpile." + id, kernel.stock[m].clone());
            values.put("shortfall." + id, scaled(kernel.shortfall[m], 1 / dt));
        }
        for (int j = 0; j < c.stageCount; j++) {
            String id = c.scenario.domestic().stages().get(j).id();
            values.put("stageCapacity." + id, kernel.stageCapacity[j].clone());
            values.put("stageAvailability." + id, kernel.stageAvailability[j].clone());
            values.put("stageThroughput." + id, kernel.stageThroughput[j].clone());
            values.put("stageOutput." + id, kernel.stageOutput[j].clone());
        }
        for (int q = 0; q < c.projectCount; q++) {
            values.put("projectCapacity." + c.projectIds[q], kernel.projectCapacity[q].clone());
        }
        values.put("capex", kernel.capex.clone());
        values.put("opex", kernel.opex.clone());
        values.put("importSpend", kernel.imports.clone());
        values.put("stockpileCost", kernel.stockpileCost.clone());
        values.put("shortageCost", kernel.shortageCost.clone());
        values.put("recyclingCost", kernel.recyclingCost.clone());
        values.put("surplusRevenue", kernel.revenue.clone());
        values.put("discountFactor", kernel.discount.clone());
        for (int cr = 0; cr < c.criterionCount; cr++) {
            double[] met = new double[c.steps];
            double[] run = new double[c.steps];
            for (int k = 0; k < c.steps; k++) {
                met[k] = kernel.criterionMet[cr][k] ? 1 : 0;
                run[k] = kernel.criterionRun[cr][k];
            }
            values.put("criterion." + c.criterionIds[cr] + ".met", met);
            values.put("criterion." + c.criterionIds[cr] + ".run", run);
        }
        return values;
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] * factor;
        }
        return out;
    }
}
