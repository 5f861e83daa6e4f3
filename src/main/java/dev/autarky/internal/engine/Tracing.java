package dev.autarky.internal.engine;

import dev.autarky.internal.design.InputDesign;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Replays one path with a {@link TraceRecorder} and gathers what the public trace shows. */
public final class Tracing {

    private Tracing() {
    }

    /** Everything recorded about one path. */
    public record Trace(double[] stepYears, Map<String, Double> inputs, Map<String, Double> operatingFrom,
            Map<String, List<String>> regimeStates, Map<String, double[]> values, Map<String, Double> timeToSelfReliance,
            Map<String, Double> costs) {
    }

    /** Replays path {@code path} of the plain Monte Carlo run with {@code seed}. */
    public static Trace trace(CompiledScenario c, long seed, long path) {
        return trace(c, seed, path, null);
    }

    /** Replays path {@code path} of the run with {@code seed} under {@code design} (null: plain Monte Carlo). */
    public static Trace trace(CompiledScenario c, long seed, long path, InputDesign design) {
        PathKernel kernel = new PathKernel(c);
        if (design != null) {
            kernel.useDesign(design);
        }
        kernel.simulate(seed, path);
        Map<String, double[]> recorded = TraceRecorder.record(c, kernel);
        double[] years = new double[c.steps];
        for (int k = 0; k < years.length; k++) {
            years[k] = c.scenario.time().yearAt(k);
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (InputSpec in : c.inputs) {
            inputs.put(in.name(), kernel.p[in.slot()]);
        }
        Map<String, Double> operating = new LinkedHashMap<>();
        for (int q = 0; q < c.projectCount; q++) {
            operating.put(c.projectIds[q], c.startYear + kernel.operatingFrom[q]);
        }
        Map<String, List<String>> regimes = new LinkedHashMap<>();
        for (int r = 0; r < c.regimeCount; r++) {
            List<String> names = new ArrayList<>();
            for (int s : kernel.regimeState[r]) {
                names.add(c.regimeStates[r][s]);
            }
            regimes.put(c.regimeIds[r], names);
        }
        Map<String, double[]> values = new LinkedHashMap<>(recorded);
        for (int sIdx = 0; sIdx < c.series.size(); sIdx++) {
            values.put("series." + c.series.get(sIdx).name(), kernel.outcome.series[sIdx].clone());
        }
        Map<String, Double> tts = new LinkedHashMap<>();
        for (int cr = 0; cr < c.criterionCount; cr++) {
            int k = kernel.outcome.timeToSelfReliance[cr];
            tts.put(c.criterionIds[cr], k < 0 ? null : c.scenario.time().yearAt(k));
        }
        Map<String, Double> costs = new LinkedHashMap<>();
        for (int i = 0; i < CompiledScenario.COSTS.size(); i++) {
            costs.put(CompiledScenario.COSTS.get(i), kernel.outcome.costs[i]);
        }
        return new Trace(years, inputs, operating, regimes, values, tts, costs);
    }
}
