package dev.autarky.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autarky.engine.PathCapture;
import dev.autarky.engine.PathTrace;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.Simulator;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.io.Scenarios;
import dev.autarky.result.PathOutcomes;
import org.junit.jupiter.api.Test;

/** The evaluator's points are the engine's paths, bit for bit, whatever the thread count. */
class PathEvaluatorTest {

    private static final CompiledScenario JAPAN = CompiledScenario.of(Scenarios.japanRareEarths());

    @Test
    void runGivesTheEnginesPathsUnderEveryDesign() {
        PathEvaluator e = new PathEvaluator(JAPAN);
        Simulator sim = Simulator.of(JAPAN.scenario);
        for (SamplingDesign design : new SamplingDesign[] {SamplingDesign.MC, SamplingDesign.LHS}) {
            RunSettings settings = new RunSettings(200, 5, 2, 64, design).withCapture(PathCapture.OUTCOMES_AND_INPUTS);
            PathOutcomes captured = sim.run(settings).pathOutcomes().orElseThrow();
            PathEvaluator.Outputs out = e.run(5, 200, 64, InputDesign.Kind.valueOf(design.name()), -1, 0.5,
                    new PathEvaluator.Selection(true, new int[] {0}), 3);
            assertEquals(200, out.size());
            for (int i = 0; i < 200; i++) {
                for (int c = 0; c < out.steps().length; c++) {
                    assertEquals(captured.step(c, i), out.steps()[c][i]);
                }
                for (int j = 0; j < out.costs().length; j++) {
                    assertEquals(Double.doubleToLongBits(captured.cost(j, i)), Double.doubleToLongBits(out.costs()[j][i]));
                }
                for (int j = 0; j < out.inputs().length; j++) {
                    assertEquals(captured.input(j, i), out.inputs()[j][i]);
                }
            }
            PathTrace t = sim.trace(settings, 17);
            double[] series = t.values("series." + JAPAN.series.get(0).name());
            for (int k = 0; k < series.length; k++) {
                assertEquals(series[k], out.series()[0][k][17]);
            }
        }
    }

    @Test
    void slicesOfARunConcatenateToTheRun() {
        PathEvaluator e = new PathEvaluator(JAPAN);
        PathEvaluator.Selection keep = new PathEvaluator.Selection(true, new int[] {0, 2});
        PathEvaluator.Outputs whole = e.run(5, 300, 64, InputDesign.Kind.LHS, 1, 0.9, keep, 2);
        PathEvaluator.Outputs joined = PathEvaluator.concat(java.util.List.of(
                e.run(5, 300, 64, InputDesign.Kind.LHS, 1, 0.9, keep, 1, 0, 70),
                e.run(5, 300, 64, InputDesign.Kind.LHS, 1, 0.9, keep, 2, 70, 71),
                e.run(5, 300, 64, InputDesign.Kind.LHS, 1, 0.9, keep, 1, 71, 300)));
        assertEquals(300, joined.size());
        assertArrayEquals(whole.steps(), joined.steps());
        assertArrayEquals(whole.costs(), joined.costs());
        assertArrayEquals(whole.inputs(), joined.inputs());
        for (int s = 0; s < 2; s++) {
            assertArrayEquals(whole.series()[s], joined.series()[s]);
        }
        assertThrows(IllegalArgumentException.class,
                () -> e.run(5, 300, 64, InputDesign.Kind.MC, -1, 0.5, keep, 1, 10, 10));
        assertThrows(IllegalArgumentException.class,
                () -> e.run(5, 300, 64, InputDesign.Kind.MC, -1, 0.5, keep, 1, 200, 301));
    }

    @Test
    void pointsWithThePlainDrawsAreThePlainPathsAndAHeldInputTakesItsQuantile() {
        PathEvaluator e = new PathEvaluator(JAPAN);
        int d = JAPAN.inputs.size();
        PathEvaluator.Outputs run = e.run(8, 300, 512, InputDesign.Kind.MC, -1, 0.5, PathEvaluator.Selection.OUTCOMES, 1);
        PathEvaluator.Outputs points = e.points(8, 300, new PathEvaluator.PointSource() {
            @Override
            public long processPath(int k) {
                return k;
            }

            @Override
            public void uniforms(int k, double[] u) {
                for (int i = 0; i < d; i++) {
                    u[i] = StreamKeys.inputUniform(8, k, JAPAN.inputs.get(i).key());
                }
            }
        }, PathEvaluator.Selection.OUTCOMES, 2);
        assertArrayEquals(run.steps(), points.steps());
        assertArrayEquals(run.costs(), points.costs());
        assertNull(points.inputs());

        int held = 3;
        PathEvaluator.Outputs low = e.run(8, 300, 512, InputDesign.Kind.MC, held, 0.1,
                new PathEvaluator.Selection(true, new int[0]), 2);
        double p10 = JAPAN.inputs.get(held).quantile().quantile(0.1);
        for (int i = 0; i < 300; i++) {
            assertEquals(p10, low.inputs()[held][i]);
        }
    }

    @Test
    void refusesWhatItCannotDo() {
        PathEvaluator e = new PathEvaluator(JAPAN);
        PathEvaluator.Selection none = PathEvaluator.Selection.OUTCOMES;
        assertThrows(IllegalArgumentException.class, () -> e.run(1, 10, 8, InputDesign.Kind.MC, 999, 0.5, none, 1));
        assertThrows(IllegalArgumentException.class, () -> e.run(1, 10, 8, InputDesign.Kind.MC, 0, 1.0, none, 1));
        assertThrows(IllegalArgumentException.class, () -> e.run(1, 0, 8, InputDesign.Kind.MC, -1, 0.5, none, 1));
        assertThrows(IllegalArgumentException.class, () -> e.run(1, 10, 8, InputDesign.Kind.MC, -1, 0.5, none, 0));
        assertThrows(IllegalArgumentException.class,
                () -> e.run(1, 10, 8, InputDesign.Kind.MC, -1, 0.5, new PathEvaluator.Selection(false, new int[] {-1}), 1));
        long tooMany = PathCapture.MAX_BYTES / 8;
        assertThrows(IllegalArgumentException.class,
                () -> e.run(1, tooMany, 512, InputDesign.Kind.MC, -1, 0.5, new PathEvaluator.Selection(true, new int[0]), 1));
        assertEquals(JAPAN, e.compiled());
    }

    @Test
    void anInterruptedCallerAbandonsTheEvaluation() {
        PathEvaluator e = new PathEvaluator(JAPAN);
        for (int threads : new int[] {1, 2}) {
            Thread.currentThread().interrupt();
            try {
                assertThrows(IllegalStateException.class, () -> e.run(1, 100_000, 512, InputDesign.Kind.MC, -1, 0.5,
                        PathEvaluator.Selection.OUTCOMES, threads));
            } finally {
                Thread.interrupted();
            }
        }
        // a failing point stops every worker and its exception reaches the caller
        assertThrows(IllegalStateException.class, () -> e.points(1, 10_000, new PathEvaluator.PointSource() {
            @Override
            public long processPath(int k) {
                return k;
            }

            @Override
            public void uniforms(int k, double[] u) {
                throw new IllegalStateException("bad point " + k);
            }
        }, PathEvaluator.Selection.OUTCOMES, 2));
    }
}
