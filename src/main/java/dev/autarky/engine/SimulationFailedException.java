package dev.autarky.engine;

/** Thrown by {@link Simulation#result()} when a worker failed; the cause is that failure. */
public final class SimulationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param cause the worker's failure */
    public SimulationFailedException(Throwable cause) {
        super("simulation failed: " + cause, cause);
    }
}
