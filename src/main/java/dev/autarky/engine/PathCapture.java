package dev.autarky.engine;

/**
 * Whether a run keeps every path's outcome (for export and your own analysis), in path order.
 *
 * <p>Capture costs memory in proportion to the paths: per path 4 bytes per criterion and 8 bytes
 * per cost, plus 8 bytes per uncertain input with {@link #OUTCOMES_AND_INPUTS}. A run whose path
 * budget would need more than {@link #MAX_BYTES} is refused before it starts.
 */
public enum PathCapture {
    /** Keep nothing per path (the default). */
    NONE,
    /** Keep each path's time to self-reliance under every criterion and its costs. */
    OUTCOMES,
    /** Also keep the value of every uncertain input the path drew. */
    OUTCOMES_AND_INPUTS;

    /** Most memory a capture may take: 512 MiB. */
    public static final long MAX_BYTES = 512L << 20;

    /**
     * Bytes one path takes.
     *
     * @param criteria number of self-reliance criteria
     * @param costs number of cost outcomes
     * @param inputs number of uncertain inputs
     * @return bytes one path takes
     */
    public long bytesPerPath(int criteria, int costs, int inputs) {
        return this == NONE ? 0 : 4L * criteria + 8L * costs + (this == OUTCOMES_AND_INPUTS ? 8L * inputs : 0);
    }
}
