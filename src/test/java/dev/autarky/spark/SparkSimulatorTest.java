package dev.autarky.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.PathCapture;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.SimulationFailedException;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.RunPartial;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.StopRule;
import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Economics;
import dev.autarky.scenario.Scenario;
import dev.autarky.uncertain.Uncertain;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distributed runner's promises, in {@code local[2]} mode (with two attempts per task): the
 * same result as the local engine, bit for bit, for any partitioning; a retried task changes
 * nothing; rounds of blocks merge to the whole run; several scenarios in one job.
 */
class SparkSimulatorTest {

    private static final Scenario JAPAN = Scenarios.japanRareEarths();
    /** 2,000 paths in 16 blocks of 128 (the last one short): task boundaries fall somewhere new each time. */
    private static final RunSettings SETTINGS = new RunSettings(2_000, 7, 2, 128);
    /** Failures injected so far by {@link #aTaskThatFailsOnceIsRetriedAndGivesTheSameResult} (local mode: one JVM). */
    private static final AtomicInteger INJECTED = new AtomicInteger();

    private static SparkSimulator spark;
    private static SimulationResult local;

    @BeforeAll
    static void start() {
        spark = SparkSimulator.of(LocalSpark.context());
        local = Simulator.of(JAPAN).run(SETTINGS);
    }

    /** Provenance aside (threads there, tasks here), every field: the run's settings and every number. */
    static void assertSameResult(SimulationResult expected, SimulationResult actual, String what) {
        // the summary JSON shows every number, so a difference is readable; then the values themselves
        assertEquals(SummaryJson.toJson(withoutThreads(expected)), SummaryJson.toJson(withoutThreads(actual)), what);
        assertEquals(withoutThreads(expected), withoutThreads(actual), what);
    }

    static SimulationResult withoutThreads(SimulationResult r) {
        RunInfo run = r.run();
        RunInfo normalized = new RunInfo(run.scenario(), run.seed(), run.paths(), 0, run.blockSize(), run.sampling(),
                run.generator(), run.version(), run.startYear(), run.stepsPerYear(), run.horizonYears(),
                run.currency());
        return new SimulationResult(normalized, r.title(), r.timesToSelfReliance(), r.costs(), r.series(),
                r.inputNames());
    }

