package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.math.NormalFunctions;
import dev.autarky.result.Estimate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The intervals behind the analyses: published values where there are some, coverage where not (fixed seeds). */
class IntervalsTest {

    @Test
    void newcombeIndependentMatchesThePublishedExamples() {
        // Newcombe, Stat. Med. 17 (1998) 873-890, table II, method 10
        Estimate a = Intervals.newcombeIndependent(56, 70, 48, 80, 0.95);
        assertEquals(0.0524, a.lower(), 5e-5);
        assertEquals(0.3339, a.upper(), 5e-5);
        Estimate b = Intervals.newcombeIndependent(9, 10, 3, 10, 0.95);
        assertEquals(0.1705, b.lower(), 5e-5);
        assertEquals(0.8090, b.upper(), 5e-5);
        assertTrue(Double.isNaN(Intervals.newcombeIndependent(0, 0, 1, 2, 0.95).value()));
    }

    @Test
    void newcombePairedReducesToSquareAndAddWithoutCorrelationAndCoversTheTruth() {
        // AD − BC = 0: φ = 0, so the paired interval is the square-and-add of the two Wilson intervals
        Estimate paired = Intervals.newcombePaired(10, 10, 10, 10, 0.95);
        Estimate squareAndAdd = Intervals.newcombeIndependent(20, 40, 20, 40, 0.95);
        assertEquals(squareAndAdd.lower(), paired.lower(), 1e-12);
        assertEquals(squareAndAdd.upper(), paired.upper(), 1e-12);
        // identical pairs: zero difference, an interval around it far narrower than for independent samples
        Estimate same = Intervals.newcombePaired(30, 0, 0, 70, 0.95);
        assertEquals(0, same.value());
        assertTrue(same.contains(0), same.toString());
        assertTrue(same.halfWidth() < Intervals.newcombeIndependent(30, 100, 30, 100, 0.95).halfWidth() / 4, same.toString());
        assertTrue(Double.isNaN(Intervals.newcombePaired(0, 0, 0, 0, 0.95).value()));
        // coverage on correlated pairs: P(x) = 0.30, P(y) = 0.22, about 70 % of y's successes shared
        SplittableRandom random = new SplittableRandom(31);
        int covered = 0;
        int reps = 2000;
        for (int r = 0; r < reps; r++) {
            long[] cells = new long[4];
            for (int i = 0; i < 200; i++) {
                double u = random.nextDouble();
                cells[u < 0.15 ? 0 : u < 0.30 ? 1 : u < 0.37 ? 2 : 3]++;
            }
            covered += Intervals.newcombePaired(cells[0], cells[1], cells[2], cells[3], 0.95).contains(0.08) ? 1 : 0;
        }
        double coverage = (double) covered / reps;
        System.out.printf(Locale.ROOT, "Newcombe paired coverage %.3f%n", coverage);
        assertTrue(coverage > 0.93 && coverage < 0.975, "coverage " + coverage);
    }

    @Test
    void fiellerIsExactWithAKnownDenominatorAndUnboundedWhenItCouldBeZero() {
        Estimate known = Intervals.fieller(10, 2, 4, 0, 0, 1000, 0.95);
        double t = dev.autarky.internal.stats.Binomial.t(0.95, 999);
        assertEquals(5, known.value());
        assertEquals((10 - t * 2) / 2, known.lower(), 1e-12);
        assertEquals((10 + t * 2) / 2, known.upper(), 1e-12);
        Estimate unbounded = Intervals.fieller(10, 0.1, 4, 1, 0, 1000, 0.95);
        assertEquals(Double.NEGATIVE_INFINITY, unbounded.lower());
        assertEquals(Double.POSITIVE_INFINITY, unbounded.upper());
        assertTrue(Double.isNaN(Intervals.fieller(1, 0, 1, 1, 0, 10, 0.95).value()));
        // coverage of the ratio of means of correlated normals, E[x] = 3, E[y] = 2
        SplittableRandom random = new SplittableRandom(5);
        int covered = 0;
        int reps = 2000;
        int n = 50;
        for (int r = 0; r < reps; r++) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double z = NormalFunctions.inverseCdf(random.nextDouble());
                x[i] = 3 + z + 0.5 * NormalFunctions.inverseCdf(random.nextDouble());
                y[i] = 2 + 0.6 * z + 0.8 * NormalFunctions.inverseCdf(random.nextDouble());
            }
            covered += PolicyComparison.ratio(x, y, 0.95).contains(1.5) ? 1 : 0;
        }
        double coverage = (double) covered / reps;
        System.out.printf(Locale.ROOT, "Fieller coverage %.3f%n", coverage);
        assertTrue(coverage > 0.93 && coverage < 0.97, "coverage " + coverage);
    }

    @Test
    void fisherZAndStudentAndWelch() {
        Estimate r = Intervals.fisherZ(0.5, 103, 0, 0.95);
        double half = 1.959964 * Math.sqrt(1.06 / 100);
        assertEquals(Math.tanh(Intervals.atanh(0.5) - half), r.lower(), 1e-6);
        assertEquals(Math.tanh(Intervals.atanh(0.5) + half), r.upper(), 1e-6);
        assertEquals(new Estimate(0.2, -1, 1, 0.95), Intervals.fisherZ(0.2, 5, 2, 0.95));
        assertEquals(new Estimate(-1, -1, -1, 0.95), Intervals.fisherZ(-1, 50, 0, 0.95));
        assertTrue(Double.isNaN(Intervals.fisherZ(Double.NaN, 50, 0, 0.95).lower()));

        Estimate m = Intervals.mean(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertEquals(3, m.value(), 1e-15);
        assertEquals(3 - 2.776445 * Math.sqrt(2.5 / 5), m.lower(), 1e-5);
        assertEquals(Double.POSITIVE_INFINITY, Intervals.mean(new double[] {1}, 0.95).upper());
        assertTrue(Double.isNaN(Intervals.mean(new double[0], 0.95).value()));

        // equal variances and sizes: Welch's df is 2n − 2
        Intervals.Moments a = Intervals.Moments.of(new double[] {1, 2, 3, 4});
        Intervals.Moments b = Intervals.Moments.of(new double[] {2, 3, 4, 5});
        Estimate w = Intervals.welch(a, b, 0.95);
        assertEquals(-1, w.value(), 1e-15);
        assertEquals(-1 - 2.446912 * Math.sqrt(2 * (5.0 / 3) / 4), w.lower(), 1e-5);
        Intervals.Moments c = Intervals.Moments.of(new double[] {7, 7, 7});
        assertEquals(new Estimate(0, 0, 0, 0.95), Intervals.welch(c, c, 0.95));
        assertTrue(Double.isNaN(Intervals.welch(Intervals.Moments.of(new double[] {1}), c, 0.95).lower()));
        assertEquals(new Estimate(0.25, 0.0, 1.0, 0.95).value(), Intervals.proportion(1, 4, 0.95).value());
        assertTrue(Double.isNaN(Intervals.proportion(0, 0, 0.95).value()));
    }
}
