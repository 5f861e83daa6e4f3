package dev.autarky.engine;

/**
 * A run would not fit in the memory the JVM can give it; thrown before any path is simulated, with
 * what it needs and what is available, rather than an {@link OutOfMemoryError} mid-run.
 */
public final class InsufficientMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Estimated bytes the run needs.
     */
    private final long neededBytes;
    /**
     * Bytes the JVM could still allocate when the run was refused.
     */
    private final long availableBytes;

    /**
     * @param neededBytes    estimated bytes the run needs
     * @param availableBytes bytes the JVM can still allocate
     * @param detail         what the memory is for, and what to change
     */
    public InsufficientMemoryException(long neededBytes, long availableBytes, String detail) {
        super(String.format(java.util.Locale.ROOT, "the run needs about %,d MB but only %,d MB are available: %s",
                neededBytes >> 20, availableBytes >> 20, detail));
        this.neededBytes = neededBytes;
        this.availableBytes = availableBytes;
    }

    /**
     * Estimated bytes the run needs.
     *
     * @return estimated bytes the run needs
     */
    public long neededBytes() {
        return neededBytes;
    }

    /**
     * Bytes the JVM could still allocate when the run was refused.
     *
     * @return bytes the JVM could still allocate when the run was refused
     */
    public long availableBytes() {
        return availableBytes;
    }
}
