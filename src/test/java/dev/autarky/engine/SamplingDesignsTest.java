package dev.autarky.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathKernel;
import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.DesignErrors;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The engine's promises under every sampling design, on the default scenario (whose Dy and Tb
 * inputs are correlated through the copula): bit-identical results on 1, 2 and 4 threads, every
 * path replayable alone by {@link Simulator#trace(RunSettings, long)}, the design recorded, and
 * design-based errors consistent with the plain results.
 */
class SamplingDesignsTest {

    private static final Scenario JAPAN = Scenarios.japanRareEarths();
    private static final Simulator SIM = Simulator.of(JAPAN);

    @ParameterizedTest
    @EnumSource(SamplingDesign.class)
    void resultsAreIdenticalOnOneTwoAndFourThreads(SamplingDesign design) {
        RunSettings settings = new RunSettings(800, 3, 1, 100, design);
        SimulationResult one = SIM.run(settings);
        assertEquals(design.id(), one.run().sampling());
        assertEquals(design.id(), one.designErrors().sampling());
        for (int threads : new int[] {2, 4}) {
            SimulationResult other = SIM.run(settings.withThreads(threads));
            assertEquals(SummaryJson.toJson(withoutThreads(one)), SummaryJson.toJson(withoutThreads(other)),
                    design + " on " + threads + " threads");
            assertEquals(withoutThreads(one), withoutThreads(other), design + " on " + threads + " threads");
        }
        assertTrue(SummaryJson.toJson(one).contains("\"sampling\" : \"" + design.id() + "\"")
                || SummaryJson.toJson(one).contains("\"sampling\":\"" + design.id() + "\""), "summary.json names the design");
    }

    private static SimulationResult withoutThreads(SimulationResult r) {
        RunInfo run = r.run();
        RunInfo normalized = new RunInfo(run.scenario(), run.seed(), run.paths(), 0, run.blockSize(), run.sampling(),
                run.generator(), run.version(), run.startYear(), run.stepsPerYear(), run.horizonYears(), run.currency());
        return new SimulationResult(normalized, r.title(), r.timesToSelfReliance(), r.costs(), r.series(), r.inputNames(),
                r.designErrors());
    }

    /** Paths simulated in sequence by one worker's kernel equal each path traced alone, in any order. */
    @ParameterizedTest
    @EnumSource(SamplingDesign.class)
    void aTracedPathEqualsThatPathInsideTheRun(SamplingDesign design) {
        CompiledScenario compiled = CompiledScenario.of(JAPAN);
        RunSettings settings = new RunSettings(300, 5, 2, 64, design);
        PathKernel worker = new PathKernel(compiled);
        worker.useDesign(compiled.design(InputDesign.Kind.valueOf(design.name()), settings.paths(), settings.blockSize()));
        for (int i = 0; i < 300; i++) {
            worker.simulate(settings.seed(), i);
            if (i % 7 != 3) {
                continue; // replay a spread of paths, not all
            }
            PathTrace alone = SIM.trace(settings, i);
            for (int j = 0; j < CompiledScenario.COSTS.size(); j++) {
                assertEquals(worker.outcome.costs[j], alone.costs().get(CompiledScenario.COSTS.get(j)),
                        design + " path " + i + " " + CompiledScenario.COSTS.get(j));
            }
            for (int s = 0; s < compiled.series.size(); s++) {
                assertArrayEquals(worker.outcome.series[s], alone.values("series." + compiled.series.get(s).name()),
                        design + " path " + i + " series " + compiled.series.get(s).name());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SIM.trace(settings, 300));
    }

    @Test
    void plainMonteCarloIsUnchangedAndTracedByEitherMethod() {
        RunSettings settings = new RunSettings(100, 9, 1, 32);
        assertEquals(SamplingDesign.MC, settings.sampling());
        for (int i = 0; i < 100; i += 9) {
            assertEquals(SIM.trace(9, i).costs(), SIM.trace(settings, i).costs());
            assertEquals(SIM.trace(9, i).inputs(), SIM.trace(settings, i).inputs());
        }
    }

    /** The copula makes Dy and Tb base demand move together in every traced path (rank correlation 1). */
    @Test
    void correlatedInputsMoveTogether() {
        double[] dy = new double[400];
        double[] tb = new double[400];
        for (int i = 0; i < dy.length; i++) {
            Map<String, Double> in = SIM.trace(1, i).inputs();
            dy[i] = in.get("materials.Dy.demand.baseTonnesPerYear");
            tb[i] = in.get("materials.Tb.demand.baseTonnesPerYear");
        }
        assertEquals(1, new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(dy, tb), 1e-9);
    }

    /** Under plain MC the design-based errors are the usual ones: s / sqrt(n), and the exact P(by year). */
    @Test
    void monteCarloDesignErrorsAreThePlainOnes() {
        SimulationResult r = SIM.run(new RunSettings(1_000, 4, 2, 256));
        DesignErrors e = r.designErrors();
        assertEquals(1_000, e.groups());
        for (Map.Entry<String, OutcomeSummary> c : r.costs().entrySet()) {
            OutcomeSummary s = c.getValue();
            DesignErrors.Estimate m = e.costMean(c.getKey());
            if (s.count() < 2) {
                continue;
            }
            assertEquals(s.mean(), m.value(), 1e-12 * Math.abs(s.mean()) + 1e-300, c.getKey());
            // groups of one path; where a cost is undefined on some paths, the ratio estimator's
            // G / (G - 1) over all groups replaces n / (n - 1) over the defined values
            double n = s.count();
            double g = e.groups();
            double plain = s.standardDeviation() / Math.sqrt(n) * Math.sqrt((n - 1) * g / (n * (g - 1)));
            assertEquals(plain, m.standardError(), 1e-6 * m.standardError() + 1e-300, c.getKey());
        }
        var t = r.timeToSelfReliance();
        for (int year = 2026; year < 2026 + JAPAN.time().horizonYears(); year += 3) {
            assertEquals(t.probabilityBy(year), e.probabilityBy(t.criterion(), year).value(), 1e-12, "year " + year);
        }
    }

    /** Each design states its groups; Sobol's 16 replicates, LHS's blocks, antithetic pairs. */
    @Test
    void designErrorsCountTheDesignsIndependentGroups() {
        RunSettings base = new RunSettings(512, 4, 2, 128);
        assertEquals(16, SIM.run(base.withSampling(SamplingDesign.SOBOL)).designErrors().groups());
        assertEquals(4, SIM.run(base.withSampling(SamplingDesign.LHS)).designErrors().groups());
        DesignErrors anti = SIM.run(base.withSampling(SamplingDesign.ANTITHETIC)).designErrors();
        assertEquals(256, anti.groups());
        String criterion = JAPAN.criteria().get(0).id();
        List<DesignErrors.Estimate> by = anti.probabilityBy().get(criterion);
        assertEquals(JAPAN.time().horizonYears(), by.size());
        assertFalse(Double.isNaN(anti.costMean("systemCost").standardError()));
        assertThrows(IllegalArgumentException.class, () -> new RunSettings(10, 1, 1, 3, SamplingDesign.ANTITHETIC));
    }
}
