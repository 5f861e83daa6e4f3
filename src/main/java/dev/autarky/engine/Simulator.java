package dev.autarky.engine;

import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.BlockRunner;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.RunAccumulator;
import dev.autarky.internal.engine.Tracing;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ExecutionException;

/**
 * Runs Monte Carlo simulations of one scenario.
 *
 * <p>Creating a simulator compiles the scenario once into a flat primitive form; runs then
 * simulate paths in fixed-size blocks on a {@link ForkJoinPool}. Every random draw of path
 * {@code i} comes from streams keyed by {@code (seed, i, channel)}, and partial results merge
 * exactly, so the same {@link RunSettings} (paths, seed, block size) give bit-identical results on
 * any number of threads. Thread-safe; one simulator may serve concurrent runs.
 *
 * <pre>{@code
 * Scenario japan = Scenarios.japanRareEarths();
 * SimulationResult r = Simulator.of(japan).run(RunSettings.defaults().withPaths(50_000));
 * System.out.println(r.timeToSelfReliance().quantile(0.5));
 * }</pre>
 */
public final class Simulator {

    private final CompiledScenario compiled;

    private Simulator(CompiledScenario compiled) {
        this.compiled = compiled;
    }

    /** A simulator for {@code scenario} (compiled now). */
    public static Simulator of(Scenario scenario) {
        return new Simulator(CompiledScenario.of(scenario));
    }

    /** The scenario simulated. */
    public Scenario scenario() {
        return compiled.scenario;
    }

    /** Stable names of the uncertain inputs drawn once per path, in compile order. */
    public List<String> inputNames() {
        return compiled.inputs.stream().map(in -> in.name()).toList();
    }

    /** Runs to completion on the calling thread's behalf and returns the result. */
    public SimulationResult run(RunSettings settings) {
        return start(settings, ProgressListener.NONE).result();
    }

    /** Runs with progress reports and returns the result. */
    public SimulationResult run(RunSettings settings, ProgressListener listener) {
        return start(settings, listener).result();
    }

    /** Starts a run in the background; see {@link Simulation} for progress, cancellation and the result. */
    public Simulation start(RunSettings settings, ProgressListener listener) {
        Rounds.check(compiled, settings);
        requireMemory(settings);
        Simulation simulation = new Simulation(settings.paths());
        Thread coordinator = new Thread(() -> execute(settings, listener, simulation), "autarky-run");
        coordinator.setDaemon(true);
        coordinator.start();
        return simulation;
    }

    private void execute(RunSettings settings, ProgressListener listener, Simulation simulation) {
        BlockRunner runner = new BlockRunner(compiled, settings.seed(), settings.paths(), settings.blockSize(),
                kindOf(settings.sampling()));
        int workers = (int) Math.min(settings.threads(), runner.blocks());
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            // one round, or rounds until the stop rule is satisfied (see Rounds)
            SimulationResult result = Rounds.run(compiled, settings, runner, pool, workers, simulation,
                    n -> listener.onProgress(simulation.pathsDone.addAndGet(n), settings.paths()), listener);
            if (result == null) {
                simulation.future.completeExceptionally(new SimulationCancelledException(simulation.pathsDone()));
            } else {
                simulation.future.complete(result);
            }
        } catch (ExecutionException e) {
            simulation.future.completeExceptionally(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            simulation.future.completeExceptionally(new SimulationCancelledException(simulation.pathsDone()));
        } catch (RuntimeException | Error e) {
            simulation.future.completeExceptionally(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The bytes a run with these settings needs beyond what the simulator already holds: one set
     * of accumulators and one kernel per worker (the workers' accumulators are merged into the
     * first). An upper estimate; see {@code RunAccumulator.estimateBytes}.
     */
    public long estimateMemory(RunSettings settings) {
        long workers = Math.min(settings.threads(), settings.blocks());
        long kernel = 64L * compiled.steps() * Double.BYTES * (1 + compiled.scenario.materials().size()
                * (1 + compiled.scenario.suppliers().size()));
        return workers * (RunAccumulator.estimateBytes(compiled) + kernel);
    }

    private void requireMemory(RunSettings settings) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long needed = estimateMemory(settings);
        if (needed > available * 0.8) {
            long workers = Math.min(settings.threads(), settings.blocks());
            throw new InsufficientMemoryException(needed, available, workers + " workers each keep per-step "
                    + "histograms of " + compiled.series.size() + " series over " + compiled.steps()
                    + " steps; use fewer threads, a larger heap (-Xmx) or a coarser time grid");
        }
    }

    /**
     * Replays path {@code path} of a plain Monte Carlo run with {@code seed} alone and returns its
     * full per-step state; identical to that path inside the run (the block size does not matter).
     */
    public PathTrace trace(long seed, long path) {
        return toPublic(seed, path, Tracing.trace(compiled, seed, path));
    }

    /**
     * Replays path {@code path} of the run with {@code settings} alone — under its sampling design,
     * which may depend on the seed, the block size and the number of paths — and returns its full
     * per-step state; identical to that path inside the run. The thread count does not matter.
     *
     * @throws IllegalArgumentException if {@code path} is not in {@code [0, settings.paths())}
     */
    public PathTrace trace(RunSettings settings, long path) {
        if (path < 0 || path >= settings.paths()) {
            throw new IllegalArgumentException("path must be in [0, " + settings.paths() + "), was " + path);
        }
        InputDesign design = compiled.design(kindOf(settings.sampling()), settings.paths(), settings.blockSize());
        return toPublic(settings.seed(), path, Tracing.trace(compiled, settings.seed(), path, design));
    }

    private static PathTrace toPublic(long seed, long path, Tracing.Trace t) {
        return new PathTrace(seed, path, t.stepYears(), t.inputs(), t.operatingFrom(), t.regimeStates(), t.values(),
                t.timeToSelfReliance(), t.costs());
    }

    private static InputDesign.Kind kindOf(SamplingDesign sampling) {
        return InputDesign.Kind.valueOf(sampling.name());
    }
}
