package dev.autarky.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conveniences a reader of results uses: bands by calendar year, equality but for threads. */
class ResultAccessTest {

    @Test
    void sameNumbersIgnoresTheThreadCountAndNothingElse() {
        Simulator simulator = Simulator.of(Scenarios.japanRareEarths());
        RunSettings settings = RunSettings.defaults().withPaths(1_500).withSeed(11).withBlockSize(256);
        SimulationResult one = simulator.run(settings.withThreads(1));
        SimulationResult two = simulator.run(settings.withThreads(2));
        assertNotEquals(one, two, "the run info records the thread count");
        assertTrue(one.sameNumbers(two));
        assertTrue(two.sameNumbers(one));
        assertFalse(one.sameNumbers(simulator.run(settings.withThreads(2).withSeed(12))));
        assertFalse(one.sameNumbers(simulator.run(settings.withThreads(1).withPaths(1_499))));
    }

    @Test
    void inYearFindsTheStepStartingOnTheFirstOfJanuary() {
        List<SeriesBands.Band> bands = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            double v = k;
            bands.add(new SeriesBands.Band(2026 + k / 4.0, v, v, v, v, v, v,
                    SeriesBands.Limits.of(0.95, new double[5], new double[5])));
        }
        SeriesBands quarterly = new SeriesBands("untrustedShare.Dy", "fraction of demand", bands, 0.001, true);
        assertSame(bands.get(0), quarterly.inYear(2026));
        assertSame(bands.get(4), quarterly.inYear(2027));
        assertSame(bands.get(8), quarterly.inYear(2028));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quarterly.inYear(2029));
        assertEquals("year: 2029 is not within the horizon of series untrustedShare.Dy (years 2026 to 2028)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> quarterly.inYear(2025));
    }

    @Test
    void inYearOnARunReadsTheYearlyStep() {
        SimulationResult r = Simulator.of(Scenarios.japanRareEarths())
                .run(RunSettings.defaults().withPaths(500).withSeed(3).withThreads(1));
        SeriesBands dy = r.series("capabilityShare.Dy");
        int start = r.run().startYear();
        assertSame(dy.bands().get(9), dy.inYear(start + 9));
    }
}
