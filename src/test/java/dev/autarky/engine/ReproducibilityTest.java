package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathKernel;
import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The engine's promises: results independent of thread count; any path replayable alone. */
class ReproducibilityTest {

    private static final Scenario JAPAN = Scenarios.japanRareEarths();

    @Test
    void sameSeedGivesIdenticalResultsOnOneTwoFourAndEightThreads() {
        Simulator sim = Simulator.of(JAPAN);
        RunSettings settings = new RunSettings(3_000, 7, 1, 128);
        SimulationResult one = sim.run(settings);
        for (int threads : new int[] {2, 4, 8}) {
            SimulationResult other = sim.run(settings.withThreads(threads));
            // the summary JSON shows every number, so a difference is readable; then the values themselves
            assertEquals(SummaryJson.toJson(withoutThreads(one)), SummaryJson.toJson(withoutThreads(other)),
                    threads + " threads");
            assertEquals(withoutThreads(one), withoutThreads(other), threads + " threads");
        }
        assertNotEquals(SummaryJson.toJson(withoutThreads(one)), SummaryJson.toJson(withoutThreads(sim.run(settings.withSeed(8)))),
                "another seed differs");
    }

    private static SimulationResult withoutThreads(SimulationResult r) {
        var run = r.run();
        var normalized = new dev.autarky.result.RunInfo(run.scenario(), run.seed(), run.paths(), 0, run.blockSize(),
                run.sampling(), run.generator(), run.version(), run.startYear(), run.stepsPerYear(), run.horizonYears(),
                run.currency());
        return new SimulationResult(normalized, r.title(), r.timesToSelfReliance(), r.costs(), r.series(), r.inputNames());
    }

    /** Paths simulated one after another by one kernel (as a worker does) equal each path replayed alone. */
    @Test
    void aTracedPathEqualsThatPathInsideTheRun() {
        CompiledScenario compiled = CompiledScenario.of(JAPAN);
        PathKernel worker = new PathKernel(compiled);
        Simulator sim = Simulator.of(JAPAN);
        long seed = 5;
        for (int i = 0; i < 60; i++) {
            worker.simulate(seed, i);
            PathTrace alone = sim.trace(seed, i);
            int c = 0;
            for (String id : compiled.criterionIds()) {
                int k = worker.outcome.timeToSelfReliance[c++];
                assertEquals(k < 0 ? null : JAPAN.time().yearAt(k),
                        alone.timeToSelfReliance(id).isPresent() ? alone.timeToSelfReliance(id).getAsDouble() : null,
                        "path " + i + " criterion " + id);
            }
            for (int j = 0; j < CompiledScenario.COSTS.size(); j++) {
                assertEquals(worker.outcome.costs[j], alone.costs().get(CompiledScenario.COSTS.get(j)),
                        "path " + i + " " + CompiledScenario.COSTS.get(j));
            }
            for (int s = 0; s < compiled.series.size(); s++) {
                assertArrayEquals(worker.outcome.series[s], alone.values("series." + compiled.series.get(s).name()),
                        "path " + i + " series " + compiled.series.get(s).name());
            }
        }
    }
}
