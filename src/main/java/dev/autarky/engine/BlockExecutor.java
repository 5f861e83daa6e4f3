package dev.autarky.engine;

/**
 * Simulates ranges of blocks of one run somewhere — other threads, other machines — and returns
 * their partial. {@link Simulator#run(RunSettings, ProgressListener, BlockExecutor)} drives a run
 * (and its stop rule's rounds) through an executor; because partials combine exactly, the result is
 * the same as a local run's. An implementation simulates exactly what
 * {@link Simulator#runBlocks} would for the same range, e.g. by calling it on a worker.
 */
@FunctionalInterface
public interface BlockExecutor {

    /**
     * The partial of blocks {@code [fromBlock, toBlock)} of the run.
     *
     * @param fromBlock first block, inclusive
     * @param toBlock end block, exclusive
     * @return the partial of blocks {@code [fromBlock, toBlock)} of the run
     * @throws Exception if the blocks could not be simulated; the run fails with it
     */
    RunPartial execute(long fromBlock, long toBlock) throws Exception;
}
