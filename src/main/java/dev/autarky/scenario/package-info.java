/**
 * The model of a question, as immutable values: a {@link dev.autarky.scenario.Scenario} holds the
 * time grid, the materials, their demand, the external suppliers and the untrusted supplier's
 * regime dynamics, the domestic chain (projects through stages), recycling, the stockpile, the
 * economics and the criteria of self-reliance. Uncertain parameters are
 * {@link dev.autarky.uncertain.Uncertain} values; correlations between them are declared with
 * {@link dev.autarky.scenario.Correlation}.
 *
 * <p>Units are in the names or the javadoc: tonnes of oxide per year for flows, years for times,
 * fractions in [0, 1] for shares and probabilities, the scenario's currency for money. Every
 * constructor validates its own fields; {@link dev.autarky.scenario.Scenario} checks the
 * cross-references, and every problem found is reported at once in a
 * {@link dev.autarky.scenario.ScenarioException}, each {@link dev.autarky.scenario.Problem} with
 * its JSON path. All types are immutable and thread-safe.
 */
package dev.autarky.scenario;
