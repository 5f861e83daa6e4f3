package dev.autarky.engine;

/**
 * A path produced a NaN or an infinity where a finite number was expected. Names the path, the step
 * and the quantity, and the run's seed, so the path can be replayed alone with
 * {@link Simulator#trace(long, long)}; the run stops rather than mixing a wrong number into the
 * results.
 */
public final class NumericalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The run's seed.
     */
    private final long seed;
    /**
     * The path on which it happened.
     */
    private final long path;
    /**
     * The step at which it happened.
     */
    private final int step;
    /**
     * The quantity that was not finite.
     */
    private final String quantity;

    /**
     * @param seed     the run's seed
     * @param path     the path index
     * @param step     the step, or -1 for a per-path quantity
     * @param quantity the quantity's name
     * @param value    the offending value
     */
    public NumericalException(long seed, long path, int step, String quantity, double value) {
        super("path " + path + (step >= 0 ? ", step " + step : "") + ": " + quantity + " is " + value
                + " (seed " + seed + "; replay with trace --seed " + seed + " --path " + path + ")");
        this.seed = seed;
        this.path = path;
        this.step = step;
        this.quantity = quantity;
    }

    /**
     * The run's seed.
     *
     * @return the run's seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The path index.
     *
     * @return the path index
     */
    public long path() {
        return path;
    }

    /**
     * The step, or -1 for a per-path quantity such as a cost.
     *
     * @return the step, or -1 for a per-path quantity such as a cost
     */
    public int step() {
        return step;
    }

    /**
     * The quantity's name, such as {@code "series.stockpile.Dy"} or {@code "costs.systemCost"}.
     *
     * @return the quantity's name, such as {@code "series.stockpile.Dy"} or {@code "costs.systemCost"}
     */
    public String quantity() {
        return quantity;
    }
}
