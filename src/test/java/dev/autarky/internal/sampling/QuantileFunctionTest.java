package dev.autarky.internal.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.testing.AsCommonsDistribution;
import dev.autarky.testing.Examples;
import dev.autarky.testing.Uniforms;
import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Discrete;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Empirical;
import dev.autarky.uncertain.Fixed;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.Pert;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuantileFunctionTest {

    private static final int SAMPLES = 20_000;
    private static final double ALPHA = 1e-3;
    /** The smallest uniforms that {@link Uniforms#open} can produce, and the largest doubles below 1. */
    private static final double[] EXTREMES = {0.5 * 0x1.0p-53, 1.5 * 0x1.0p-53, Math.nextDown(Math.nextDown(1.0)),
        Math.nextDown(1.0)};

    static Stream<Distribution> examples() {
        return Examples.all().stream();
    }

    private static boolean tabulated(Distribution d) {
        return d instanceof Pert || d instanceof Beta || d instanceof Gamma;
    }

    /**
     * Closed forms agree with the exact quantile to a few ulps of the result (most are the same
     * arithmetic and agree exactly); tables agree in probability, {@code |F(Q(u)) - u| <= 1e-9}.
     * Checked on 100,000 midpoints and at the extreme uniforms.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void agreesWithTheExactQuantileOnADenseGrid(Distribution d) {
        final QuantileFunction q = QuantileFunction.compile(d);
        final double[] grid = Uniforms.grid(100_000);
        final double[] u = new double[grid.length + EXTREMES.length];
        System.arraycopy(grid, 0, u, 0, grid.length);
        System.arraycopy(EXTREMES, 0, u, grid.length, EXTREMES.length);
        for (double v : u) {
            final double fast = q.quantile(v);
            if (tabulated(d)) {
                assertEquals(v, d.cdf(fast), QuantileTable.TOLERANCE_BOUND, () -> d + ": F(Q(" + v + "))");
            } else {
                final double exact = d.quantile(v);
                assertEquals(exact, fast, 4 * Math.ulp(exact), () -> d + ": Q(" + v + ")");
            }
        }
    }

    /**
     * 20,000 draws from {@code new SplittableRandom(seed)} pass Kolmogorov-Smirnov at alpha = 1e-3
     * (continuous kinds) or chi-square on the frequencies at alpha = 1e-3 (discrete and empirical).
     */
    @ParameterizedTest
    @MethodSource("examples")
    void drawsFollowTheDistribution(Distribution d) {
        final QuantileFunction q = QuantileFunction.compile(d);
        final double[] u = Uniforms.open(20_240_611L, SAMPLES);
        final double[] x = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = q.quantile(u[i]);
        }
        if (d instanceof Fixed f) {
            for (double v : x) {
                assertEquals(f.value(), v);
            }
        } else if (d instanceof Discrete disc) {
            assertChiSquare(d, disc.values(), x);
        } else if (d instanceof Empirical e) {
            // a step distribution function: compare frequencies, not the (inapplicable) KS statistic
            assertChiSquare(d, Arrays.stream(e.sortedSamples()).distinct().toArray(), x);
        } else {
            final double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new AsCommonsDistribution(d), x);
            assertTrue(p > ALPHA, () -> d + ": Kolmogorov-Smirnov p-value " + p);
        }
    }

    /** Chi-square test of the frequencies of {@code x} over the support points {@code values}. */
    private static void assertChiSquare(Distribution d, double[] values, double[] x) {
        final double[] expected = new double[values.length];
        final long[] observed = new long[values.length];
        int used = 0;
        for (double value : values) {
            final double probability = d.cdf(value) - d.cdf(Math.nextDown(value));
            if (probability > 0) {
                expected[used] = probability * x.length;
                for (double v : x) {
                    if (v == value) {
                        observed[used]++;
                    }
                }
                used++;
            }
        }
        final long total = Arrays.stream(observed).sum();
        assertEquals(x.length, total, "every draw is a support point");
        final double p = new ChiSquareTest().chiSquareTest(Arrays.copyOf(expected, used), Arrays.copyOf(observed, used));
        assertTrue(p > ALPHA, () -> d + ": chi-square p-value " + p);
    }

    @Test
    void discreteSearchAgreesWithLinearScan() {
        final Discrete d = Examples.largeDiscrete();
        final QuantileFunction search = QuantileFunction.compile(d);
        assertInstanceOf(CompiledQuantiles.DiscreteSearchQuantile.class, search);
        final QuantileFunction scan = new CompiledQuantiles.DiscreteScanQuantile(d.values(),
                d.cumulativeProbabilities(), d.upperBound());
        final double[] cumulative = d.cumulativeProbabilities();
        for (double c : cumulative) { // at and right after every step
            if (c < 1) {
                assertEquals(scan.quantile(c), search.quantile(c));
                assertEquals(scan.quantile(Math.nextUp(c)), search.quantile(Math.nextUp(c)));
            }
        }
        for (double v : Uniforms.open(7, 10_000)) {
            assertEquals(scan.quantile(v), search.quantile(v));
        }
    }

    @Test
    void compileRejectsNull() {
        final NullPointerException e = assertThrows(NullPointerException.class, () -> QuantileFunction.compile(null));
        assertEquals("distribution: must be present, was null", e.getMessage());
    }

    /**
     * The compiled samplers allocate nothing per call: two million calls per kind (warm, so the JIT
     * has compiled them) allocate less than 64 KiB on this thread, which rules out even one byte per
     * call. (The JMH benchmark's {@code -prof gc} shows the same as {@code gc.alloc.rate.norm}.)
     */
    @Test
    void samplersDoNotAllocate() {
        final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final double[] u = Uniforms.open(99, 4096);
        for (Distribution d : Examples.all()) {
            final QuantileFunction q = QuantileFunction.compile(d);
            double sink = 0;
            for (int round = 0; round < 100; round++) { // warm up
                for (double v : u) {
                    sink += q.quantile(v);
                }
            }
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int round = 0; round < 500; round++) {
                for (double v : u) {
                    sink += q.quantile(v);
                }
            }
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            final double checksum = sink;
            assertTrue(allocated < 65_536, () -> d + ": allocated " + allocated + " bytes in 2,048,000 calls"
                    + " (checksum " + checksum + ")");
        }
    }
}
