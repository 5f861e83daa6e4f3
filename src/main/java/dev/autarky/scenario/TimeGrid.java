package dev.autarky.scenario;

import dev.autarky.internal.Problems;

/**
 * The simulation clock: {@code horizonYears × stepsPerYear} steps of {@code 1 / stepsPerYear}
 * years, the first starting on 1 January of {@code startYear}.
 *
 * <p>Step {@code k} covers calendar time {@code [startYear + k/s, startYear + (k+1)/s)} with
 * {@code s = stepsPerYear}; rates are tonnes per year and a step moves {@code rate / s} tonnes.
 *
 * @param startYear    calendar year in which the first step starts (1900–2300)
 * @param horizonYears number of years simulated (1–200)
 * @param stepsPerYear 1, 2, 4 or 12
 */
public record TimeGrid(int startYear, int horizonYears, int stepsPerYear) {

    /** Longest horizon a scenario may have, in years. */
    public static final int MAX_HORIZON_YEARS = 200;

    /** Largest number of steps a scenario may have: {@link #MAX_HORIZON_YEARS} monthly steps. */
    public static final int MAX_STEPS = MAX_HORIZON_YEARS * 12;

    /**
     * Validates the ranges above.
     *
     * @param startYear calendar year in which the first step starts (1900–2300)
     * @param horizonYears number of years simulated (1–200)
     * @param stepsPerYear 1, 2, 4 or 12
     */
    public TimeGrid {
        Problems p = new Problems();
        p.require(startYear >= 1900 && startYear <= 2300, "startYear", "must be in [1900, 2300], was " + startYear);
        p.require(horizonYears >= 1 && horizonYears <= MAX_HORIZON_YEARS, "horizonYears",
                "must be in [1, " + MAX_HORIZON_YEARS + "], was " + horizonYears);
        p.require(stepsPerYear == 1 || stepsPerYear == 2 || stepsPerYear == 4 || stepsPerYear == 12,
                "stepsPerYear", "must be one of 1, 2, 4, 12, was " + stepsPerYear);
        // with at most 12 steps a year, the horizon limit keeps steps() <= MAX_STEPS
        p.throwIfAny();
    }

    /**
     * Number of steps, {@code horizonYears × stepsPerYear}.
     *
     * @return number of steps, {@code horizonYears × stepsPerYear}
     */
    public int steps() {
        return horizonYears * stepsPerYear;
    }

    /**
     * Length of one step in years.
     *
     * @return length of one step in years
     */
    public double stepYears() {
        return 1.0 / stepsPerYear;
    }

    /**
     * Calendar time (fractional year) at which step {@code k} starts.
     *
     * @param k step index, from 0
     * @return calendar time (fractional year) at which step {@code k} starts
     */
    public double yearAt(int k) {
        return startYear + (double) k / stepsPerYear;
    }

    /**
     * Calendar year after the last step ends.
     *
     * @return calendar year after the last step ends
     */
    public int endYear() {
        return startYear + horizonYears;
    }
}
