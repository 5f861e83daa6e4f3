package dev.autarky.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.PathTrace;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default scenario starts where Japan is: in the first step (2026) China's share of Japan's
 * demand — the part that no domestic, recycled or trusted supply could cover — is about 0.65 for
 * rare earths in total and about 0.85 for Dy and Tb (reference sheet sections 1d and 1e: likely 0.65
 * in 0.55-0.75; likely 0.85 in 0.70-1.00).
 */
class JapanCalibrationTest {

    private static final Scenario JAPAN = Scenarios.japanRareEarths();
    private static final int PATHS = 4_000;

    private record Shares(double total, double heavy) {
    }

    /** China's structural share of demand in step 0 of one path: 1 - capability / demand, over the materials given. */
    private static double structuralShare(PathTrace t, List<String> materials) {
        double demand = 0;
        double uncovered = 0;
        for (String m : materials) {
            double d = t.values("demand." + m)[0];
            demand += d;
            uncovered += Math.max(0, d - t.values("capability." + m)[0]);
        }
        return uncovered / demand;
    }

    @Test
    void firstStepReproducesJapansChinaShares() {
        Simulator sim = Simulator.of(JAPAN);
        double sumTotal = 0;
        double sumHeavy = 0;
        int normalPaths = 0;
        double[] totals = new double[PATHS];
        double[] heavies = new double[PATHS];
        for (int i = 0; i < PATHS; i++) {
            PathTrace t = sim.trace(1, i);
            double total = structuralShare(t, List.of("NdPr", "Dy", "Tb", "otherREO"));
            double heavy = structuralShare(t, List.of("Dy", "Tb"));
            totals[i] = total;
            heavies[i] = heavy;
            sumTotal += total;
            sumHeavy += heavy;
            if (t.regimeStates().get("china-export-policy").get(0).equals("normal")) {
                // when China delivers as asked, its actual share of demand is the structural share
                // (the stockpile and shortfall play no part)
                normalPaths++;
                double delivered = 0;
                double demand = 0;
                for (String m : List.of("NdPr", "Dy", "Tb", "otherREO")) {
                    delivered += t.values("delivered.china." + m)[0];
                    demand += t.values("demand." + m)[0];
                }
                assertEquals(total, delivered / demand, 1e-9, "path " + i);
            }
        }
        double meanTotal = sumTotal / PATHS;
        double meanHeavy = sumHeavy / PATHS;
        assertEquals(0.65, meanTotal, 0.03, "mean China share of total rare-earth demand in 2026");
        assertEquals(0.85, meanHeavy, 0.03, "mean China share of Dy + Tb demand in 2026");
        assertTrue(normalPaths > 0.05 * PATHS, "about 10 % of paths start in the normal state, saw " + normalPaths);
        java.util.Arrays.sort(totals);
        java.util.Arrays.sort(heavies);
        // the spread across paths stays inside the reference sheet's low-high ranges
        assertTrue(totals[PATHS / 10] >= 0.55 && totals[9 * PATHS / 10] <= 0.75,
                "total share P10-P90 " + totals[PATHS / 10] + "-" + totals[9 * PATHS / 10] + " outside 0.55-0.75");
        assertTrue(heavies[PATHS / 10] >= 0.70 && heavies[9 * PATHS / 10] <= 1.00,
                "Dy/Tb share P10-P90 " + heavies[PATHS / 10] + "-" + heavies[9 * PATHS / 10] + " outside 0.70-1.00");
        System.out.printf("2026 China share of demand: total mean %.3f (P10-P90 %.3f-%.3f), Dy+Tb mean %.3f "
                + "(P10-P90 %.3f-%.3f); %d of %d paths start unrestricted%n", meanTotal, totals[PATHS / 10],
                totals[9 * PATHS / 10], meanHeavy, heavies[PATHS / 10], heavies[9 * PATHS / 10], normalPaths, PATHS);
    }
}
