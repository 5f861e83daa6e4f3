package dev.autarky.internal.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.math.NormalFunctions;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Variance reduction on a smooth test function with a known mean, at equal path counts: the mean
 * of {@code f(u) = exp(sum_k c_k Phi^-1(u_k))} over six inputs, {@code c_k = 0.6 / (k + 1)}, whose
 * exact mean is {@code exp(sum_k c_k^2 / 2)} (a product of log-normal means). Each design estimates
 * it from 4,096 paths with 40 fixed seeds; the spread of the 40 estimates is the design's true
 * standard error. Latin hypercube, scrambled Sobol and antithetic pairs must beat plain Monte Carlo,
 * every design must be unbiased, and the design-based standard error of {@link ReplicateAccumulator}
 * must agree with the true one (root mean square over the seeds within 30 %).
 */
class VarianceReductionTest {

    private static final int DIMS = 6;
    private static final int PATHS = 4096;
    private static final int BLOCK = 512;
    private static final int SEEDS = 40;
    private static final double[] C = new double[DIMS];
    private static final double EXACT;

    static {
        double s = 0;
        for (int k = 0; k < DIMS; k++) {
            C[k] = 0.6 / (k + 1);
            s += C[k] * C[k] / 2;
        }
        EXACT = Math.exp(s);
    }

    private static double f(double[] u) {
        double s = 0;
        for (int k = 0; k < DIMS; k++) {
            s += C[k] * NormalFunctions.inverseCdf(u[k]);
        }
        return Math.exp(s);
    }

    /** {mean, design-based standard error} of one run. */
    private static double[] run(InputDesign.Kind kind, long seed) {
        InputDesign design = InputDesign.of(kind, InputDesignTest.keys(DIMS), null, PATHS, BLOCK);
        InputDesign.Sampler s = design.sampler();
        ReplicateAccumulator acc = new ReplicateAccumulator(design, 1, 0, 0, 1);
        double[] u = new double[DIMS];
        double[] cost = new double[1];
        int[] none = new int[0];
        for (int i = 0; i < PATHS; i++) {
            s.fill(seed, i, u);
            cost[0] = f(u);
            acc.accept(i, none, cost);
            if ((i + 1) % BLOCK == 0) {
                acc.endBlock();
            }
        }
        double[] e = acc.costMean(0);
        return new double[] {e[0], e[1]};
    }

    @Test
    void latinHypercubeSobolAndAntitheticBeatPlainMonteCarlo() {
        Map<InputDesign.Kind, double[]> stats = new EnumMap<>(InputDesign.Kind.class);
        for (InputDesign.Kind kind : InputDesign.Kind.values()) {
            double sum = 0;
            double squares = 0;
            double estimatedVariance = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                double[] r = run(kind, 1_000 + seed);
                sum += r[0];
                squares += (r[0] - EXACT) * (r[0] - EXACT);
                estimatedVariance += r[1] * r[1];
            }
            double mean = sum / SEEDS;
            double trueSe = Math.sqrt(squares / SEEDS); // the exact mean is known: no degree of freedom lost
            double estimatedSe = Math.sqrt(estimatedVariance / SEEDS);
            stats.put(kind, new double[] {mean, trueSe, estimatedSe});
        }
        double mc = stats.get(InputDesign.Kind.MC)[1];
        StringBuilder report = new StringBuilder(String.format(
                "mean of exp(sum c_k z_k), exact %.6f, %d paths, %d seeds:%n", EXACT, PATHS, SEEDS));
        for (var e : stats.entrySet()) {
            double[] v = e.getValue();
            report.append(String.format("  %-10s mean %.6f  true SE %.3e  design-based SE %.3e  SE / SE(mc) %.3f%n",
                    e.getKey(), v[0], v[1], v[2], v[1] / mc));
        }
        System.out.print(report);
        for (var e : stats.entrySet()) {
            double[] v = e.getValue();
            InputDesign.Kind kind = e.getKey();
            assertTrue(Math.abs(v[0] - EXACT) < 4 * v[1] / Math.sqrt(SEEDS), kind + " is biased\n" + report);
            assertTrue(v[2] > 0.7 * v[1] && v[2] < 1.3 * v[1], kind + ": design-based SE is not honest\n" + report);
        }
        assertTrue(stats.get(InputDesign.Kind.LHS)[1] < 0.5 * mc, "Latin hypercube\n" + report);
        assertTrue(stats.get(InputDesign.Kind.SOBOL)[1] < 0.5 * mc, "Sobol\n" + report);
        assertTrue(stats.get(InputDesign.Kind.ANTITHETIC)[1] < mc, "antithetic\n" + report);
    }
}
