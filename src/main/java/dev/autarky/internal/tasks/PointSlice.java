package dev.autarky.internal.tasks;

import dev.autarky.engine.TaskRunner;
import dev.autarky.internal.engine.PathEvaluator;

/**
 * A slice of the points of a {@link PathEvaluator#points} request, given explicitly, evaluated on
 * one thread of whichever JVM runs the task.
 *
 * @param scenarioJson the scenario's canonical JSON
 * @param seed         the seed keying the processes
 * @param dimensions   uniforms per point (the scenario's inputs)
 * @param uniforms     every point's independent uniforms, point after point
 * @param processPaths every point's process path index
 * @param selection    what to keep of every point
 */
record PointSlice(String scenarioJson, long seed, int dimensions, double[] uniforms, long[] processPaths,
        PathEvaluator.Selection selection) implements TaskRunner.Task<PathEvaluator.Outputs> {

    private static final long serialVersionUID = 1L;

    @Override
    public PathEvaluator.Outputs run() {
        int d = dimensions;
        double[] all = uniforms;
        long[] process = processPaths;
        return Evaluators.of(scenarioJson).points(seed, process.length, new PathEvaluator.PointSource() {
            @Override
            public long processPath(int k) {
                return process[k];
            }

            @Override
            public void uniforms(int k, double[] u) {
                System.arraycopy(all, k * d, u, 0, d);
            }
        }, selection, 1);
    }
}
