package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.math.NormalFunctions;
import dev.autarky.result.Estimate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Spearman and PRCC on a model with known monotone structure: {@code y = exp(Z1 + 0.5 Z2 + 0.3 ε)}
 * with independent standard normals, seen through inputs that are monotone transforms of
 * {@code Z1} and {@code Z2}, an input with no effect, and an input that is an exact copy of the
 * first in rank.
 */
class RankCorrelationsTest {

    private static final int N = 5000;
    private static final List<String> INPUTS = List.of("x1", "x2", "null", "copyOfX1");

    /** Columns {@code [input][row]} and the output, from a fixed seed. */
    private static double[][][] sample(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[4][N];
        double[][] y = new double[1][N];
        for (int i = 0; i < N; i++) {
            double z1 = NormalFunctions.inverseCdf(random.nextDouble());
            double z2 = NormalFunctions.inverseCdf(random.nextDouble());
            double e = NormalFunctions.inverseCdf(random.nextDouble());
            x[0][i] = z1;
            x[1][i] = NormalFunctions.cdf(z2); // uniform: same ranks as z2
            x[2][i] = random.nextDouble();
            x[3][i] = 2 * z1 + 1;
            y[0][i] = Math.exp(z1 + 0.5 * z2 + 0.3 * e);
        }
        return new double[][][] {x, y};
    }

    @Test
    void spearmanMatchesTheBivariateNormalValue() {
        double[][][] s = sample(11);
        RankCorrelations r = RankCorrelations.of(INPUTS, s[0], List.of("y"), s[1], 0.95);
        // for a bivariate normal with correlation ρ, Spearman's ρ_s = (6/π) asin(ρ/2) (Pearson 1907);
        // the ranks of y are those of L = Z1 + 0.5 Z2 + 0.3 ε, with corr(Z1, L) = 1/√1.34, corr(Z2, L) = 0.5/√1.34
        double rho1 = 1 / Math.sqrt(1.34);
        double rho2 = 0.5 / Math.sqrt(1.34);
        Estimate s1 = r.spearman("y", "x1");
        Estimate s2 = r.spearman("y", "x2");
        Estimate s3 = r.spearman("y", "null");
        print("spearman x1", s1, 6 / Math.PI * Math.asin(rho1 / 2));
        print("spearman x2", s2, 6 / Math.PI * Math.asin(rho2 / 2));
        print("spearman null", s3, 0);
        assertTrue(s1.contains(6 / Math.PI * Math.asin(rho1 / 2)), s1.toString());
        assertTrue(s2.contains(6 / Math.PI * Math.asin(rho2 / 2)), s2.toString());
        assertTrue(s3.contains(0), s3.toString());
        assertEquals(s1, r.spearman("y", "copyOfX1"), "a monotone transform has the same ranks");
        assertEquals(N, r.count("y"));
    }

