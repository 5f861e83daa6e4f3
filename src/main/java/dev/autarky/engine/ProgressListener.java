package dev.autarky.engine;

import dev.autarky.result.Convergence;
import java.util.List;

/**
 * Told how far a run has got, after each completed block, from worker threads (implementations
 * must be thread-safe and quick).
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Called after a block completes.
     *
     * @param pathsDone  paths completed so far
     * @param pathsTotal paths requested
     */
    void onProgress(long pathsDone, long pathsTotal);

    /**
     * Called after each round of a run with an active {@link StopRule}, from the run's coordinating
     * thread, with the precision every target has reached so far; does nothing unless overridden.
     *
     * @param round   the round just finished: its number, the paths so far and each target's
     *                half-width
     * @param targets each target's status after that round, in the stop rule's order
     */
    default void onRound(Convergence.Round round, List<Convergence.TargetStatus> targets) {
    }
}
