package dev.autarky.benchmarks;

import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathKernel;
import dev.autarky.internal.engine.PathOutcome;
import dev.autarky.internal.engine.RunAccumulator;
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
 * A run's statistics on their own: accepting one path's outcome (every time-to-event count, cost
 * and per-step series of the scenario), and combining two workers' accumulators — the exact merge
 * that makes results independent of threads and machines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RunAccumulatorBenchmark {

    /** Built-in scenario name or file, with optional {@code @monthly} / {@code @hYEARS}. */
    @Param({"japan-rare-earths"})
    public String scenario;

    private CompiledScenario compiled;
    private RunAccumulator accumulator;
    private PathOutcome outcome;
    private RunAccumulator left;
    private RunAccumulator right;
    private long accepted;

    /** Simulates one path to accept over and over, and two accumulators of 20,000 paths each. */
    @Setup
    public void setup() throws IOException {
        compiled = CompiledScenario.of(BenchmarkScenarios.load(scenario));
        PathKernel kernel = new PathKernel(compiled);
        kernel.simulate(1, 0);
        outcome = kernel.outcome;
        accumulator = new RunAccumulator(compiled);
        left = filled(kernel, 0, 20_000);
        right = filled(kernel, 20_000, 20_000);
    }

    private RunAccumulator filled(PathKernel kernel, long first, int paths) {
        RunAccumulator acc = new RunAccumulator(compiled);
        for (long i = first; i < first + paths; i++) {
            kernel.simulate(1, i);
            acc.accept(kernel.outcome);
            if ((i & 511) == 511) {
                acc.endBlock();
            }
        }
        acc.endBlock();
        return acc;
    }

    /** One path's outcome into the accumulator (blocks of 512 paths). */
    @Benchmark
    public long accept() {
        accumulator.accept(outcome);
        if ((++accepted & 511) == 0) {
            accumulator.endBlock();
        }
        return accumulator.paths();
    }

    /**
     * Combining a worker's accumulator of 20,000 paths into a total (which grows call after call;
     * the cost depends on the histograms' and sums' sizes, not on the paths they count).
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long combine() {
        left.combine(right);
        return left.paths();
    }
}
