package dev.autarky.benchmarks;

import dev.autarky.internal.sampling.QuantileFunction;
import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Discrete;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Empirical;
import dev.autarky.uncertain.Exponential;
import dev.autarky.uncertain.Fixed;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Pert;
import dev.autarky.uncertain.Triangular;
import dev.autarky.uncertain.Uniform;
import java.util.SplittableRandom;
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
 * Nanoseconds per call of a compiled {@link QuantileFunction}, one distribution kind per
 * {@code @Param}, against a baseline that returns the uniform itself (the cost of fetching the
 * input). Inputs cycle through 4,096 precomputed uniforms in {@code (0, 1)} (seed 42), so the tables'
 * exact fallback is hit at its natural rate (about 2 in 1,024 calls).
 *
 * <p>Each fork sees a single kind, so the call is monomorphic and inlined; a simulation whose call
 * site sees many kinds pays a virtual call on top. Run with {@code -prof gc} to confirm that
 * {@code gc.alloc.rate.norm} is 0 B/op.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Djmh.args="SamplerBenchmark -prof gc"</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SamplerBenchmark {

    private static final int SIZE = 4096; // a power of two, so the index wraps by masking

    /** The uniforms, non-final so that the JIT cannot treat them as constants. */
    private double[] uniforms;
    private int index;

    /** The sampler under test; its own state so that {@link #baseline} runs once, not once per kind. */
    @State(Scope.Thread)
    public static class Sampler {

        /** The distribution kind (with the size of the discrete and empirical supports). */
        @Param({"fixed", "uniform", "triangular", "pert", "normal", "truncated-normal", "lognormal", "beta",
            "exponential", "gamma", "discrete-5", "discrete-64", "empirical-10000"})
        public String kind;

        QuantileFunction quantile;

        @Setup
        public void setUp() {
            quantile = QuantileFunction.compile(distribution(kind));
        }
    }

    @Setup
    public void setUp() {
        final SplittableRandom random = new SplittableRandom(42);
        uniforms = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            uniforms[i] = ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
        }
    }

    private double nextUniform() {
        final int i = index;
        index = (i + 1) & (SIZE - 1);
        return uniforms[i];
    }

    /** Fetching the next uniform and returning it: the floor under every other measurement. */
    @Benchmark
    public double baseline() {
        return nextUniform();
    }

    /** One compiled quantile call on the next uniform. */
    @Benchmark
    public double quantile(Sampler sampler) {
        return sampler.quantile.quantile(nextUniform());
    }

    static Distribution distribution(String kind) {
        switch (kind) {
            case "fixed":
                return new Fixed(3.0);
            case "uniform":
                return new Uniform(2, 7);
            case "triangular":
                return new Triangular(2, 3, 10);
            case "pert":
                return Pert.of(2, 3, 10);
            case "normal":
                return Normal.of(100, 15);
            case "truncated-normal":
                return Normal.truncated(100, 15, 90, Double.POSITIVE_INFINITY);
            case "lognormal":
                return LogNormal.ofMedianP90(100, 250);
            case "beta":
                return Beta.of(2, 5);
            case "exponential":
                return new Exponential(3);
            case "gamma":
                return new Gamma(9, 2);
            case "discrete-5":
                return new Discrete(new double[] {1, 2, 3, 4, 5}, new double[] {1, 2, 4, 2, 1});
            case "discrete-64":
                return discrete(64);
            case "empirical-10000":
                return empirical(10_000);
            default:
                throw new IllegalArgumentException("kind: must be a known kind, was " + kind);
        }
    }

    private static Discrete discrete(int n) {
        final double[] values = new double[n];
        final double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
            weights[i] = 1 + (i % 7);
        }
        return new Discrete(values, weights);
    }

    private static Empirical empirical(int n) {
        final SplittableRandom random = new SplittableRandom(7);
        final double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = random.nextDouble() * 50;
        }
        return new Empirical(samples);
    }
}
