package dev.autarky.benchmarks;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathKernel;
import dev.autarky.internal.engine.RunAccumulator;
import dev.autarky.io.Scenarios;
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
 * Cost of one simulated path of a scenario: the kernel alone, the kernel plus every statistic a
 * run collects, and a whole multi-threaded run. {@code -p scenario=NAME_OR_FILE} benchmarks any
 * scenario.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PathBenchmark {

    /** Built-in scenario name or a path to a scenario file. */
    @Param({"japan-rare-earths"})
    public String scenario;

    private PathKernel kernel;
    private RunAccumulator accumulator;
    private Simulator simulator;
    private long path;

    /** Compiles the scenario once. */
    @Setup
    public void setup() throws IOException {
        CompiledScenario compiled = CompiledScenario.of(Scenarios.load(scenario));
        kernel = new PathKernel(compiled);
        accumulator = new RunAccumulator(compiled);
        simulator = Simulator.of(compiled.scenario);
    }

    /** One path through the kernel, no statistics. */
    @Benchmark
    public double kernelOnly() {
        kernel.simulate(1, path++);
        return kernel.outcome.costs[0];
    }

    /** One path plus accumulating every statistic of a run. */
    @Benchmark
    public long kernelAndStatistics() {
        kernel.simulate(1, path++);
        accumulator.accept(kernel.outcome);
        if ((path & 511) == 0) {
            accumulator.endBlock();
        }
        return accumulator.paths();
    }

    /** A whole run of 20,000 paths on one thread, result assembled (per-run cost). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimulationResult run20kPathsOneThread() {
        return simulator.run(new RunSettings(20_000, 1, 1, RunSettings.DEFAULT_BLOCK_SIZE));
    }
}