    @Test
    void prccIsThePartialCorrelationOfTheRanks() {
        double[][][] s = sample(12);
        RankCorrelations r = RankCorrelations.of(INPUTS, s[0], List.of("y"), s[1], 0.95);
        assertEquals(List.of("copyOfX1"), r.aliased());
        assertTrue(Double.isNaN(r.prcc("y", "copyOfX1").value()));
        // by definition: correlate the residuals of rank(x_i) and rank(y) regressed on the other inputs' ranks
        double[][] ranks = {RankCorrelations.midranks(s[0][0]), RankCorrelations.midranks(s[0][1]),
                RankCorrelations.midranks(s[0][2])};
        double[] ry = RankCorrelations.midranks(s[1][0]);
        for (int i = 0; i < 3; i++) {
            double[][] others = new double[2][];
            int at = 0;
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    others[at++] = ranks[j];
                }
            }
            double expected = pearson(residuals(ranks[i], others), residuals(ry, others));
            assertEquals(expected, r.prcc("y", INPUTS.get(i)).value(), 1e-9, INPUTS.get(i));
        }
        Estimate p1 = r.prcc("y", "x1");
        Estimate p2 = r.prcc("y", "x2");
        Estimate p3 = r.prcc("y", "null");
        print("prcc x1", p1, Double.NaN);
        print("prcc x2", p2, Double.NaN);
        print("prcc null", p3, 0);
        // known structure: partialling out the other effect strengthens each; no effect stays at 0
        assertTrue(p1.value() > r.spearman("y", "x1").value() && p2.value() > r.spearman("y", "x2").value());
        assertTrue(p1.lower() > p2.upper() && p2.lower() > 0);
        assertTrue(p3.contains(0), p3.toString());
        // partial correlations of the normal scores are 1/√1.09 = 0.958 and 0.5/√0.34 = 0.857; those of
        // the ranks are smaller (no closed form), but above the marginal ones
        assertTrue(p1.value() < 1 / Math.sqrt(1.09) && p2.value() < 0.5 / Math.sqrt(0.34));
        // two controls (x2, null) cost two degrees of freedom: PRCC intervals use n − 3 − 2
        double half = Math.tanh(Intervals.atanh(p3.value()) + 1.959964 * Math.sqrt(1.06 / (N - 5))) - p3.value();
        assertEquals(half, p3.upper() - p3.value(), 1e-6);
    }

    @Test
    void censoredValuesTieBeyondEveryObservedValue() {
        double[][][] s = sample(13);
        double[] y = s[1][0].clone();
        double[] capped = y.clone();
        double cut = 3;
        int censored = 0;
        for (int i = 0; i < N; i++) {
            if (y[i] > cut) {
                y[i] = Double.POSITIVE_INFINITY;
                capped[i] = 1e9;
                censored++;
            }
        }
        assertTrue(censored > N / 10);
        RankCorrelations r = RankCorrelations.of(INPUTS, s[0], List.of("censored", "capped"),
                new double[][] {y, capped}, 0.95);
        assertEquals(r.spearman("capped", "x1"), r.spearman("censored", "x1"));
        assertEquals(r.prcc("capped", "x2"), r.prcc("censored", "x2"));
        assertTrue(r.spearman("censored", "x1").value() > 0.5, "censoring keeps the ordering");
    }

    @Test
    void undefinedRowsAreLeftOutOfThatOutputOnly() {
        double[][][] s = sample(14);
        double[] y = s[1][0].clone();
        for (int i = 0; i < N; i += 3) {
            y[i] = Double.NaN;
        }
        RankCorrelations r = RankCorrelations.of(INPUTS, s[0], List.of("partial", "full"),
                new double[][] {y, s[1][0]}, 0.95);
        assertEquals(N - (N + 2) / 3, r.count("partial"));
        assertEquals(N, r.count("full"));
        assertTrue(r.spearman("partial", "x1").value() > 0.7);
        assertEquals(0, r.outputs().indexOf("partial"));
        assertEquals(r.spearman(1, 0), r.spearman("full", "x1"));
        assertEquals(r.prcc(1, 1), r.prcc("full", "x2"));
    }

    @Test
    void degenerateCases() {
        double[][] x = {{1, 2, 3, 4, 5, 6}, {3, 3, 3, 3, 3, 3}};
        double[][] y = {{6, 5, 4, 3, 2, 1}, {1, 1, 1, 1, 1, 1}};
        RankCorrelations r = RankCorrelations.of(List.of("a", "constant"), x, List.of("down", "flat"), y, 0.9);
        assertEquals(-1, r.spearman("down", "a").value());
        assertEquals(-1, r.spearman("down", "a").upper());
        assertTrue(Double.isNaN(r.spearman("down", "constant").value()));
        assertTrue(Double.isNaN(r.spearman("flat", "a").value()));
        assertTrue(Double.isNaN(r.prcc("flat", "a").value()));
        assertEquals(List.of("constant"), r.aliased());
        assertEquals(0.9, r.confidence());
        assertArrayEquals(new double[] {1.5, 1.5, 3, 4.5, 4.5}, RankCorrelations.midranks(new double[] {2, 2, 5, 9, 9}));
        assertThrows(IllegalArgumentException.class, () -> r.spearman("nope", "a"));
        assertThrows(IllegalArgumentException.class,
                () -> RankCorrelations.of(List.of("a"), new double[][] {{1, Double.NaN}}, List.of("y"),
                        new double[][] {{1, 2}}, 0.95));
        assertThrows(IllegalArgumentException.class,
                () -> RankCorrelations.of(List.of("a"), new double[][] {{1, 2}}, List.of("y"), new double[][] {{1}}, 0.95));
        assertThrows(IllegalArgumentException.class,
                () -> RankCorrelations.of(List.of("a", "b"), new double[][] {{1, 2}}, List.of("y"), new double[][] {{1, 2}}, 0.95));
        assertThrows(IllegalArgumentException.class,
                () -> RankCorrelations.of(List.of("a"), new double[][] {{1, 2}}, List.of("y"), new double[][] {{1, 2}}, 1.5));
    }

    private static void print(String what, Estimate e, double truth) {
        System.out.printf(Locale.ROOT, "%-14s %.4f [%.4f, %.4f]  known %.4f%n", what, e.value(), e.lower(), e.upper(), truth);
    }

    /** Residuals of {@code y} after least squares on {@code xs} with an intercept. */
    private static double[] residuals(double[] y, double[][] xs) {
        int k = xs.length + 1;
        int n = y.length;
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < n; i++) {
            double[] row = new double[k];
            row[0] = 1;
            for (int j = 1; j < k; j++) {
                row[j] = xs[j - 1][i];
            }
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    a[p][q] += row[p] * row[q];
                }
                a[p][k] += row[p] * y[i];
            }
        }
        for (int p = 0; p < k; p++) { // Gauss-Jordan
            for (int q = 0; q < k; q++) {
                if (q != p) {
                    double f = a[q][p] / a[p][p];
                    for (int c = p; c <= k; c++) {
                        a[q][c] -= f * a[p][c];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double fit = a[0][k] / a[0][0];
            for (int j = 1; j < k; j++) {
                fit += a[j][k] / a[j][j] * xs[j - 1][i];
            }
            out[i] = y[i] - fit;
        }
        return out;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
