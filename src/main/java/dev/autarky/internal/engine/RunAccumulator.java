package dev.autarky.internal.engine;

import dev.autarky.internal.math.ExactSum;
import dev.autarky.internal.stats.LogLinearHistogram;
import dev.autarky.internal.stats.UnitIntervalHistogram;

/**
 * Everything a run keeps about its paths, in memory bounded by the scenario's size, not by the
 * number of paths: time-to-self-reliance counts per step, cost sums and histograms, and per-step
 * series sums and histograms.
 *
 * <p>Merging is exact and order-independent, so any split of the paths into blocks, threads or
 * cluster tasks gives bit-identical results: counts are integers, and floating-point sums are
 * summed sequentially within a block (whose paths are fixed by the run's block size) and then
 * combined across blocks with {@link ExactSum}. Mutable; owned by one thread until combined.
 */
public final class RunAccumulator {

    /** Relative resolution of cost histograms: 2^-10 sub-bucket width. */
    public static final int COST_SUB_BUCKET_BITS = 10;
    /** Relative resolution of series histograms: 2^-7 sub-bucket width. */
    public static final int SERIES_SUB_BUCKET_BITS = 7;
    /** Bins of [0, 1] series histograms. */
    public static final int UNIT_BINS = 1024;

    final int steps;
    final int criteria;
    final int costCount;
    final int seriesCount;

    long paths;
    final long[][] timeCounts; // [criterion][step]
    final long[] censored;

    final long[] costDefined;
    final ExactSum[] costSum;
    final ExactSum[] costSumSquares;
    final LogLinearHistogram[] costHistogram;

    final ExactSum[][] seriesSum; // [series][step]
    final UnitIntervalHistogram[][] unitHistogram; // [series][step] or null row
    final LogLinearHistogram[][] logHistogram;

    // sums of the current block, flushed exactly at block end
    private final double[] blockCost;
    private final double[] blockCostSquares;
    private final double[][] blockSeries;

    /**
     * Series values of the last {@value #PENDING_PATHS} paths, path-major, fed to the histograms one
     * histogram at a time: histogram counts do not depend on the order of accepts, and feeding each histogram a
     * run of values keeps its counts in cache (about a thousand histograms would otherwise each
     * take a cache miss per path).
     */
    private final double[] pending;
    private int pendingPaths;
    static final int PENDING_PATHS = 1024;

    /** An empty accumulator for runs of {@code compiled}. */
    public RunAccumulator(CompiledScenario compiled) {
        steps = compiled.steps;
        criteria = compiled.criterionCount;
        costCount = CompiledScenario.COSTS.size();
        seriesCount = compiled.series.size();
        timeCounts = new long[criteria][steps];
        censored = new long[criteria];
        costDefined = new long[costCount];
        costSum = new ExactSum[costCount];
        costSumSquares = new ExactSum[costCount];
        costHistogram = new LogLinearHistogram[costCount];
        for (int i = 0; i < costCount; i++) {
            costSum[i] = new ExactSum();
            costSumSquares[i] = new ExactSum();
            costHistogram[i] = new LogLinearHistogram(COST_SUB_BUCKET_BITS);
        }
        seriesSum = new ExactSum[seriesCount][steps];
        unitHistogram = new UnitIntervalHistogram[seriesCount][];
        logHistogram = new LogLinearHistogram[seriesCount][];
        for (int s = 0; s < seriesCount; s++) {
            boolean unit = compiled.series.get(s).unitInterval();
            if (unit) {
                unitHistogram[s] = new UnitIntervalHistogram[steps];
            } else {
                logHistogram[s] = new LogLinearHistogram[steps];
            }
            for (int k = 0; k < steps; k++) {
                seriesSum[s][k] = new ExactSum();
                if (unit) {
                    unitHistogram[s][k] = new UnitIntervalHistogram(UNIT_BINS);
                } else {
                    logHistogram[s][k] = new LogLinearHistogram(SERIES_SUB_BUCKET_BITS);
                }
            }
        }
        blockCost = new double[costCount];
        blockCostSquares = new double[costCount];
        blockSeries = new double[seriesCount][steps];
        pending = new double[PENDING_PATHS * seriesCount * steps];
    }

