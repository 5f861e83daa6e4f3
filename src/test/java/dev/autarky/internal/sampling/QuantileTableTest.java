package dev.autarky.internal.sampling;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Triangular;
import dev.autarky.uncertain.Pert;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuantileTableTest {

    /** The distributions whose table error is documented in {@link QuantileTable}. */
    static Stream<Distribution> documented() {
        return Stream.of(Pert.of(0, 1, 10), Pert.of(0, 5, 10), Beta.of(0.5, 0.5), Beta.of(2, 5), Beta.of(1, 1),
                new Gamma(0.5, 1), new Gamma(9, 2), new Gamma(1, 3));
    }

    /** Harder shapes: strongly skewed, U-shaped, near-degenerate, very peaked. */
    static Stream<Distribution> harder() {
        return Stream.of(Beta.of(0.05, 3), Beta.of(20, 0.3), Beta.of(300, 400), new Pert(0, 0, 1, 4),
                new Pert(5, 10, 10, 40), new Gamma(0.05, 2), new Gamma(2000, 0.5), new Beta(2, 3, 1e6, 1e6 + 1));
    }

    /** Max over {@code u = (k + 1/2)/M} of {@code |F(Q_table(u)) - u|}, checking monotonicity on the way. */
    private static double maxError(Distribution d, QuantileTable table, int m) {
        return maxError(d, table, m, false);
    }

    /**
     * As above; with {@code beyondResolution}, the error is counted only beyond the resolution of
     * doubles at {@code x}: the larger jump of {@code F} to a neighbouring double. (Rounding the
     * quantile to the nearest double in {@code x}, as the exact quantile does, can land a whole such
     * jump away from {@code u} in probability.)
     */
    private static double maxError(Distribution d, QuantileTable table, int m, boolean beyondResolution) {
        double max = 0;
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            final double u = (k + 0.5) / m;
            final double x = table.quantile(u);
            assertTrue(x >= previous, () -> d + ": not monotone at u=" + u);
            previous = x;
            final double f = d.cdf(x);
            double error = Math.abs(f - u);
            if (beyondResolution) {
                error -= Math.max(d.cdf(Math.nextUp(x)) - f, f - d.cdf(Math.nextDown(x)));
            }
            max = Math.max(max, error);
        }
        return max;
    }

    @ParameterizedTest
    @MethodSource("documented")
    void errorBoundHoldsOnAMillionPointGrid(Distribution d) {
        final long start = System.nanoTime();
        final QuantileTable table = new QuantileTable(d);
        final long nanos = System.nanoTime() - start;
        final double max = maxError(d, table, 1_000_003);
        System.out.printf(Locale.ROOT, "%s: max |F(Q(u)) - u| = %.3g, build %.1f ms, %s%n", d, max, nanos / 1e6, table);
        assertTrue(max <= QuantileTable.TOLERANCE_BOUND, () -> d + ": max error " + max);
        assertEquals(2, table.fallbackIntervals(), "only the first and last intervals fall back");
    }

    /**
     * Harder shapes meet the bound up to the resolution of doubles: Beta(20, 0.3) piles its upper
     * tail so close to 1 that neighbouring doubles there differ in probability by up to 1e-5.
     */
    @ParameterizedTest
    @MethodSource("harder")
    void errorBoundHoldsForHarderShapesUpToDoubleResolution(Distribution d) {
        final QuantileTable table = new QuantileTable(d);
        final double max = maxError(d, table, 200_003, true);
        assertTrue(max <= QuantileTable.TOLERANCE_BOUND, () -> d + ": max error " + max + " " + table);
    }

    @ParameterizedTest
    @MethodSource("documented")
    void otherIntervalCountsMeetTheSameBound(Distribution d) {
        for (int n : new int[] {16, 100, 4096}) {
            final QuantileTable table = new QuantileTable(d, n);
            assertEquals(n, table.intervals());
            final double max = maxError(d, table, 100_003);
            assertTrue(max <= QuantileTable.TOLERANCE_BOUND, () -> d + ", N=" + n + ": max error " + max);
        }
    }

    /** In the first and last intervals the table is the exact quantile, accurate relative to u and 1 - u. */
    @ParameterizedTest
    @MethodSource("documented")
    void fallbackTailsAreExact(Distribution d) {
        final QuantileTable table = new QuantileTable(d);
        for (int e = 4; e <= 16; e++) {
            final double u = Math.pow(10, -e);
            assertEquals(d.quantile(u), table.quantile(u), 0.0, () -> d + ": lower tail " + u);
            final double v = 1 - u;
            assertEquals(d.quantile(v), table.quantile(v), 0.0, () -> d + ": upper tail " + v);
        }
    }

    @Test
    void refinesOnlyNearTheTailsWhereTheDensityVanishes() {
        final QuantileTable gamma = new QuantileTable(new Gamma(1, 3));
        assertTrue(gamma.maxSubdivisions() > 1, gamma::toString);
        assertTrue(gamma.knotCount() < 2600, gamma::toString); // ~2N: one knot pair per interval, few extra
        final QuantileTable arcsine = new QuantileTable(Beta.of(0.5, 0.5));
        assertEquals(1, arcsine.maxSubdivisions(), arcsine::toString); // its quantile sin^2(pi u/2) is smooth
    }

    @Test
    void tabulatesNormalLognormalAndExponentialWithinTheBound() {
        for (var d : new dev.autarky.uncertain.Distribution[] {Normal.of(0, 1), Normal.truncated(1, 0.1, 0.9, 1.5),
                dev.autarky.uncertain.LogNormal.ofMeanSd(1, 0.09), dev.autarky.uncertain.LogNormal.ofMedianP90(3, 9),
                new dev.autarky.uncertain.Exponential(4)}) {
            QuantileTable t = new QuantileTable(d);
            double worst = 0;
            for (int i = 1; i < 200_000; i++) {
                double u = i / 200_000.0;
                worst = Math.max(worst, Math.abs(d.cdf(t.quantile(u)) - u));
            }
            org.junit.jupiter.api.Assertions.assertTrue(worst <= QuantileTable.TOLERANCE_BOUND, d + ": " + worst);
        }
    }

    @Test
    void rejectsOtherDistributionsAndBadSizes() {
        assertRejected(() -> new QuantileTable(new Triangular(0, 1, 2)), "distribution", "triangular");
        assertRejected(() -> new QuantileTable(Beta.of(2, 2), 2), "intervals", "2");
        assertRejected(() -> new QuantileTable(Beta.of(2, 2), (1 << 20) + 1), "intervals", "1048577");
        assertThrows(NullPointerException.class, () -> new QuantileTable(null));
    }
}
