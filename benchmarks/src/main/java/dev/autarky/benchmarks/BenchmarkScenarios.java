package dev.autarky.benchmarks;

import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.TimeGrid;
import java.io.IOException;

/**
 * Scenarios the benchmarks run: a built-in name or a file, optionally re-gridded. A name may end
 * in {@code @monthly} (12 steps a year) and/or {@code @h<years>} (another horizon), e.g.
 * {@code japan-rare-earths@monthly} or {@code my-scenario.json@h20}.
 */
final class BenchmarkScenarios {

    private BenchmarkScenarios() {
    }

    static Scenario load(String spec) throws IOException {
        String[] parts = spec.split("@");
        Scenario s = Scenarios.load(parts[0]);
        int horizon = s.time().horizonYears();
        int perYear = s.time().stepsPerYear();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("monthly")) {
                perYear = 12;
            } else if (parts[i].startsWith("h")) {
                horizon = Integer.parseInt(parts[i].substring(1));
            } else {
                throw new IllegalArgumentException("unknown scenario modifier @" + parts[i]);
            }
        }
        return s.toBuilder().time(new TimeGrid(s.time().startYear(), horizon, perYear)).build();
    }
}
