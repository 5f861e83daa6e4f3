package dev.autarky.internal.engine;

import java.util.Arrays;

/**
 * What one path produced: time to self-reliance per criterion (step index, or -1 when censored),
 * discounted costs (in {@link CompiledScenario#COSTS} order) and the per-step series. Reused
 * from path to path by one kernel.
 */
public final class PathOutcome {

    /** First step of the first qualifying run per criterion, or -1 if censored at the horizon. */
    public final int[] timeToSelfReliance;
    /** Costs in {@link CompiledScenario#COSTS} order, currency discounted to the start; NaN where undefined. */
    public final double[] costs;
    /** Series values {@code [series][step]}. */
    public final double[][] series;

    PathOutcome(int criteria, int costCount, int seriesCount, int steps) {
        timeToSelfReliance = new int[criteria];
        costs = new double[costCount];
        series = new double[seriesCount][steps];
    }

    void reset() {
        Arrays.fill(timeToSelfReliance, -1);
        Arrays.fill(costs, 0);
    }
}
