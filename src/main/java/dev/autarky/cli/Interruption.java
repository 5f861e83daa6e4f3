package dev.autarky.cli;

import dev.autarky.engine.Simulation;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request to stop the running command (Ctrl-C): cancels the simulation it registered, lets it
 * decide what to write (nothing, for a cancelled run), and lets the shutdown wait until it is done.
 * Thread-safe.
 */
final class Interruption {

    private volatile boolean requested;
    private Simulation active;
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Registers the running simulation; cancels it at once if a stop was already requested. */
    synchronized void track(Simulation simulation) {
        active = simulation;
        if (requested) {
            simulation.cancel();
        }
    }

    /** The simulation registered last, if any. */
    synchronized Simulation active() {
        return active;
    }

    /** Whether a stop has been requested. */
    boolean requested() {
        return requested;
    }

    /** Requests a stop and cancels the running simulation. */
    void request() {
        requested = true;
        synchronized (this) {
            if (active != null) {
                active.cancel();
            }
        }
    }

    /** Requests a stop and waits up to {@code grace} for the command to finish. */
    void requestAndAwait(Duration grace) {
        request();
        try {
            finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called once the command has returned. */
    void finished() {
        finished.countDown();
    }
}
