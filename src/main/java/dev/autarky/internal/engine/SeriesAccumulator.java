package dev.autarky.internal.engine;

import dev.autarky.internal.math.ExactSum;
import dev.autarky.internal.stats.LogLinearHistogram;
import dev.autarky.internal.stats.UnitIntervalHistogram;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * Per-step distributions of every series across paths: exact sums (for means) and one histogram
 * per series and step (for fan-chart bands). Series known to lie in [0, 1] use linear bins, the
 * others log-linear bins.
 *
 * <p>Each path's values are buffered and fed to the histograms one histogram at a time every
 * {@value #MAX_PENDING_PATHS} paths (fewer when series × steps is large, keeping the buffer near
 * 8 MB): histogram counts do not depend on the order of accepts, and
 * feeding a histogram a run of values keeps its counts in cache (about a thousand per-step
 * histograms would otherwise each take a cache miss per path). The buffer fills across blocks
 * (a run's blocks are smaller than the buffer, and each feed costs a cache miss per count line
 * touched); it is emptied when full, before combining, before serializing, and by
 * {@link #flush()} before the histograms are read. Sums run in path order within a block and
 * combine across blocks exactly. Mutable, one owner. Serializable after {@link #endBlock()}: the
 * buffer is then fed to the histograms and, with the empty block sums, does not travel.
 */
public final class SeriesAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Resolution of the per-step histograms, coarser as the number of series × steps grows so that
     * memory stays bounded (a monthly 35-year grid has six times the histograms of a yearly one):
     * up to 1,500 histograms, 2^7 sub-buckets per binade and 1,024 bins on [0, 1]; up to 6,000,
     * 2^6 and 512; beyond, 2^5 and 256.
     */
    static int subBucketBits(int histograms) {
        return histograms <= 1_500 ? 7 : histograms <= 6_000 ? 6 : 5;
    }

    /** Bins of the [0, 1] histograms for a given number of per-step histograms. */
    static int unitBins(int histograms) {
        return histograms <= 1_500 ? 1024 : histograms <= 6_000 ? 512 : 256;
    }

    /** Sub-bucket bits of the log-linear histograms of this accumulator. */
    final int subBucketBits;
    /** Bins of the [0, 1] histograms of this accumulator. */
    final int unitBins;
    /** Most paths buffered before feeding the histograms. */
    static final int MAX_PENDING_PATHS = 1024;
    /** Budget of the buffer in values (8 MB of doubles); long or monthly horizons buffer fewer paths. */
    static final int PENDING_VALUES = 1 << 20;

    private final int steps;
    private final int seriesCount;
    final ExactSum[][] sum; // [series][step]
    final UnitIntervalHistogram[][] unitHistogram; // [series][step], or a null row for log series
    final LogLinearHistogram[][] logHistogram;
    private transient double[][] blockSum;
    private transient double[] pending;
    private final int pendingCapacity;
    private int pendingPaths;
    /** Paths accepted since the last {@link #endBlock()}. */
    private int blockPaths;

    /** An empty accumulator for the series of {@code compiled}. */
    public SeriesAccumulator(CompiledScenario compiled) {
        steps = compiled.steps;
        seriesCount = compiled.series.size();
        subBucketBits = subBucketBits(seriesCount * steps);
        unitBins = unitBins(seriesCount * steps);
        sum = new ExactSum[seriesCount][steps];
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
                sum[s][k] = new ExactSum();
                if (unit) {
                    unitHistogram[s][k] = new UnitIntervalHistogram(unitBins);
                } else {
                    logHistogram[s][k] = new LogLinearHistogram(subBucketBits);
                }
            }
        }
        int perPath = Math.max(1, seriesCount * steps);
        pendingCapacity = Math.max(1, Math.min(MAX_PENDING_PATHS, PENDING_VALUES / perPath));
        allocateScratch();
    }

    /** The block sums (zero after every {@link #endBlock()}) and the buffer (empty after {@link #flush()}). */
    private void allocateScratch() {
        blockSum = new double[seriesCount][steps];
        pending = new double[pendingCapacity * Math.max(1, seriesCount * steps)];
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        flush(); // a copy in the middle of a block is refused when read back
        out.defaultWriteObject();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (pendingPaths != 0 || blockPaths != 0) {
            throw new InvalidObjectException("a series accumulator travels only between blocks");
        }
        allocateScratch();
    }

    /** Adds one path's series {@code [series][step]}. */
    public void accept(double[][] series) {
        blockPaths++;
        final int offset = pendingPaths * seriesCount * steps;
        for (int s = 0; s < seriesCount; s++) {
            final double[] values = series[s];
            final double[] sums = blockSum[s];
            for (int k = 0; k < steps; k++) {
                sums[k] += values[k];
            }
            System.arraycopy(values, 0, pending, offset + s * steps, steps);
        }
        if (++pendingPaths == pendingCapacity) {
            flush();
        }
    }

    /** Feeds the buffered paths to the histograms; call before reading them. */
    public void flush() {
        final int n = pendingPaths;
        if (n == 0) {
            return;
        }
        final int stride = seriesCount * steps;
        for (int s = 0; s < seriesCount; s++) {
            for (int k = 0; k < steps; k++) {
                final int at = s * steps + k;
                if (unitHistogram[s] != null) {
                    final UnitIntervalHistogram h = unitHistogram[s][k];
                    for (int i = 0; i < n; i++) {
                        h.accept(pending[i * stride + at]);
                    }
                } else {
                    final LogLinearHistogram h = logHistogram[s][k];
                    for (int i = 0; i < n; i++) {
                        h.accept(pending[i * stride + at]);
                    }
                }
            }
        }
        pendingPaths = 0;
    }

    /** Ends the current block: its sums reach the exact sums (its values stay buffered). */
    public void endBlock() {
        blockPaths = 0;
        for (int s = 0; s < seriesCount; s++) {
            final double[] sums = blockSum[s];
            for (int k = 0; k < steps; k++) {
                sum[s][k].add(sums[k]);
                sums[k] = 0;
            }
        }
    }

    /**
     * An upper estimate of the bytes one accumulator for {@code compiled} holds in a long run:
     * the buffer, the [0, 1] histograms, and log-linear histograms spanning 32 binades (a run's
     * series span fewer; geometric growth can leave up to twice what is used).
     */
    static long estimateBytes(CompiledScenario compiled) {
        int histograms = compiled.series.size() * compiled.steps;
        int perPath = Math.max(1, histograms);
        long pendingBytes = (long) Math.max(1, Math.min(MAX_PENDING_PATHS, PENDING_VALUES / perPath)) * perPath * Double.BYTES;
        long unit = 0;
        long log = 0;
        for (SeriesSpec spec : compiled.series) {
            if (spec.unitInterval()) {
                unit += (long) compiled.steps * (unitBins(histograms) * Long.BYTES + 64);
            } else {
                log += (long) compiled.steps * (32L << subBucketBits(histograms)) * Long.BYTES;
            }
        }
        return pendingBytes + unit + log + (long) histograms * 96; // ExactSum and object headers
    }

    /** Bytes held by the count arrays and the buffer now (histogram ranges grow as data arrive). */
    public long bytes() {
        long total = (long) pending.length * Double.BYTES;
        for (int s = 0; s < seriesCount; s++) {
            for (int k = 0; k < steps; k++) {
                total += unitHistogram[s] != null ? unitHistogram[s][k].bytes() : logHistogram[s][k].bytes();
            }
        }
        return total;
    }

    /** Adds another accumulator's contents (both must have ended their blocks). */
    public void combine(SeriesAccumulator other) {
        if (blockPaths != 0 || other.blockPaths != 0) {
            throw new IllegalStateException("end the current block before combining");
        }
        flush();
        other.flush();
        for (int s = 0; s < seriesCount; s++) {
            for (int k = 0; k < steps; k++) {
                sum[s][k].add(other.sum[s][k]);
                if (unitHistogram[s] != null) {
                    unitHistogram[s][k].combine(other.unitHistogram[s][k]);
                } else {
                    logHistogram[s][k].combine(other.logHistogram[s][k]);
                }
            }
        }
    }
}
