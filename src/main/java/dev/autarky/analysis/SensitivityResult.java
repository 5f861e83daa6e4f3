package dev.autarky.analysis;

import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What drives each outcome of a scenario: rank correlations of every input with every outcome,
 * their course over time for chosen series, tornado swings and Sobol indices; see
 * {@link SensitivityAnalysis} and docs/analysis.md. Immutable.
 *
 * @param run      the run behind the rank measures (its paths, seed, design; provenance)
 * @param byYear   the year of P(self-reliant by the end of the year) in the tornado and the Sobol indicators
 * @param inputs   the uncertain inputs, in compile order
 * @param outcomes the outcomes of the rank measures, each with its unit and how censoring enters
 * @param ranks    Spearman and PRCC of every input with every outcome of {@code outcomes}
 * @param overTime Spearman of every input with each chosen series, step by step
 * @param tornadoes one tornado per tornado outcome (empty when no tornado was asked for)
 * @param sobol    Sobol indices, if asked for
 */
public record SensitivityResult(RunInfo run, int byYear, List<String> inputs, List<Outcome> outcomes,
        RankCorrelations ranks, List<SeriesSensitivity> overTime, List<Tornado> tornadoes, Optional<Sobol> sobol) {

    /**
     * Copies the lists.
     *
     * @param run the run behind the rank measures (its paths, seed, design; provenance)
     * @param byYear the year of P(self-reliant by the end of the year) in the tornado and the Sobol
     *               indicators
     * @param inputs the uncertain inputs, in compile order
     * @param outcomes the outcomes decomposed, each with its unit and how censoring enters
     * @param ranks Spearman and PRCC of every input with every outcome of {@code outcomes}
     * @param overTime Spearman of every input with each chosen series, step by step
     * @param tornadoes one tornado per tornado outcome (empty when no tornado was asked for)
     * @param sobol Sobol indices, if asked for
     */
    public SensitivityResult {
        inputs = List.copyOf(inputs);
        outcomes = List.copyOf(outcomes);
        overTime = List.copyOf(overTime);
        tornadoes = List.copyOf(tornadoes);
    }

    /**
     * The tornado of {@code outcome} (such as {@code p50@heavy-90}).
     *
     * @param outcome name of an outcome, such as {@code p50@heavy-90}
     * @return the tornado of {@code outcome}
     */
    public Tornado tornado(String outcome) {
        return tornadoes.stream().filter(t -> t.outcome().equals(outcome)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tornado of \"" + outcome + "\"; known: "
                        + tornadoes.stream().map(Tornado::outcome).toList()));
    }

    /**
     * The course over time of the sensitivity of {@code series}.
     *
     * @param series the series' name
     * @return the course over time of the sensitivity of {@code series}
     */
    public SeriesSensitivity overTime(String series) {
        return overTime.stream().filter(s -> s.series().equals(series)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("series \"" + series + "\" was not followed"));
    }

    /**
     * An outcome of the analysis.
     *
     * @param name      e.g. {@code timeToSelfReliance.heavy-90}, {@code systemCost}
     * @param unit      its unit
     * @param censoring how paths without a value (not self-reliant within the horizon, or a cost
     *                  that is undefined) enter, in words
     */
    public record Outcome(String name, String unit, String censoring) {
    }

    /**
     * Spearman's correlation of every input with one series at every step.
     *
     * @param series   the series' name
     * @param unit     its unit
     * @param years    the calendar year each step starts
     * @param spearman {@code [input][step]}: the coefficient with its interval (NaN where the series
     *                 is the same on every path, e.g. before anything can happen)
     */
    public record SeriesSensitivity(String series, String unit, List<Double> years, List<List<Estimate>> spearman) {
        /**
         * Copies the lists.
         *
         * @param series the series' name
         * @param unit its unit
         * @param years the calendar year each step starts
         * @param spearman {@code [input][step]}: the coefficient with its interval (NaN where the series is
         *                 the same on every path, e.g. before anything can happen)
         */
        public SeriesSensitivity {
            years = List.copyOf(years);
            spearman = spearman.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Sobol indices of the scenario.
     *
     * @param grouping  how inputs were grouped into factors
     * @param factors   each factor's inputs (the last factor, the within-path processes, has none)
     * @param outcomes  the outcomes decomposed, each with its unit and how censoring enters
     * @param indices   the indices, outputs in the order of {@code outcomes}
     */
    public record Sobol(SobolGrouping grouping, Map<String, List<String>> factors, List<Outcome> outcomes,
            SobolResult indices) {
        /**
         * Copies.
         *
         * @param grouping how inputs were grouped into factors
         * @param factors each factor's inputs (the last factor, the within-path processes, has none)
         * @param outcomes the outcomes decomposed, each with its unit and how censoring enters
         * @param indices the indices, outputs in the order of {@code outcomes}
         */
        public Sobol {
            factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
            outcomes = List.copyOf(outcomes);
        }
    }
}
