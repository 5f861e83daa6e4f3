package dev.autarky.benchmarks;

import dev.autarky.internal.design.GaussianCopula;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.io.Scenarios;
import java.util.Arrays;
import java.util.Locale;
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
 * Nanoseconds per path to draw the uniforms of every uncertain input of the default scenario under
 * each sampling design, without and with the scenario's Gaussian copula (its Dy and Tb demand and
 * non-China supply), before the quantile functions (measured by {@link SamplerBenchmark}). Paths
 * advance by one per call, as a worker's do, so the Latin hypercube's per-block shuffles (blocks of
 * 512) and the Sobol point shared by 16 consecutive paths are paid at their natural rate. The
 * baseline fills the same array with a constant: the floor under the others. Run with
 * {@code -prof gc} to confirm {@code gc.alloc.rate.norm} is 0 B/op.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Djmh.args="SamplingDesignBenchmark -prof gc"</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SamplingDesignBenchmark {

    private static final long PATHS = 1L << 30;
    private static final int BLOCK = 512;

    /** The default scenario's input count (the baseline fills an array of this size). */
    private double[] uniforms;
    private long path;
    /** Non-final so that the JIT cannot fold it. */
    private long seed = 20_260_106L;

    /** The design under test; its own state so that {@link #baseline} runs once, not once per design. */
    @State(Scope.Thread)
    public static class Design {

        /** The design: mc, lhs, sobol or antithetic. */
        @Param({"mc", "lhs", "sobol", "antithetic"})
        public String design;

        /** Whether the scenario's copula correlates its inputs: "none" or "copula". */
        @Param({"none", "copula"})
        public String correlation;

        InputDesign.Sampler sampler;

        @Setup
        public void setUp() {
            CompiledScenario compiled = CompiledScenario.of(Scenarios.japanRareEarths());
            InputDesign full = compiled.design(InputDesign.Kind.valueOf(design.toUpperCase(Locale.ROOT)), PATHS, BLOCK);
            GaussianCopula copula = correlation.equals("copula") ? full.copula() : null;
            long[] keys = new long[full.dimensions()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = StreamKeys.keyOf(compiled.inputs.get(i).name());
            }
            sampler = InputDesign.of(full.kind(), keys, copula, PATHS, BLOCK).sampler();
        }
    }

    @Setup
    public void setUp() {
        uniforms = new double[CompiledScenario.of(Scenarios.japanRareEarths()).inputs.size()];
    }

    /** Filling the array with a constant: the cost of touching it. */
    @Benchmark
    public double[] baseline() {
        Arrays.fill(uniforms, 0.5);
        return uniforms;
    }

    /** The uniforms of the next path. */
    @Benchmark
    public double[] draw(Design d) {
        long i = path;
        path = (i + 1) & (PATHS - 1);
        d.sampler.fill(seed, i, uniforms);
        return uniforms;
    }
}
