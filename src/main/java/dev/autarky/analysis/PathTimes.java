package dev.autarky.analysis;

import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.TimeGrid;

/**
 * Per-path times to self-reliance (first step of the qualifying run, -1 when censored at the
 * horizon) turned into what the analyses measure. Stateless.
 */
final class PathTimes {

    private PathTimes() {
    }

    /** The distribution of the times under criterion {@code c} of {@code scenario}, as the engine reports it. */
    static TimeToSelfReliance distribution(Scenario scenario, int c, int[] steps) {
        TimeGrid time = scenario.time();
        long[] counts = new long[time.steps()];
        long censored = 0;
        for (int k : steps) {
            if (k < 0) {
                censored++;
            } else {
                counts[k]++;
            }
        }
        var criterion = scenario.criteria().get(c);
        return new TimeToSelfReliance(criterion.id(), criterion.name(), time.startYear(), time.stepsPerYear(), counts,
                censored);
    }

    /**
     * The number of steps that start before {@code year + 1}: a path is self-reliant by the end of
     * {@code year} when its step is at least 0 and below this.
     */
    static int stepsBy(TimeGrid time, int year) {
        long n = (long) (year + 1 - time.startYear()) * time.stepsPerYear();
        return (int) Math.max(0, Math.min(time.steps(), n));
    }

    /** Whether a path with first step {@code k} is self-reliant by the end of the year whose {@link #stepsBy} is {@code by}. */
    static boolean by(int k, int by) {
        return k >= 0 && k < by;
    }

    /** The calendar year of step {@code k}, or {@code censoredValue} when censored ({@code k < 0}). */
    static double year(TimeGrid time, int k, double censoredValue) {
        return k < 0 ? censoredValue : time.startYear() + (double) k / time.stepsPerYear();
    }

    /** {@code min(T, H)} in years from the start: the step's start, or the horizon when censored. */
    static double restricted(TimeGrid time, int k) {
        return k < 0 ? time.horizonYears() : (double) k / time.stepsPerYear();
    }

    /** Calendar year at the end of the horizon, {@code startYear + horizonYears}. */
    static double end(TimeGrid time) {
        return time.startYear() + time.horizonYears();
    }
}
