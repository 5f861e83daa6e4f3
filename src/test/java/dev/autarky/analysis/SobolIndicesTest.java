package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.random.StreamKeys;
import dev.autarky.result.Estimate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sobol' indices on test functions with known analytic indices. Tolerances come from the
 * estimator's own bootstrap interval at the sample size used: the analytic value must lie within
 * two half-widths of the 95 % interval of its estimate (a fixed seed, so the check is
 * deterministic; at that width a correct estimator fails with probability far below 10⁻³), and the
 * interval itself must be narrow enough for the check to mean something.
 */
class SobolIndicesTest {

    private static final SobolIndices.Settings SETTINGS = SobolIndices.Settings.defaults().withBaseRows(8192)
            .withBootstrap(300).withSeed(20260106L);

    /** Ishigami and Homma (1990) with a = 7, b = 0.1 on [−π, π]³. */
    static double ishigami(double[] u) {
        double x1 = Math.PI * (2 * u[0] - 1);
        double x2 = Math.PI * (2 * u[1] - 1);
        double x3 = Math.PI * (2 * u[2] - 1);
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiMatchesItsAnalyticIndices() {
        // Analytic values (Sobol' and Levitan 1999; Saltelli et al., Global Sensitivity Analysis: The Primer, 2008):
        // V = a²/8 + b π⁴/5 + b² π⁸/18 + 1/2 = 13.8446; S1 = 0.3139, S2 = 0.4424, S3 = 0,
        // ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
        HypercubeModel model = HypercubeModel.of(3, List.of("y"), u -> new double[] {ishigami(u)});
        SobolResult r = SobolIndices.estimate(model, SETTINGS);
        double[] s = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            check("Ishigami S" + (i + 1), r.firstOrder(0, i), s[i], 0.06);
            check("Ishigami ST" + (i + 1), r.total(0, i), st[i], 0.06);
        }
        assertEquals(13.8446, r.variance(0), 13.8446 * 0.05);
        assertEquals(3.5, r.mean(0), 0.1);
        assertEquals(5 * 8192, r.evaluations());
    }

    /** Sobol's G-function on [0, 1]^d: Π (|4u − 2| + a_i) / (1 + a_i). */
    static double g(double[] u, double[] a) {
        double y = 1;
        for (int i = 0; i < a.length; i++) {
            y *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
        }
        return y;
    }

    @Test
    void gFunctionMatchesItsAnalyticIndices() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int d = a.length;
        // V_i = 1 / (3 (1 + a_i)²), V = Π (1 + V_i) − 1, S_i = V_i / V, ST_i = V_i Π_{j≠i} (1 + V_j) / V
        double[] vi = new double[d];
        double prod = 1;
        for (int i = 0; i < d; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        HypercubeModel model = HypercubeModel.of(d, List.of("g"), u -> new double[] {g(u, a)});
        SobolResult r = SobolIndices.estimate(model, SETTINGS);
        for (int i = 0; i < d; i++) {
            check("G S" + (i + 1), r.firstOrder(0, i), vi[i] / v, 0.06);
            check("G ST" + (i + 1), r.total(0, i), vi[i] * prod / (1 + vi[i]) / v, 0.06);
        }
        assertEquals(v, r.variance(0), v * 0.05);
    }

    @Test
    void aGroupOfCoordinatesHasTheIndicesOfItsJointEffect() {
        double[] a = {0, 1, 9};
        double v1 = 1.0 / 3;
        double v2 = 1.0 / 12;
        double v3 = 1.0 / 300;
        double v = (1 + v1) * (1 + v2) * (1 + v3) - 1;
        HypercubeModel model = HypercubeModel.of(3, List.of("g"), u -> new double[] {g(u, a)});
        SobolResult r = SobolIndices.estimate(model, List.of(new SobolIndices.Factor("first two", new int[] {0, 1}),
                new SobolIndices.Factor("third", new int[] {2})), SETTINGS);
        assertEquals(List.of("first two", "third"), r.factors());
        check("S{1,2}", r.firstOrder("g", "first two"), (v1 + v2 + v1 * v2) / v, 0.06);
        check("ST{3}", r.total("g", "third"), v3 * (1 + v1) * (1 + v2) / v, 0.06);
    }

