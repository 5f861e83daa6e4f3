package dev.autarky.benchmarks;

import dev.autarky.internal.random.Lxm;
import dev.autarky.internal.random.StreamKeys;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of keyed randomness: one input's uniform from its (seed, path, input) key, re-seeding
 * an LXM stream for a (seed, path, channel) key, and a draw from a seeded stream — against the
 * JDK's SplittableRandom and L64X128MixRandom as baselines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StreamBenchmark {

    /** Not final, so the JIT cannot fold it. */
    public long seed = 20260106L;
    /** Not final, so the JIT cannot fold it. */
    public long key = StreamKeys.keyOf("materials.Dy.demand.baseTonnesPerYear");

    private long path;
    private final Lxm lxm = new Lxm();
    private SplittableRandom splittable;
    private RandomGenerator jdkLxm;

    /** Seeds the baselines. */
    @Setup
    public void setup() {
        splittable = new SplittableRandom(seed);
        jdkLxm = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        lxm.seed(seed, 0, key);
    }

    /** One input's uniform: keyed by (seed, path, input), counter-based (two mixes). */
    @Benchmark
    public double inputUniform() {
        return StreamKeys.inputUniform(seed, path++, key);
    }

    /** Re-seeding an LXM stream for a new (seed, path, channel) key, plus its first draw. */
    @Benchmark
    public double reseedAndDraw() {
        lxm.seed(seed, path++, key);
        return lxm.nextOpenDouble();
    }

    /** A draw from an already seeded LXM stream. */
    @Benchmark
    public double lxmDraw() {
        return lxm.nextOpenDouble();
    }

    /** Baseline: the JDK's SplittableRandom. */
    @Benchmark
    public double splittableRandom() {
        return splittable.nextDouble();
    }

    /** Baseline: the JDK's L64X128MixRandom (same algorithm as {@link Lxm}). */
    @Benchmark
    public double jdkL64X128Mix() {
        return jdkLxm.nextDouble();
    }
}
