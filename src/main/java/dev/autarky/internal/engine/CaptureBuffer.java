package dev.autarky.internal.engine;

import dev.autarky.result.PathOutcomes;
import java.util.List;

/**
 * Every outcome of a contiguous range of paths, written by the workers that simulate them: path
 * {@code i} goes to index {@code i - first}, so the buffer ends in path order whatever the order
 * in which blocks ran. Workers write disjoint indices; the buffer is read after the workers'
 * futures completed, which makes their writes visible.
 */
public final class CaptureBuffer {

    private final long first;
    private final int count;
    final int[][] steps; // [criterion][path]
    final double[][] costs; // [cost][path]
    final double[][] inputs; // [input][path], or null
    private final int[] slots;

    /** A buffer for paths {@code [first, first + count)}. */
    public CaptureBuffer(CompiledScenario compiled, long first, int count, boolean withInputs) {
        this.first = first;
        this.count = count;
        steps = new int[compiled.criterionCount][count];
        costs = new double[CompiledScenario.COSTS.size()][count];
        int inputCount = compiled.inputs.size();
        inputs = withInputs ? new double[inputCount][count] : null;
        slots = new int[inputCount];
        for (int j = 0; j < inputCount; j++) {
            slots[j] = compiled.inputs.get(j).slot();
        }
    }

    /** Records path {@code path}, which {@code kernel} has just simulated. */
    void record(long path, PathKernel kernel) {
        final int i = (int) (path - first);
        final PathOutcome o = kernel.outcome;
        for (int c = 0; c < steps.length; c++) {
            steps[c][i] = o.timeToSelfReliance[c];
        }
        for (int j = 0; j < costs.length; j++) {
            costs[j][i] = o.costs[j];
        }
        if (inputs != null) {
            final double[] p = kernel.p;
            for (int j = 0; j < inputs.length; j++) {
                inputs[j][i] = p[slots[j]];
            }
        }
    }

    /** Paths held. */
    public int count() {
        return count;
    }

    /** The buffers of consecutive ranges, joined in order, as the public result. */
    public static PathOutcomes join(CompiledScenario compiled, List<CaptureBuffer> parts, int paths) {
        boolean withInputs = !parts.isEmpty() && parts.get(0).inputs != null;
        int criteria = compiled.criterionCount;
        int costCount = CompiledScenario.COSTS.size();
        int inputCount = compiled.inputs.size();
        int[][] steps = new int[criteria][paths];
        double[][] costs = new double[costCount][paths];
        double[][] inputs = withInputs ? new double[inputCount][paths] : null;
        int at = 0;
        for (CaptureBuffer b : parts) {
            int n = Math.min(b.count, paths - at);
            for (int c = 0; c < criteria; c++) {
                System.arraycopy(b.steps[c], 0, steps[c], at, n);
            }
            for (int j = 0; j < costCount; j++) {
                System.arraycopy(b.costs[j], 0, costs[j], at, n);
            }
            if (withInputs) {
                for (int j = 0; j < inputCount; j++) {
                    System.arraycopy(b.inputs[j], 0, inputs[j], at, n);
                }
            }
            at += n;
        }
        var time = compiled.scenario.time();
        return new PathOutcomes(time.startYear(), time.stepsPerYear(), List.of(compiled.criterionIds),
                CompiledScenario.COSTS, compiled.inputs.stream().map(InputSpec::name).toList(), steps, costs, inputs);
    }
}
