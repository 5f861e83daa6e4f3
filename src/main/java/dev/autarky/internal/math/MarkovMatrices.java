package dev.autarky.internal.math;

import dev.autarky.internal.Checks;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Transition matrices of discrete-time Markov chains on the simulation's time step.
 *
 * <p>Conventions: a transition matrix {@code P} has rows = from-state and columns = to-state,
 * entries in [0, 1] and rows summing to 1; a generator (rate matrix) {@code Q} has off-diagonal
 * rates {@code >= 0} in transitions per year and rows summing to 0. The transition matrix over
 * {@code t} years of the continuous-time chain with generator {@code Q} is {@code exp(Q t)}.
 *
 * <p>Matrix exponentials are computed by uniformization (Jensen's method): with
 * {@code λ = max_i(-q_ii)} and the stochastic matrix {@code T = I + Q/λ},
 * {@code exp(Q t) = Σ_k e^{-λt} (λt)^k / k! · T^k}, a sum of non-negative terms, so results are
 * entry-wise non-negative and rows sum to 1 to rounding. The Poisson series is truncated when the
 * remaining Poisson mass is below {@code 1e-17}; when {@code λt > 8} the step is halved
 * {@code j} times and the result squared {@code j} times (8 balances the length of the series
 * against the rounding error of repeated squaring). Finally each row is divided by its sum,
 * which removes the truncated mass and guarantees entries in [0, 1]. Against closed forms the
 * entries are accurate to a few ulps (about {@code 1e-15}).
 *
 * <p>All methods are stateless and thread-safe.
 */
public final class MarkovMatrices {

    /** Tolerance on the row sums of an input transition matrix. */
    public static final double ROW_SUM_TOLERANCE = 1e-9;
    /** Off-diagonal entries of a computed log above {@code -GENERATOR_TOLERANCE} count as zero rates. */
    public static final double GENERATOR_TOLERANCE = 1e-12;

    /** Truncation of the uniformization series: remaining Poisson mass. */
    private static final double POISSON_TAIL = 1e-17;
    /** Largest {@code λt} summed directly; beyond it, scale and square. */
    private static final double MAX_DIRECT_LAMBDA_T = 1.0;
    /** Take square roots until {@code ||A - I||_1} is at most this; log Padé degree below. */
    private static final double LOG_PADE_RADIUS = 0.25;
    /**
     * Degree of the diagonal Padé approximant of log(1 + x), evaluated as Gauss–Legendre quadrature
     * of {@code ∫_0^1 X (I + sX)^-1 ds}. For ||X|| <= 0.264 degree 7 is accurate to double
     * precision (Higham, "Evaluating Padé approximants of the matrix logarithm", SIAM J. Matrix
     * Anal. Appl. 22, 2001); 8 leaves a margin.
     */
    private static final int LOG_PADE_DEGREE = 8;
    private static final int MAX_SQUARE_ROOTS = 64;
    private static final int MAX_DB_ITERATIONS = 100;
    private static final GaussIntegrator LEGENDRE =
            new GaussIntegratorFactory().legendre(LOG_PADE_DEGREE, 0.0, 1.0);

    private MarkovMatrices() {
    }

    // ------------------------------------------------------------------------------ from annual

    /**
     * The per-step transition matrix {@code R} with {@code R^stepsPerYear = annual} (to rounding),
     * for a chain that moves {@code stepsPerYear} times a year.
     *
     * <p>Computed as {@code R = exp(L / stepsPerYear)} where {@code L = log(annual)} is the
     * principal matrix logarithm (inverse scaling and squaring: Denman–Beavers square roots until
     * close to the identity, a Padé approximant of the logarithm, times {@code 2^k}). {@code L}
     * must be a valid generator: off-diagonal entries below {@code -1e-12} are rejected, smaller
     * negative ones are set to 0 and the diagonal is recomputed as minus the off-diagonal row sum.
     * Only the principal logarithm is tried; a matrix whose only valid generators come from other
     * branches of the logarithm is rejected too.
     *
     * <p>Accuracy: {@code R^stepsPerYear} reproduces {@code annual} to about {@code 1e-15} for
     * chains with rates up to about 2 per year. The tolerance on negative rates is absolute, while
     * the logarithm becomes ill-conditioned for fast-mixing chains (exit rates of several per year,
     * a nearly singular annual matrix): there a one-ulp change of {@code annual} moves the
     * logarithm by more than {@code 1e-12}, so a true zero rate can come out below the tolerance
     * and the matrix is rejected. Such chains are better specified by their rates per year.
     *
     * @param annual        transition matrix over one year; square, entries in [0, 1], rows
     *                      summing to 1 within {@value #ROW_SUM_TOLERANCE}
     * @param stepsPerYear  steps per year, {@code >= 1} (typically 1, 2, 4 or 12)
     * @return a new {@code n × n} per-step transition matrix (a copy of {@code annual} when
     *         {@code stepsPerYear == 1})
     * @throws IllegalArgumentException if the input is not a transition matrix, or if it is not
     *         embeddable: it has an eigenvalue on the closed negative real axis (no real
     *         logarithm), or its principal logarithm has negative off-diagonal rates
     */
    public static double[][] stepMatrixFromAnnual(double[][] annual, int stepsPerYear) {
        int n = requireTransitionMatrix(annual, "annual");
        Checks.requireAtLeast(stepsPerYear, 1, "stepsPerYear");
        if (stepsPerYear == 1) {
            return copy(annual);
        }
        double[][] generator = generatorFromAnnual(annual);
        double[] rates = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(generator[i], 0, rates, i * n, n);
        }
        double[] out = new double[n * n];
        stepMatrixFromRates(rates, n, 1.0 / stepsPerYear, out, new double[workLength(n)]);
        return toSquare(out, n);
    }

    /**
     * The generator {@code L = log(annual)} (principal logarithm, rates per year) with tiny
     * negative off-diagonal rates set to 0 and the diagonal set to minus the off-diagonal row sum.
     *
     * @throws IllegalArgumentException if {@code annual} has no valid principal-log generator
     */
    static double[][] generatorFromAnnual(double[][] annual) {
        int n = annual.length;
        RealMatrix a = new Array2DRowRealMatrix(annual, true);
        rejectNonPositiveRealEigenvalues(a);
        double[][] log = principalLog(a).getData();
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            double offDiagonal = 0;
            for (int j = 0; j < n; j++) {
                double q = log[i][j];
                rowSum += q;
                if (j == i) {
                    continue;
                }
                if (!(q >= -GENERATOR_TOLERANCE)) {
                    throw notEmbeddable("its principal matrix logarithm has a negative transition rate "
                            + "log(annual)[" + i + "][" + j + "] = " + q + " per year (tolerance -"
                            + GENERATOR_TOLERANCE + ")");
                }
                if (q < 0) {
                    log[i][j] = 0;
                } else {
                    offDiagonal += log[i][j];
                }
            }
            if (!(Math.abs(rowSum) <= ROW_SUM_TOLERANCE * Math.max(1.0, offDiagonal))) {
                throw notEmbeddable("row " + i + " of its principal matrix logarithm sums to " + rowSum
                        + " instead of 0");
            }
            log[i][i] = -offDiagonal;
        }
        return log;
    }

    private static void rejectNonPositiveRealEigenvalues(RealMatrix a) {
        double[] re;
        double[] im;
        try {
            EigenDecomposition eigen = new EigenDecomposition(a);
            re = eigen.getRealEigenvalues();
            im = eigen.getImagEigenvalues();
        } catch (MathIllegalStateException | MathArithmeticException e) {
            return; // no eigenvalues: the square-root iteration below detects the problem instead
        }
        for (int i = 0; i < re.length; i++) {
            if (im[i] == 0.0 && re[i] <= 0.0) {
                throw notEmbeddable("it has the eigenvalue " + re[i] + " on the closed negative real axis, "
                        + "so it has no real matrix logarithm");
            }
        }
    }

    private static IllegalArgumentException notEmbeddable(String reason) {
        return new IllegalArgumentException("annual: transition matrix is not embeddable in a "
                + "continuous-time Markov chain (" + reason + "), so no per-step transition matrix "
                + "reproduces it exactly; specify transition rates per year instead");
    }

    /**
     * Principal logarithm by inverse scaling and squaring: {@code log A = 2^k log(A^(1/2^k))},
     * with square roots until {@code ||A^(1/2^k) - I||_1 <= 0.25}, then
     * {@code log(I + X) ≈ Σ_j w_j X (I + s_j X)^-1} (Gauss–Legendre nodes {@code s_j}, weights
     * {@code w_j} on [0, 1]), which is the diagonal Padé approximant of degree 8.
     */
    static RealMatrix principalLog(RealMatrix a) {
        int n = a.getRowDimension();
        RealMatrix identity = MatrixUtils.createRealIdentityMatrix(n);
        RealMatrix root = a;
        int k = 0;
        while (root.subtract(identity).getNorm() > LOG_PADE_RADIUS) {
            if (k == MAX_SQUARE_ROOTS) {
                throw notEmbeddable("repeated square roots do not approach the identity");
            }
            root = principalSqrt(root, identity);
            k++;
        }
        RealMatrix x = root.subtract(identity);
        RealMatrix log = new Array2DRowRealMatrix(n, n);
        for (int j = 0; j < LEGENDRE.getNumberOfPoints(); j++) {
            RealMatrix m = identity.add(x.scalarMultiply(LEGENDRE.getPoint(j)));
            RealMatrix term = new LUDecomposition(m).getSolver().solve(x);
            log = log.add(term.scalarMultiply(LEGENDRE.getWeight(j)));
        }
        return log.scalarMultiply(Math.scalb(1.0, k));
    }

    /**
     * Principal square root by the Denman–Beavers iteration {@code Y ← (Y + Z^-1)/2},
     * {@code Z ← (Z + Y^-1)/2} from {@code Y = A, Z = I}; converges quadratically when
     * {@code A} has no eigenvalue on the closed negative real axis.
     */
    private static RealMatrix principalSqrt(RealMatrix a, RealMatrix identity) {
        RealMatrix y = a;
        RealMatrix z = identity;
        boolean converged = false;
        for (int iteration = 0; iteration < MAX_DB_ITERATIONS; iteration++) {
            RealMatrix yInverse;
            RealMatrix zInverse;
            try {
                yInverse = new LUDecomposition(y).getSolver().getInverse();
                zInverse = new LUDecomposition(z).getSolver().getInverse();
            } catch (SingularMatrixException e) {
                throw notEmbeddable("it is singular, so it has no matrix logarithm");
            }
            RealMatrix next = y.add(zInverse).scalarMultiply(0.5);
            z = z.add(yInverse).scalarMultiply(0.5);
            double change = next.subtract(y).getNorm();
            y = next;
            if (converged) {
                return y; // one more step after the change became tiny: quadratic convergence
            }
            converged = change <= 1e-13 * y.getNorm();
        }
        throw notEmbeddable("the principal square root iteration does not converge");
    }

    // ------------------------------------------------------------------------------ from rates

    /**
     * The transition matrix {@code exp(Q · stepYears)} of the continuous-time chain with the given
     * rates, by uniformization (see the class description).
     *
     * @param ratesPerYear square matrix; off-diagonal entries are transition rates per year, finite
     *                     and {@code >= 0}; the diagonal is ignored and taken as minus the row sum
     * @param stepYears    length of the step in years, finite and {@code >= 0}
     * @return a new {@code n × n} transition matrix: entries {@code >= 0}, rows summing to 1
     */
    public static double[][] stepMatrixFromRates(double[][] ratesPerYear, double stepYears) {
        int n = requireSquare(ratesPerYear, "ratesPerYear");
        double[] rates = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(ratesPerYear[i], 0, rates, i * n, n);
        }
        double[] out = new double[n * n];
        stepMatrixFromRates(rates, n, stepYears, out, new double[workLength(n)]);
        return toSquare(out, n);
    }

    /**
     * The length {@code 3 n²} of the {@code work} array that
     * {@link #stepMatrixFromRates(double[], int, double, double[], double[])} needs.
     */
    public static int workLength(int n) {
        return 3 * n * n;
    }

    /**
     * Allocation-free form of {@link #stepMatrixFromRates(double[][], double)} for per-path use
     * when the rates themselves are random. Row-major layout: element {@code (i, j)} at
     * {@code i * n + j}.
     *
     * @param ratesRowMajor at least {@code n²} elements; off-diagonal rates per year, finite and
     *                      {@code >= 0}; diagonal ignored. Not modified.
     * @param n             number of states, {@code >= 1}
     * @param stepYears     step length in years, finite and {@code >= 0}
     * @param out           receives {@code exp(Q · stepYears)} in its first {@code n²} elements;
     *                      must not be {@code work} or {@code ratesRowMajor}
     * @param work          scratch space of at least {@link #workLength(int) workLength(n)}
     *                      {@code = 3 n²} elements; its contents on return are unspecified
     */
    public static void stepMatrixFromRates(double[] ratesRowMajor, int n, double stepYears, double[] out,
            double[] work) {
        Checks.requireAtLeast(n, 1, "n");
        Checks.requireNonNegative(stepYears, "stepYears");
        int nn = n * n;
        requireLength(ratesRowMajor, nn, "ratesRowMajor");
        requireLength(out, nn, "out");
        requireLength(work, 3 * nn, "work");

        // work[0, nn): uniformized matrix T; work[nn, 2nn) and work[2nn, 3nn): powers of T.
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double exit = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double r = ratesRowMajor[i * n + j];
                    if (!(r >= 0) || r == Double.POSITIVE_INFINITY) {
                        throw Checks.fail("ratesPerYear[" + i + "][" + j + "]", "finite and >= 0", r);
                    }
                    exit += r;
                }
            }
            work[i * n + i] = exit; // provisional: exit rate of state i
            lambda = Math.max(lambda, exit);
        }
        if (lambda == 0 || stepYears == 0) {
            setIdentity(out, n);
            return;
        }
        int squarings = 0;
        double t = stepYears;
        double lambdaT = lambda * t;
        if (lambdaT > MAX_DIRECT_LAMBDA_T) {
            squarings = Math.getExponent(lambdaT / MAX_DIRECT_LAMBDA_T) + 1;
            t = Math.scalb(stepYears, -squarings);
            lambdaT = lambda * t;
        }
        for (int i = 0; i < n; i++) {
            double exit = work[i * n + i];
            for (int j = 0; j < n; j++) {
                work[i * n + j] = j == i ? (lambda - exit) / lambda : ratesRowMajor[i * n + j] / lambda;
            }
        }

        // exp(Q t) = Σ_k p_k T^k with Poisson weights p_k = e^{-λt} (λt)^k / k!
        int power = nn;
        int spare = 2 * nn;
        setIdentity(work, power, n);
        double p = Math.exp(-lambdaT);
        for (int i = 0; i < nn; i++) {
            out[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            out[i * n + i] = p;
        }
        for (int k = 1; ; k++) {
            multiply(work, power, work, 0, work, spare, n);
            int swap = power;
            power = spare;
            spare = swap;
            p *= lambdaT / k;
            for (int i = 0; i < nn; i++) {
                out[i] += p * work[power + i];
            }
            // For k + 2 > λt the tail after k is below p_k · r / (1 - r'), r = λt/(k+1), r' = λt/(k+2).
            if (k + 2 > lambdaT && p * (lambdaT / (k + 1)) / (1 - lambdaT / (k + 2)) < POISSON_TAIL) {
                break;
            }
        }
        for (int s = 0; s < squarings; s++) {
            multiply(out, 0, out, 0, work, 0, n);
            System.arraycopy(work, 0, out, 0, nn);
        }
        // A rounded sum of non-negative terms is at least each term, so every entry ends in [0, 1].
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += out[i * n + j];
            }
            for (int j = 0; j < n; j++) {
                out[i * n + j] /= sum;
            }
        }
    }

    // ------------------------------------------------------------------------------ stationary

    /**
     * The stationary distribution {@code π} of an irreducible chain: {@code π P = π},
     * {@code Σ π = 1}, solved as the least-squares (here exact) solution of
     * {@code [Pᵀ - I; 1ᵀ] π = [0; 1]} by QR decomposition. Rounding noise below zero is clamped to 0
     * and the result renormalized.
     *
     * @param p transition matrix (square, entries in [0, 1], rows summing to 1 within
     *          {@value #ROW_SUM_TOLERANCE}) of an irreducible chain
     * @return a new array of {@code n} probabilities summing to 1
     * @throws IllegalArgumentException if {@code p} is not a transition matrix or the chain is not
     *         irreducible (then the stationary distribution is not unique or not positive)
     */
    public static double[] stationaryDistribution(double[][] p) {
        int n = requireTransitionMatrix(p, "p");
        requireIrreducible(p);
        RealMatrix system = new Array2DRowRealMatrix(n + 1, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                system.setEntry(i, j, p[j][i] - (i == j ? 1.0 : 0.0));
            }
            system.setEntry(n, i, 1.0);
        }
        ArrayRealVector rhs = new ArrayRealVector(n + 1);
        rhs.setEntry(n, 1.0);
        double[] pi = new QRDecomposition(system).getSolver().solve(rhs).toArray();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            pi[i] = Math.max(0.0, pi[i]);
            sum += pi[i];
        }
        for (int i = 0; i < n; i++) {
            pi[i] /= sum;
        }
        return pi;
    }

    private static void requireIrreducible(double[][] p) {
        int n = p.length;
        for (boolean reverse : new boolean[] {false, true}) {
            boolean[] seen = new boolean[n];
            int[] stack = new int[n];
            int top = 0;
            stack[top++] = 0;
            seen[0] = true;
            int reached = 1;
            while (top > 0) {
                int i = stack[--top];
                for (int j = 0; j < n; j++) {
                    double edge = reverse ? p[j][i] : p[i][j];
                    if (edge > 0 && !seen[j]) {
                        seen[j] = true;
                        stack[top++] = j;
                        reached++;
                    }
                }
            }
            if (reached < n) {
                int missing = 0;
                while (seen[missing]) {
                    missing++;
                }
                throw new IllegalArgumentException("p: chain must be irreducible, but state " + missing
                        + (reverse ? " cannot reach state 0" : " cannot be reached from state 0"));
            }
        }
    }

    // ------------------------------------------------------------------------------ helpers

    private static int requireSquare(double[][] m, String name) {
        Checks.requireNonNull(m, name);
        int n = m.length;
        if (n == 0) {
            throw new IllegalArgumentException(name + ": must have at least one row, was empty");
        }
        for (int i = 0; i < n; i++) {
            Checks.requireNonNull(m[i], name + "[" + i + "]");
            if (m[i].length != n) {
                throw new IllegalArgumentException(name + ": must be square (" + n + " × " + n + "), but row " + i
                        + " has " + m[i].length + " entries");
            }
        }
        return n;
    }

    private static int requireTransitionMatrix(double[][] m, String name) {
        int n = requireSquare(m, name);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                Checks.requireProbability(m[i][j], name + "[" + i + "][" + j + "]");
                sum += m[i][j];
            }
            if (!(Math.abs(sum - 1.0) <= ROW_SUM_TOLERANCE)) {
                throw Checks.fail("sum of " + name + "[" + i + "]", "1 within " + ROW_SUM_TOLERANCE, sum);
            }
        }
        return n;
    }

    private static void requireLength(double[] a, int min, String name) {
        if (a == null) {
            // Not Checks.requireNonNull: its message supplier would be allocated on every call.
            throw new NullPointerException(name + ": must be present, was null");
        }
        if (a.length < min) {
            throw new IllegalArgumentException(name + ": must have at least " + min + " elements, had " + a.length);
        }
    }

    private static void setIdentity(double[] a, int n) {
        setIdentity(a, 0, n);
    }

    private static void setIdentity(double[] a, int offset, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[offset + i * n + j] = i == j ? 1.0 : 0.0;
            }
        }
    }

    /** {@code c = a · b} for row-major {@code n × n} blocks at the given offsets; c must not alias a or b. */
    private static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int n) {
        if (n == 3) {
            multiply3(a, aOff, b, bOff, c, cOff);
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[aOff + i * n + k] * b[bOff + k * n + j];
                }
                c[cOff + i * n + j] = s;
            }
        }
    }

    /**
     * {@link #multiply} for 3 × 3 (the usual regime: open, restricted, embargo; its matrix power
     * series runs once per path when the rates are uncertain), unrolled, with the same operations in
     * the same order, so the same result to the bit.
     */
    private static void multiply3(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff) {
        final double a00 = a[aOff], a01 = a[aOff + 1], a02 = a[aOff + 2];
        final double a10 = a[aOff + 3], a11 = a[aOff + 4], a12 = a[aOff + 5];
        final double a20 = a[aOff + 6], a21 = a[aOff + 7], a22 = a[aOff + 8];
        final double b00 = b[bOff], b01 = b[bOff + 1], b02 = b[bOff + 2];
        final double b10 = b[bOff + 3], b11 = b[bOff + 4], b12 = b[bOff + 5];
        final double b20 = b[bOff + 6], b21 = b[bOff + 7], b22 = b[bOff + 8];
        c[cOff] = 0.0 + a00 * b00 + a01 * b10 + a02 * b20;
        c[cOff + 1] = 0.0 + a00 * b01 + a01 * b11 + a02 * b21;
        c[cOff + 2] = 0.0 + a00 * b02 + a01 * b12 + a02 * b22;
        c[cOff + 3] = 0.0 + a10 * b00 + a11 * b10 + a12 * b20;
        c[cOff + 4] = 0.0 + a10 * b01 + a11 * b11 + a12 * b21;
        c[cOff + 5] = 0.0 + a10 * b02 + a11 * b12 + a12 * b22;
        c[cOff + 6] = 0.0 + a20 * b00 + a21 * b10 + a22 * b20;
        c[cOff + 7] = 0.0 + a20 * b01 + a21 * b11 + a22 * b21;
        c[cOff + 8] = 0.0 + a20 * b02 + a21 * b12 + a22 * b22;
    }

    private static double[][] toSquare(double[] rowMajor, int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowMajor, i * n, m[i], 0, n);
        }
        return m;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
