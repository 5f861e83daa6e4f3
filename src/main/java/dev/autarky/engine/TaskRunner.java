package dev.autarky.engine;

import java.io.Serializable;
import java.util.List;

/**
 * Runs independent tasks somewhere — other threads, other machines — and returns their results in
 * task order. The analyses in {@code dev.autarky.analysis} (policy comparisons, sweeps, sensitivity
 * designs) accept a runner and split every batch of paths they simulate into tasks, each a
 * contiguous slice of the batch; because every path's outcomes depend only on its index, the
 * concatenated slices, and so the analysis's result, are bit-identical to a local run's.
 *
 * <p>A task is self-contained: it carries what it needs (the scenario as JSON text, the run's
 * settings, its slice) in serializable fields, is deterministic and has no side effects, so an
 * implementation may serialize it, run it on any JVM, in any order, retry it or run a speculative
 * copy. An implementation runs each task's {@link Task#run()} once successfully and returns what it
 * returned, the {@code i}-th result for the {@code i}-th task.
 *
 * <pre>{@code
 * TaskRunner sequential = new TaskRunner() {
 *     public int parallelism() {
 *         return 1;
 *     }
 *
 *     public <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) {
 *         return tasks.stream().map(Task::run).toList();
 *     }
 * };
 * }</pre>
 */
public interface TaskRunner {

    /**
     * How many tasks this runner can run at once (e.g. the cores of a cluster); callers size their
     * tasks from it, a few per unit of parallelism. Results never depend on it.
     *
     * @return how many tasks can run at once, >= 1
     */
    int parallelism();

    /**
     * Runs every task and returns their results in task order.
     *
     * @param <R> the type of the tasks' results
     * @param tasks the tasks, independent of each other
     * @return the result of {@code tasks.get(i)} at index {@code i}, as many results as tasks
     * @throws Exception if a task failed (its failure, or one carrying it, e.g. as the cause) or
     *         the tasks could not be run; the caller fails with it
     */
    <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) throws Exception;

    /**
     * One unit of work: deterministic, free of side effects and serializable with everything it
     * refers to.
     *
     * @param <R> the type of its result
     */
    @FunctionalInterface
    interface Task<R extends Serializable> extends Serializable {

        /**
         * Does the work.
         *
         * @return the task's result; the same on every call, on any JVM
         */
        R run();
    }
}
