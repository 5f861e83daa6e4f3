package dev.autarky.engine;

import dev.autarky.result.SimulationResult;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run in progress, started by {@link Simulator#start}: its progress, a way to cancel it, and its
 * result. Thread-safe.
 */
public final class Simulation {

    private final long pathsTotal;
    final AtomicLong pathsDone = new AtomicLong();
    final AtomicBoolean cancelled = new AtomicBoolean();
    final CompletableFuture<SimulationResult> future = new CompletableFuture<>();

    Simulation(long pathsTotal) {
        this.pathsTotal = pathsTotal;
    }

    /**
     * Paths completed so far (in whole blocks).
     *
     * @return paths completed so far
     */
    public long pathsDone() {
        return pathsDone.get();
    }

    /**
     * Paths requested.
     *
     * @return paths requested
     */
    public long pathsTotal() {
        return pathsTotal;
    }

    /** Asks the run to stop; workers finish the block in hand and stop. No result is produced. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * True once the run has finished, failed or been cancelled.
     *
     * @return true once the run has finished, failed or been cancelled
     */
    public boolean isDone() {
        return future.isDone();
    }

    /**
     * Waits for and returns the result.
     *
     * @return the result, once the run has finished
     * @throws SimulationCancelledException if the run was cancelled
     * @throws SimulationFailedException    if a worker failed (with that failure as the cause)
     */
    public SimulationResult result() {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new SimulationCancelledException(pathsDone());
        } catch (CancellationException e) {
            throw new SimulationCancelledException(pathsDone());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SimulationCancelledException sce) {
                throw sce;
            }
            throw new SimulationFailedException(cause);
        }
    }
}
