package dev.autarky.result;

import java.util.List;
import java.util.Map;

/**
 * What a run found: the time to self-reliance under each criterion (the first is the headline),
 * the cost outcomes and the per-step series bands, with how they were produced. Immutable.
 *
 * <pre>{@code
 * TimeToSelfReliance t = result.timeToSelfReliance();          // the headline criterion
 * double pBy2035 = t.probabilityBy(2035);                     // censored paths count as not yet
 * OptionalDouble medianYear = t.quantile(0.5);                // empty: not reached within the horizon
 * double costP90 = result.cost("systemCost").quantile(0.9);   // scenario currency, present value
 * }</pre>
 *
 * @param run                 run settings and provenance
 * @param title               the scenario's title
 * @param timesToSelfReliance one per criterion, in the scenario's order
 * @param costs               cost outcomes by name, in a fixed order
 * @param series              per-step bands by series name
 * @param inputNames          the uncertain inputs drawn per path, by stable name
 * @param designErrors        means and P(self-reliant by year) with standard errors that hold under
 *                            the run's sampling design (see {@link DesignErrors})
 * @param convergence         how the number of paths was decided and the precision reached
 * @param captured            every path's outcome when the run captured them, else null
 */
public record SimulationResult(RunInfo run, String title, List<TimeToSelfReliance> timesToSelfReliance,
        Map<String, OutcomeSummary> costs, Map<String, SeriesBands> series, List<String> inputNames,
        DesignErrors designErrors, Convergence convergence, PathOutcomes captured) {

    /**
     * Copies the collections (maps keep their order).
     *
     * @param run run settings and provenance
     * @param title the scenario's title
     * @param timesToSelfReliance one per criterion, in the scenario's order
     * @param costs cost outcomes by name, in a fixed order
     * @param series per-step bands by series name
     * @param inputNames the uncertain inputs drawn per path, by stable name
     * @param designErrors means and P(self-reliant by year) with standard errors that hold under the run's
     *                     sampling design (see {@link DesignErrors})
     * @param convergence how the number of paths was decided and the precision reached
     * @param captured every path's outcome when the run captured them, else null
     */
    public SimulationResult {
        timesToSelfReliance = List.copyOf(timesToSelfReliance);
        costs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(costs));
        series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
        inputNames = List.copyOf(inputNames);
        designErrors = designErrors == null ? DesignErrors.none(run.sampling()) : designErrors;
        convergence = convergence == null ? Convergence.fixed(run.paths()) : convergence;
    }

    /**
     * Whether {@code other} holds the same numbers: equal in every field except the thread count
     * recorded in {@link #run()}. The engine promises this for the same scenario, seed, paths,
     * block size and sampling design on any number of threads (or Spark partitions).
     *
     * @param other another result
     * @return whether the two are equal but for the thread count they ran on
     */
    public boolean sameNumbers(SimulationResult other) {
        RunInfo o = other.run;
        RunInfo asOther = new RunInfo(run.scenario(), run.seed(), run.paths(), o.threads(), run.blockSize(),
                run.sampling(), run.generator(), run.version(), run.startYear(), run.stepsPerYear(), run.horizonYears(),
                run.currency());
        return new SimulationResult(asOther, title, timesToSelfReliance, costs, series, inputNames, designErrors,
                convergence, captured).equals(other);
    }

    /**
     * A result of a fixed number of paths, without design-based errors or per-path capture.
     *
     * @param run run settings and provenance
     * @param title the scenario's title
     * @param timesToSelfReliance one per criterion, in the scenario's order
     * @param costs cost outcomes by name, in a fixed order
     * @param series per-step bands by series name
     * @param inputNames the uncertain inputs drawn per path, by stable name
     */
    public SimulationResult(RunInfo run, String title, List<TimeToSelfReliance> timesToSelfReliance,
            Map<String, OutcomeSummary> costs, Map<String, SeriesBands> series, List<String> inputNames) {
        this(run, title, timesToSelfReliance, costs, series, inputNames, null, null, null);
    }

    /**
     * A result of a fixed number of paths, without per-path capture.
     *
     * @param run run settings and provenance
     * @param title the scenario's title
     * @param timesToSelfReliance one per criterion, in the scenario's order
     * @param costs cost outcomes by name, in a fixed order
     * @param series per-step bands by series name
     * @param inputNames the uncertain inputs drawn per path, by stable name
     * @param designErrors means and P(self-reliant by year) with standard errors that hold under the run's
     *                     sampling design (see {@link DesignErrors})
     */
    public SimulationResult(RunInfo run, String title, List<TimeToSelfReliance> timesToSelfReliance,
            Map<String, OutcomeSummary> costs, Map<String, SeriesBands> series, List<String> inputNames,
            DesignErrors designErrors) {
        this(run, title, timesToSelfReliance, costs, series, inputNames, designErrors, null, null);
    }

    /**
     * Every path's outcome, if the run captured them ({@code RunSettings.withCapture}).
     *
     * @return every path's outcome, if the run captured them
     */
    public java.util.Optional<PathOutcomes> pathOutcomes() {
        return java.util.Optional.ofNullable(captured);
    }

    /**
     * The headline criterion's time to self-reliance (the scenario's first criterion).
     *
     * @return the headline criterion's time to self-reliance
     */
    public TimeToSelfReliance timeToSelfReliance() {
        return timesToSelfReliance.get(0);
    }

    /**
     * The time to self-reliance under the criterion with this id.
     *
     * @param criterion id of a self-reliance criterion
     * @return the time to self-reliance under the criterion with this id
     */
    public TimeToSelfReliance timeToSelfReliance(String criterion) {
        return timesToSelfReliance.stream().filter(t -> t.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion \"" + criterion + "\""));
    }

    /**
     * The cost outcome with this name.
     *
     * @param name name of a cost outcome, such as {@code systemCost}
     * @return the cost outcome with this name
     */
    public OutcomeSummary cost(String name) {
        OutcomeSummary s = costs.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no cost \"" + name + "\"; known: " + costs.keySet());
        }
        return s;
    }

    /**
     * The series with this name.
     *
     * @param name per-step bands by series name
     * @return the series with this name
     */
    public SeriesBands series(String name) {
        SeriesBands s = series.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no series \"" + name + "\"; known: " + series.keySet());
        }
        return s;
    }
}
