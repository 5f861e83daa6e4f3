package dev.autarky.engine;

/** Thrown by {@link Simulation#result()} when the run was cancelled before it finished. */
public final class SimulationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param pathsDone paths completed before the cancellation took effect */
    public SimulationCancelledException(long pathsDone) {
        super("simulation cancelled after " + pathsDone + " paths");
    }
}