    @Test
    void sameResultAsTheLocalEngineForOneThreeAndSevenPartitions() {
        long compilations = 0;
        for (int partitions : new int[] {1, 3, 7}) {
            SimulationResult distributed = spark.withPartitions(partitions).run(JAPAN, SETTINGS);
            assertSameResult(local, distributed, partitions + " partitions");
            assertEquals(partitions, distributed.run().threads(), "tasks recorded");
            if (partitions == 1) {
                compilations = Simulators.compilations();
            }
        }
        // local mode: the driver and the executor are this JVM, which compiled the scenario once
        assertEquals(compilations, Simulators.compilations(), "compiled again");
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndGivesTheSameResult() {
        int before = INJECTED.get();
        // task 2 of 5 fails after its blocks ran, on its first attempt only; partials merged in two levels
        SparkSimulator flaky = spark.withPartitions(5).withDirectMergeTasks(0).withTaskHook(task -> {
            if (task == 2 && TaskContext.get().attemptNumber() == 0) {
                INJECTED.incrementAndGet();
                throw new IllegalStateException("injected failure of task 2, attempt 0");
            }
        });
        assertSameResult(local, flaky.run(JAPAN, SETTINGS), "with a retried task");
        assertEquals(before + 1, INJECTED.get(), "the failure was injected once");
    }

    @Test
    void aTaskThatKeepsFailingFailsTheRun() {
        SparkSimulator broken = spark.withPartitions(2).withTaskHook(task -> {
            if (task == 1) {
                throw new IllegalStateException("injected failure of task 1, every attempt");
            }
        });
        SimulationFailedException e = assertThrows(SimulationFailedException.class, () -> broken.run(JAPAN, SETTINGS));
        assertTrue(e.getMessage().contains("injected failure of task 1"), e.getMessage());
    }

    @Test
    void roundsOfBlocksMergeToTheWholeRun() {
        BlockRange whole = BlockRange.whole(JAPAN, SETTINGS);
        RunPartial total = spark.runBlocks(JAPAN, SETTINGS, 0, 5);
        // a round equals the same blocks run here
        Simulator here = Simulator.of(JAPAN);
        RunPartial there = spark.runBlocks(JAPAN, SETTINGS, 5, 6);
        RunPartial sameHere = here.runBlocks(SETTINGS, 5, 6);
        assertEquals(sameHere.paths(), there.paths());
        total.combine(there);
        total.combine(spark.withPartitions(4).withDirectMergeTasks(0).runBlocks(JAPAN, SETTINGS, 6, 16));
        assertSameResult(local, spark.result(whole, total), "merged rounds");
        assertEquals(0, spark.runBlocks(JAPAN, SETTINGS, 16, 16).paths(), "an empty round");
        // the local result of the same partial, merged here from local blocks, is the same too
        RunPartial localTotal = here.runBlocks(SETTINGS, 0, 5).combine(sameHere).combine(here.runBlocks(SETTINGS, 6, 16));
        assertSameResult(local, here.result(SETTINGS, localTotal), "local partials");
    }

    /** A stop rule runs its rounds on the cluster and stops where the local engine stops. */
    @Test
    void aStopRuleRunsInRoundsOnTheCluster() {
        RunSettings withRule = SETTINGS.withPaths(50_000)
                .withStopRule(StopRule.until("mean:systemCost:3%").withFirstRoundPaths(400));
        SimulationResult expected = Simulator.of(JAPAN).run(withRule);
        SimulationResult onSpark = spark.withPartitions(3).run(JAPAN, withRule);
        assertSameResult(expected, onSpark, "stop rule");
        assertEquals(expected.convergence(), onSpark.convergence());
    }

    @Test
    void severalScenariosRunAsOneJobEachAsItsOwnLocalRun() {
        Scenario cheaperMoney = new Scenario(JAPAN.name() + "-discount-3pct", JAPAN.title(), JAPAN.description(),
                JAPAN.time(), new Economics(JAPAN.economics().currency(), Uncertain.fixed(0.03)), JAPAN.materials(),
                JAPAN.domestic(), JAPAN.regimes(), JAPAN.suppliers(), JAPAN.criteria(), JAPAN.sources());
        List<SimulationResult> both = spark.withPartitions(3).run(List.of(JAPAN, cheaperMoney, JAPAN), SETTINGS);
        assertSameResult(local, both.get(0), "first arm");
        assertSameResult(Simulator.of(cheaperMoney).run(SETTINGS), both.get(1), "second arm");
        assertSameResult(local, both.get(2), "the first scenario again");
    }

    @Test
    void everySamplingDesignGivesTheLocalResult() {
        List<SamplingDesign> designs = List.of(SamplingDesign.LHS, SamplingDesign.SOBOL, SamplingDesign.ANTITHETIC);
        List<BlockRange> ranges = designs.stream()
                .map(d -> BlockRange.whole(JAPAN, SETTINGS.withSampling(d))).toList();
        List<RunPartial> accs = spark.withPartitions(3).runBlocks(ranges); // one job, three runs
        for (int i = 0; i < designs.size(); i++) {
            SimulationResult expected = Simulator.of(JAPAN).run(SETTINGS.withSampling(designs.get(i)));
            assertSameResult(expected, spark.withPartitions(3).result(ranges.get(i), accs.get(i)),
                    designs.get(i).id());
        }
    }

    @Test
    void captureIsRefusedNotIgnored() {
        assertThrows(UnsupportedOperationException.class,
                () -> spark.run(JAPAN, SETTINGS.withCapture(PathCapture.OUTCOMES)));
    }

    @Test
    void rangesAndPartitionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new BlockRange(JAPAN, 1, 1_000, 100, 3, 11));
        assertThrows(IllegalArgumentException.class, () -> new BlockRange(JAPAN, 1, 1_000, 100, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> new BlockRange(JAPAN, 1, 1_000, 100, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> spark.withPartitions(0));
        assertEquals(250, new BlockRange(JAPAN, 1, 1_000, 100, 0, 10).pathCount() / 4);
        assertEquals(50, new BlockRange(JAPAN, 1, 950, 100, 9, 10).pathCount());
        assertEquals(3, spark.withPartitions(7).partitions(3));
        assertEquals(3 * LocalSpark.context().defaultParallelism(), spark.partitions(1_000));
    }
}
