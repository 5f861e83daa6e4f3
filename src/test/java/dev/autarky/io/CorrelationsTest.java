package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.Simulator;
import dev.autarky.internal.design.CorrelationMatrix;
import dev.autarky.scenario.Correlation;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Correlations in the model and the format: names, messages, the explicit repair, the engine's names. */
class CorrelationsTest {

    private static final String DY = "materials.Dy.demand.baseTonnesPerYear";
    private static final String GROWTH = "materials.Dy.demand.growthPerYear";
    private static final String PILOT = "domestic.projects.pilot.leadTimeYears";
    private static final String REFINERY = "domestic.projects.refinery.leadTimeYears";

    private static Scenario example() {
        try {
            return ScenarioJson.read(ScenarioJsonTest.exampleText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ScenarioException rejected(Correlation... cs) {
        Scenario.Builder b = example().toBuilder();
        for (Correlation c : cs) {
            b.correlation(c);
        }
        return assertThrows(ScenarioException.class, b::build);
    }

    @Test
    void messagesNameTheInputsAndHint() {
        String m = rejected(Correlation.of(DY, "domestic.projects.pilot.leadTime", 0.5)).getMessage();
        assertTrue(m.contains("$.correlations[0].inputs[1]") && m.contains("did you mean \"" + PILOT + "\""), m);
        m = rejected(Correlation.of("economics.discountRate", DY, 0.5)).getMessage();
        assertTrue(m.contains("names a fixed parameter (\"economics.discountRate\" = 0.04)"), m);
        m = rejected(Correlation.of(DY, GROWTH, 0.3), Correlation.of(GROWTH, DY, 0.3)).getMessage();
        assertTrue(m.contains("$.correlations[1].inputs: repeats the pair of $.correlations[0]"), m);
        m = rejected(Correlation.of(DY, GROWTH, 0.9), Correlation.of(GROWTH, PILOT, 0.9), Correlation.of(DY, PILOT, -0.9),
                Correlation.of(REFINERY, PILOT, 0.1)).getMessage();
        assertTrue(m.contains("$.correlations: the rank correlations among \"" + DY + "\", \"" + GROWTH + "\", \"" + PILOT
                + "\" cannot all hold at once"), m);
        assertTrue(!m.contains(REFINERY), "the innocent pair is not blamed: " + m);
        assertThrows(ScenarioException.class, () -> Correlation.of(DY, DY, 0.5));
        assertThrows(ScenarioException.class, () -> Correlation.of(DY, GROWTH, -1.01));
    }

    /** Rank correlations of ±1 are possible (a semi-definite matrix) and accepted. */
    @Test
    void perfectCorrelationsAreAccepted() {
        Scenario s = example().toBuilder().correlation(Correlation.of(DY, GROWTH, 1))
                .correlation(Correlation.of(GROWTH, PILOT, -1)).correlation(Correlation.of(DY, PILOT, -1)).build();
        assertEquals(3, s.correlations().size());
        assertEquals(s, ScenarioJson.read(ScenarioJson.write(s)));
    }

    @Test
    void nearestPossibleRepairsAnImpossibleSetExplicitly() {
        List<Correlation> wanted = List.of(Correlation.of(DY, GROWTH, 0.9), Correlation.of(GROWTH, PILOT, 0.9),
                Correlation.of(DY, PILOT, -0.9));
        rejected(wanted.toArray(Correlation[]::new));
        List<Correlation> repaired = Correlation.nearestPossible(wanted);
        assertEquals(3, repaired.size());
        Scenario.Builder b = example().toBuilder();
        repaired.forEach(b::correlation);
        Scenario s = b.build(); // accepted
        for (Correlation c : s.correlations()) {
            assertTrue(c.note().contains("repaired from"), c.note());
            assertTrue(Math.abs(c.spearman()) < 0.9, c.toString());
        }
        // a possible set is left as it is
        List<Correlation> fine = List.of(Correlation.of(DY, GROWTH, 0.5));
        assertEquals(0.5, Correlation.nearestPossible(fine).get(0).spearman(), 1e-9);
        assertEquals(0.5, CorrelationMatrix.spearmanFromNormal(CorrelationMatrix.normalFromSpearman(0.5)), 1e-15);
    }

    /**
     * The names the model accepts are those the engine draws: in 12 random scenarios, every name of
     * {@code Scenario.inputNames()} can be correlated (here with its neighbour, at 0), the engine
     * builds the copula, and its {@code Simulator.inputNames()} are the same names.
     */
    @Test
    void everyEngineInputCanBeCorrelated() {
        RandomScenarios random = new RandomScenarios(7);
        int checked = 0;
        int withCorrelations = 0;
        for (int i = 0; i < 12; i++) {
            Scenario s = random.next();
            withCorrelations += s.correlations().isEmpty() ? 0 : 1;
            List<String> names = s.inputNames();
            Scenario.Builder b = s.toBuilder().clearCorrelations();
            for (int k = 1; k < names.size(); k++) {
                b.correlation(Correlation.of(names.get(k - 1), names.get(k), 0));
            }
            Scenario correlated = b.build();
            List<String> engine;
            try {
                engine = Simulator.of(correlated).inputNames();
            } catch (ScenarioException e) {
                continue; // regimes the engine cannot put on the step
            }
            assertEquals(new java.util.TreeSet<>(names), new java.util.TreeSet<>(engine), "case " + i);
            checked += names.size();
        }
        assertTrue(checked > 100, "checked only " + checked + " names");
        assertTrue(withCorrelations > 2, "random scenarios with correlations: " + withCorrelations);
    }
}
