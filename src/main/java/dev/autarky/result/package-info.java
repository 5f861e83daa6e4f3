/**
 * What a run found, as immutable values with their own precision:
 * {@link dev.autarky.result.SimulationResult} holds the time to self-reliance under each criterion
 * ({@link dev.autarky.result.TimeToSelfReliance}: a survival curve, P(self-reliant by a year) and
 * quantiles with confidence intervals, the paths never self-reliant within the horizon counted as
 * censored, never dropped), the cost outcomes ({@link dev.autarky.result.OutcomeSummary}: mean,
 * quantiles, expected shortfall, each with a confidence interval; money in the scenario's
 * currency, present value at the start year) and per-step fan bands of every series
 * ({@link dev.autarky.result.SeriesBands}).
 *
 * <p>Times are calendar years, on the clock of {@code docs/model.md} (step {@code k} covers
 * {@code [startYear + k/stepsPerYear, startYear + (k+1)/stepsPerYear)}); shares and probabilities
 * are fractions in [0, 1]. All types are immutable and thread-safe.
 */
package dev.autarky.result;
