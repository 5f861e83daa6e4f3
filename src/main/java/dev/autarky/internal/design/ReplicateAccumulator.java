package dev.autarky.internal.design;

import dev.autarky.internal.math.ExactSum;
import java.io.Serializable;

/**
 * Error estimates that stay honest under every sampling design: the paths of a run fall into
 * independent, identically distributed groups — single paths (MC), antithetic pairs, Latin
 * hypercube blocks, scrambled Sobol replicates ({@link InputDesign#group}) — and the standard error
 * of a mean comes from the spread of the group totals, not from the spread of the paths (which
 * overstates the error of the variance-reducing designs).
 *
 * <p>Tracked per path: each cost outcome (NaN = undefined on the path, counted out) and, per
 * criterion and horizon year {@code y}, the indicator "self-reliant by the end of year y" (the
 * qualifying run began in a step of year index {@code <= y}). For output {@code k}, with group
 * totals {@code S_g} over {@code m_g} defined values and {@code G} groups, the estimate is the ratio
 * {@code mean = sum S_g / sum m_g} and its variance the cluster-sampling (ratio) estimator
 * {@code G / (G - 1) * sum (S_g - mean m_g)^2 / (sum m_g)^2}; with groups of one path this is the
 * usual {@code s^2 / n}. Use {@code G - 1} degrees of freedom for a t interval.
 *
 * <p>Sums run in path order inside a block and combine across blocks exactly ({@link ExactSum}),
 * so results do not depend on the number of threads. Groups of the contiguous designs never cross
 * a block (antithetic runs need an even block size). Mutable; one owner until combined.
 */
