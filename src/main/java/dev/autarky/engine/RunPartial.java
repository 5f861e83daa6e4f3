package dev.autarky.engine;

import dev.autarky.internal.engine.RunAccumulator;
import java.io.Serializable;

/**
 * Some blocks of a run, already simulated: what they contribute to the run's statistics, in a
 * mergeable, serializable form. Partials of disjoint block ranges of the same run combine exactly
 * (integer counts and exact sums), in any order and grouping, so a run can be spread over machines
 * ({@link BlockExecutor}), checkpointed and resumed, and still give bit-identical results.
 *
 * <p>Obtain one with {@link Simulator#runBlocks}; turn the partial of every block into a result with
 * {@link Simulator#result}. Mutable through {@link #combine}; not thread-safe.
 */
public final class RunPartial implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The identity of the run the blocks belong to.
     */
    private final String run;
    /**
     * The merged statistics of those blocks.
     */
    private final RunAccumulator accumulator;
    /**
     * Number of blocks merged into this partial.
     */
    private long blocks;

    RunPartial(String run, RunAccumulator accumulator, long blocks) {
        this.run = run;
        this.accumulator = accumulator;
        this.blocks = blocks;
    }

    /**
     * Paths this partial holds.
     *
     * @return paths this partial holds
     */
    public long paths() {
        return accumulator.paths();
    }

    /**
     * Blocks this partial holds.
     *
     * @return blocks this partial holds
     */
    public long blocks() {
        return blocks;
    }

    /**
     * Adds {@code other}'s blocks to this partial and returns this. Both must come from the same run
     * (scenario, seed, paths, block size and sampling design) and hold disjoint blocks; checked
     * before anything changes.
     *
     * @param other a partial of other blocks of the same run
     * @return this partial
     * @throws IllegalArgumentException if the partials belong to different runs
     */
    public RunPartial combine(RunPartial other) {
        if (!run.equals(other.run)) {
            throw new IllegalArgumentException("partials of different runs cannot be combined: " + run + " vs "
                    + other.run);
        }
        accumulator.combine(other.accumulator);
        blocks += other.blocks;
        return this;
    }

    /** Identity of the run: scenario fingerprint, seed, paths, block size, sampling design. */
    String run() {
        return run;
    }

    RunAccumulator accumulator() {
        return accumulator;
    }
}
