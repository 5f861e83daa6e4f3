package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs spread over executors, and runs interrupted and resumed, equal the uninterrupted local run bit for bit. */
class CheckpointAndExecutorTest {

    private static final Scenario JAPAN = Scenarios.japanRareEarths();
    private static final Simulator SIM = Simulator.of(JAPAN);

    private static String json(SimulationResult r) {
        var run = r.run();
        var normalized = new dev.autarky.result.RunInfo(run.scenario(), run.seed(), run.paths(), 0, run.blockSize(),
                run.sampling(), run.generator(), run.version(), run.startYear(), run.stepsPerYear(), run.horizonYears(),
                run.currency());
        return SummaryJson.toJson(new SimulationResult(normalized, r.title(), r.timesToSelfReliance(), r.costs(),
                r.series(), r.inputNames(), r.designErrors(), r.convergence(), r.pathOutcomes().orElse(null)));
    }

    /** Cancels a run once it has passed {@code paths} paths and returns what it had done. */
    private static long interrupt(RunSettings settings, Checkpointing cp, long paths) throws InterruptedException {
        AtomicBoolean once = new AtomicBoolean();
        Simulation[] holder = new Simulation[1];
        Object lock = new Object();
        Simulation s;
        synchronized (lock) {
            s = SIM.start(settings, (done, total) -> {
                if (done >= paths && once.compareAndSet(false, true)) {
                    synchronized (lock) {
                        holder[0].cancel();
                    }
                }
            }, cp);
            holder[0] = s;
        }
        assertThrows(SimulationCancelledException.class, s::result);
        return s.pathsDone();
    }

    @Test
    void aResumedRunEqualsTheUninterruptedRun(@TempDir Path dir) throws Exception {
        RunSettings settings = new RunSettings(6_000, 3, 2, 200);
        String whole = json(SIM.run(settings));
        Checkpointing cp = new Checkpointing(dir.resolve("run.ckpt"), 4);
        long done = interrupt(settings, cp, 2_000);
        assertTrue(done < 6_000, "interrupted before the end: " + done);
        assertTrue(Files.exists(cp.file()), "a checkpoint was written");
        // resume on another number of threads
        SimulationResult resumed = SIM.resume(settings.withThreads(1), ProgressListener.NONE, cp).result();
        assertEquals(whole, json(resumed));
        assertEquals(6_000, resumed.run().paths());
    }

    @Test
    void aResumedRunWithAStopRuleStopsWhereTheUninterruptedOneStops(@TempDir Path dir) throws Exception {
        RunSettings settings = new RunSettings(200_000, 4, 2, 100)
                .withStopRule(StopRule.until("mean:systemCost:2%").withFirstRoundPaths(500));
        SimulationResult uninterrupted = SIM.run(settings);
        Checkpointing cp = new Checkpointing(dir.resolve("rounds.ckpt"), 3);
        interrupt(settings, cp, 600);
        SimulationResult resumed = SIM.resume(settings, ProgressListener.NONE, cp).result();
        assertEquals(json(uninterrupted), json(resumed));
        assertEquals(uninterrupted.convergence(), resumed.convergence());
    }

    @Test
    void aCheckpointOfAnotherRunIsRefused(@TempDir Path dir) throws Exception {
        RunSettings settings = new RunSettings(2_000, 5, 2, 100);
        Checkpointing cp = new Checkpointing(dir.resolve("a.ckpt"), 2);
        SIM.start(settings, ProgressListener.NONE, cp).result();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SIM.resume(settings.withSeed(6), ProgressListener.NONE, cp));
        assertTrue(e.getMessage().contains("another run"), e.getMessage());
        Files.writeString(dir.resolve("junk.ckpt"), "not a checkpoint");
        assertThrows(IOException.class, () -> SIM.resume(settings, ProgressListener.NONE,
                new Checkpointing(dir.resolve("junk.ckpt"), 2)));
        assertThrows(IllegalArgumentException.class, () -> SIM.start(settings.withCapture(PathCapture.OUTCOMES),
                ProgressListener.NONE, cp), "capture cannot be checkpointed");
    }

    /** An executor on "another machine": a separate simulator of the same scenario, chunk by chunk. */
    @Test
    void aRunThroughAnExecutorEqualsTheLocalRun() {
        Simulator remote = Simulator.of(Scenarios.japanRareEarths());
        RunSettings settings = new RunSettings(3_000, 9, 2, 128);
        SimulationResult viaExecutor = SIM.run(settings, ProgressListener.NONE,
                (from, to) -> remote.runBlocks(settings, from, to));
        assertEquals(json(SIM.run(settings)), json(viaExecutor));

        RunSettings withRule = settings.withPaths(100_000)
                .withStopRule(StopRule.until("mean:systemCost:3%").withFirstRoundPaths(400));
        assertEquals(json(SIM.run(withRule)), json(SIM.run(withRule, ProgressListener.NONE,
                (from, to) -> remote.runBlocks(withRule, from, to))));
    }

    @Test
    void partialsOfAnyGroupingCombineToTheWholeRun() {
        RunSettings settings = new RunSettings(2_000, 11, 1, 100);
        RunPartial a = SIM.runBlocks(settings, 0, 7);
        RunPartial b = SIM.runBlocks(settings, 7, 13);
        RunPartial c = SIM.runBlocks(settings, 13, 20);
        RunPartial whole = c.combine(a).combine(b);
        assertEquals(2_000, whole.paths());
        assertEquals(json(SIM.run(settings)), json(SIM.result(settings, whole)));
        assertThrows(IllegalArgumentException.class, () -> SIM.result(settings, SIM.runBlocks(settings, 0, 3)),
                "missing blocks");
        assertThrows(IllegalArgumentException.class,
                () -> SIM.runBlocks(settings, 0, 3).combine(SIM.runBlocks(settings.withSeed(12), 3, 6)),
                "different runs");
        assertThrows(IllegalArgumentException.class, () -> SIM.runBlocks(settings, 0, 21));
    }

    @Test
    void anExecutorFailureFailsTheRunWithItsCause() {
        RunSettings settings = new RunSettings(1_000, 1, 1, 100);
        IOException boom = new IOException("worker lost");
        SimulationFailedException e = assertThrows(SimulationFailedException.class,
                () -> SIM.run(settings, ProgressListener.NONE, (from, to) -> {
                    throw boom;
                }));
        assertEquals(boom, e.getCause());
    }
}
