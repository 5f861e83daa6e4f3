package dev.autarky.benchmarks;

import dev.autarky.internal.math.ExactSum;
import dev.autarky.internal.stats.LogLinearHistogram;
import dev.autarky.internal.stats.UnitIntervalHistogram;
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
 * Cost of the per-path result accumulators: one {@code add}/{@code accept} per invocation (the
 * per-path cost in a block), and one {@code combine} of realistic-size histograms (the per-block
 * merge cost), with a size ladder over the number of bins.
 *
 * <p>Inputs cycle through 4096 pre-generated values, so each invocation sees a different value
 * without generating it; {@link #baseline()} measures exactly that fetch. Run with {@code -prof gc}
 * to confirm that {@code gc.alloc.rate.norm} is 0 B/op for the accept and add benchmarks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccumulatorBenchmark {

    private static final int VALUES = 4096; // power of two: index with a mask
    private static final long SEED = 20240611L;

    /** Fractions in [0, 1], a tenth of them exactly 0 or 1 (shares of demand met). */
    private double[] shares;
    /** Lognormal costs spanning about 20 binades. */
    private double[] costs;
    /** Random signs and binary exponents in [-60, 60]: a harder case for exact summation. */
    private double[] wide;
    private int index;

    private ExactSum sum;
    private UnitIntervalHistogram unit;
    private LogLinearHistogram logLinear;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        shares = new double[VALUES];
        costs = new double[VALUES];
        wide = new double[VALUES];
        for (int i = 0; i < VALUES; i++) {
            shares[i] = share(rnd);
            costs[i] = lognormalCost(rnd);
            wide[i] = (rnd.nextBoolean() ? 1 : -1) * Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(-60, 61));
        }
        sum = new ExactSum();
        unit = new UnitIntervalHistogram();
        logLinear = new LogLinearHistogram();
        // Reach steady state (expansion length, covered binades) before measuring.
        for (int i = 0; i < VALUES; i++) {
            sum.add(wide[i]);
            sum.add(costs[i]);
            logLinear.accept(costs[i]);
        }
    }

    static double share(SplittableRandom rnd) {
        int k = rnd.nextInt(20);
        return k == 0 ? 0.0 : k == 1 ? 1.0 : rnd.nextDouble();
    }

    static double lognormalCost(SplittableRandom rnd) {
        double gaussian = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
        return 1e6 * Math.exp(2.0 * gaussian);
    }

    private double next(double[] values) {
        return values[index++ & (VALUES - 1)];
    }

    /** The cost of fetching the next input, included in every benchmark below. */
    @Benchmark
    public double baseline() {
        return next(costs);
    }

    @Benchmark
    public ExactSum exactSumAddCosts() {
        sum.add(next(costs));
        return sum;
    }

    @Benchmark
    public ExactSum exactSumAddWide() {
        sum.add(next(wide));
        return sum;
    }

    @Benchmark
    public double exactSumValue() {
        return sum.value();
    }

    @Benchmark
    public UnitIntervalHistogram unitIntervalAccept() {
        unit.accept(next(shares));
        return unit;
    }

    @Benchmark
    public LogLinearHistogram logLinearAccept() {
        logLinear.accept(next(costs));
        return logLinear;
    }

    /** Combining one block's share histogram into the running total; size ladder over bins. */
    @State(Scope.Thread)
    public static class UnitCombine {
        @Param({"256", "2048", "16384"})
        public int bins;

        UnitIntervalHistogram total;
        UnitIntervalHistogram block;

        @Setup
        public void setUp() {
            SplittableRandom rnd = new SplittableRandom(SEED);
            total = new UnitIntervalHistogram(bins);
            block = new UnitIntervalHistogram(bins);
            for (int i = 0; i < 10_000; i++) {
                block.accept(share(rnd));
            }
        }
    }

    @Benchmark
    public UnitIntervalHistogram unitIntervalCombine(UnitCombine state) {
        state.total.combine(state.block);
        return state.total;
    }

    /** Combining one block's cost histogram (about 20 binades) into the total; ladder over precision. */
    @State(Scope.Thread)
    public static class LogLinearCombine {
        @Param({"5", "7", "9"})
        public int subBucketBits;

        LogLinearHistogram total;
        LogLinearHistogram block;

        @Setup
        public void setUp() {
            SplittableRandom rnd = new SplittableRandom(SEED);
            total = new LogLinearHistogram(subBucketBits);
            block = new LogLinearHistogram(subBucketBits);
            for (int i = 0; i < 10_000; i++) {
                block.accept(lognormalCost(rnd));
            }
            total.combine(block); // covers the same binades from now on
        }
    }

    @Benchmark
    public LogLinearHistogram logLinearCombine(LogLinearCombine state) {
        state.total.combine(state.block);
        return state.total;
    }
}