public final class ReplicateAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final InputDesign design;
    private final boolean contiguous;
    private final int costs;
    private final int criteria;
    private final int years;
    private final int stepsPerYear;
    private final int outputs;

    // contiguous groups: the current group's totals
    private long currentGroup = -1;
    private final double[] groupSum;
    private final long[] groupDefined; // per cost
    private long groupPaths;
    // block-level sums of group statistics
    private final double[] blockS;
    private final double[] blockSS;
    private final double[] blockSM;
    private final long[] blockM;
    private final long[] blockMM;
    // exact totals
    private final ExactSum[] sumS;
    private final ExactSum[] sumSS;
    private final ExactSum[] sumSM;
    private final long[] sumM;
    private final long[] sumMM;
    private long groups;

    // interleaved replicates (Sobol): per replicate
    private final double[][] replicateBlock;
    private final ExactSum[][] replicateSum;
    private final long[][] replicateDefined; // [r][k]
    private final long[] replicatePaths;

    private long paths;

    /**
     * An empty accumulator.
     *
     * @param design       the run's design (defines the groups)
     * @param costs        cost outcomes per path
     * @param criteria     self-reliance criteria
     * @param years        horizon years
     * @param stepsPerYear steps per year
     */
    public ReplicateAccumulator(InputDesign design, int costs, int criteria, int years, int stepsPerYear) {
        this.design = design;
        this.contiguous = design.contiguousGroups();
        this.costs = costs;
        this.criteria = criteria;
        this.years = years;
        this.stepsPerYear = stepsPerYear;
        this.outputs = costs + criteria * years;
        int k = outputs;
        if (contiguous) {
            groupSum = new double[k];
            groupDefined = new long[costs];
            blockS = new double[k];
            blockSS = new double[k];
            blockSM = new double[k];
            blockM = new long[k];
            blockMM = new long[k];
            sumS = exactSums(k);
            sumSS = exactSums(k);
            sumSM = exactSums(k);
            sumM = new long[k];
            sumMM = new long[k];
            replicateBlock = null;
            replicateSum = null;
            replicateDefined = null;
            replicatePaths = null;
        } else {
            int r = InputDesign.SOBOL_REPLICATES;
            replicateBlock = new double[r][k];
            replicateSum = new ExactSum[r][];
            for (int i = 0; i < r; i++) {
                replicateSum[i] = exactSums(k);
            }
            replicateDefined = new long[r][k];
            replicatePaths = new long[r];
            groupSum = null;
            groupDefined = null;
            blockS = null;
            blockSS = null;
            blockSM = null;
            blockM = null;
            blockMM = null;
            sumS = null;
            sumSS = null;
            sumSM = null;
            sumM = null;
            sumMM = null;
        }
    }

    private static ExactSum[] exactSums(int n) {
        ExactSum[] s = new ExactSum[n];
        for (int i = 0; i < n; i++) {
            s[i] = new ExactSum();
        }
        return s;
    }

    /** Number of outputs: the costs, then {@code criteria x years} indicators, criterion-major. */
    public int outputs() {
        return outputs;
    }

    /**
     * Adds path {@code path}: its first step of self-reliance per criterion (-1 if censored) and its
     * costs (NaN where undefined). Paths of one block must come in increasing order.
     */
    public void accept(long path, int[] timeToSelfReliance, double[] costValues) {
        paths++;
        if (contiguous) {
            long g = design.group(path);
            if (g != currentGroup) {
                closeGroup();
                currentGroup = g;
            }
            groupPaths++;
            double[] s = groupSum;
            for (int i = 0; i < costs; i++) {
                double v = costValues[i];
                if (v == v) {
                    s[i] += v;
                    groupDefined[i]++;
                }
            }
            addIndicators(timeToSelfReliance, s);
        } else {
            int r = (int) design.group(path);
            double[] s = replicateBlock[r];
            long[] d = replicateDefined[r];
            replicatePaths[r]++;
            for (int i = 0; i < costs; i++) {
                double v = costValues[i];
                if (v == v) {
                    s[i] += v;
                    d[i]++;
                }
            }
            addIndicators(timeToSelfReliance, s);
        }
    }

    private void addIndicators(int[] tts, double[] s) {
        for (int c = 0; c < criteria; c++) {
            int k = tts[c];
            if (k >= 0) {
                int off = costs + c * years;
                for (int y = k / stepsPerYear; y < years; y++) {
                    s[off + y] += 1;
                }
            }
        }
    }

    private void closeGroup() {
        if (currentGroup < 0) {
            return;
        }
        groups++;
        long n = groupPaths;
        for (int k = 0; k < outputs; k++) {
            double s = groupSum[k];
            long m = k < costs ? groupDefined[k] : n;
            blockS[k] += s;
            blockSS[k] += s * s;
            blockSM[k] += s * m;
            blockM[k] += m;
            blockMM[k] += m * m;
            groupSum[k] = 0;
        }
        for (int i = 0; i < costs; i++) {
            groupDefined[i] = 0;
        }
        groupPaths = 0;
        currentGroup = -1;
    }

    /** Ends the current block (call after its last path): closes its last group, moves its sums to the exact sums. */
    public void endBlock() {
        if (contiguous) {
            closeGroup();
            for (int k = 0; k < outputs; k++) {
                sumS[k].add(blockS[k]);
                sumSS[k].add(blockSS[k]);
                sumSM[k].add(blockSM[k]);
                sumM[k] += blockM[k];
                sumMM[k] += blockMM[k];
                blockS[k] = 0;
                blockSS[k] = 0;
                blockSM[k] = 0;
                blockM[k] = 0;
                blockMM[k] = 0;
            }
        } else {
            for (int r = 0; r < replicateBlock.length; r++) {
                double[] b = replicateBlock[r];
                for (int k = 0; k < outputs; k++) {
                    if (b[k] != 0) {
                        replicateSum[r][k].add(b[k]);
                        b[k] = 0;
                    }
                }
            }
        }
    }

    /** Adds everything {@code other} holds (both must have ended their blocks). */
    public void combine(ReplicateAccumulator other) {
        if (other.outputs != outputs || other.contiguous != contiguous) {
            throw new IllegalArgumentException("replicate accumulators of different runs cannot be combined");
        }
        paths += other.paths;
        if (contiguous) {
            groups += other.groups;
            for (int k = 0; k < outputs; k++) {
                sumS[k].add(other.sumS[k]);
                sumSS[k].add(other.sumSS[k]);
                sumSM[k].add(other.sumSM[k]);
                sumM[k] += other.sumM[k];
                sumMM[k] += other.sumMM[k];
            }
        } else {
            for (int r = 0; r < replicateSum.length; r++) {
                replicatePaths[r] += other.replicatePaths[r];
                for (int k = 0; k < outputs; k++) {
                    replicateSum[r][k].add(other.replicateSum[r][k]);
                    replicateDefined[r][k] += other.replicateDefined[r][k];
                }
            }
        }
    }

    /** What the independent groups are, in words. */
    public String groupName() {
        return design.groupName();
    }

    /** Paths accepted. */
    public long paths() {
        return paths;
    }

    /** Independent groups seen (a t interval has {@code groups() - 1} degrees of freedom). */
    public long groups() {
        if (contiguous) {
            return groups;
        }
        long g = 0;
        for (long n : replicatePaths) {
            g += n > 0 ? 1 : 0;
        }
        return g;
    }

    /**
     * The estimate of output {@code k} and its standard error: {@code {mean, standardError, count}},
     * NaN where undefined (no defined value; fewer than two groups for the error).
     */
    public double[] estimate(int k) {
        double total;
        long n;
        double q;
        long g = groups();
        if (contiguous) {
            n = sumM[k];
            total = sumS[k].value();
            double mean = total / n;
            q = sumSS[k].value() - 2 * mean * sumSM[k].value() + mean * mean * (double) sumMM[k];
        } else {
            ExactSum t = new ExactSum();
            n = 0;
            for (int r = 0; r < replicateSum.length; r++) {
                t.add(replicateSum[r][k]);
                n += k < costs ? replicateDefined[r][k] : replicatePaths[r];
            }
            total = t.value();
            double mean = total / n;
            q = 0;
            for (int r = 0; r < replicateSum.length; r++) {
                if (replicatePaths[r] > 0) {
                    long m = k < costs ? replicateDefined[r][k] : replicatePaths[r];
                    double d = replicateSum[r][k].value() - mean * m;
                    q += d * d;
                }
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        double mean = total / n;
        double se = g < 2 ? Double.NaN : Math.sqrt((double) g / (g - 1) * Math.max(0, q)) / n;
        return new double[] {mean, se, n};
    }

    /** The estimate of the mean of cost {@code i}; see {@link #estimate}. */
    public double[] costMean(int i) {
        return estimate(i);
    }

    /** The estimate of P(self-reliant under criterion {@code c} by the end of horizon year index {@code y}). */
    public double[] probabilityBy(int c, int y) {
        return estimate(costs + c * years + y);
    }
}
