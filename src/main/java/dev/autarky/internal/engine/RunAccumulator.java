package dev.autarky.internal.engine;

import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.design.ReplicateAccumulator;
import dev.autarky.internal.math.ExactSum;
import java.io.Serializable;

/**
 * Everything a run keeps about its paths, in memory bounded by the scenario's size, not by the
 * number of paths: the time to self-reliance per criterion ({@link TimeAccumulator}), every cost
 * outcome ({@link OutcomeAccumulator}) and the per-step series ({@link SeriesAccumulator}).
 *
 * <p>Merging is exact and order-independent, so any split of the paths into blocks, threads or
 * cluster tasks gives bit-identical results: counts are integers, and floating-point sums are
 * summed sequentially within a block (whose paths are fixed by the run's block size) and then
 * combined across blocks with {@link ExactSum}. Mutable; owned by one thread until combined.
 * Serializable (after {@link #endBlock()}), so cluster tasks can return it.
 */
public final class RunAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int steps;
    private long paths;
    final TimeAccumulator[] times;
    final OutcomeAccumulator[] costs;
    final SeriesAccumulator series;

    /**
     * Error estimates that hold under the run's sampling design (groups of paths: single paths,
     * antithetic pairs, Latin hypercube blocks, Sobol replicates); fed by the block runner with
     * each path's index. The hook for confidence intervals and stop rules under any design.
     */
    public final ReplicateAccumulator replicates;

    /** An empty accumulator for plain Monte Carlo runs of {@code compiled}. */
    public RunAccumulator(CompiledScenario compiled) {
        this(compiled, compiled.plainDesign());
    }

    /** An empty accumulator for runs of {@code compiled} under {@code design}. */
    public RunAccumulator(CompiledScenario compiled, InputDesign design) {
        this(compiled, design, 0);
    }

    /**
     * An empty accumulator for runs of {@code compiled} under {@code design}, expecting about
     * {@code expectedPaths} paths (sizes the buffers of exact cost values, so that accepting that
     * many paths does not allocate; 0 for a small default).
     */
    public RunAccumulator(CompiledScenario compiled, InputDesign design, long expectedPaths) {
        replicates = new ReplicateAccumulator(design, CompiledScenario.COSTS.size(), compiled.criterionCount,
                compiled.years, compiled.stepsPerYear);
        steps = compiled.steps;
        times = new TimeAccumulator[compiled.criterionCount];
        for (int c = 0; c < times.length; c++) {
            times[c] = new TimeAccumulator(steps);
        }
        costs = new OutcomeAccumulator[CompiledScenario.COSTS.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = expectedPaths > 0 ? new OutcomeAccumulator(expectedPaths) : new OutcomeAccumulator();
        }
        series = new SeriesAccumulator(compiled);
    }

    /** Adds one path's outcome to the current block. */
    public void accept(PathOutcome o) {
        paths++;
        for (int c = 0; c < times.length; c++) {
            times[c].accept(o.timeToSelfReliance[c]);
        }
        for (int i = 0; i < costs.length; i++) {
            costs[i].accept(o.costs[i]);
        }
        series.accept(o.series);
    }

    /** Ends the current block; call after the last path of every block. */
    public void endBlock() {
        for (OutcomeAccumulator c : costs) {
            c.endBlock();
        }
        series.endBlock();
        replicates.endBlock();
    }

    /** Adds everything {@code other} holds (both must have ended their blocks). */
    public void combine(RunAccumulator other) {
        if (other.steps != steps || other.times.length != times.length) {
            throw new IllegalArgumentException("accumulators of different scenarios cannot be combined");
        }
        paths += other.paths;
        for (int c = 0; c < times.length; c++) {
            times[c].combine(other.times[c]);
        }
        for (int i = 0; i < costs.length; i++) {
            costs[i].combine(other.costs[i]);
        }
        series.combine(other.series);
        replicates.combine(other.replicates);
    }

    /**
     * An upper estimate of the bytes one accumulator for {@code compiled} holds in a long run: the
     * series' histograms and buffer, and each cost's log-linear histogram over 40 binades.
     */
    public static long estimateBytes(CompiledScenario compiled) {
        // each cost: a log-linear histogram over 40 binades and at most EXACT_LIMIT exact values
        long costs = (long) CompiledScenario.COSTS.size() * ((40L << OutcomeAccumulator.SUB_BUCKET_BITS) * Long.BYTES
                + (long) OutcomeAccumulator.EXACT_LIMIT * Double.BYTES);
        long times = 2L * compiled.criterionCount * compiled.steps * Long.BYTES; // events and censorings per step
        return SeriesAccumulator.estimateBytes(compiled) + costs + times;
    }

    /** Paths accepted. */
    public long paths() {
        return paths;
    }
}
