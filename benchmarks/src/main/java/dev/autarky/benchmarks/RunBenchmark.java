package dev.autarky.benchmarks;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.result.SimulationResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole runs end to end (compile once, then simulate, merge and assemble the result) over a ladder
 * of path counts and thread counts: wall time per run, hence paths per second and the scaling from
 * one to two threads, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RunBenchmark {

    /** Built-in scenario name or file, with optional {@code @monthly} / {@code @hYEARS}. */
    @Param({"japan-rare-earths"})
    public String scenario;

    /** Paths per run. */
    @Param({"20000", "100000"})
    public long paths;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private Simulator simulator;

    /** Compiles the scenario once. */
    @Setup
    public void setup() throws IOException {
        simulator = Simulator.of(BenchmarkScenarios.load(scenario));
    }

    /** One run with every statistic collected. */
    @Benchmark
    public SimulationResult run() {
        return simulator.run(new RunSettings(paths, 1, threads, RunSettings.DEFAULT_BLOCK_SIZE));
    }
}
