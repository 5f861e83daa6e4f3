package dev.autarky.result;

import dev.autarky.internal.Checks;
import dev.autarky.internal.stats.KaplanMeier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The distribution of the time to self-reliance under one criterion: a censored time-to-event
 * outcome.
 *
 * <p>Holds exact counts: how many paths first became self-reliant at each step, and how many were
 * censored at each step — observed up to and including that step without becoming self-reliant.
 * In this model paths are censored only at the horizon (in the last step), but everything here
 * also holds for paths stopped early: the survival curve is the Kaplan–Meier estimate. A censored
 * path is never dropped and never counted as reaching self-reliance: a quantile that falls in the
 * censored mass is reported as "not reached" (an empty {@link OptionalDouble}).
 *
 * <p>Times are calendar years: step {@code k} is reported as {@code startYear + k / stepsPerYear},
 * the start of the step in which the qualifying run of steps began. Confidence intervals: Wilson
 * score for probabilities and the survival curve (Rothman's effective sample size after early
 * censoring), distribution-free order statistics for quantiles (Brookmeyer–Crowley after early
 * censoring), normal with the Kaplan–Meier variance for the restricted mean. Immutable.
 */
public final class TimeToSelfReliance {

    private final String criterion;
    private final String name;
    private final int startYear;
    private final int stepsPerYear;
    private final long[] counts;
    private final long[] censoredAt;
    private final long censored;
    private final long paths;
    private final KaplanMeier km;

    /**
     * Counts with censoring only at the horizon.
     *
     * @param criterion    criterion id
     * @param name         readable criterion name
     * @param startYear    calendar year of the first step
     * @param stepsPerYear steps per year
     * @param counts       paths first self-reliant at each step
     * @param censored     paths not self-reliant within the horizon
     */
    public TimeToSelfReliance(String criterion, String name, int startYear, int stepsPerYear, long[] counts,
            long censored) {
        this(criterion, name, startYear, stepsPerYear, counts, horizonOnly(counts.length, censored));
    }

