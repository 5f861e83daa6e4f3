/**
 * The questions after "how long": which policy buys the most years and what drives the timeline.
 *
 * <p>{@link dev.autarky.analysis.PolicyComparison} compares scenarios that differ in policy levers
 * ({@link dev.autarky.analysis.Levers}) path by path with common random numbers: years saved,
 * cost added and cost per year saved, each with a confidence interval, and the variance reduction
 * against independent runs; {@link dev.autarky.analysis.PolicySweep} runs one lever over a grid
 * and gives the frontier of cost against P(self-reliant by a year).
 * {@link dev.autarky.analysis.SensitivityAnalysis} gives rank correlations (Spearman, PRCC), a
 * tornado and Sobol indices of every outcome; {@link dev.autarky.analysis.SobolIndices} and
 * {@link dev.autarky.analysis.RankCorrelations} also work on any function of a unit-hypercube point.
 * Methods and how censored paths enter each measure: {@code docs/analysis.md}. Results are
 * immutable; everything is keyed by the run's seed and independent of the thread count.
 */
package dev.autarky.analysis;
