package dev.autarky.spark;

import java.io.Serializable;

/**
 * Called inside each Spark task after its blocks ran and before it returns its partial result;
 * shipped to executors with the task. For tests: throwing here fails the attempt, and Spark
 * retries the task, which must then give the same partial result.
 */
interface TaskHook extends Serializable {

    /** Runs in the task of {@code task} (an index over all tasks of one call). */
    void afterBlocks(int task);
}
