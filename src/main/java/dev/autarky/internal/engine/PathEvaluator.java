package dev.autarky.internal.engine;

import dev.autarky.engine.PathCapture;
import dev.autarky.internal.design.GaussianCopula;
import dev.autarky.internal.design.InputDesign;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulates chosen points of a compiled scenario and keeps what each produced, for the analyses in
 * {@code dev.autarky.analysis}. A <em>point</em> is a path whose inputs' uniforms the caller may
 * choose and whose within-path processes (demand shocks, outages, regime chains) follow the keyed
 * streams of a given path index.
 *
 * <p>Two ways to choose the inputs:
 * <ul>
 *   <li>{@link #run}: point {@code k} is path {@code k} of the run {@code (seed, paths, blockSize,
 *       design)}, exactly as the engine simulates it, optionally with one input held at a
 *       quantile level: its uniform (after the copula) is replaced by the level, so it takes the
 *       value its quantile function gives there while every other draw is untouched;</li>
 *   <li>{@link #points}: the caller gives each point's <em>independent</em> uniforms and the path
 *       index of its processes; the scenario's copula (if any) is applied to them as the engine
 *       does.</li>
 * </ul>
 * Points are simulated in chunks on {@code threads} workers, each with its own kernel, and every
 * point's outputs are written at its own index, so the outputs do not depend on the thread count.
 * For the same reason a request can be cut into slices of points evaluated anywhere (a run's
 * {@link #run(long, long, int, InputDesign.Kind, int, double, Selection, int, long, long) range},
 * or {@link #points} given a slice's points) and the slices {@link #concat concatenated}.
 * Memory: per point 4 bytes per criterion, 8 per cost, 8 per input kept and 8 per step of each
 * series kept; a request above {@link PathCapture#MAX_BYTES} is refused before it starts.
 */
public final class PathEvaluator {

    private static final int CHUNK = 256;

    private final CompiledScenario c;

    /** An evaluator of {@code compiled}. */
    public PathEvaluator(CompiledScenario compiled) {
        this.c = compiled;
    }

    /** The compiled scenario. */
    public CompiledScenario compiled() {
        return c;
    }

    /**
     * What to keep of every point besides its times to self-reliance and costs.
     *
     * @param inputs whether to keep the value of every uncertain input
     * @param series indices into {@link CompiledScenario#series} of the series to keep at every step
     */
    public record Selection(boolean inputs, int[] series) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Validates and copies. */
        public Selection {
            series = series.clone();
        }

        /** Times and costs only. */
        public static final Selection OUTCOMES = new Selection(false, new int[0]);
    }

    /**
     * What every point produced, in point order. Arrays are owned by the caller once returned.
     *
     * @param steps  {@code [criterion][point]}: first step of self-reliance, -1 when censored
     * @param costs  {@code [cost][point]} in {@link CompiledScenario#COSTS} order, NaN where undefined
     * @param inputs {@code [input][point]}, or null when not kept
     * @param series {@code [selected series][step][point]}
     */
    public record Outputs(int[][] steps, double[][] costs, double[][] inputs, double[][][] series)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Number of points. */
        public int size() {
            return costs[0].length;
        }
    }

    /** Chooses each point's independent input uniforms and the path index of its processes; thread-safe. */
    public interface PointSource {
        /** Path index whose keyed process streams point {@code k} uses. */
        long processPath(int k);

        /** Writes point {@code k}'s independent uniforms in (0, 1), one per input in input order, into {@code u}. */
        void uniforms(int k, double[] u);
    }

    /**
     * Bytes the outputs of {@code count} points take with {@code selection}.
     */
    public long bytes(long count, Selection selection) {
        long perPoint = 4L * c.criterionCount + 8L * CompiledScenario.COSTS.size()
                + (selection.inputs() ? 8L * c.inputs.size() : 0) + 8L * c.steps * selection.series().length;
        return perPoint * count;
    }

    /**
     * Paths {@code [0, paths)} of the run with {@code seed} in blocks of {@code blockSize} under
     * {@code design}, with input {@code held} (an index into {@link CompiledScenario#inputs}, or -1
     * for none) held at quantile level {@code level} in (0, 1).
     */
    public Outputs run(long seed, long paths, int blockSize, InputDesign.Kind design, int held, double level,
            Selection selection, int threads) {
        return run(seed, paths, blockSize, design, held, level, selection, threads, 0, paths);
    }

    /**
     * Paths {@code [from, to)} of the run of {@link #run(long, long, int, InputDesign.Kind, int, double,
     * Selection, int) run}: point {@code k - from} of the result is path {@code k}, exactly as there.
     */
    public Outputs run(long seed, long paths, int blockSize, InputDesign.Kind design, int held, double level,
            Selection selection, int threads, long from, long to) {
        if (from < 0 || from >= to || to > paths) {
            throw new IllegalArgumentException("paths [" + from + ", " + to + "): must be a non-empty range in [0, "
                    + paths + "]");
        }
        if (held >= c.inputs.size() || held < -1) {
            throw new IllegalArgumentException("held: no input " + held);
        }
        if (held >= 0 && !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must be in (0, 1), was " + level);
        }
        InputDesign d = c.design(design, paths, blockSize);
        return evaluate(seed, to - from, selection, threads, () -> {
            InputDesign.Sampler sampler = d.sampler();
            return (kernel, k) -> {
                sampler.fill(seed, from + k, kernel.u);
                if (held >= 0) {
                    kernel.u[held] = level;
                }
                kernel.simulateWithUniforms(seed, from + k);
            };
        });
    }

    /** {@code count} points chosen by {@code source}, with the run's {@code seed} keying the processes. */
    public Outputs points(long seed, int count, PointSource source, Selection selection, int threads) {
        GaussianCopula copula = c.copula;
        return evaluate(seed, count, selection, threads, () -> {
            double[] scratch = new double[copula == null ? 0 : copula.size()];
            return (kernel, k) -> {
                source.uniforms((int) k, kernel.u);
                if (copula != null) {
                    copula.apply(kernel.u, scratch);
                }
                kernel.simulateWithUniforms(seed, source.processPath((int) k));
            };
        });
    }

    /**
     * Refuses a request of {@code count} points whose outputs would not fit: the checks
     * {@link #run} and {@link #points} make before they start, for a caller that cuts the request
     * into slices.
     */
    public void requireFits(long count, Selection selection) {
        if (count < 1 || count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("count: must be in [1, 2^31 - 9], was " + count);
        }
        for (int s : selection.series()) {
            if (s < 0 || s >= c.series.size()) {
                throw new IllegalArgumentException("series: no series " + s);
            }
        }
        long bytes = bytes(count, selection);
        if (bytes > PathCapture.MAX_BYTES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "keeping %,d points needs %,d MiB, above the limit of %,d MiB: use fewer paths or keep fewer series",
                    count, bytes >> 20, PathCapture.MAX_BYTES >> 20));
        }
    }

    /** The slices' points one after the other, as one request's outputs; {@code slices} must be non-empty. */
    public static Outputs concat(List<Outputs> slices) {
        Outputs first = slices.get(0);
        if (slices.size() == 1) {
            return first;
        }
        int n = 0;
        for (Outputs o : slices) {
            n = Math.addExact(n, o.size());
        }
        int[][] steps = new int[first.steps.length][n];
        double[][] costs = new double[first.costs.length][n];
        double[][] inputs = first.inputs == null ? null : new double[first.inputs.length][n];
        double[][][] series = new double[first.series.length][][];
        for (int s = 0; s < series.length; s++) {
            series[s] = new double[first.series[s].length][n];
        }
        int at = 0;
        for (Outputs o : slices) {
            int m = o.size();
            copyRows(o.steps, steps, at, m);
            copyRows(o.costs, costs, at, m);
            if (inputs != null) {
                copyRows(o.inputs, inputs, at, m);
            }
            for (int s = 0; s < series.length; s++) {
                copyRows(o.series[s], series[s], at, m);
            }
            at += m;
        }
        return new Outputs(steps, costs, inputs, series);
    }

    private static void copyRows(Object[] from, Object[] to, int at, int m) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("slices of different shapes: " + from.length + " rows, expected "
                    + to.length);
        }
        for (int r = 0; r < from.length; r++) {
            System.arraycopy(from[r], 0, to[r], at, m);
        }
    }

    /** Simulates point {@code k} into {@code kernel}. */
    private interface Step {
        void simulate(PathKernel kernel, long k);
    }

    /** Makes one worker's {@link Step} (its own sampler and scratch). */
    private interface StepFactory {
        Step create();
    }

    private Outputs evaluate(long seed, long count, Selection selection, int threads, StepFactory factory) {
        requireFits(count, selection);
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
        int n = (int) count;
        int inputCount = c.inputs.size();
        int[] slots = new int[inputCount];
        for (int j = 0; j < inputCount; j++) {
            slots[j] = c.inputs.get(j).slot();
        }
        int[] series = selection.series();
        Outputs out = new Outputs(new int[c.criterionCount][n], new double[CompiledScenario.COSTS.size()][n],
                selection.inputs() ? new double[inputCount][n] : null, new double[series.length][c.steps][n]);
        AtomicLong next = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long chunks = (count + CHUNK - 1) / CHUNK;
        int workers = (int) Math.max(1, Math.min(threads, chunks));
        Thread caller = Thread.currentThread();
        // every worker checks, chunk by chunk, whether the caller was interrupted or another worker failed
        Runnable work = () -> {
            try {
                PathKernel kernel = new PathKernel(c);
                Step step = factory.create();
                for (long b = next.getAndIncrement(); b < chunks && !stop.get(); b = next.getAndIncrement()) {
                    if (caller.isInterrupted()) {
                        stop.set(true);
                        break;
                    }
                    long end = Math.min(count, (b + 1) * CHUNK);
                    for (long k = b * CHUNK; k < end; k++) {
                        step.simulate(kernel, k);
                        record(kernel, (int) k, out, slots, series);
                    }
                }
            } catch (RuntimeException | Error e) {
                stop.set(true);
                throw e;
            }
        };
        if (workers == 1) {
            work.run();
        } else {
            ForkJoinPool pool = new ForkJoinPool(workers);
            try {
                List<Future<?>> parts = new ArrayList<>(workers);
                for (int w = 0; w < workers; w++) {
                    parts.add(pool.submit(work));
                }
                for (Future<?> part : parts) {
                    part.get();
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted: the evaluation was abandoned", e);
            } finally {
                stop.set(true); // workers still running (after a failure or an interrupt) stop after their chunk
                pool.shutdownNow();
            }
        }
        if (caller.isInterrupted()) {
            throw new IllegalStateException("interrupted: the evaluation was abandoned");
        }
        return out;
    }

    private static void record(PathKernel kernel, int k, Outputs out, int[] slots, int[] series) {
        PathOutcome o = kernel.outcome;
        for (int cr = 0; cr < out.steps.length; cr++) {
            out.steps[cr][k] = o.timeToSelfReliance[cr];
        }
        for (int j = 0; j < out.costs.length; j++) {
            out.costs[j][k] = o.costs[j];
        }
        if (out.inputs != null) {
            double[] p = kernel.p;
            for (int j = 0; j < slots.length; j++) {
                out.inputs[j][k] = p[slots[j]];
            }
        }
        for (int s = 0; s < series.length; s++) {
            double[] row = o.series[series[s]];
            double[][] dst = out.series[s];
            for (int t = 0; t < row.length; t++) {
                dst[t][k] = row[t];
            }
        }
    }
}
