package dev.autarky.internal.engine;

import dev.autarky.internal.design.InputDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Simulates ranges of blocks of one run: the unit of work of local runs, and of anything that
 * splits a run (rounds of a stop rule, checkpoints, cluster tasks).
 *
 * <p>Block {@code b} holds paths {@code [b × blockSize, min((b + 1) × blockSize, paths))}. Workers
 * claim blocks in any order; each keeps its own {@link RunAccumulator}, and accumulators combine
 * exactly, so the result of a range does not depend on the number of workers or on which worker
 * ran which block. Thread-safe: one runner may serve concurrent ranges.
 */
public final class BlockRunner {

    private final CompiledScenario compiled;
    private final long seed;
    private final long paths;
    private final int blockSize;
    private final InputDesign design;

    /** A runner for the plain Monte Carlo run {@code (compiled, seed, paths, blockSize)}. */
    public BlockRunner(CompiledScenario compiled, long seed, long paths, int blockSize) {
        this(compiled, seed, paths, blockSize, InputDesign.Kind.MC);
    }

    /** A runner for the run {@code (compiled, seed, paths, blockSize)} under sampling design {@code kind}. */
    public BlockRunner(CompiledScenario compiled, long seed, long paths, int blockSize, InputDesign.Kind kind) {
        this.compiled = compiled;
        this.seed = seed;
        this.paths = paths;
        this.blockSize = blockSize;
        this.design = compiled.design(kind, paths, blockSize);
    }

    /** The run's input design. */
    public InputDesign design() {
        return design;
    }

    /** Number of blocks in the run. */
    public long blocks() {
        return (paths + blockSize - 1) / blockSize;
    }

    /** The compiled scenario run. */
    public CompiledScenario compiled() {
        return compiled;
    }

    /**
     * Simulates blocks {@code [from, to)} on {@code workers} tasks of {@code pool} and returns
     * their combined accumulator; {@code null} if {@code cancelled} was set before every block
     * ran. {@code pathsDone} is told the paths of each completed block (from worker threads).
     *
     * @throws ExecutionException with the first worker's failure as its cause
     */
    public RunAccumulator run(ExecutorService pool, int workers, long from, long to, AtomicBoolean cancelled,
            LongConsumer pathsDone) throws ExecutionException, InterruptedException {
        return run(pool, workers, from, to, cancelled, pathsDone, null);
    }

    /**
     * As {@link #run(ExecutorService, int, long, long, AtomicBoolean, LongConsumer)}, also writing
     * every path's outcome into {@code capture} (null: none), which must cover the range's paths.
     */
    public RunAccumulator run(ExecutorService pool, int workers, long from, long to, AtomicBoolean cancelled,
            LongConsumer pathsDone, CaptureBuffer capture) throws ExecutionException, InterruptedException {
        AtomicLong next = new AtomicLong(from);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int tasks = (int) Math.max(1, Math.min(workers, to - from));
        List<Future<RunAccumulator>> parts = new ArrayList<>(tasks);
        for (int w = 0; w < tasks; w++) {
            parts.add(pool.submit(() -> {
                try {
                    return work(next, to, cancelled, pathsDone, capture);
                } catch (RuntimeException | Error e) {
                    // keep the original: a ForkJoinPool would hand the caller a re-wrapped copy
                    failure.compareAndSet(null, e);
                    cancelled.set(true);
                    throw e;
                }
            }));
        }
        RunAccumulator total = null;
        for (Future<RunAccumulator> part : parts) {
            try {
                RunAccumulator acc = part.get();
                if (total == null) {
                    total = acc;
                } else {
                    total.combine(acc);
                }
            } catch (ExecutionException e) {
                cancelled.set(true);
                failure.compareAndSet(null, e.getCause());
            }
        }
        if (failure.get() != null) {
            throw new ExecutionException(failure.get());
        }
        return cancelled.get() ? null : total;
    }

    /** Simulates blocks {@code [from, to)} on the calling thread. */
    public RunAccumulator runHere(long from, long to) {
        AtomicLong next = new AtomicLong(from);
        return work(next, to, new AtomicBoolean(), done -> { }, null);
    }

    /** First path of block {@code b}. */
    public long firstPathOf(long b) {
        return Math.min(b * blockSize, paths);
    }

    private RunAccumulator work(AtomicLong next, long to, AtomicBoolean cancelled, LongConsumer pathsDone,
            CaptureBuffer capture) {
        PathKernel kernel = new PathKernel(compiled);
        kernel.useDesign(design);
        RunAccumulator acc = new RunAccumulator(compiled, design, Math.min(paths, to * blockSize) - next.get() * blockSize);
        for (long b = next.getAndIncrement(); b < to; b = next.getAndIncrement()) {
            if (cancelled.get()) {
                break;
            }
            long first = b * blockSize;
            long end = Math.min(first + blockSize, paths);
            for (long i = first; i < end; i++) {
                kernel.simulate(seed, i);
                acc.accept(kernel.outcome);
                acc.replicates.accept(i, kernel.outcome.timeToSelfReliance, kernel.outcome.costs);
                if (capture != null) {
                    capture.record(i, kernel);
                }
            }
            acc.endBlock();
            pathsDone.accept(end - first);
        }
        return acc;
    }
}
