package dev.autarky.engine;

import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.BlockRunner;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.ResultAssembler;
import dev.autarky.internal.engine.RunAccumulator;
import dev.autarky.internal.engine.Tracing;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;

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

    /** Logs each run's start and end at {@code DEBUG}; the application chooses the binding. */
    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());

    private final CompiledScenario compiled;
    private final String fingerprint;

    private Simulator(CompiledScenario compiled) {
        this.compiled = compiled;
        this.fingerprint = sha256(compiled.scenario.toString());
    }

    /**
     * A simulator for {@code scenario} (compiled now).
     *
     * @param scenario the scenario
     * @return a simulator for {@code scenario}
     */
    public static Simulator of(Scenario scenario) {
        return new Simulator(CompiledScenario.of(scenario));
    }

    /**
     * The scenario simulated.
     *
     * @return the scenario simulated
     */
    public Scenario scenario() {
        return compiled.scenario;
    }

    /**
     * Stable names of the uncertain inputs drawn once per path, in compile order.
     *
     * @return stable names of the uncertain inputs drawn once per path, in compile order
     */
    public List<String> inputNames() {
        return compiled.inputs.stream().map(in -> in.name()).toList();
    }

    /**
     * Runs to completion on the calling thread's behalf and returns the result.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @return the result
     */
    public SimulationResult run(RunSettings settings) {
        return start(settings, ProgressListener.NONE).result();
    }

    /**
     * Runs with progress reports and returns the result.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param listener receives progress reports (may be called from worker threads)
     * @return the result
     */
    public SimulationResult run(RunSettings settings, ProgressListener listener) {
        return start(settings, listener).result();
    }

    /**
     * Starts a run in the background; see {@link Simulation} for progress, cancellation and the result.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param listener receives progress reports (may be called from worker threads)
     * @return the running simulation
     */
    public Simulation start(RunSettings settings, ProgressListener listener) {
        return start(settings, listener, null);
    }

    /**
     * Starts a run in the background that saves its progress as it goes (see {@link Checkpointing});
     * {@code checkpointing} may be null for none. Per-path capture cannot be checkpointed.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param listener receives progress reports (may be called from worker threads)
     * @param checkpointing where and how often to save progress
     * @return the running simulation
     */
    public Simulation start(RunSettings settings, ProgressListener listener, Checkpointing checkpointing) {
        prepare(settings, checkpointing);
        BlockRunner runner = runner(settings);
        return launch(settings, listener, Rounds.start(runIdentity(settings), settings, runner.blocks()), checkpointing);
    }

    /**
     * Continues a run from its last checkpoint: the settings must be those of the checkpointed run
     * (the thread count may differ). The result is the same, bit for bit, as the run uninterrupted.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param listener receives progress reports (may be called from worker threads)
     * @param checkpointing where and how often to save progress
     * @return the running simulation
     * @throws IOException              if the checkpoint cannot be read
     * @throws IllegalArgumentException if it belongs to another run or stop rule
     */
    public Simulation resume(RunSettings settings, ProgressListener listener, Checkpointing checkpointing)
            throws IOException {
        prepare(settings, checkpointing);
        Rounds.State state = Rounds.load(checkpointing, runIdentity(settings), settings);
        return launch(settings, listener, state, checkpointing);
    }

    private void prepare(RunSettings settings, Checkpointing checkpointing) {
        Rounds.check(compiled, settings);
        if (checkpointing != null && settings.capture() != PathCapture.NONE) {
            throw new IllegalArgumentException("per-path capture cannot be checkpointed: run without one of them");
        }
        requireMemory(settings);
    }

    private BlockRunner runner(RunSettings settings) {
        return new BlockRunner(compiled, settings.seed(), settings.paths(), settings.blockSize(),
                kindOf(settings.sampling()));
    }

    private Simulation launch(RunSettings settings, ProgressListener listener, Rounds.State state,
            Checkpointing checkpointing) {
        Simulation simulation = new Simulation(settings.paths());
        if (state.total != null) {
            simulation.pathsDone.set(state.total.paths());
        }
        Thread coordinator = new Thread(() -> execute(settings, listener, simulation, state, checkpointing),
                "autarky-run");
        coordinator.setDaemon(true);
        coordinator.start();
        return simulation;
    }

    private void execute(RunSettings settings, ProgressListener listener, Simulation simulation, Rounds.State state,
            Checkpointing checkpointing) {
        BlockRunner runner = runner(settings);
        int workers = (int) Math.min(settings.threads(), runner.blocks());
        ForkJoinPool pool = new ForkJoinPool(workers);
        long started = System.nanoTime();
        LOG.log(System.Logger.Level.DEBUG, () -> "run started: " + runIdentity(settings) + ", " + workers + " workers");
        try {
            LongConsumer progress = n -> listener.onProgress(simulation.pathsDone.addAndGet(n), settings.paths());
            // one round, or rounds until the stop rule is satisfied (see Rounds)
            SimulationResult result = Rounds.run(compiled, settings, runner.blocks(),
                    (from, to, capture) -> runner.run(pool, workers, from, to, simulation.cancelled, progress, capture),
                    state, checkpointing, listener);
            if (result == null) {
                simulation.future.completeExceptionally(new SimulationCancelledException(simulation.pathsDone()));
            } else {
                LOG.log(System.Logger.Level.DEBUG, () -> "run finished: " + result.run().paths() + " paths in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
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
     * Runs {@code settings} with its blocks simulated by {@code executor} (another pool, a cluster),
     * driving the stop rule's rounds here. The result equals a local run's, bit for bit. Per-path
     * capture is not available through an executor.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param listener receives progress reports (may be called from worker threads)
     * @param executor runs blocks elsewhere and returns their partials
     * @return the result, identical to a local run's
     * @throws SimulationFailedException if the executor fails
     */
    public SimulationResult run(RunSettings settings, ProgressListener listener, BlockExecutor executor) {
        Rounds.check(compiled, settings);
        if (settings.capture() != PathCapture.NONE) {
            throw new IllegalArgumentException("per-path capture is not available through a BlockExecutor");
        }
        String run = runIdentity(settings);
        long blocks = settings.blocks();
        long[] done = {0};
        try {
            return Rounds.run(compiled, settings, blocks, (from, to, capture) -> {
                RunPartial part;
                try {
                    part = executor.execute(from, to);
                } catch (RuntimeException | InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ExecutionException(e);
                }
                if (!part.run().equals(run) || part.blocks() != to - from) {
                    throw new IllegalStateException("the executor returned a partial of another run or range: "
                            + part.run() + ", " + part.blocks() + " blocks for [" + from + ", " + to + ")");
                }
                done[0] += part.paths();
                listener.onProgress(done[0], settings.paths());
                return part.accumulator();
            }, Rounds.start(run, settings, blocks), null, listener);
        } catch (ExecutionException e) {
            throw new SimulationFailedException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationCancelledException(done[0]);
        }
    }

    /**
     * Simulates blocks {@code [fromBlock, toBlock)} of the run {@code settings} on the calling thread
     * and returns their partial (the primitive a {@link BlockExecutor} runs on its workers).
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param fromBlock first block, inclusive
     * @param toBlock end block, exclusive
     * @return the partial of those blocks
     */
    public RunPartial runBlocks(RunSettings settings, long fromBlock, long toBlock) {
        BlockRunner runner = runner(settings);
        if (fromBlock < 0 || toBlock > runner.blocks() || fromBlock > toBlock) {
            throw new IllegalArgumentException("blocks [" + fromBlock + ", " + toBlock + ") outside the run's "
                    + runner.blocks() + " blocks");
        }
        return new RunPartial(runIdentity(settings), runner.runHere(fromBlock, toBlock), toBlock - fromBlock);
    }

    /**
     * The result of the run {@code settings} from the partial of all its blocks.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param partial the merged partial of every block of the run
     * @return the result of the run {@code settings} from the partial of all its blocks
     * @throws IllegalArgumentException if the partial belongs to another run or misses blocks
     */
    public SimulationResult result(RunSettings settings, RunPartial partial) {
        if (!partial.run().equals(runIdentity(settings))) {
            throw new IllegalArgumentException("the partial belongs to another run: " + partial.run());
        }
        if (partial.blocks() != settings.blocks()) {
            throw new IllegalArgumentException("the partial holds " + partial.blocks() + " of the run's "
                    + settings.blocks() + " blocks");
        }
        return ResultAssembler.assemble(compiled, partial.accumulator(), settings.seed(), settings.threads(),
                settings.blockSize(), settings.sampling().id());
    }

    /**
     * What identifies a run's draws: the scenario (a SHA-256 of its value), seed, paths, block size
     * and sampling design. Partials and checkpoints of different runs are never mixed.
     */
    String runIdentity(RunSettings settings) {
        return "scenario " + fingerprint + ", seed " + settings.seed() + ", paths " + settings.paths() + ", block size "
                + settings.blockSize() + ", sampling " + settings.sampling().id();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The bytes a run with these settings needs beyond what the simulator already holds: one set
     * of accumulators and one kernel per worker (the workers' accumulators are merged into the
     * first). An upper estimate; see {@code RunAccumulator.estimateBytes}.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @return the bytes a run with these settings needs beyond what the simulator already holds: one set of
     *         accumulators and one kernel per worker
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
     *
     * @param seed the run's seed
     * @param path index of the path, in {@code [0, paths)}
     * @return the path's inputs and per-step state
     */
    public PathTrace trace(long seed, long path) {
        return toPublic(seed, path, Tracing.trace(compiled, seed, path));
    }

    /**
     * Replays path {@code path} of the run with {@code settings} alone — under its sampling design,
     * which may depend on the seed, the block size and the number of paths — and returns its full
     * per-step state; identical to that path inside the run. The thread count does not matter.
     *
     * @param settings how to run: paths, seed, threads, block size, sampling
     * @param path index of the path, in {@code [0, paths)}
     * @return the path's inputs and per-step state
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
