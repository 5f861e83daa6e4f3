package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.AllocationMeter;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathKernel;
import dev.autarky.internal.engine.RunAccumulator;
import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Scenario;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress, cancellation, and the allocation-free hot loop. */
class EngineApiTest {

    private static final Scenario JAPAN = Scenarios.japanRareEarths();

    @Test
    void progressIsReportedPerBlockAndReachesTheTotal() {
        AtomicLong last = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        var r = Simulator.of(JAPAN).run(new RunSettings(2_000, 1, 2, 100), (done, total) -> {
            assertEquals(2_000, total);
            last.accumulateAndGet(done, Math::max);
            calls.incrementAndGet();
        });
        assertEquals(20, calls.get(), "one call per block");
        assertEquals(2_000, last.get());
        assertEquals(2_000, r.run().paths());
    }

    @Test
    void cancellationStopsTheRunAndYieldsNoResult() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Simulation s = Simulator.of(JAPAN).start(new RunSettings(50_000_000L, 1, 2, 256), (done, total) -> started.countDown());
        assertTrue(started.await(30, TimeUnit.SECONDS), "no progress within 30 s");
        s.cancel();
        SimulationCancelledException e = assertThrows(SimulationCancelledException.class, s::result);
        assertTrue(s.isDone());
        assertTrue(s.pathsDone() < 50_000_000L, "stopped early: " + s.pathsDone());
        assertTrue(e.getMessage().contains("cancelled"));
    }

    /**
     * The kernel allocates nothing per path; the accumulators allocate only when a histogram must
     * widen its range to a value more extreme than any seen (geometric growth: a few times per
     * histogram per run). Replaying paths whose values are already covered allocates nothing.
     */
    @Test
    void theHotLoopAllocatesNothingPerPath() {
        CompiledScenario compiled = CompiledScenario.of(JAPAN);
        PathKernel kernel = new PathKernel(compiled);
        RunAccumulator acc = new RunAccumulator(compiled);
        Runnable kernelOnly = () -> {
            for (int i = 0; i < 2_000; i++) {
                kernel.simulate(3, i);
            }
        };
        Runnable withStatistics = () -> {
            for (int i = 0; i < 2_000; i++) {
                kernel.simulate(3, i);
                acc.accept(kernel.outcome);
                if (i % 256 == 255) {
                    acc.endBlock();
                }
            }
        };
        for (int warm = 0; warm < 5; warm++) {
            withStatistics.run(); // the JIT settles; histograms reach the range of these paths
        }
        long kernelBytes = AllocationMeter.bytesAllocatedBy(kernelOnly);
        long statisticsBytes = AllocationMeter.bytesAllocatedBy(withStatistics);
        assertTrue(kernelBytes < 200, "the kernel allocated " + kernelBytes + " bytes over 2,000 paths");
        // an exact sum's expansion may still lengthen once in a while (its array grows, geometrically):
        // a growth per run, not per path, so the bound is under a byte per path
        assertTrue(statisticsBytes < 2_000, "kernel and statistics allocated " + statisticsBytes
                + " bytes over 2,000 paths");
    }
}
