package dev.autarky.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an analysis (many short runs) on a worker thread so that Ctrl-C stops the command at once:
 * the command interrupts the worker — the analysis's evaluations give up after the chunk of paths
 * they are on and throw — writes nothing and returns.
 */
final class Cancellable {

    private Cancellable() {
    }

    /**
     * The value of {@code work}, or a {@link CliException} of {@link Main#RUN_FAILED} as soon as a
     * stop is requested; {@code work}'s runtime exceptions are rethrown as they are.
     */
    static <T> T run(Interruption interruption, String what, Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                future.complete(work.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "autarky-" + what);
        worker.setDaemon(true);
        worker.start();
        while (true) {
            if (interruption.requested()) {
                worker.interrupt();
                throw new CliException(Main.RUN_FAILED, what + " cancelled; nothing written");
            }
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll for a stop again
            } catch (InterruptedException e) {
                worker.interrupt();
                Thread.currentThread().interrupt();
                throw new CliException(Main.RUN_FAILED, what + " interrupted; nothing written");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
