package dev.autarky.engine;

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
}
