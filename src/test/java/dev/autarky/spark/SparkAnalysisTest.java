package dev.autarky.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.ComparisonSettings;
import dev.autarky.analysis.Levers;
import dev.autarky.analysis.PolicyComparison;
import dev.autarky.analysis.PolicySweep;
import dev.autarky.analysis.SensitivityAnalysis;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SensitivitySettings;
import dev.autarky.analysis.SobolGrouping;
import dev.autarky.analysis.SweepResult;
import dev.autarky.engine.TaskRunner;
import dev.autarky.io.AnalysisJson;
import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyses on Spark through {@link SparkSimulator#taskRunner()}: the local results, bit for
 * bit, whatever the partitioning.
 */
class SparkAnalysisTest {

    private static final Scenario JAPAN = Scenarios.japanRareEarths();
    private static final Scenario MORE_STOCK = Levers.stockpileScale("Dy", "Tb").apply(JAPAN, 2);

    private static SparkSimulator spark;

    @BeforeAll
    static void start() {
        spark = SparkSimulator.of(LocalSpark.context());
    }

    /** Returns its index; fails when asked to. */
    record Echo(int index, boolean fail) implements TaskRunner.Task<Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer run() {
            if (fail) {
                throw new IllegalStateException("injected failure of task " + index);
            }
            return index;
        }
    }

    @Test
    void resultsComeBackInTaskOrderOnAnyPartitioning() throws Exception {
        List<Echo> tasks = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(new Echo(i, false));
            expected.add(i);
        }
        for (SparkSimulator s : List.of(spark, spark.withPartitions(1), spark.withPartitions(3))) {
            TaskRunner runner = s.taskRunner();
            assertEquals(LocalSpark.context().defaultParallelism(), runner.parallelism());
            assertEquals(expected, runner.runAll(tasks));
        }
        assertEquals(List.of(), spark.taskRunner().runAll(List.<Echo>of()));
    }

    @Test
    void aTaskThatKeepsFailingFailsTheCallNamingTheFailure() {
        Exception e = assertThrows(Exception.class,
                () -> spark.taskRunner().runAll(List.of(new Echo(0, false), new Echo(1, true))));
        assertTrue(e.getMessage().contains("injected failure of task 1"), e.getMessage());
    }

    @Test
    void aComparisonOnSparkEqualsTheLocalOne() {
        ComparisonSettings settings = ComparisonSettings.defaults().withPaths(2_000).withThreads(2);
        ComparisonResult local = PolicyComparison.run(JAPAN, List.of(MORE_STOCK), settings);
        for (SparkSimulator s : List.of(spark, spark.withPartitions(1), spark.withPartitions(3))) {
            ComparisonResult distributed = PolicyComparison.run(JAPAN, List.of(MORE_STOCK), settings, s.taskRunner());
            assertEquals(AnalysisJson.toJson(local), AnalysisJson.toJson(distributed));
            assertEquals(local, distributed);
        }
    }

    @Test
    void aSweepOnSparkEqualsTheLocalOne() {
        PolicySweep.Settings settings = PolicySweep.Settings.defaults().withPaths(1_200);
        double[] scale = {1, 2};
        SweepResult local = PolicySweep.run(JAPAN, Levers.stockpileScale("Dy", "Tb"), scale, settings);
        assertEquals(local, PolicySweep.run(JAPAN, Levers.stockpileScale("Dy", "Tb"), scale, settings,
                spark.withPartitions(3).taskRunner()));
    }

    @Test
    void aSensitivityAnalysisOnSparkEqualsTheLocalOne() {
        SensitivitySettings settings = SensitivitySettings.defaults().withPaths(1_500).withByYear(2040)
                .withTornado(600, 2).withSobol(48, 10, SobolGrouping.COMPONENT)
                .withSeries(List.of("capabilityShare.Dy"));
        SensitivityResult local = SensitivityAnalysis.run(JAPAN, settings);
        for (SparkSimulator s : List.of(spark, spark.withPartitions(1))) {
            SensitivityResult distributed = SensitivityAnalysis.run(JAPAN, settings, s.taskRunner());
            assertEquals(AnalysisJson.toJson(local), AnalysisJson.toJson(distributed));
            assertEquals(local.tornadoes(), distributed.tornadoes());
            assertEquals(local.overTime(), distributed.overTime());
        }
    }
}
