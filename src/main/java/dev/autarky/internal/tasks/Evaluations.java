package dev.autarky.internal.tasks;

import dev.autarky.engine.SimulationFailedException;
import dev.autarky.engine.TaskRunner;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.io.ScenarioJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an analysis's {@link PathEvaluator} requests run: on local threads, or cut into
 * {@link TaskRunner.Task tasks} of contiguous points run by a {@link TaskRunner}. A point's outputs
 * depend only on its index, so the concatenated slices equal the local outputs bit for bit.
 *
 * <p>A request of {@code n} points becomes {@code min(⌈n / MIN_POINTS⌉, TASKS_PER_UNIT ×
 * parallelism)} tasks of balanced contiguous slices. Every task carries the scenario's canonical
 * JSON and compiles it through a per-JVM cache; a {@link #points} task carries its points'
 * uniforms, materialised on the caller's side, in waves of at most {@value #WAVE_BYTES} bytes of
 * uniforms per {@link TaskRunner#runAll} call.
 */
public final class Evaluations {

    /** Fewest points per task (unless the request has fewer): below, a task's overhead would dominate. */
    public static final int MIN_POINTS = 512;
    /** Tasks per unit of the runner's parallelism, for balance. */
    public static final int TASKS_PER_UNIT = 3;
    /** Most bytes of uniforms materialised for one {@link TaskRunner#runAll} call of a points request. */
    static final long WAVE_BYTES = 256L << 20;

    private final PathEvaluator evaluator;
    private final TaskRunner runner;
    private final String scenarioJson;

    private Evaluations(PathEvaluator evaluator, TaskRunner runner, String scenarioJson) {
        this.evaluator = evaluator;
        this.runner = runner;
        this.scenarioJson = scenarioJson;
    }

    /** Evaluations of {@code compiled} on local threads. */
    public static Evaluations local(CompiledScenario compiled) {
        return new Evaluations(new PathEvaluator(compiled), null, null);
    }

    /** Evaluations of {@code compiled} through {@code runner}; a null runner: on local threads. */
    public static Evaluations of(CompiledScenario compiled, TaskRunner runner) {
        if (runner == null) {
            return local(compiled);
        }
        return new Evaluations(new PathEvaluator(compiled), runner, ScenarioJson.write(compiled.scenario));
    }

    /** The compiled scenario. */
    public CompiledScenario compiled() {
        return evaluator.compiled();
    }

    /**
     * As {@link PathEvaluator#run(long, long, int, InputDesign.Kind, int, double, PathEvaluator.Selection, int)};
     * through a runner, {@code threads} plays no part (a task runs on one thread).
     */
    public PathEvaluator.Outputs run(long seed, long paths, int blockSize, InputDesign.Kind design, int held,
            double level, PathEvaluator.Selection selection, int threads) {
        if (runner == null) {
            return evaluator.run(seed, paths, blockSize, design, held, level, selection, threads);
        }
        evaluator.requireFits(paths, selection);
        long[] bounds = bounds(paths);
        List<RunSlice> tasks = new ArrayList<>(bounds.length - 1);
        for (int t = 0; t + 1 < bounds.length; t++) {
            tasks.add(new RunSlice(scenarioJson, seed, paths, blockSize, design, held, level, selection, bounds[t],
                    bounds[t + 1]));
        }
        List<PathEvaluator.Outputs> slices = runAll(tasks, bounds, 0);
        return PathEvaluator.concat(slices);
    }

    /**
     * As {@link PathEvaluator#points}; through a runner, {@code threads} plays no part and
     * {@code source} is read on the calling thread.
     */
    public PathEvaluator.Outputs points(long seed, int count, PathEvaluator.PointSource source,
            PathEvaluator.Selection selection, int threads) {
        if (runner == null) {
            return evaluator.points(seed, count, source, selection, threads);
        }
        evaluator.requireFits(count, selection);
        int d = compiled().inputs.size();
        long[] bounds = bounds(count);
        List<PathEvaluator.Outputs> slices = new ArrayList<>(bounds.length - 1);
        List<PointSlice> wave = new ArrayList<>();
        long waveBytes = 0;
        int waveStart = 0;
        double[] u = new double[d];
        for (int t = 0; t + 1 < bounds.length; t++) {
            int from = (int) bounds[t];
            int n = (int) (bounds[t + 1] - from);
            double[] uniforms = new double[Math.multiplyExact(n, d)];
            long[] process = new long[n];
            for (int k = 0; k < n; k++) {
                source.uniforms(from + k, u);
                System.arraycopy(u, 0, uniforms, k * d, d);
                process[k] = source.processPath(from + k);
            }
            wave.add(new PointSlice(scenarioJson, seed, d, uniforms, process, selection));
            waveBytes += 8L * uniforms.length;
            if (waveBytes >= WAVE_BYTES || t + 2 == bounds.length) {
                slices.addAll(runAll(wave, bounds, waveStart));
                waveStart = t + 1;
                wave = new ArrayList<>();
                waveBytes = 0;
            }
        }
        return PathEvaluator.concat(slices);
    }

    /** The slices' boundaries: {@code bounds[t]} to {@code bounds[t + 1]} for task {@code t}. */
    long[] bounds(long count) {
        int parallelism = runner.parallelism();
        if (parallelism < 1) {
            throw new IllegalStateException("the task runner's parallelism must be >= 1, was " + parallelism);
        }
        long tasks = Math.max(1, Math.min((count + MIN_POINTS - 1) / MIN_POINTS, (long) TASKS_PER_UNIT * parallelism));
        long quotient = count / tasks;
        long remainder = count % tasks;
        long[] bounds = new long[(int) tasks + 1];
        for (int t = 1; t <= tasks; t++) {
            bounds[t] = bounds[t - 1] + quotient + (t <= remainder ? 1 : 0);
        }
        return bounds;
    }

    /** Runs {@code tasks}, the slices from {@code bounds[first]} on, and checks each slice's size. */
    private List<PathEvaluator.Outputs> runAll(List<? extends TaskRunner.Task<PathEvaluator.Outputs>> tasks,
            long[] bounds, int first) {
        List<PathEvaluator.Outputs> slices;
        try {
            slices = runner.runAll(tasks);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new SimulationFailedException(e);
        }
        if (slices == null || slices.size() != tasks.size()) {
            throw new IllegalStateException("the task runner returned " + (slices == null ? "no list" : slices.size()
                    + " results") + " for " + tasks.size() + " tasks");
        }
        for (int t = 0; t < slices.size(); t++) {
            long expected = bounds[first + t + 1] - bounds[first + t];
            PathEvaluator.Outputs slice = slices.get(t);
            if (slice == null || slice.size() != expected) {
                throw new IllegalStateException("the task runner returned " + (slice == null ? "null" : slice.size()
                        + " points") + " for task " + (first + t) + " of " + expected + " points");
            }
        }
        return slices;
    }
}
