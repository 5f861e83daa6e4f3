package dev.autarky.internal.engine;

/**
 * Time to self-reliance under one criterion: exact counts of paths by the step at which they first
 * became self-reliant, and the number censored at the horizon. Integer counts merge exactly.
 */
public final class TimeAccumulator {

    private final long[] counts;
    private long censored;

    /** An empty accumulator for {@code steps} steps. */
    public TimeAccumulator(int steps) {
        counts = new long[steps];
    }

    /** Adds one path: its first step of self-reliance, or -1 when censored at the horizon. */
    public void accept(int step) {
        if (step < 0) {
            censored++;
        } else {
            counts[step]++;
        }
    }

    /** Adds another accumulator's counts. */
    public void combine(TimeAccumulator other) {
        for (int k = 0; k < counts.length; k++) {
            counts[k] += other.counts[k];
        }
        censored += other.censored;
    }

    /** Paths first self-reliant at each step (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    /** Paths censored at the horizon. */
    public long censored() {
        return censored;
    }
}
