package dev.autarky.internal.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The unbounded metalog distribution (Keelin, Decision Analysis 13, 2016), fitted to a sample by
 * ordinary least squares: the quantile function
 * {@code M(y) = a1 + a2 L + a3 (y − ½) L + a4 (y − ½) + a5 (y − ½)² + a6 (y − ½)² L + …}
 * with {@code L = ln(y / (1 − y))}, fitted at the empirical probabilities
 * {@code y_i = (i − ½) / n} of the sorted values. A fit is feasible when {@code M} increases on
 * (0, 1), checked on a fine grid; {@link #fit} lowers the number of terms until it is.
 */
public final class Metalog {

    /** Most terms fitted. */
    public static final int MAX_TERMS = 16;
    private static final int GRID = 2000;

    private Metalog() {
    }

    /** Basis function {@code j} (0-based) at probability {@code y}. */
    static double basis(int j, double y) {
        double l = Math.log(y / (1 - y));
        double c = y - 0.5;
        if (j == 0) {
            return 1;
        }
        if (j == 1) {
            return l;
        }
        if (j == 2) {
            return c * l;
        }
        if (j == 3) {
            return c;
        }
        // j = 4, 5, 6, 7, ...: c^2, c^2 L, c^3, c^3 L, ...
        if (j % 2 == 0) {
            return Math.pow(c, j / 2);
        }
        return Math.pow(c, (j - 1) / 2) * l;
    }

    /** The metalog quantile at {@code y} with coefficients {@code a}. */
    public static double quantile(double[] a, double y) {
        double m = 0;
        for (int j = 0; j < a.length; j++) {
            m += a[j] * basis(j, y);
        }
        return m;
    }

    /**
     * Fits up to {@code terms} terms to the ascending {@code sorted} values, lowering the number
     * of terms until the fit is feasible; a constant sample gives {@code {value, 0}}.
     *
     * @return the coefficients {@code a1, a2, ...}; never null
     */
    public static double[] fit(double[] sorted, int terms) {
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("sorted: needs at least one value");
        }
        if (sorted[0] == sorted[n - 1]) {
            return new double[] {sorted[0], 0.0};
        }
        for (int k = Math.min(Math.min(terms, MAX_TERMS), n); k >= 2; k--) {
            double[] a = leastSquares(sorted, k);
            if (a != null && feasible(a)) {
                return a;
            }
        }
        // two terms (logistic) from the moments of the sample: always increasing
        double mean = 0;
        for (double v : sorted) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : sorted) {
            var += (v - mean) * (v - mean);
        }
        double scale = Math.sqrt(3 * var / n) / Math.PI;
        return new double[] {mean, Math.max(scale, Double.MIN_NORMAL)};
    }

    private static double[] leastSquares(double[] sorted, int k) {
        int n = sorted.length;
        // normal equations X'X a = X'x accumulated in one pass (k <= 16, n possibly large)
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        double[] row = new double[k];
        for (int i = 0; i < n; i++) {
            double y = (i + 0.5) / n;
            for (int j = 0; j < k; j++) {
                row[j] = basis(j, y);
            }
            for (int j = 0; j < k; j++) {
                xty[j] += row[j] * sorted[i];
                for (int m = 0; m <= j; m++) {
                    xtx[j][m] += row[j] * row[m];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            for (int m = j + 1; m < k; m++) {
                xtx[j][m] = xtx[m][j];
            }
        }
        try {
            QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-14);
            RealVector a = qr.getSolver().solve(new ArrayRealVector(xty, false));
            double[] out = a.toArray();
            for (double v : out) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return out;
        } catch (RuntimeException singular) {
            return null;
        }
    }

    /** True when the quantile function increases strictly on a fine grid of (0, 1). */
    static boolean feasible(double[] a) {
        double previous = quantile(a, 0.5 / GRID / 10);
        for (int i = 1; i < GRID * 10; i++) {
            double y = (i + 0.5) / (GRID * 10.0);
            double m = quantile(a, y);
            if (!(m > previous)) {
                return false;
            }
            previous = m;
        }
        return true;
    }
}
