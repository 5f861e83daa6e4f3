/**
 * Running a scenario: {@link dev.autarky.engine.Simulator} compiles a scenario once and runs Monte
 * Carlo paths in fixed blocks; {@link dev.autarky.engine.RunSettings} says how many paths, with
 * which seed, on how many threads, under which {@link dev.autarky.engine.SamplingDesign} and
 * {@link dev.autarky.engine.StopRule}; {@link dev.autarky.engine.Simulation} is a run in progress
 * that can be watched, cancelled and checkpointed.
 *
 * <p>The engine's promises: every draw of path {@code i} comes from streams keyed by
 * {@code (seed, i, channel)}, so a path can be replayed alone ({@link dev.autarky.engine.PathTrace})
 * and the same settings give bit-identical results on any number of threads; a NaN or infinity in
 * a path's state stops the run with a {@link dev.autarky.engine.NumericalException} naming path,
 * step and quantity; a run that would not fit in memory is refused up front
 * ({@link dev.autarky.engine.InsufficientMemoryException}).
 *
 * <pre>{@code
 * SimulationResult r = Simulator.of(Scenarios.japanRareEarths())
 *         .run(RunSettings.defaults().withPaths(100_000).withSeed(42));
 * }</pre>
 */
package dev.autarky.engine;
