package dev.autarky.internal.design;

/**
 * Small dense correlation-matrix arithmetic for the Gaussian copula: the Spearman-to-normal
 * conversion, a Cholesky factorisation that accepts positive <em>semi</em>-definite matrices, the
 * eigenvalues of a symmetric matrix, and the nearest correlation matrix. Matrices are
 * {@code double[n][n]}, row-major; all methods are static, pure and thread-safe.
 */
public final class CorrelationMatrix {

    /**
     * Pivots of the Cholesky factorisation down to {@code -TOLERANCE} count as zero (the matrix is
     * semi-definite there), so that rank correlations of exactly ±1 and their rounding are accepted.
     */
    public static final double TOLERANCE = 1e-10;

    private CorrelationMatrix() {
    }

    /**
     * The normal-scale (Pearson) correlation {@code rho = 2 sin(pi r / 6)} of a bivariate normal whose
     * Spearman rank correlation is {@code r} (Pearson 1907; Kruskal 1958). Under a Gaussian copula the
     * inputs' rank correlation is {@code r} whatever their continuous marginals.
     */
    public static double normalFromSpearman(double r) {
        return 2 * Math.sin(Math.PI * r / 6);
    }

    /** The inverse of {@link #normalFromSpearman}: {@code r = (6 / pi) asin(rho / 2)}. */
    public static double spearmanFromNormal(double rho) {
        return 6 / Math.PI * Math.asin(rho / 2);
    }

    /**
     * The lower-triangular {@code L} with {@code L L^T = a} for a symmetric positive semi-definite
     * {@code a}: where a pivot is within {@link #TOLERANCE} of zero the column is set to zero (the
     * variable is a combination of earlier ones), which requires the rest of that column of the
     * Schur complement to vanish too.
     *
     * @return {@code L} (a new array), or {@code null} if {@code a} is not positive semi-definite
     */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (d < -TOLERANCE) {
                return null;
            }
            boolean zero = d <= TOLERANCE;
            double pivot = zero ? 0 : Math.sqrt(d);
            l[j][j] = pivot;
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (zero) {
                    if (Math.abs(s) > Math.sqrt(TOLERANCE)) {
                        return null;
                    }
                    l[i][j] = 0;
                } else {
                    l[i][j] = s / pivot;
                }
            }
        }
        return l;
    }

    /**
     * The eigenvalues of a symmetric matrix in ascending order, by cyclic Jacobi rotations (accurate
     * to a few ulps of the largest eigenvalue; meant for the small matrices of a copula).
     */
    public static double[] eigenvalues(double[][] symmetric) {
        return jacobi(symmetric, null);
    }

    /**
     * Cyclic Jacobi eigenvalue iteration on a copy of {@code s}. Returns the eigenvalues in ascending
     * order; when {@code vectors} is not null it receives the matching eigenvectors as columns.
     */
    static double[] jacobi(double[][] s, double[][] vectors) {
        int n = s.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = s[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - sn * akq;
                        a[k][q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - sn * aqk;
                        a[q][k] = sn * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - sn * vkq;
                        v[k][q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[x][x], a[y][y]));
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[order[i]][order[i]];
            if (vectors != null) {
                for (int k = 0; k < n; k++) {
                    vectors[k][i] = v[k][order[i]];
                }
            }
        }
        return values;
    }

    /**
     * The nearest correlation matrix to a symmetric matrix with unit diagonal, in the Frobenius norm,
     * by Higham's alternating projections with Dykstra's correction (N. J. Higham, "Computing the
     * nearest correlation matrix — a problem from finance", IMA J. Numer. Anal. 22, 2002, 329-343):
     * alternately project onto the positive semi-definite cone (clip negative eigenvalues at
     * {@code minEigenvalue}) and onto the unit-diagonal matrices, until the iterates agree to 1e-12.
     *
     * @param a             symmetric, unit diagonal
     * @param minEigenvalue the smallest eigenvalue to keep, {@code >= 0} (a small positive value keeps
     *                      the result safely positive definite)
     * @return a new symmetric, unit-diagonal, positive semi-definite matrix
     */
    public static double[][] nearestCorrelation(double[][] a, double minEigenvalue) {
        int n = a.length;
        double[][] y = copy(a);
        double[][] ds = new double[n][n];
        double[][] x = copy(a);
        for (int it = 0; it < 10_000; it++) {
            double[][] r = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r[i][j] = y[i][j] - ds[i][j];
                }
            }
            x = psdProjection(r, minEigenvalue);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    ds[i][j] = x[i][j] - r[i][j];
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double next = i == j ? 1 : x[i][j];
                    change = Math.max(change, Math.abs(next - y[i][j]));
                    y[i][j] = next;
                }
            }
            if (change < 1e-12) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double m = (y[i][j] + y[j][i]) / 2;
                y[i][j] = m;
                y[j][i] = m;
            }
        }
        return y;
    }

    private static double[][] psdProjection(double[][] r, double minEigenvalue) {
        int n = r.length;
        double[][] vectors = new double[n][n];
        double[] values = jacobi(r, vectors);
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            double lambda = Math.max(values[k], minEigenvalue);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[i][j] += vectors[i][k] * lambda * vectors[j][k];
                }
            }
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
