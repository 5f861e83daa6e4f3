package dev.autarky.internal.tasks;

import dev.autarky.engine.TaskRunner;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.PathEvaluator;

/**
 * Paths {@code [from, to)} of a {@link PathEvaluator#run} request, evaluated on one thread of
 * whichever JVM runs the task.
 *
 * @param scenarioJson the scenario's canonical JSON
 * @param seed         the run's seed
 * @param paths        paths of the whole run (the design depends on them)
 * @param blockSize    paths per block
 * @param design       the sampling design
 * @param held         the input held at {@code level}, or -1
 * @param level        the quantile level of the held input
 * @param selection    what to keep of every path
 * @param from         first path, inclusive
 * @param to           end path, exclusive
 */
record RunSlice(String scenarioJson, long seed, long paths, int blockSize, InputDesign.Kind design, int held,
        double level, PathEvaluator.Selection selection, long from, long to) implements TaskRunner.Task<PathEvaluator.Outputs> {

    private static final long serialVersionUID = 1L;

    @Override
    public PathEvaluator.Outputs run() {
        return Evaluators.of(scenarioJson).run(seed, paths, blockSize, design, held, level, selection, 1, from, to);
    }
}
