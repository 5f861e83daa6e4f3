package dev.autarky.analysis;

import dev.autarky.internal.Checks;
import dev.autarky.result.Estimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spearman rank correlation and partial rank correlation (PRCC) of every input with every output,
 * from paired samples (one row per path), each with a Fisher z confidence interval. Immutable.
 *
 * <p><b>Ranks.</b> Values are replaced by their ranks, ties by their mean rank (midranks).
 * {@code +∞} is an ordinary value here: every {@code +∞} ranks after every finite value, tied
 * with the other {@code +∞} values — so a time to self-reliance that is censored (not reached
 * within the horizon) enters as "later than every path that got there", never dropped. NaN marks
 * an undefined value (such as the levelized domestic cost on a path with no domestic output):
 * that row is left out of that output's measures only, and {@link #count} says how many rows were
 * used.
 *
 * <p><b>Spearman</b> {@code r_s} is Pearson's correlation of the ranks. <b>PRCC</b> of input
 * {@code i} is the correlation of the ranks of input {@code i} and of the output after the linear
 * effect of the ranks of every other input has been removed from both (Iman and Conover 1980;
 * Marino et al., J. Theor. Biol. 254, 2008), computed from the inverse of the rank correlation
 * matrix: with {@code P = C⁻¹} over the inputs and the output, {@code PRCC_i = −P_iy / √(P_ii P_yy)}.
 * An input whose ranks are (almost) a linear function of the ranks of inputs before it — two
 * inputs tied by a rank correlation of 1, a constant input — cannot be partialled: it is left
 * out of the regressions and its PRCC is NaN ({@link #aliased()} lists them).
 *
 * <p><b>Intervals.</b> Fisher's z, {@code tanh(atanh r ± z_{α/2} √(1.06 / (n − 3 − k)))} with
 * {@code k = 0} for Spearman and {@code k} = the number of inputs partialled out for PRCC
 * (Fieller, Hartley and Pearson 1957 for the factor 1.06 of rank correlations). They are
 * intervals for the Monte Carlo error of each coefficient on its own, not simultaneous.
 *
 * <p>Memory: the input ranks are kept, 8 bytes per input and row; computing them is
 * {@code O(rows × inputs²)} once, then {@code O(rows × inputs)} per output.
 */
public final class RankCorrelations {

    /** A pivot below this (relative to 1, the variance of standardised ranks) marks an aliased input. */
    static final double ALIAS_TOLERANCE = 1e-9;

    private final List<String> inputs;
    private final List<String> outputs;
    private final double confidence;
    private final Estimate[][] spearman; // [output][input]
    private final Estimate[][] prcc;
    private final long[] counts;
    private final List<String> aliased;

    private RankCorrelations(List<String> inputs, List<String> outputs, double confidence, Estimate[][] spearman,
            Estimate[][] prcc, long[] counts, List<String> aliased) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.confidence = confidence;
        this.spearman = spearman;
        this.prcc = prcc;
        this.counts = counts;
        this.aliased = aliased;
    }

    /**
     * Computes every coefficient.
     *
     * @param inputNames  names of the inputs
     * @param inputs      {@code [input][row]}, finite
     * @param outputNames names of the outputs
     * @param outputs     {@code [output][row]}; {@code +∞} ranks last (censored), NaN leaves the row out
     * @param confidence  confidence of the intervals, in (0, 1)
     * @return every coefficient with its interval
     * @throws IllegalArgumentException if the shapes disagree or an input is not finite
     */
    public static RankCorrelations of(List<String> inputNames, double[][] inputs, List<String> outputNames,
            double[][] outputs, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw Checks.fail("confidence", "in (0, 1)", confidence);
        }
        if (inputNames.size() != inputs.length || outputNames.size() != outputs.length) {
            throw new IllegalArgumentException("one name per input and output column");
        }
        int rows = inputs.length > 0 ? inputs[0].length : outputs.length > 0 ? outputs[0].length : 0;
        for (double[] col : inputs) {
            requireRows(col, rows);
            for (double v : col) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("inputs must be finite, found " + v);
                }
            }
        }
        for (double[] col : outputs) {
            requireRows(col, rows);
        }
        int d = inputs.length;
        Estimate[][] sp = new Estimate[outputs.length][d];
        Estimate[][] pr = new Estimate[outputs.length][d];
        long[] counts = new long[outputs.length];
        Map<Integer, Context> contexts = new HashMap<>();
        Context all = null;
        for (int o = 0; o < outputs.length; o++) {
            boolean[] keep = definedRows(outputs[o]);
            int kept = count(keep);
            Context ctx;
            if (kept == rows) {
                if (all == null) {
                    all = new Context(inputs, null);
                }
                ctx = all;
            } else {
                ctx = contexts.computeIfAbsent(Arrays.hashCode(keep), h -> new Context(inputs, keep));
                if (!Arrays.equals(ctx.keep, keep)) {
                    ctx = new Context(inputs, keep);
                }
            }
            counts[o] = kept;
            ctx.correlate(select(outputs[o], keep, kept), confidence, sp[o], pr[o]);
        }
        List<String> aliased = new ArrayList<>();
        Context first = all != null ? all : contexts.values().stream().findFirst().orElse(null);
        if (first != null) {
            for (int i = 0; i < d; i++) {
                if (!first.accepted[i]) {
                    aliased.add(inputNames.get(i));
                }
            }
        }
        return new RankCorrelations(List.copyOf(inputNames), List.copyOf(outputNames), confidence, sp, pr, counts,
                Collections.unmodifiableList(aliased));
    }

    /**
     * Input names, in the order given.
     *
     * @return input names, in the order given
     */
    public List<String> inputs() {
        return inputs;
    }

    /**
     * Output names, in the order given.
     *
     * @return output names, in the order given
     */
    public List<String> outputs() {
        return outputs;
    }

    /**
     * Confidence of the intervals.
     *
     * @return confidence of the intervals
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Spearman's rank correlation of {@code input} with {@code output}, with its interval; NaN if either is constant.
     *
     * @param output name of an output
     * @param input name of an input
     * @return Spearman's rank correlation of {@code input} with {@code output}, with its interval; NaN if
     *         either is constant
     */
    public Estimate spearman(String output, String input) {
        return spearman[indexOf(outputs, output)][indexOf(inputs, input)];
    }

    /**
     * The partial rank correlation of {@code input} with {@code output}; NaN for an aliased input.
     *
     * @param output name of an output
     * @param input name of an input
     * @return the partial rank correlation of {@code input} with {@code output}; NaN for an aliased input
     */
    public Estimate prcc(String output, String input) {
        return prcc[indexOf(outputs, output)][indexOf(inputs, input)];
    }

    /**
     * Spearman's coefficient of input {@code i} with output {@code o}, by position.
     *
     * @param o index of the output, in {@code [0, outputs().size())}
     * @param i index of the input, in {@code [0, inputs().size())}
     * @return Spearman's coefficient of input {@code i} with output {@code o}, by position
     */
    public Estimate spearman(int o, int i) {
        return spearman[o][i];
    }

    /**
     * PRCC of input {@code i} with output {@code o}, by position.
     *
     * @param o index of the output, in {@code [0, outputs().size())}
     * @param i index of the input, in {@code [0, inputs().size())}
     * @return PRCC of input {@code i} with output {@code o}, by position
     */
    public Estimate prcc(int o, int i) {
        return prcc[o][i];
    }

    /**
     * Rows used for {@code output}: those where it is defined (not NaN).
     *
     * @param output name of an output
     * @return rows used for {@code output}: those where it is defined
     */
    public long count(String output) {
        return counts[indexOf(outputs, output)];
    }

    /**
     * Inputs left out of the partial regressions (collinear in rank with earlier inputs, or constant).
     *
     * @return inputs left out of the partial regressions
     */
    public List<String> aliased() {
        return aliased;
    }

    /**
     * Spearman's rank correlation of every column of {@code inputs} with {@code y}, with intervals;
     * for the sensitivity of a series step by step, where only the output changes.
     */
    static Estimate[] spearmanOnly(double[][] inputRanksStandardised, double[] y, double confidence) {
        int d = inputRanksStandardised.length;
        Estimate[] out = new Estimate[d];
        double[] zy = standardisedRanks(y);
        int n = y.length;
        for (int i = 0; i < d; i++) {
            double r = zy == null || inputRanksStandardised[i] == null ? Double.NaN
                    : clamp(dot(inputRanksStandardised[i], zy) / n);
            out[i] = Intervals.fisherZ(r, n, 0, confidence);
        }
        return out;
    }

    /** Standardised midranks of every input column (null for a constant column). */
    static double[][] standardisedInputRanks(double[][] inputs) {
        double[][] z = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            z[i] = standardisedRanks(inputs[i]);
        }
        return z;
    }

    // ---- computation ----

    /** The standardised input ranks of a set of rows and the inverse of their correlation matrix. */
    private static final class Context {
        final boolean[] keep;
        final double[][] z; // [input][row], standardised ranks (mean 0, mean square 1); null if constant
        final boolean[] accepted;
        final int[] acceptedIndex; // position among accepted inputs, -1 if not
        final double[][] inverse; // of the accepted inputs' rank correlation matrix
        final int n;

        Context(double[][] inputs, boolean[] keep) {
            this.keep = keep;
            int d = inputs.length;
            int kept = keep == null ? (d > 0 ? inputs[0].length : 0) : count(keep);
            this.n = kept;
            z = new double[d][];
            for (int i = 0; i < d; i++) {
                z[i] = standardisedRanks(select(inputs[i], keep, kept));
            }
            // Cholesky of the correlation matrix, input by input; an input with a tiny pivot is aliased
            accepted = new boolean[d];
            acceptedIndex = new int[d];
            Arrays.fill(acceptedIndex, -1);
            List<double[]> lower = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                if (z[i] == null) {
                    continue;
                }
                int m = order.size();
                double[] row = new double[m + 1];
                for (int j = 0; j < m; j++) {
                    double rij = clamp(dot(z[i], z[order.get(j)]) / kept);
                    double s = rij;
                    double[] lj = lower.get(j);
                    for (int k = 0; k < j; k++) {
                        s -= row[k] * lj[k];
                    }
                    row[j] = s / lj[j];
                }
                double pivot = 1;
                for (int k = 0; k < m; k++) {
                    pivot -= row[k] * row[k];
                }
                if (pivot > ALIAS_TOLERANCE) {
                    row[m] = Math.sqrt(pivot);
                    lower.add(row);
                    acceptedIndex[i] = order.size();
                    order.add(i);
                    accepted[i] = true;
                }
            }
            inverse = inverseFromCholesky(lower);
        }

        void correlate(double[] y, double confidence, Estimate[] spearmanOut, Estimate[] prccOut) {
            int d = z.length;
            double[] zy = standardisedRanks(y);
            double[] r = new double[d];
            for (int i = 0; i < d; i++) {
                r[i] = zy == null || z[i] == null ? Double.NaN : clamp(dot(z[i], zy) / n);
                spearmanOut[i] = Intervals.fisherZ(r[i], n, 0, confidence);
            }
            int m = inverse.length;
            if (zy == null || m == 0) {
                for (int i = 0; i < d; i++) {
                    prccOut[i] = Intervals.undefined(Double.NaN, confidence);
                }
                return;
            }
            double[] ra = new double[m];
            for (int i = 0; i < d; i++) {
                if (accepted[i]) {
                    ra[acceptedIndex[i]] = r[i];
                }
            }
            double[] b = new double[m];
            double explained = 0;
            for (int a = 0; a < m; a++) {
                double s = 0;
                for (int c = 0; c < m; c++) {
                    s += inverse[a][c] * ra[c];
                }
                b[a] = s;
                explained += ra[a] * s;
            }
            double residual = Math.max(1 - explained, 1e-300);
            double pyy = 1 / residual;
            for (int i = 0; i < d; i++) {
                if (!accepted[i]) {
                    prccOut[i] = Intervals.undefined(Double.NaN, confidence);
                    continue;
                }
                int a = acceptedIndex[i];
                double pii = inverse[a][a] + b[a] * b[a] * pyy;
                double value = clamp(b[a] * pyy / Math.sqrt(pii * pyy));
                prccOut[i] = Intervals.fisherZ(value, n, m - 1, confidence);
            }
        }
    }

    /** {@code (L Lᵀ)⁻¹} for the lower-triangular Cholesky factor given row by row. */
    private static double[][] inverseFromCholesky(List<double[]> lower) {
        int m = lower.size();
        // invert L by forward substitution, column by column
        double[][] linv = new double[m][m];
        for (int col = 0; col < m; col++) {
            for (int i = col; i < m; i++) {
                double s = i == col ? 1 : 0;
                double[] li = lower.get(i);
                for (int k = col; k < i; k++) {
                    s -= li[k] * linv[k][col];
                }
                linv[i][col] = s / li[i];
            }
        }
        double[][] inv = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < m; k++) {
                    s += linv[k][i] * linv[k][j];
                }
                inv[i][j] = s;
                inv[j][i] = s;
            }
        }
        return inv;
    }

    /**
     * Midranks of {@code x} standardised to mean 0 and mean square 1; null when {@code x} is
     * constant (or empty). {@code +∞} values tie last.
     */
    static double[] standardisedRanks(double[] x) {
        int n = x.length;
        if (n == 0) {
            return null;
        }
        double[] ranks = midranks(x);
        double mean = (n + 1) / 2.0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ranks[i] -= mean;
            ss += ranks[i] * ranks[i];
        }
        if (!(ss > 1e-12 * n)) {
            return null;
        }
        double scale = Math.sqrt(n / ss);
        for (int i = 0; i < n; i++) {
            ranks[i] *= scale;
        }
        return ranks;
    }

    /** Ranks 1..n, ties replaced by their mean rank. */
    static double[] midranks(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double rank = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static boolean[] definedRows(double[] y) {
        boolean[] keep = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            keep[i] = !Double.isNaN(y[i]);
        }
        return keep;
    }

    private static int count(boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        return n;
    }

    private static double[] select(double[] x, boolean[] keep, int kept) {
        if (keep == null || kept == x.length) {
            return x;
        }
        double[] out = new double[kept];
        int at = 0;
        for (int i = 0; i < x.length; i++) {
            if (keep[i]) {
                out[at++] = x[i];
            }
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }

    private static void requireRows(double[] col, int rows) {
        if (col.length != rows) {
            throw new IllegalArgumentException("every column must have " + rows + " rows, one has " + col.length);
        }
    }

    private static int indexOf(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown name \"" + name + "\"; known: " + names);
        }
        return i;
    }
}
