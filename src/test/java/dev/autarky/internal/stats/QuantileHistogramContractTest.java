package dev.autarky.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.AllocationMeter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link QuantileHistogram}, checked against exact order statistics of sorted
 * arrays. Subclasses supply the histogram and data sources; every random test uses a fixed seed
 * that its failure message names.
 */
abstract class QuantileHistogramContractTest<H extends QuantileHistogram<H>> {

    /** A named generator of acceptable values. */
    interface Source {
        double next(SplittableRandom rnd);
    }

    abstract H create();

    /** A histogram with a different bin configuration. */
    abstract H createIncompatible();

    /** Named data sources covering the supported range, its edges and its exact counters. */
    abstract List<Source> sources();

    abstract List<String> sourceNames();

    /** Values {@code accept} must reject (besides NaN). */
    abstract double[] unacceptable();

    // ------------------------------------------------------------------------------ helpers

    static long rank(double p, long n) {
        return Math.min(n, Math.max(1L, (long) Math.ceil(p * n)));
    }

    double[] sample(int source, long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Source s = sources().get(source);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = s.next(rnd);
        }
        return xs;
    }

    /** Every rank's bin must be the same: this pins down every count. */
    static void assertSameCounts(QuantileHistogram<?> expected, QuantileHistogram<?> actual, String what) {
        assertEquals(expected.count(), actual.count(), what + ": count");
        for (long r = 1; r <= expected.count(); r++) {
            long rr = r;
            assertEquals(expected.binLowerEdgeAtRank(r), actual.binLowerEdgeAtRank(r), () -> what + ": rank " + rr);
            assertEquals(expected.binUpperEdgeAtRank(r), actual.binUpperEdgeAtRank(r), () -> what + ": rank " + rr);
            assertEquals(expected.valueAtRank(r), actual.valueAtRank(r), () -> what + ": rank " + rr);
        }
    }

    // ------------------------------------------------------------------------------ quantiles

    @Test
    void ranksBracketExactOrderStatisticsWithinTheDocumentedError() {
        for (int source = 0; source < sources().size(); source++) {
            for (int n : new int[] {1, 2, 7, 100, 3000}) {
                long seed = 1000L * source + n;
                double[] xs = sample(source, seed, n);
                H h = create();
                for (double x : xs) {
                    h.accept(x);
                }
                double[] sorted = xs.clone();
                Arrays.sort(sorted);
                String what = sourceNames().get(source) + ", n " + n + ", seed " + seed;
                assertEquals(n, h.count(), what);
                for (int r = 1; r <= n; r++) {
                    double exact = sorted[r - 1];
                    double lower = h.binLowerEdgeAtRank(r);
                    double upper = h.binUpperEdgeAtRank(r);
                    double reported = h.valueAtRank(r);
                    int rr = r;
                    assertTrue(lower <= exact && exact <= upper,
                            () -> what + ", rank " + rr + ": " + exact + " not in [" + lower + ", " + upper + "]");
                    assertTrue(lower <= reported && reported <= upper,
                            () -> what + ", rank " + rr + ": representative");
                    double bound = h.maxError(reported);
                    assertTrue(Math.abs(reported - exact) <= bound, () -> what + ", rank " + rr + ": |" + reported
                            + " - " + exact + "| > " + bound);
                }
                for (double p : new double[] {0, 1e-9, 0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999, 1}) {
                    double q = h.quantile(p);
                    double exact = sorted[(int) rank(p, n) - 1];
                    assertEquals(h.valueAtRank(rank(p, n)), q, what + ", p " + p);
                    assertTrue(Math.abs(q - exact) <= h.maxError(q), () -> what + ", p " + p);
                }
            }
        }
    }

    @Test
    void countAtOrBelowIsALowerBoundShortByAtMostOneBin() {
        for (int source = 0; source < sources().size(); source++) {
            long seed = 77L + source;
            double[] xs = sample(source, seed, 2000);
            H h = create();
            h.acceptAll(xs, 0, xs.length);
            double[] sorted = xs.clone();
            Arrays.sort(sorted);
            double[] probes = new double[300];
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int i = 0; i < probes.length; i++) {
                // Probe at the values themselves, between them, and at bin edges.
                int k = rnd.nextInt(sorted.length);
                probes[i] = switch (i % 3) {
                    case 0 -> sorted[k];
                    case 1 -> h.binUpperEdgeAtRank(k + 1);
                    default -> h.binLowerEdgeAtRank(k + 1);
                };
            }
            String what = sourceNames().get(source) + ", seed " + seed;
            for (double x : probes) {
                if (Double.isInfinite(x)) {
                    continue;
                }
                long exact = 0;
                long near = 0; // values <= x that may share x's bin
                double width = 2 * h.maxError(x);
                for (double v : sorted) {
                    if (v <= x) {
                        exact++;
                        if (x - v <= width) {
                            near++;
                        }
                    }
                }
                long approx = h.countAtOrBelow(x);
                long e = exact;
                long nr = near;
                assertTrue(approx <= exact && exact - approx <= near,
                        () -> what + ", x " + x + ": approx " + approx + ", exact " + e + ", near " + nr);
            }
            assertEquals(h.count(), h.countAtOrBelow(Double.POSITIVE_INFINITY), what);
            assertEquals(0, h.countAtOrBelow(Double.NEGATIVE_INFINITY), what);
        }
    }

    // ------------------------------------------------------------------------------ combine

    @Test
    void combiningPartsEqualsOnePass() {
        for (int source = 0; source < sources().size(); source++) {
            for (int trial = 0; trial < 5; trial++) {
                long seed = 31L * source + trial;
                SplittableRandom rnd = new SplittableRandom(seed);
                double[] xs = sample(source, seed, 1 + rnd.nextInt(1500));
                H single = create();
                for (double x : xs) {
                    single.accept(x);
                }
                // Assign values to parts at random, fill some parts with acceptAll, merge in random
                // order into a random one.
                int parts = 1 + rnd.nextInt(8);
                List<List<Double>> assigned = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    assigned.add(new ArrayList<>());
                }
                for (double x : xs) {
                    assigned.get(rnd.nextInt(parts)).add(x);
                }
                List<H> hs = new ArrayList<>();
                for (List<Double> part : assigned) {
                    H h = create();
                    double[] values = part.stream().mapToDouble(Double::doubleValue).toArray();
                    if (rnd.nextBoolean()) {
                        h.acceptAll(values, 0, values.length);
                    } else {
                        for (double v : values) {
                            h.accept(v);
                        }
                    }
                    hs.add(h);
                }
                while (hs.size() > 1) {
                    H a = hs.remove(rnd.nextInt(hs.size()));
                    H b = hs.remove(rnd.nextInt(hs.size()));
                    a.combine(b);
                    hs.add(a);
                }
                String what = sourceNames().get(source) + ", seed " + seed;
                assertSameCounts(single, hs.get(0), what);
                for (double p = 0; p <= 1; p += 1.0 / 64) {
                    assertEquals(single.quantile(p), hs.get(0).quantile(p), what + ", p " + p);
                }
            }
        }
    }

    @Test
    void combineWithItselfDoublesEveryCount() {
        double[] xs = sample(0, 5L, 500);
        H h = create();
        h.acceptAll(xs, 0, xs.length);
        H twice = create();
        twice.acceptAll(xs, 0, xs.length);
        twice.acceptAll(xs, 0, xs.length);
        h.combine(h);
        assertSameCounts(twice, h, "self-combine");
    }

    @Test
    void incompatibleCombineIsRejectedBeforeAnyChange() {
        H h = create();
        double[] xs = sample(0, 9L, 300);
        h.acceptAll(xs, 0, xs.length);
        H before = h.copy();
        H other = createIncompatible();
        for (double x : sample(0, 10L, 300)) {
            other.accept(x);
        }
        assertThrows(IllegalArgumentException.class, () -> h.combine(other));
        assertSameCounts(before, h, "after rejected combine");
    }

    // ------------------------------------------------------------------------------ validation

    @Test
    void nanAndUnacceptableValuesAreRejectedNamingTheValue() {
        H h = create();
        double[] xs = sample(0, 11L, 50);
        h.acceptAll(xs, 0, xs.length);
        H before = h.copy();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.accept(Double.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        for (double bad : unacceptable()) {
            e = assertThrows(IllegalArgumentException.class, () -> h.accept(bad));
            assertTrue(e.getMessage().contains(String.valueOf(bad)) || e.getMessage().contains(
                    dev.autarky.internal.Checks.format(bad)), e.getMessage());
        }
        assertSameCounts(before, h, "after rejections");
    }

    @Test
    void acceptAllIsAllOrNothing() {
        H h = create();
        double[] xs = sample(0, 12L, 100);
        h.acceptAll(xs, 0, xs.length);
        H before = h.copy();
        double[] withBad = Arrays.copyOf(xs, 101);
        withBad[100] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.acceptAll(withBad, 0, 101));
        assertEquals("xs[100]: must be " + (e.getMessage().contains("finite") ? "finite" : "in [0, 1]")
                + ", was NaN", e.getMessage());
        assertSameCounts(before, h, "after rejected acceptAll");
        h.acceptAll(withBad, 50, 100); // the sub-range without the NaN is fine
        assertEquals(150, h.count());
        assertThrows(IndexOutOfBoundsException.class, () -> h.acceptAll(xs, 5, 101));
    }

    @Test
    void emptyHistogram() {
        H h = create();
        assertEquals(0, h.count());
        assertTrue(Double.isNaN(h.quantile(0.5)));
        assertTrue(Double.isNaN(h.quantile(0)));
        assertThrows(IllegalArgumentException.class, () -> h.valueAtRank(1));
        assertThrows(IllegalArgumentException.class, () -> h.binLowerEdgeAtRank(1));
        assertEquals(0, h.countAtOrBelow(0.5));
    }

    @Test
    void argumentsAreChecked() {
        H h = create();
        h.acceptAll(sample(0, 13L, 10), 0, 10);
        assertThrows(IllegalArgumentException.class, () -> h.quantile(-0.1));
        assertThrows(IllegalArgumentException.class, () -> h.quantile(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> h.quantile(1.5));
        assertThrows(IllegalArgumentException.class, () -> h.valueAtRank(0));
        assertThrows(IllegalArgumentException.class, () -> h.valueAtRank(11));
        assertThrows(IllegalArgumentException.class, () -> h.binUpperEdgeAtRank(11));
        assertThrows(IllegalArgumentException.class, () -> h.countAtOrBelow(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> h.maxError(Double.NaN));
        assertThrows(NullPointerException.class, () -> h.combine(null));
    }

    // ------------------------------------------------------------------------------ lifecycle

    @Test
    void copyIsIndependentAndResetEmpties() {
        H h = create();
        double[] xs = sample(1, 14L, 200);
        h.acceptAll(xs, 0, xs.length);
        H copy = h.copy();
        H reference = create();
        reference.acceptAll(xs, 0, xs.length);
        h.acceptAll(sample(2 % sources().size(), 15L, 50), 0, 50);
        assertSameCounts(reference, copy, "copy after original changed");
        assertNotEquals(copy.count(), h.count());
        h.reset();
        assertEquals(0, h.count());
        assertTrue(Double.isNaN(h.quantile(0.5)));
        h.acceptAll(xs, 0, xs.length);
        assertSameCounts(reference, h, "reused after reset");
    }

    @Test
    void acceptDoesNotAllocateInSteadyState() {
        H h = create();
        double[] xs = new double[4096];
        int sources = sources().size();
        SplittableRandom rnd = new SplittableRandom(16L);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = sources().get(i % sources).next(rnd);
        }
        for (int warm = 0; warm < 50; warm++) {
            for (double x : xs) {
                h.accept(x);
            }
        }
        long bytes = AllocationMeter.bytesAllocatedBy(() -> {
            for (int rep = 0; rep < 100; rep++) {
                for (double x : xs) {
                    h.accept(x);
                }
            }
        });
        assertTrue(bytes < 1024, () -> "accept allocated " + bytes + " bytes");
    }
}
