package dev.autarky.internal.design;

import dev.autarky.internal.math.NormalFunctions;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A Gaussian copula over some of a path's inputs: their independent uniforms {@code u} become
 * normal scores {@code z = Phi^-1(u)}, are correlated as {@code w = L z} with the Cholesky factor
 * {@code L} of the normal-scale correlation matrix, and go back to uniforms {@code Phi(w)}, which
 * each input's own quantile function then turns into a value. Every marginal is kept exactly
 * ({@code w_i} is standard normal because every row of {@code L} has unit length); the inputs'
 * Spearman rank correlations are those requested when their distributions are continuous (ties of
 * discrete inputs weaken them).
 *
 * <p>Built once per compiled scenario; immutable and thread-safe. {@link #apply} allocates nothing.
 */
public final class GaussianCopula implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Uniforms are kept in {@code [MIN_U, MAX_U]} so that no quantile function sees 0 or 1. */
    static final double MIN_U = 0x1.0p-1074;
    static final double MAX_U = 1 - 0x1.0p-53;

    private final int[] inputs;
    private final double[] lower; // row-major lower triangle, row i has i + 1 entries
    private final double[][] normal;

    /**
     * A copula over the inputs at indices {@code inputs} (ascending) with normal-scale correlation
     * matrix {@code normal} (in the same order).
     *
     * @throws IllegalArgumentException if the matrix is not positive semi-definite
     */
    public GaussianCopula(int[] inputs, double[][] normal) {
        this.inputs = inputs.clone();
        this.normal = new double[normal.length][];
        for (int i = 0; i < normal.length; i++) {
            this.normal[i] = normal[i].clone();
        }
        double[][] l = CorrelationMatrix.cholesky(normal);
        if (l == null) {
            throw new IllegalArgumentException("the correlation matrix is not positive semi-definite");
        }
        int n = inputs.length;
        lower = new double[n * (n + 1) / 2];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                lower[at++] = l[i][j];
            }
        }
    }

    /**
     * The copula of pairwise rank correlations: pair {@code p} correlates inputs {@code first[p]} and
     * {@code second[p]} with Spearman {@code spearman[p]}, put on the normal scale with
     * {@link CorrelationMatrix#normalFromSpearman}; unlisted pairs are independent. Only the inputs
     * named by some pair take part, in ascending index order.
     *
     * @return the copula, or null when there are no pairs
     * @throws IllegalArgumentException if the pairs are not jointly possible
     */
    public static GaussianCopula of(int[] first, int[] second, double[] spearman) {
        if (first.length == 0) {
            return null;
        }
        java.util.TreeSet<Integer> involved = new java.util.TreeSet<>();
        for (int p = 0; p < first.length; p++) {
            involved.add(first[p]);
            involved.add(second[p]);
        }
        int[] idx = involved.stream().mapToInt(Integer::intValue).toArray();
        int n = idx.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        for (int p = 0; p < first.length; p++) {
            int i = Arrays.binarySearch(idx, first[p]);
            int j = Arrays.binarySearch(idx, second[p]);
            a[i][j] = CorrelationMatrix.normalFromSpearman(spearman[p]);
            a[j][i] = a[i][j];
        }
        return new GaussianCopula(idx, a);
    }

    /** Indices of the correlated inputs, ascending (a copy). */
    public int[] inputs() {
        return inputs.clone();
    }

    /** Number of correlated inputs. */
    public int size() {
        return inputs.length;
    }

    /** The normal-scale correlation matrix (a copy). */
    public double[][] normalCorrelations() {
        double[][] c = new double[normal.length][];
        for (int i = 0; i < normal.length; i++) {
            c[i] = normal[i].clone();
        }
        return c;
    }

    /**
     * Correlates the uniforms of the copula's inputs in {@code u} in place; other entries are left
     * alone. {@code scratch} must have at least {@link #size()} entries.
     */
    public void apply(double[] u, double[] scratch) {
        final int[] idx = inputs;
        final int n = idx.length;
        for (int i = 0; i < n; i++) {
            scratch[i] = NormalFunctions.inverseCdf(u[idx[i]]);
        }
        final double[] l = lower;
        int at = 0;
        for (int i = 0; i < n; i++) {
            double w = 0;
            for (int j = 0; j <= i; j++) {
                w += l[at++] * scratch[j];
            }
            double v = NormalFunctions.cdf(w);
            u[idx[i]] = v < MIN_U ? MIN_U : (v > MAX_U ? MAX_U : v);
        }
    }

    @Override
    public String toString() {
        return "GaussianCopula" + Arrays.toString(inputs);
    }
}