    @Test
    void noiseIsAFactorOfItsOwn() {
        // y = u1 + c ω with ω uniform, keyed by the point's stream: S1 = 1 / (1 + c²), S_noise = c² / (1 + c²)
        double c = 0.5;
        long key = StreamKeys.keyOf("test.noise");
        HypercubeModel model = new HypercubeModel() {
            @Override
            public int dimensions() {
                return 2;
            }

            @Override
            public List<String> outputs() {
                return List.of("y");
            }

            @Override
            public boolean noisy() {
                return true;
            }

            @Override
            public void evaluate(PointBatch batch, double[][] out) {
                double[] u = new double[2];
                for (int k = 0; k < batch.size(); k++) {
                    batch.point(k, u);
                    out[0][k] = u[0] + c * StreamKeys.inputUniform(batch.seed(), batch.stream(k), key);
                }
            }
        };
        SobolResult r = SobolIndices.estimate(model, SETTINGS);
        assertEquals(List.of("x1", "x2", "noise"), r.factors());
        check("S1", r.firstOrder("y", "x1"), 1 / (1 + c * c), 0.06);
        check("ST1", r.total("y", "x1"), 1 / (1 + c * c), 0.06);
        check("S2", r.firstOrder("y", "x2"), 0, 0.06);
        check("ST2", r.total("y", "x2"), 0, 0.06);
        check("S noise", r.firstOrder("y", "noise"), c * c / (1 + c * c), 0.06);
        check("ST noise", r.total("y", "noise"), c * c / (1 + c * c), 0.06);
        assertEquals(0.0, r.total("y", "x2").value(), 0.0, "x2 is never used: A and A_B^2 agree exactly");
    }

    @Test
    void aConstantOutputHasNoIndices() {
        HypercubeModel model = HypercubeModel.of(2, List.of("c"), u -> new double[] {3});
        SobolResult r = SobolIndices.estimate(model, SETTINGS.withBaseRows(64).withBootstrap(10));
        assertTrue(Double.isNaN(r.firstOrder(0, 0).value()));
        assertTrue(Double.isNaN(r.total(0, 1).upper()));
        assertEquals(0.0, r.variance(0));
    }

    @Test
    void sameSettingsGiveTheSameIndices() {
        HypercubeModel model = HypercubeModel.of(3, List.of("y"), u -> new double[] {ishigami(u)});
        SobolIndices.Settings s = SETTINGS.withBaseRows(256).withBootstrap(50);
        SobolResult a = SobolIndices.estimate(model, s);
        SobolResult b = SobolIndices.estimate(model, s);
        assertEquals(a.firstOrder(0, 0), b.firstOrder(0, 0));
        assertEquals(a.total(0, 2), b.total(0, 2));
        SobolResult none = SobolIndices.estimate(model, s.withBootstrap(0));
        assertEquals(a.firstOrder(0, 0).value(), none.firstOrder(0, 0).value());
        assertTrue(Double.isNaN(none.firstOrder(0, 0).lower()));
    }

    @Test
    void refusesBadFactorsAndOutputs() {
        HypercubeModel model = HypercubeModel.of(2, List.of("y"), u -> new double[] {u[0]});
        SobolIndices.Settings s = SETTINGS.withBaseRows(16).withBootstrap(0);
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(model,
                List.of(new SobolIndices.Factor("a", new int[] {0}), new SobolIndices.Factor("b", new int[] {0})), s));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(model,
                List.of(new SobolIndices.Factor("a", new int[] {2})), s));
        HypercubeModel nan = HypercubeModel.of(1, List.of("y"), u -> new double[] {Double.NaN});
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(nan, s));
        HypercubeModel wrong = HypercubeModel.of(1, List.of("y"), u -> new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(wrong, s));
        assertThrows(IllegalArgumentException.class, () -> HypercubeModel.of(0, List.of("y"), u -> u));
        assertThrows(IllegalArgumentException.class, () -> new SobolIndices.Settings(1, 1, 0, 0.95));
    }

    /**
     * The analytic value lies within two half-widths of the 95 % bootstrap interval of the
     * estimate, and that interval is narrower than {@code maxHalfWidth}.
     */
    static void check(String what, Estimate e, double truth, double maxHalfWidth) {
        double half = Math.max(e.value() - e.lower(), e.upper() - e.value());
        System.out.printf(Locale.ROOT, "%-14s estimate %.4f [%.4f, %.4f], analytic %.4f, |error| / half-width %.2f%n",
                what, e.value(), e.lower(), e.upper(), truth, Math.abs(e.value() - truth) / half);
        assertTrue(half <= maxHalfWidth, what + ": interval too wide to test anything: " + e);
        assertTrue(Math.abs(e.value() - truth) <= 2 * half, what + ": " + e + " vs analytic " + truth);
    }
}
