package dev.autarky.internal.engine;

import java.io.Serializable;

/**
 * Time to self-reliance under one criterion, as censored time-to-event data: exact counts of paths
 * by the step at which they first became self-reliant, and of paths censored at each step
 * (observed through that step without becoming self-reliant; today only at the horizon, the last
 * step). Integer counts merge exactly, in any order. Mutable, one owner.
 */
public final class TimeAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long[] counts;
    private final long[] censoredAt;

    /** An empty accumulator for {@code steps} steps. */
    public TimeAccumulator(int steps) {
        counts = new long[steps];
        censoredAt = new long[steps];
    }

    /** Adds one path: its first step of self-reliance, or -1 when censored at the horizon. */
    public void accept(int step) {
        if (step < 0) {
            censoredAt[censoredAt.length - 1]++;
        } else {
            counts[step]++;
        }
    }

    /** Adds one path that stopped after {@code lastObservedStep} without becoming self-reliant. */
    public void acceptCensored(int lastObservedStep) {
        censoredAt[lastObservedStep]++;
    }

    /** Adds another accumulator's counts. */
    public void combine(TimeAccumulator other) {
        if (other.counts.length != counts.length) {
            throw new IllegalArgumentException("other: must have " + counts.length + " steps, had " + other.counts.length);
        }
        for (int k = 0; k < counts.length; k++) {
            counts[k] += other.counts[k];
            censoredAt[k] += other.censoredAt[k];
        }
    }

    /** Paths first self-reliant at each step (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    /** Paths censored at each step (a copy). */
    public long[] censoredAt() {
        return censoredAt.clone();
    }

    /** Paths censored (at any step). */
    public long censored() {
        long c = 0;
        for (long v : censoredAt) {
            c += v;
        }
        return c;
    }
}