    /**
     * Counts with censoring at any step.
     *
     * @param criterion    criterion id
     * @param name         readable criterion name
     * @param startYear    calendar year of the first step
     * @param stepsPerYear steps per year
     * @param counts       paths first self-reliant at each step
     * @param censoredAt   paths censored at each step: observed through that step without
     *                     becoming self-reliant (the last entry: censored at the horizon)
     */
    public TimeToSelfReliance(String criterion, String name, int startYear, int stepsPerYear, long[] counts,
            long[] censoredAt) {
        if (counts.length == 0 || censoredAt.length != counts.length) {
            throw new IllegalArgumentException("counts and censoredAt: must have one entry per step (" + counts.length
                    + " and " + censoredAt.length + ")");
        }
        this.criterion = criterion;
        this.name = name;
        this.startYear = startYear;
        this.stepsPerYear = Checks.requireAtLeast(stepsPerYear, 1, "stepsPerYear");
        this.counts = counts.clone();
        this.censoredAt = censoredAt.clone();
        this.censored = Arrays.stream(censoredAt).sum();
        this.paths = Arrays.stream(counts).sum() + censored;
        double[] steps = new double[counts.length];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = k;
        }
        this.km = KaplanMeier.ofGroups(steps, this.counts, this.censoredAt);
    }

    private static long[] horizonOnly(int steps, long censored) {
        long[] at = new long[steps];
        if (steps > 0) {
            at[steps - 1] = censored;
        }
        return at;
    }

    /**
     * The criterion's id.
     *
     * @return the criterion's id
     */
    public String criterion() {
        return criterion;
    }

    /**
     * The criterion's readable name.
     *
     * @return the criterion's readable name
     */
    public String name() {
        return name;
    }

    /**
     * Number of paths.
     *
     * @return number of paths
     */
    public long paths() {
        return paths;
    }

    /**
     * Paths first self-reliant at step {@code k}.
     *
     * @param k step index, in {@code [0, steps())}
     * @return paths first self-reliant at step {@code k}
     */
    public long countAtStep(int k) {
        return counts[k];
    }

    /**
     * Paths censored at step {@code k} (at the last step: not self-reliant within the horizon).
     *
     * @param k step index, in {@code [0, steps())}
     * @return paths censored at step {@code k}
     */
    public long censoredAtStep(int k) {
        return censoredAt[k];
    }

    /**
     * Number of steps in the horizon.
     *
     * @return number of steps in the horizon
     */
    public int steps() {
        return counts.length;
    }

    /**
     * Paths never observed to become self-reliant (censored at the horizon, or earlier).
     *
     * @return paths never observed to become self-reliant
     */
    public long censoredCount() {
        return censored;
    }

    /**
     * True when some path was censored before the last step (stopped early).
     *
     * @return true when some path was censored before the last step
     */
    public boolean censoredEarly() {
        return !km.censoredOnlyAtEnd();
    }

    /**
     * Fraction of paths censored.
     *
     * @return fraction of paths censored
     */
    public double censoredFraction() {
        return paths == 0 ? Double.NaN : (double) censored / paths;
    }

    /**
     * Calendar time at which step {@code k} starts.
     *
     * @param k step index, in {@code [0, steps())}
     * @return calendar time at which step {@code k} starts
     */
    public double yearOfStep(int k) {
        return startYear + (double) k / stepsPerYear;
    }

    /**
     * Years from the start to the end of the horizon.
     *
     * @return years from the start to the end of the horizon
     */
    public double horizonYears() {
        return (double) counts.length / stepsPerYear;
    }

    /** The last step starting before {@code year + 1}, or -1. */
    private int lastStepOfYear(int year) {
        int last = -1;
        for (int k = 0; k < counts.length && yearOfStep(k) < year + 1; k++) {
            last = k;
        }
        return last;
    }

    /**
     * Probability of being self-reliant by the end of calendar year {@code year}, that is, that the
     * qualifying run began in a step starting before {@code year + 1}: the fraction of such paths
     * (the Kaplan–Meier {@code 1 − S} after early censoring).
     *
     * @param year calendar year
     * @return probability of being self-reliant by the end of calendar year {@code year}, that is, that the
     *         qualifying run began in a step starting before {@code year + 1}: the fraction of such paths
     */
    public double probabilityBy(int year) {
        if (paths == 0) {
            return Double.NaN;
        }
        int k = lastStepOfYear(year);
        return k < 0 ? 0.0 : km.cumulativeIncidence(k);
    }

    /**
     * {@link #probabilityBy(int)} with its Wilson confidence interval at {@code confidence}.
     *
     * @param year calendar year
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the probability with its interval
     */
    public Estimate probabilityBy(int year, double confidence) {
        int k = lastStepOfYear(year);
        if (paths == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        if (k < 0) {
            return new Estimate(0.0, 0.0, 0.0, confidence); // before the first step nobody is self-reliant
        }
        double[] s = km.interval(k, confidence);
        return new Estimate(km.cumulativeIncidence(k), 1 - s[1], 1 - s[0], confidence);
    }

    /**
     * The {@code p}-quantile of the time to self-reliance, in calendar years (type-1: the smallest
     * step whose cumulative fraction reaches {@code p}); empty when the quantile lies in the
     * censored mass, i.e. not reached within the horizon.
     *
     * @param p quantile level, in (0, 1]
     * @return the {@code p}-quantile of the time to self-reliance, in calendar years (type-1: the smallest
     *         step whose cumulative fraction reaches {@code p}); empty when the quantile lies in the
     *         censored mass, i.e
     */
    public OptionalDouble quantile(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p: must be in (0, 1], was " + p);
        }
        if (paths == 0) {
            return OptionalDouble.empty();
        }
        int k = km.quantileIndex(p);
        return k < 0 ? OptionalDouble.empty() : OptionalDouble.of(yearOfStep(k));
    }

    /**
     * The {@code p}-quantile with its distribution-free confidence interval: the order statistics
     * of ranks given by the exact binomial distribution ({@code Binomial(paths, p)}, equal tails,
     * coverage at least {@code confidence}); Brookmeyer–Crowley on the pointwise intervals after
     * early censoring.
     *
     * @param p in (0, 1)
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the {@code p}-quantile with its distribution-free confidence interval: the order statistics of
     *         ranks given by the exact binomial distribution ({@code Binomial(paths, p)}, equal tails,
     *         coverage at least {@code confidence}); Brookmeyer–Crowley on the pointwise intervals after
     *         early censoring
     */
    public TimeQuantile quantile(double p, double confidence) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p: must be in (0, 1), was " + p);
        }
        if (paths == 0) {
            return new TimeQuantile(p, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    confidence);
        }
        int[] ci = km.quantileInterval(p, confidence);
        OptionalDouble lower = ci[0] == Integer.MIN_VALUE ? OptionalDouble.of(startYear) : at(ci[0]);
        return new TimeQuantile(p, quantile(p), lower, at(ci[1]), confidence);
    }

    private OptionalDouble at(int k) {
        return k < 0 ? OptionalDouble.empty() : OptionalDouble.of(yearOfStep(k));
    }

    /**
     * The survival curve {@code S(t)} with pointwise intervals at {@code confidence}.
     *
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the survival curve {@code S(t)} with pointwise intervals at {@code confidence}
     */
    public SurvivalCurve survivalCurve(double confidence) {
        List<SurvivalCurve.Point> points = new ArrayList<>(counts.length);
        for (int k = 0; k < counts.length; k++) {
            double[] ci = paths == 0 ? new double[] {Double.NaN, Double.NaN} : km.interval(k, confidence);
            points.add(new SurvivalCurve.Point(k, yearOfStep(k), km.atRisk(k), counts[k], censoredAt[k],
                    paths == 0 ? Double.NaN : km.survival(k), ci[0], ci[1]));
        }
        return new SurvivalCurve(confidence, "rothman-wilson", points);
    }

    /**
     * S(k): the fraction of paths not yet self-reliant at the end of step {@code k} (Kaplan–Meier).
     *
     * @param k step index, in {@code [0, steps())}
     * @return S(k): the fraction of paths not yet self-reliant at the end of step {@code k}
     */
    public double survivalAfterStep(int k) {
        return km.survival(k);
    }

    /**
     * The restricted mean time to self-reliance over the horizon, {@code E[min(T, H)]} in years
     * from the start ({@code H} = {@link #horizonYears()}; a path censored at the horizon counts
     * {@code H}), i.e. the area under the survival curve, with a normal confidence interval from
     * the Kaplan–Meier variance (without early censoring: the sample variance of
     * {@code min(T, H)} over the paths, divided by their number).
     *
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the restricted mean time to self-reliance over the horizon, {@code E[min(T, H)]} in years from
     *         the start ({@code H} = {@link #horizonYears()}; a path censored at the horizon counts {@code
     *         H}), i.e
     */
    public Estimate restrictedMean(double confidence) {
        if (paths == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        double step = 1.0 / stepsPerYear;
        double mean = km.restrictedMean(0, counts.length) * step;
        double se = Math.sqrt(km.restrictedMeanVariance(0, counts.length)) * step;
        double z = dev.autarky.internal.stats.Binomial.z(confidence);
        return new Estimate(mean, Math.max(0, mean - z * se), Math.min(horizonYears(), mean + z * se), confidence);
    }

    /** Equal when every field and count is equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeToSelfReliance t && criterion.equals(t.criterion) && name.equals(t.name)
                && startYear == t.startYear && stepsPerYear == t.stepsPerYear && Arrays.equals(counts, t.counts)
                && Arrays.equals(censoredAt, t.censoredAt);
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
}
