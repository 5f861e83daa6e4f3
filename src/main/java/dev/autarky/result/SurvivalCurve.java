package dev.autarky.result;

import java.util.List;

/**
 * The survival curve of the time to self-reliance, {@code S(t) = P(not yet self-reliant at t)},
 * with pointwise confidence intervals, one point per step.
 *
 * <p>{@code S} is the Kaplan–Meier estimate. While no path has been censored before a step — in
 * this model paths are censored only at the horizon — it is exactly the fraction of paths not
 * self-reliant, and the interval is the Wilson score interval of that binomial proportion
 * (method {@code "wilson"}); after earlier censoring it is the Wilson interval with Rothman's
 * effective sample size ({@code "rothman-wilson"}).
 *
 * @param confidence nominal pointwise coverage
 * @param method     {@code "rothman-wilson"} (equal to Wilson without early censoring)
 * @param points     one per step, in time order
 */
public record SurvivalCurve(double confidence, String method, List<Point> points) {

    /**
     * Copies the list.
     *
     * @param confidence nominal pointwise coverage
     * @param method {@code "rothman-wilson"} (equal to Wilson without early censoring)
     * @param points one per step, in time order
     */
    public SurvivalCurve {
        points = List.copyOf(points);
    }

    /**
     * {@code S} after one step: the probability that a path is not self-reliant at calendar time
     * {@code t} for {@code year <= t < year + 1/stepsPerYear}.
     *
     * @param step     step index
     * @param year     calendar time the step starts
     * @param atRisk   paths not yet self-reliant nor censored when the step starts
     * @param events   paths that became self-reliant in this step
     * @param censored paths censored in this step (at the horizon: those never self-reliant)
     * @param survival Kaplan–Meier estimate of {@code S}
     * @param lower    lower confidence limit
     * @param upper    upper confidence limit
     */
    public record Point(int step, double year, long atRisk, long events, long censored, double survival, double lower,
            double upper) {
    }
}
