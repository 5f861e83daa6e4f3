package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.result.Estimate;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fan-band quantile intervals on the regime scenario, whose untrusted share takes the values 1,
 * 0.5 and 0 with the Markov chain's state probabilities {@code π_k = π_0 P^k} (yearly steps
 * checked): where the exact band quantile is an atom whose probability range
 * {@code (F(a−), F(a)]} contains the level with a margin of 4.5 binomial standard errors beyond
 * the 95 % ranks, the interval must be the atom's own bin.
 */
class FanBandsTest {

    private static final int PATHS = 20_000;

    @Test
    void bandQuantileIntervalsContainTheExactQuantiles() {
        SimulationResult r = Simulator.of(AnalyticScenariosTest.regimeScenario()).run(new RunSettings(PATHS, 21, 2, 512));
        SeriesBands bands = r.series("untrustedShare.X");
        double[][] annual = AnalyticScenariosTest.REGIME_ANNUAL;
        double[] pi = {0, 0, 1};
        double[] atoms = {0.0, 0.5, 1.0}; // ascending: embargo, restricted, normal
        int checked = 0;
        for (int year = 0; year < 12; year++) {
            double[] pAtom = {pi[2], pi[1], pi[0]};
            SeriesBands.Band band = bands.bands().get(4 * year);
            for (double level : SeriesBands.LEVELS) {
                Estimate e = band.quantile(level);
                assertEquals(0.95, e.confidence());
                assertTrue(e.lower() <= e.value() && e.value() <= e.upper(), "year " + year + " P" + level + ": " + e);
                double below = 0;
                for (int a = 0; a < 3; a++) {
                    double upTo = below + pAtom[a];
                    double margin = (1.96 + 4.5) * Math.sqrt(level * (1 - level) / PATHS);
                    if (below < level - margin && upTo > level + margin) {
                        assertTrue(e.contains(atoms[a]), "year " + year + " P" + level + ": exact " + atoms[a] + ", " + e);
                        assertTrue(e.upper() - e.lower() <= 1.0 / 1024, "the atom's own bin");
                        checked++;
                    }
                    below = upTo;
                }
            }
            double[] next = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    next[j] += pi[i] * annual[i][j];
                }
            }
            pi = next;
        }
        assertTrue(checked >= 40, "checked " + checked + " band quantiles");
        List<SeriesBands.Band> all = bands.bands();
        assertEquals(48, all.size());
    }
}
