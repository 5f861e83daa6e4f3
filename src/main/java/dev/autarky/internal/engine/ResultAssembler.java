package dev.autarky.internal.engine;

import dev.autarky.internal.Version;
import dev.autarky.internal.design.ReplicateAccumulator;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.internal.stats.Binomial;
import dev.autarky.internal.stats.LogLinearHistogram;
import dev.autarky.internal.stats.QuantileHistogram;
import dev.autarky.result.DesignErrors;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeDistribution;
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
                    time.stepsPerYear(), acc.times[c].counts(), acc.times[c].censoredAt()));
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
            costs.put(name, new OutcomeSummary(name, unit, acc.paths(), mean, Math.sqrt(variance), distribution(cost)));
        }

        Map<String, SeriesBands> series = new LinkedHashMap<>();
        acc.series.flush();
        double[] levels = SeriesBands.LEVELS;
        long n = acc.paths();
        Binomial.Ranks[] ranks = new Binomial.Ranks[levels.length];
        for (int l = 0; l < levels.length; l++) {
            ranks[l] = Binomial.quantileRanks(n, levels[l], Estimate.DEFAULT_CONFIDENCE);
        }
        for (int sIdx = 0; sIdx < compiled.series.size(); sIdx++) {
            SeriesSpec spec = compiled.series.get(sIdx);
            boolean unitInterval = spec.unitInterval();
            List<SeriesBands.Band> bands = new ArrayList<>(compiled.steps);
            for (int k = 0; k < compiled.steps; k++) {
                double mean = acc.series.sum[sIdx][k].value() / n;
                QuantileHistogram<?> h = unitInterval ? acc.series.unitHistogram[sIdx][k] : acc.series.logHistogram[sIdx][k];
                double[] q = new double[levels.length];
                double[] lower = new double[levels.length];
                double[] upper = new double[levels.length];
                for (int l = 0; l < levels.length; l++) {
                    q[l] = h.quantile(levels[l]);
                }
                bandLimits(h, ranks, unitInterval, lower, upper);
                bands.add(new SeriesBands.Band(time.yearAt(k), q[0], q[1], q[2], q[3], q[4], mean,
                        SeriesBands.Limits.of(Estimate.DEFAULT_CONFIDENCE, lower, upper)));
            }
            double resolution = unitInterval ? 0.5 / acc.series.unitBins : Math.scalb(1.0, -acc.series.subBucketBits);
            series.put(spec.name(), new SeriesBands(spec.name(), spec.unit(), bands, resolution, unitInterval));
        }
        List<String> inputNames = compiled.inputs.stream().map(InputSpec::name).toList();
        return new SimulationResult(run, s.title(), times, costs, series, inputNames,
                designErrors(compiled, acc, sampling));
    }

    /** The exact values while the accumulator kept them, else the histogram's bins. */
    static OutcomeDistribution distribution(OutcomeAccumulator cost) {
        double[] sorted = cost.sortedValues();
        if (sorted != null) {
            return OutcomeDistribution.ofValues(sorted);
        }
        LogLinearHistogram h = cost.histogram();
        List<double[]> bins = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        h.forEachBin((lower, upper, representative, count) -> {
            bins.add(new double[] {lower, upper, representative});
            counts.add(count);
        });
        int m = bins.size();
        double[] lower = new double[m];
        double[] upper = new double[m];
        double[] value = new double[m];
        long[] c = new long[m];
        for (int i = 0; i < m; i++) {
            lower[i] = bins.get(i)[0];
            upper[i] = bins.get(i)[1];
            value[i] = bins.get(i)[2];
            c[i] = counts.get(i);
        }
        return OutcomeDistribution.ofBins(lower, upper, value, c, h.maxRelativeError());
    }

    /**
     * Confidence limits of band quantiles from a histogram: the lower edge of the bin holding the
     * lower rank and the upper edge of the bin holding the upper rank ({@code ±∞}, or 0 and 1 for
     * a series in [0, 1], where a rank is out of range).
     */
    static void bandLimits(QuantileHistogram<?> h, Binomial.Ranks[] ranks, boolean unitInterval, double[] lower,
            double[] upper) {
        long n = h.count();
        for (int l = 0; l < ranks.length; l++) {
            lower[l] = ranks[l].lower() == 0 ? (unitInterval ? 0.0 : Double.NEGATIVE_INFINITY)
                    : h.binLowerEdgeAtRank(ranks[l].lower());
            upper[l] = ranks[l].upper() > n ? (unitInterval ? 1.0 : Double.POSITIVE_INFINITY)
                    : h.binUpperEdgeAtRank(ranks[l].upper());
        }
    }
}
