package dev.autarky.spark;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.scenario.Scenario;
import java.util.Objects;

/**
 * Blocks {@code [fromBlock, toBlock)} of the run {@code (scenario, seed, paths, blockSize)}: the unit
 * that a distributed run, a round of a stop rule, one arm of a policy comparison or one point of a
 * sensitivity design asks the cluster for.
 *
 * <p>Block {@code b} holds paths {@code [b × blockSize, min((b + 1) × blockSize, paths))}, exactly as in
 * a local run, so a range's partial result merges with any other range of the same run (on any
 * machine) into the result of their union.
 *
 * @param scenario  the scenario simulated
 * @param seed      the run's seed
 * @param paths     paths of the whole run, >= 1 (fixes the size of the last block)
 * @param blockSize paths per block, 1–1,048,576
 * @param fromBlock first block, >= 0
 * @param toBlock   end block (exclusive), {@code fromBlock <= toBlock <= ceil(paths / blockSize)}
 * @param sampling  the run's sampling design (its points depend on the seed, the paths and the
 *                  block size, never on the range)
 */
public record BlockRange(Scenario scenario, long seed, long paths, int blockSize, long fromBlock, long toBlock,
        SamplingDesign sampling) {

    /** Validates the range. */
    public BlockRange {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(sampling, "sampling");
        Arguments.requireAtLeast(paths, 1, "paths");
        Arguments.requireInRange(blockSize, 1, 1 << 20, "blockSize");
        if (sampling == SamplingDesign.ANTITHETIC && blockSize % 2 != 0) {
            throw new IllegalArgumentException("blockSize must be even with antithetic sampling, was " + blockSize);
        }
        long blocks = (paths + blockSize - 1) / blockSize;
        if (fromBlock < 0 || fromBlock > toBlock || toBlock > blocks) {
            throw new IllegalArgumentException("blocks [" + fromBlock + ", " + toBlock + "): must lie in [0, " + blocks
                    + "), the run's blocks of " + blockSize + " of its " + paths + " paths");
        }
    }

    /** Blocks {@code [fromBlock, toBlock)} of a plain Monte Carlo run. */
    public BlockRange(Scenario scenario, long seed, long paths, int blockSize, long fromBlock, long toBlock) {
        this(scenario, seed, paths, blockSize, fromBlock, toBlock, SamplingDesign.MC);
    }

    /** Every block of the run {@code (scenario, settings)}; the settings' thread count plays no part. */
    public static BlockRange whole(Scenario scenario, RunSettings settings) {
        return of(scenario, settings, 0, settings.blocks());
    }

    /** Blocks {@code [fromBlock, toBlock)} of the run {@code (scenario, settings)}. */
    public static BlockRange of(Scenario scenario, RunSettings settings, long fromBlock, long toBlock) {
        return new BlockRange(scenario, settings.seed(), settings.paths(), settings.blockSize(), fromBlock, toBlock,
                settings.sampling());
    }

    /** The run's settings on {@code threads} threads (which play no part in its results). */
    public RunSettings settings(int threads) {
        return new RunSettings(paths, seed, threads, blockSize, sampling);
    }

    /** Number of blocks in the range. */
    public long blocks() {
        return toBlock - fromBlock;
    }

    /** Number of paths in the range. */
    public long pathCount() {
        return Math.min(toBlock * blockSize, paths) - Math.min(fromBlock * blockSize, paths);
    }
}