    /** Adds one path's outcome to the current block. */
    public void accept(PathOutcome o) {
        paths++;
        for (int c = 0; c < criteria; c++) {
            int t = o.timeToSelfReliance[c];
            if (t < 0) {
                censored[c]++;
            } else {
                timeCounts[c][t]++;
            }
        }
        for (int i = 0; i < costCount; i++) {
            double v = o.costs[i];
            if (v == v) {
                costDefined[i]++;
                blockCost[i] += v;
                blockCostSquares[i] += v * v;
                costHistogram[i].accept(v);
            }
        }
        final int offset = pendingPaths * seriesCount * steps;
        for (int s = 0; s < seriesCount; s++) {
            final double[] values = o.series[s];
            final double[] sums = blockSeries[s];
            for (int k = 0; k < steps; k++) {
                sums[k] += values[k];
            }
            System.arraycopy(values, 0, pending, offset + s * steps, steps);
        }
        if (++pendingPaths == PENDING_PATHS) {
            flushPending();
        }
    }

    /** Feeds the buffered series values to their histograms, one histogram at a time. */
    private void flushPending() {
        final int n = pendingPaths;
        final int stride = seriesCount * steps;
        for (int s = 0; s < seriesCount; s++) {
            for (int k = 0; k < steps; k++) {
                final int at = s * steps + k;
                if (unitHistogram[s] != null) {
                    UnitIntervalHistogram h = unitHistogram[s][k];
                    for (int i = 0; i < n; i++) {
                        h.accept(pending[i * stride + at]);
                    }
                } else {
                    LogLinearHistogram h = logHistogram[s][k];
                    for (int i = 0; i < n; i++) {
                        h.accept(pending[i * stride + at]);
                    }
                }
            }
        }
        pendingPaths = 0;
    }

    /** Ends the current block: its sums join the run's exact sums. Call after the last path of every block. */
    public void endBlock() {
        flushPending();
        for (int i = 0; i < costCount; i++) {
            costSum[i].add(blockCost[i]);
            costSumSquares[i].add(blockCostSquares[i]);
            blockCost[i] = 0;
            blockCostSquares[i] = 0;
        }
        for (int s = 0; s < seriesCount; s++) {
            double[] sums = blockSeries[s];
            for (int k = 0; k < steps; k++) {
                seriesSum[s][k].add(sums[k]);
                sums[k] = 0;
            }
        }
    }

    /** Adds everything {@code other} holds (both must have ended their blocks). */
    public void combine(RunAccumulator other) {
        if (other.steps != steps || other.criteria != criteria || other.seriesCount != seriesCount) {
            throw new IllegalArgumentException("accumulators of different scenarios cannot be combined");
        }
        if (pendingPaths != 0 || other.pendingPaths != 0) {
            throw new IllegalStateException("end the current block before combining");
        }
        paths += other.paths;
        for (int c = 0; c < criteria; c++) {
            censored[c] += other.censored[c];
            for (int k = 0; k < steps; k++) {
                timeCounts[c][k] += other.timeCounts[c][k];
            }
        }
        for (int i = 0; i < costCount; i++) {
            costDefined[i] += other.costDefined[i];
            costSum[i].add(other.costSum[i]);
            costSumSquares[i].add(other.costSumSquares[i]);
            costHistogram[i].combine(other.costHistogram[i]);
        }
        for (int s = 0; s < seriesCount; s++) {
            for (int k = 0; k < steps; k++) {
                seriesSum[s][k].add(other.seriesSum[s][k]);
                if (unitHistogram[s] != null) {
                    unitHistogram[s][k].combine(other.unitHistogram[s][k]);
                } else {
                    logHistogram[s][k].combine(other.logHistogram[s][k]);
                }
            }
        }
    }

    /** Paths accepted. */
    public long paths() {
        return paths;
    }
}
