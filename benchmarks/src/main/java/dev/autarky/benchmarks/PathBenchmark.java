package dev.autarky.benchmarks;

import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.DrawFloor;
import dev.autarky.internal.engine.PathKernel;
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
 * Cost of one path, in the same run: the floor (the path's random draws and their transforms, no
 * model), the kernel (draws plus model), and the kernel plus every statistic a run collects. The
 * ratio {@code kernelAndStatistics / floor} is the overhead the engine adds on top of the
 * randomness it must consume. {@code -p scenario=NAME_OR_FILE[@monthly][@hYEARS]} benchmarks any
 * scenario; the horizon ladder shows cost growing linearly with the number of steps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PathBenchmark {

    /** Built-in scenario name or file, with optional {@code @monthly} / {@code @hYEARS}. */
    @Param({"japan-rare-earths@h10", "japan-rare-earths@h20", "japan-rare-earths", "japan-rare-earths@h70",
        "japan-rare-earths@monthly"})
    public String scenario;

    private PathKernel kernel;
    private RunAccumulator accumulator;
    private DrawFloor floor;
    private long path;

    /** Compiles the scenario once. */
    @Setup
    public void setup() throws IOException {
        CompiledScenario compiled = CompiledScenario.of(BenchmarkScenarios.load(scenario));
        kernel = new PathKernel(compiled);
        accumulator = new RunAccumulator(compiled);
        floor = new DrawFloor(compiled);
    }

    /** The draws of one path and their transforms, no model arithmetic. */
    @Benchmark
    public double floor() {
        return floor.draw(1, path++);
    }

    /** One path through the kernel, no statistics. */
    @Benchmark
    public double kernel() {
        kernel.simulate(1, path++);
        return kernel.outcome.costs[0];
    }

    /** One path plus every statistic a run collects (blocks of 512 paths). */
    @Benchmark
    public long kernelAndStatistics() {
        kernel.simulate(1, path++);
        accumulator.accept(kernel.outcome);
        if ((path & 511) == 0) {
            accumulator.endBlock();
        }
        return accumulator.paths();
    }
}
