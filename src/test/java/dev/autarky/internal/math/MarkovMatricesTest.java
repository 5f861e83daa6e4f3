package dev.autarky.internal.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.AllocationMeter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkovMatricesTest {

    // ------------------------------------------------------------------------- helpers

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    static double[][] power(double[][] a, int s) {
        double[][] r = a;
        for (int i = 1; i < s; i++) {
            r = multiply(r, a);
        }
        return r;
    }

    static double maxAbsDifference(double[][] a, double[][] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return max;
    }

    static void assertStochastic(double[][] p, double rowTolerance) {
        for (double[] row : p) {
            double sum = 0;
            for (double x : row) {
                assertTrue(x >= 0, () -> "negative entry " + x);
                sum += x;
            }
            double s = sum;
            assertEquals(1.0, s, rowTolerance, "row sum");
        }
    }

    /** Closed forms for the 2-state chain with stationary π: Π + c (I - Π), Π with rows π. */
    static double[][] twoStateClosedForm(double pi0, double pi1, double c) {
        return new double[][] {
            {pi0 + c * pi1, pi1 - c * pi1},
            {pi0 - c * pi0, pi1 + c * pi0}};
    }

    static double[][] randomGenerator(SplittableRandom rnd, int n) {
        return randomGenerator(rnd, n, 1.2);
    }

    /** Off-diagonal rates uniform in [0, maxRate) per year, a quarter of them zero. */
    static double[][] randomGenerator(SplittableRandom rnd, int n, double maxRate) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && rnd.nextInt(4) != 0) {
                    q[i][j] = maxRate * rnd.nextDouble();
                }
            }
        }
        return q;
    }

    // ------------------------------------------------------------------------- from rates

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.01, 0.25, 1.0, 2.0, 7.5})
    void twoStateRatesMatchClosedForm(double t) {
        // exp(Q t) for rates alpha (0 -> 1), beta (1 -> 0) is Π + e^{-(α+β)t} (I - Π), Π rows (β, α)/(α+β).
        double alpha = 0.8;
        double beta = 2.2;
        double[][] expected = twoStateClosedForm(beta / (alpha + beta), alpha / (alpha + beta),
                Math.exp(-(alpha + beta) * t));
        double[][] actual = MarkovMatrices.stepMatrixFromRates(new double[][] {{0, alpha}, {beta, 0}}, t);
        assertTrue(maxAbsDifference(expected, actual) <= 1e-15, () -> "diff " + maxAbsDifference(expected, actual));
        assertStochastic(actual, 1e-15);
        for (double[] row : actual) {
            for (double x : row) {
                assertTrue(x <= 1.0);
            }
        }
    }

    @Test
    void exponentialIsASemigroupAndIgnoresTheDiagonal() {
        SplittableRandom rnd = new SplittableRandom(8L);
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + rnd.nextInt(5);
            double[][] q = randomGenerator(rnd, n);
            double s = 3 * rnd.nextDouble();
            double t = 3 * rnd.nextDouble();
            double[][] ps = MarkovMatrices.stepMatrixFromRates(q, s);
            double[][] pt = MarkovMatrices.stepMatrixFromRates(q, t);
            double[][] pst = MarkovMatrices.stepMatrixFromRates(q, s + t);
            assertTrue(maxAbsDifference(multiply(ps, pt), pst) <= 1e-14, "exp(Qs) exp(Qt) = exp(Q(s+t))");
            assertStochastic(pst, 1e-14);
            for (int i = 0; i < n; i++) {
                q[i][i] = 123.0;
            }
            assertArrayEquals(ps, MarkovMatrices.stepMatrixFromRates(q, s), "diagonal ignored");
        }
    }

    @Test
    void rowMajorFormAgreesAndDoesNotAllocate() {
        double[][] q = {{0, 0.3, 0.1}, {0.05, 0, 0.2}, {0.4, 0.0, 0}};
        double[] rates = {0, 0.3, 0.1, 0.05, 0, 0.2, 0.4, 0.0, 0};
        double[] out = new double[9];
        double[] work = new double[MarkovMatrices.workLength(3)];
        assertEquals(27, work.length);
        MarkovMatrices.stepMatrixFromRates(rates, 3, 0.25, out, work);
        double[][] expected = MarkovMatrices.stepMatrixFromRates(q, 0.25);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], out[i * 3 + j], 0.0);
            }
        }
        for (int warm = 0; warm < 20_000; warm++) {
            MarkovMatrices.stepMatrixFromRates(rates, 3, 0.25 + warm * 1e-6, out, work);
        }
        long bytes = AllocationMeter.bytesAllocatedBy(() -> {
            for (int rep = 0; rep < 10_000; rep++) {
                MarkovMatrices.stepMatrixFromRates(rates, 3, 1.0 / 12 + rep * 1e-5, out, work);
            }
        });
        assertTrue(bytes < 1024, () -> "allocated " + bytes + " bytes");
    }

    @Test
    void invalidRatesAreRejectedWithTheirPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromRates(new double[][] {{0, 0.1}, {-0.2, 0}}, 1.0));
        assertEquals("ratesPerYear[1][0]: must be finite and >= 0, was -0.2", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromRates(new double[][] {{0, Double.NaN}, {0.2, 0}}, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromRates(new double[][] {{0, 0.1}, {0.2, 0}}, -1.0));
        assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromRates(new double[][] {{0, 0.1}, {0.2}}, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromRates(new double[4], 2, 1.0, new double[4], new double[11]));
    }

    // ------------------------------------------------------------------------- from annual

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 12, 52})
    void twoStateRootMatchesClosedForm(int s) {
        // P = [[1-a, a], [b, 1-b]]: P^(1/s) = Π + λ^(1/s) (I - Π), λ = 1 - a - b > 0, π = (b, a)/(a+b).
        double a = 0.07;
        double b = 0.31;
        double lambda = 1 - a - b;
        double[][] annual = {{1 - a, a}, {b, 1 - b}};
        double[][] expected = twoStateClosedForm(b / (a + b), a / (a + b), Math.pow(lambda, 1.0 / s));
        double[][] actual = MarkovMatrices.stepMatrixFromAnnual(annual, s);
        assertTrue(maxAbsDifference(expected, actual) <= 1e-14, () -> "diff " + maxAbsDifference(expected, actual));
        assertStochastic(actual, 1e-15);
    }

    @ParameterizedTest
    @CsvSource({"3, 1.2", "4, 1.2", "3, 2.0", "4, 2.0"})
    void rootReproducesAnnualMatrix(int n, double maxRate) {
        SplittableRandom rnd = new SplittableRandom(2024L + n);
        double worst = 0;
        for (int trial = 0; trial < 40; trial++) {
            double[][] q = randomGenerator(rnd, n, maxRate);
            double[][] annual = MarkovMatrices.stepMatrixFromRates(q, 1.0);
            for (int s : new int[] {2, 4, 12}) {
                double[][] step = MarkovMatrices.stepMatrixFromAnnual(annual, s);
                assertStochastic(step, 1e-14);
                double diff = maxAbsDifference(power(step, s), annual);
                worst = Math.max(worst, diff);
                int t = trial;
                assertTrue(diff <= 1e-12, () -> "trial " + t + " s " + s + ": |R^s - P| = " + diff);
                double direct = maxAbsDifference(step, MarkovMatrices.stepMatrixFromRates(q, 1.0 / s));
                assertTrue(direct <= 1e-12, () -> "trial " + t + " s " + s + ": |R - exp(Q/s)| = " + direct);
            }
        }
        System.out.println(n + "-state, rates < " + maxRate + ": worst |R^s - P| = " + worst);
    }

    @Test
    void stepsPerYearOneReturnsACopy() {
        double[][] annual = {{0.9, 0.1}, {0.0, 1.0}};
        double[][] step = MarkovMatrices.stepMatrixFromAnnual(annual, 1);
        assertNotSame(annual, step);
        assertNotSame(annual[0], step[0]);
        assertArrayEquals(annual, step);
    }

    @Test
    void identityAndAbsorbingStatesAreEmbeddable() {
        double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        assertArrayEquals(identity, MarkovMatrices.stepMatrixFromAnnual(identity, 12));
        // 2 is absorbing, 0 -> 1 -> 2 one way: exp of an upper-triangular generator.
        double[][] q = {{0, 0.5, 0.1}, {0, 0, 0.3}, {0, 0, 0}};
        double[][] annual = MarkovMatrices.stepMatrixFromRates(q, 1.0);
        double[][] step = MarkovMatrices.stepMatrixFromAnnual(annual, 4);
        assertTrue(maxAbsDifference(power(step, 4), annual) <= 1e-14);
        assertEquals(0.0, step[2][0]);
        assertEquals(0.0, step[2][1]);
        assertEquals(1.0, step[2][2]);
    }

    @Test
    void nonEmbeddableMatricesAreRejectedWithAnExplanation() {
        double[][][] rejected = {
            {{0, 1}, {1, 0}},                       // eigenvalue -1: periodic
            {{0.2, 0.8}, {0.7, 0.3}},               // eigenvalue 1 - a - b = -0.5
            {{0.5, 0.5}, {0.5, 0.5}},               // eigenvalue 0: singular
            {{0.5, 0.5, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}}, // real log, but with negative rates
        };
        for (double[][] p : rejected) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MarkovMatrices.stepMatrixFromAnnual(p, 12));
            assertTrue(e.getMessage().startsWith("annual: transition matrix is not embeddable"), e.getMessage());
            assertTrue(e.getMessage().contains("specify transition rates per year instead"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromAnnual(rejected[3], 2));
        assertTrue(e.getMessage().contains("negative transition rate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromAnnual(rejected[0], 2));
        assertTrue(e.getMessage().contains("on the closed negative real axis"), e.getMessage());
    }

    @Test
    void invalidAnnualMatricesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromAnnual(new double[][] {{0.5, 0.5}}, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromAnnual(new double[][] {{0.5, 0.6}, {0.5, 0.5}}, 2));
        assertTrue(e.getMessage().startsWith("sum of annual[0]: must be 1 within"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromAnnual(new double[][] {{1.5, -0.5}, {0.5, 0.5}}, 2));
        assertEquals("annual[0][0]: must be in [0, 1], was 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stepMatrixFromAnnual(new double[][] {{1, 0}, {0, 1}}, 0));
        assertThrows(NullPointerException.class, () -> MarkovMatrices.stepMatrixFromAnnual(null, 2));
    }

    // ------------------------------------------------------------------------- stationary

    @Test
    void stationaryDistributionOfTwoStateChain() {
        double a = 0.12;
        double b = 0.03;
        double[] pi = MarkovMatrices.stationaryDistribution(new double[][] {{1 - a, a}, {b, 1 - b}});
        assertArrayEquals(new double[] {b / (a + b), a / (a + b)}, pi, 1e-15);
    }

    @Test
    void stationaryDistributionOfThreeStateChain() {
        // "Land of Oz" weather chain (Grinstead & Snell, Introduction to Probability, ch. 11):
        // by hand, π = (2/5, 1/5, 2/5): e.g. column 2 of πP = 0.4 * 0.25 + 0.2 * 0 + 0.4 * 0.25 = 0.2.
        double[][] p = {{0.5, 0.25, 0.25}, {0.5, 0.0, 0.5}, {0.25, 0.25, 0.5}};
        assertArrayEquals(new double[] {0.4, 0.2, 0.4}, MarkovMatrices.stationaryDistribution(p), 1e-15);
    }

    @Test
    void stationaryDistributionNeedsAnIrreducibleChain() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stationaryDistribution(new double[][] {{1, 0}, {0.5, 0.5}}));
        assertEquals("p: chain must be irreducible, but state 1 cannot be reached from state 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MarkovMatrices.stationaryDistribution(new double[][] {{0.5, 0.5}, {0, 1}}));
        assertEquals("p: chain must be irreducible, but state 1 cannot reach state 0", e.getMessage());
    }
}
