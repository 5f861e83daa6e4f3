package dev.autarky.result;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The distribution of the time to self-reliance under one criterion, censored at the horizon.
 *
 * <p>Holds exact counts: how many paths first became self-reliant at each step, and how many
 * never did within the horizon (censored). A censored path is never dropped and never counted as
 * reaching self-reliance at the horizon: a quantile that falls in the censored mass is reported
 * as "not reached" (an empty {@link OptionalDouble}). Times are calendar years: step {@code k}
 * is reported as {@code startYear + k / stepsPerYear}, the start of the step in which the
 * qualifying run of steps began. Immutable.
 */
public final class TimeToSelfReliance {

    private final String criterion;
    private final String name;
    private final int startYear;
    private final int stepsPerYear;
    private final long[] counts;
    private final long censored;
    private final long paths;

    /**
     * @param criterion    criterion id
     * @param name         readable criterion name
     * @param startYear    calendar year of the first step
     * @param stepsPerYear steps per year
     * @param counts       paths first self-reliant at each step
     * @param censored     paths not self-reliant within the horizon
     */
    public TimeToSelfReliance(String criterion, String name, int startYear, int stepsPerYear, long[] counts,
            long censored) {
        this.criterion = criterion;
        this.name = name;
        this.startYear = startYear;
        this.stepsPerYear = stepsPerYear;
        this.counts = counts.clone();
        this.censored = censored;
        this.paths = Arrays.stream(counts).sum() + censored;
    }

    /** The criterion's id. */
    public String criterion() {
        return criterion;
    }

    /** The criterion's readable name. */
    public String name() {
        return name;
    }

    /** Number of paths. */
    public long paths() {
        return paths;
    }

    /** Paths first self-reliant at step {@code k}. */
    public long countAtStep(int k) {
        return counts[k];
    }

    /** Number of steps in the horizon. */
    public int steps() {
        return counts.length;
    }

    /** Paths that never became self-reliant within the horizon. */
    public long censoredCount() {
        return censored;
    }

    /** Fraction of paths censored at the horizon. */
    public double censoredFraction() {
        return paths == 0 ? Double.NaN : (double) censored / paths;
    }

    /** Calendar time at which step {@code k} starts. */
    public double yearOfStep(int k) {
        return startYear + (double) k / stepsPerYear;
    }

    /**
     * Fraction of paths self-reliant by the end of calendar year {@code year}, that is, whose
     * qualifying run began in a step starting before {@code year + 1}.
     */
    public double probabilityBy(int year) {
        if (paths == 0) {
            return Double.NaN;
        }
        long reached = 0;
        for (int k = 0; k < counts.length && yearOfStep(k) < year + 1; k++) {
            reached += counts[k];
        }
        return (double) reached / paths;
    }

    /**
     * The {@code p}-quantile of the time to self-reliance, in calendar years (type-1: the
     * smallest step whose cumulative fraction reaches {@code p}); empty when the quantile lies in
     * the censored mass, i.e. not reached within the horizon.
     */
    public OptionalDouble quantile(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p: must be in (0, 1], was " + p);
        }
        long rank = Math.max(1, (long) Math.ceil(p * paths));
        long cumulative = 0;
        for (int k = 0; k < counts.length; k++) {
            cumulative += counts[k];
            if (cumulative >= rank) {
                return OptionalDouble.of(yearOfStep(k));
            }
        }
        return OptionalDouble.empty();
    }

    /** Equal when every field and count is equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeToSelfReliance t && criterion.equals(t.criterion) && name.equals(t.name)
                && startYear == t.startYear && stepsPerYear == t.stepsPerYear && censored == t.censored
                && Arrays.equals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return 31 * criterion.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "TimeToSelfReliance[" + criterion + ", paths=" + paths + ", censored=" + censored + ", counts="
                + Arrays.toString(counts) + "]";
    }

    /** S(k): fraction of paths not yet self-reliant at the end of step {@code k}. */
    public double survivalAfterStep(int k) {
        long reached = 0;
        for (int i = 0; i <= k; i++) {
            reached += counts[i];
        }
        return 1 - (double) reached / paths;
    }
}
