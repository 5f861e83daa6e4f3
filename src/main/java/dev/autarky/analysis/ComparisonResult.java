package dev.autarky.analysis;

import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import java.util.List;

/**
 * Two or more scenarios compared path by path with common random numbers; see
 * {@link PolicyComparison} and docs/analysis.md. Differences are always
 * {@code alternative − baseline}, except years saved ({@code baseline − alternative}: positive
 * when the alternative gets there sooner). Immutable.
 *
 * @param run             the run every scenario shared (its scenario field is the baseline's name)
 * @param confidence      confidence of every interval
 * @param independentRuns whether each alternative was also run with {@code independentSeed}
 * @param independentSeed the seed of the independent runs ({@code seed + 1})
 * @param baseline        the baseline scenario's name
 * @param criteria        the criteria compared, by id
 * @param alternatives    one entry per alternative, in the order given
 */
public record ComparisonResult(RunInfo run, double confidence, boolean independentRuns, long independentSeed, String baseline,
        List<String> criteria, List<Alternative> alternatives) {

    /**
     * Copies the lists.
     *
     * @param run the run every scenario shared (its scenario field is the baseline's name)
     * @param confidence confidence of every interval
     * @param independentRuns whether each alternative was also run with {@code independentSeed}
     * @param independentSeed the seed of the independent runs ({@code seed + 1})
     * @param baseline the baseline's mean, Student's t interval
     * @param criteria one entry per criterion
     * @param alternatives one entry per alternative, in the order given
     */
    public ComparisonResult {
        criteria = List.copyOf(criteria);
        alternatives = List.copyOf(alternatives);
    }

    /**
     * The alternative named {@code scenario}.
     *
     * @param scenario the alternative's name
     * @return the alternative named {@code scenario}
     */
    public Alternative alternative(String scenario) {
        return alternatives.stream().filter(a -> a.scenario().equals(scenario)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alternative \"" + scenario + "\""));
    }

    /**
     * A difference estimated from the paired paths, and the same difference from independent runs.
     *
     * @param paired         the difference with its interval from the per-path differences (common random numbers)
     * @param independent    the same difference from the baseline and an independent run of the
     *                       alternative (another seed), with its interval; null without independent runs
     * @param varianceRatio  how many times larger the variance of the difference is with independent
     *                       runs than with common random numbers, {@code (s²_baseline + s²_independent) / s²_paired}
     *                       (sample variances over paths): the factor of paths common random numbers save;
     *                       {@code +∞} when every path's difference is the same, NaN without independent runs
     *                       or when nothing varies at all
     */
    public record PairedEstimate(Estimate paired, Estimate independent, double varianceRatio) {
    }

    /**
     * A quantity in one calendar year under both scenarios, and their difference.
     *
     * @param year        calendar year
     * @param baseline    under the baseline, with its interval
     * @param alternative under the alternative
     * @param difference  alternative − baseline
     */
    public record YearDifference(int year, Estimate baseline, Estimate alternative, PairedEstimate difference) {
    }

    /**
     * One alternative against the baseline.
     *
     * @param scenario the alternative's name
     * @param title    its title
     * @param criteria one entry per criterion
     * @param costs    one entry per cost (the levelized domestic cost is left out: it is not defined on every path)
     * @param series   one entry per series compared
     */
    public record Alternative(String scenario, String title, List<CriterionDifference> criteria,
            List<CostDifference> costs, List<SeriesDifference> series) {

        /**
         * Copies the lists.
         *
         * @param scenario the alternative's name
         * @param title its title
         * @param criteria one entry per criterion
         * @param costs one entry per cost (the levelized domestic cost is left out: it is not defined on
         *              every path)
         * @param series the series' name
         */
        public Alternative {
            criteria = List.copyOf(criteria);
            costs = List.copyOf(costs);
            series = List.copyOf(series);
        }

        /**
         * The comparison under criterion {@code id}.
         *
         * @param id criterion id
         * @return the comparison under criterion {@code id}
         */
        public CriterionDifference criterion(String id) {
            return criteria.stream().filter(c -> c.criterion().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no criterion \"" + id + "\""));
        }

        /**
         * The comparison of cost {@code name}.
         *
         * @param name its readable name
         * @return the comparison of cost {@code name}
         */
        public CostDifference cost(String name) {
            return costs.stream().filter(c -> c.cost().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no cost \"" + name + "\""));
        }

        /**
         * The comparison of series {@code name}.
         *
         * @param name its readable name
         * @return the comparison of series {@code name}
         */
        public SeriesDifference series(String name) {
            return series.stream().filter(c -> c.series().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("series \"" + name + "\" was not compared"));
        }
    }

    /**
     * The time to self-reliance under one criterion, compared. Censoring is explicit: a path not
     * self-reliant within the horizon is never dropped and never given a time.
     *
     * @param criterion         criterion id
     * @param name              its readable name
     * @param probabilityBy     per calendar year of the horizon, P(self-reliant by its end): the
     *                          difference of the two survival curves, year by year
     * @param yearsSaved        {@code E[min(T_baseline, H)] − E[min(T_alternative, H)]} in years: the
     *                          restricted mean time gained within the horizon {@code H} (a path not
     *                          self-reliant counts {@code H}; so it is a lower bound of the gain
     *                          where the alternative gets there and the baseline does not)
     * @param alternativeFirst  P(the alternative is self-reliant in an earlier step than the
     *                          baseline, or within the horizon when the baseline is not)
     * @param baselineFirst     P(the baseline first), likewise
     * @param sameStep          P(both become self-reliant in the same step)
     * @param neither           P(neither is self-reliant within the horizon)
     * @param costPerYearSaved  the mean cost added (of the settings' ratio cost) divided by the mean years saved, with Fieller's
     *                          interval (unbounded when the years saved could be 0)
     */
    public record CriterionDifference(String criterion, String name, List<YearDifference> probabilityBy,
            PairedEstimate yearsSaved, Estimate alternativeFirst, Estimate baselineFirst, Estimate sameStep,
            Estimate neither, Estimate costPerYearSaved) {

        /**
         * Copies the list.
         *
         * @param criterion criterion id
         * @param name its readable name
         * @param probabilityBy per calendar year of the horizon, P(self-reliant by its end): the difference
         *                      of the two survival curves, year by year
         * @param yearsSaved {@code E[min(T_baseline, H)] − E[min(T_alternative, H)]} in years: the
         *                   restricted mean time gained within the horizon {@code H} (a path not
         *                   self-reliant counts {@code H}; so it is a lower bound of the gain where the
         *                   alternative gets there and the baseline does not)
         * @param alternativeFirst P(the alternative is self-reliant in an earlier step than the baseline, or
         *                         within the horizon when the baseline is not)
         * @param baselineFirst P(the baseline first), likewise
         * @param sameStep P(both become self-reliant in the same step)
         * @param neither P(neither is self-reliant within the horizon)
         * @param costPerYearSaved the mean cost added (of the settings' ratio cost) divided by the mean
         *                         years saved, with Fieller's interval (unbounded when the years saved could
         *                         be 0)
         */
        public CriterionDifference {
            probabilityBy = List.copyOf(probabilityBy);
        }

        /**
         * The difference in P(self-reliant by the end of {@code year}).
         *
         * @param year calendar year
         * @return the difference in P
         */
        public YearDifference probabilityBy(int year) {
            return probabilityBy.stream().filter(y -> y.year() == year).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("year " + year + " is outside the horizon"));
        }
    }

    /**
     * A cost compared: its means and the mean of the per-path difference.
     *
     * @param cost        cost name
     * @param unit        its unit
     * @param baseline    the baseline's mean, Student's t interval
     * @param alternative the alternative's mean
     * @param added       alternative − baseline
     */
    public record CostDifference(String cost, String unit, Estimate baseline, Estimate alternative,
            PairedEstimate added) {
    }

    /**
     * A series compared year by year: each path's mean over the steps of the year.
     *
     * @param series the series' name
     * @param unit   its unit
     * @param years  per calendar year: the means under both scenarios and their difference
     */
    public record SeriesDifference(String series, String unit, List<YearDifference> years) {

        /**
         * Copies the list.
         *
         * @param series the series' name
         * @param unit its unit
         * @param years per calendar year: the means under both scenarios and their difference
         */
        public SeriesDifference {
            years = List.copyOf(years);
        }

        /**
         * The comparison in {@code year}.
         *
         * @param year calendar year
         * @return the comparison in {@code year}
         */
        public YearDifference year(int year) {
            return years.stream().filter(y -> y.year() == year).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("year " + year + " is outside the horizon"));
        }
    }
}
