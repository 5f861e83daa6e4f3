package dev.autarky.analysis;

import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.InputSpec;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.internal.tasks.Evaluations;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.TimeGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario as a {@link HypercubeModel}: coordinate {@code i} is the uniform behind uncertain
 * input {@code i} (in compile order) before the scenario's copula, its stream key the input's, so a
 * base row {@code r} is exactly path {@code r} of the plain Monte Carlo run; the noise is the
 * path's processes (regime chains, outages, demand shocks), keyed by the point's stream index as
 * by a path index.
 *
 * <p>With a copula, the indices are those of the independent uniforms behind the inputs: an input
 * correlated with inputs before it in compile order carries only its own, independent part, and
 * the first input of a correlated group carries what it drives in the others too.
 *
 * <p>Outputs, per criterion {@code ID}: {@code timeToSelfReliance.ID} (calendar year, the end of
 * the horizon for a path not self-reliant within it) and {@code selfReliantByYEAR.ID} (1 or 0);
 * then every cost but the levelized domestic cost, which is undefined on paths without domestic
 * output.
 */
final class ScenarioModel implements HypercubeModel {

    private final Evaluations evaluator;
    private final CompiledScenario compiled;
    private final int byYear;
    private final int threads;
    private final List<String> outputs = new ArrayList<>();
    private final int[] costs;

    ScenarioModel(Evaluations evaluator, int byYear, int threads) {
        this.evaluator = evaluator;
        this.compiled = evaluator.compiled();
        this.byYear = byYear;
        this.threads = threads;
        for (String id : compiled.criterionIds()) {
            outputs.add("timeToSelfReliance." + id);
            outputs.add("selfReliantBy" + byYear + "." + id);
        }
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < CompiledScenario.COSTS.size(); j++) {
            String name = CompiledScenario.COSTS.get(j);
            if (!name.equals("levelizedDomesticCostPerKg")) {
                outputs.add(name);
                kept.add(j);
            }
        }
        costs = kept.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public int dimensions() {
        return compiled.inputs.size();
    }

    @Override
    public List<String> dimensionNames() {
        return compiled.inputs.stream().map(InputSpec::name).toList();
    }

    @Override
    public List<String> outputs() {
        return List.copyOf(outputs);
    }

    @Override
    public boolean noisy() {
        return true;
    }

    @Override
    public String noiseName() {
        return SensitivityAnalysis.PROCESSES;
    }

    @Override
    public long streamKey(int i) {
        return compiled.inputs.get(i).key();
    }

    @Override
    public void evaluate(PointBatch batch, double[][] out) {
        PathEvaluator.Outputs o = evaluator.points(batch.seed(), batch.size(), new PathEvaluator.PointSource() {
            @Override
            public long processPath(int k) {
                return batch.stream(k);
            }

            @Override
            public void uniforms(int k, double[] u) {
                batch.point(k, u);
            }
        }, PathEvaluator.Selection.OUTCOMES, threads);
        TimeGrid time = compiled.scenario.time();
        double end = PathTimes.end(time);
        int by = PathTimes.stepsBy(time, byYear);
        int row = 0;
        for (int c = 0; c < compiled.criterionIds().size(); c++) {
            int[] steps = o.steps()[c];
            double[] years = out[row++];
            double[] reached = out[row++];
            for (int k = 0; k < steps.length; k++) {
                years[k] = PathTimes.year(time, steps[k], end);
                reached[k] = PathTimes.by(steps[k], by) ? 1 : 0;
            }
        }
        for (int j : costs) {
            System.arraycopy(o.costs()[j], 0, out[row++], 0, o.size());
        }
    }

    /** The outputs with their units and how censoring enters. */
    List<SensitivityResult.Outcome> describe(Scenario scenario) {
        List<SensitivityResult.Outcome> list = new ArrayList<>();
        int end = scenario.time().endYear();
        for (String id : compiled.criterionIds()) {
            list.add(new SensitivityResult.Outcome("timeToSelfReliance." + id, "year",
                    "capped: a path not self-reliant within the horizon counts " + end + ", the end of the horizon"));
            list.add(new SensitivityResult.Outcome("selfReliantBy" + byYear + "." + id, "1 or 0",
                    "indicator of self-reliance by the end of " + byYear + " (its indices are those of the probability)"));
        }
        for (int j : costs) {
            String name = CompiledScenario.COSTS.get(j);
            list.add(new SensitivityResult.Outcome(name, SensitivityAnalysis.costUnit(scenario, name),
                    "defined on every path"));
        }
        return list;
    }
}
