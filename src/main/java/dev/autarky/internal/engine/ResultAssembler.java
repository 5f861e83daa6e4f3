package dev.autarky.internal.engine;

import dev.autarky.internal.Version;
import dev.autarky.internal.design.ReplicateAccumulator;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.internal.stats.LogLinearHistogram;
import dev.autarky.result.DesignErrors;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a merged {@link RunAccumulator} into the public, immutable {@link SimulationResult}. */
public final class ResultAssembler {

    /** Quantile levels reported for every cost outcome. */
    public static final double[] COST_LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

    private ResultAssembler() {
    }

    /** The design-based error estimates of {@code acc} (issue 5). */
    static DesignErrors designErrors(CompiledScenario compiled, RunAccumulator acc, String sampling) {
        ReplicateAccumulator reps = acc.replicates;
        Map<String, DesignErrors.Estimate> means = new LinkedHashMap<>();
        for (int i = 0; i < CompiledScenario.COSTS.size(); i++) {
            means.put(CompiledScenario.COSTS.get(i), estimate(reps.costMean(i)));
        }
        Map<String, List<DesignErrors.Estimate>> by = new LinkedHashMap<>();
        for (int c = 0; c < compiled.criterionCount; c++) {
            List<DesignErrors.Estimate> years = new ArrayList<>();
            for (int y = 0; y < compiled.years; y++) {
                years.add(estimate(reps.probabilityBy(c, y)));
            }
            by.put(compiled.criterionIds[c], years);
        }
        return new DesignErrors(sampling, reps.groupName(), reps.groups(), means, by, compiled.startYear);
    }

    private static DesignErrors.Estimate estimate(double[] e) {
        return new DesignErrors.Estimate(e[0], e[1], (long) e[2]);
    }

    /** The result of a run of {@code compiled} whose paths are all in {@code acc}. */
    public static SimulationResult assemble(CompiledScenario compiled, RunAccumulator acc, long seed, int threads,
            int blockSize, String sampling) {
        var s = compiled.scenario;
        var time = s.time();
        String currency = s.economics().currency();
        RunInfo run = new RunInfo(s.name(), seed, acc.paths(), threads, blockSize, sampling, StreamKeys.DESCRIPTION,
                Version.VALUE, time.startYear(), time.stepsPerYear(), time.horizonYears(), currency);

        List<TimeToSelfReliance> times = new ArrayList<>();
        for (int c = 0; c < compiled.criterionCount; c++) {
            times.add(new TimeToSelfReliance(compiled.criterionIds[c], s.criteria().get(c).name(), time.startYear(),
                    time.stepsPerYear(), acc.times[c].counts(), acc.times[c].censored()));
        }

        Map<String, OutcomeSummary> costs = new LinkedHashMap<>();
        for (int i = 0; i < CompiledScenario.COSTS.size(); i++) {
            String name = CompiledScenario.COSTS.get(i);
            String unit = i == CompiledScenario.COST_LCOS ? currency + "/kg (present value of domestic cost / present value of output)"
                    : currency + " (present value at the start of " + time.startYear() + ")";
            OutcomeAccumulator cost = acc.costs[i];
            long n = cost.defined();
            double sum = cost.sum();
            double mean = n == 0 ? Double.NaN : sum / n;
            double variance = n < 2 ? Double.NaN : Math.max(0, (cost.sumOfSquares() - sum * mean) / (n - 1));
            Map<Double, Double> q = new LinkedHashMap<>();
            LogLinearHistogram h = cost.histogram();
            for (double level : COST_LEVELS) {
                q.put(level, h.quantile(level));
            }
            costs.put(name, new OutcomeSummary(name, unit, acc.paths(), n, mean, Math.sqrt(variance), q,
                    Math.scalb(1.0, -OutcomeAccumulator.SUB_BUCKET_BITS)));
        }

        Map<String, SeriesBands> series = new LinkedHashMap<>();
        for (int sIdx = 0; sIdx < compiled.series.size(); sIdx++) {
            SeriesSpec spec = compiled.series.get(sIdx);
            List<SeriesBands.Band> bands = new ArrayList<>(compiled.steps);
            for (int k = 0; k < compiled.steps; k++) {
                double mean = acc.series.sum[sIdx][k].value() / acc.paths();
                double[] q = new double[5];
                double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
                for (int l = 0; l < levels.length; l++) {
                    q[l] = spec.unitInterval() ? acc.series.unitHistogram[sIdx][k].quantile(levels[l])
                            : acc.series.logHistogram[sIdx][k].quantile(levels[l]);
                }
                bands.add(new SeriesBands.Band(time.yearAt(k), q[0], q[1], q[2], q[3], q[4], mean));
            }
            double resolution = spec.unitInterval() ? 0.5 / acc.series.unitBins
                    : Math.scalb(1.0, -acc.series.subBucketBits);
            series.put(spec.name(), new SeriesBands(spec.name(), spec.unit(), bands, resolution, spec.unitInterval()));
        }
        List<String> inputNames = compiled.inputs.stream().map(InputSpec::name).toList();
        return new SimulationResult(run, s.title(), times, costs, series, inputNames,
                designErrors(compiled, acc, sampling));
    }
}
