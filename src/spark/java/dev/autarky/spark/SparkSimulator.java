package dev.autarky.spark;

import dev.autarky.engine.PathCapture;
import dev.autarky.engine.ProgressListener;
import dev.autarky.engine.RunPartial;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.SimulationFailedException;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.TaskRunner;
import dev.autarky.io.ScenarioJson;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Runs simulations on Apache Spark, with results bit-identical to {@link dev.autarky.engine.Simulator}
 * for the same scenario, seed, paths and block size, on any number of partitions and executors.
 *
 * <p>How a call runs: each {@link BlockRange} is cut into at most {@link #partitions(long)}
 * contiguous runs of blocks, one Spark task each (one task per partition). The scenarios travel
 * once per executor as a broadcast of their canonical JSON, and each executor JVM compiles each
 * scenario once. A task simulates its blocks with {@link Simulator#runBlocks} — exactly as a local
 * worker does — and returns its {@link RunPartial} as bytes. Up to {@value #DIRECT_MERGE_TASKS} partials per call are collected
 * and merged by the driver (one Spark stage); beyond that, in two levels: about √P groups
 * per range are merged by a second stage of tasks, and the driver merges the groups. Merging is exact and
 * order-independent (integer counts; per-block floating-point sums combined with exact
 * summation), so neither the grouping nor the order of arrival can change a bit. A failed task is
 * retried by Spark; tasks are deterministic and have no side effects, so a retry (or a speculative
 * copy) returns the same partial. Details and sizing: {@code docs/distributed.md}.
 *
 * <pre>{@code
 * JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("autarky"));
 * SparkSimulator cluster = SparkSimulator.of(spark).withPartitions(400);
 * SimulationResult r = cluster.run(Scenarios.japanRareEarths(), RunSettings.defaults().withPaths(1_000_000_000L));
 * }</pre>
 *
 * <p>Everything else distributed builds on {@link #runBlocks(List)}, which runs any set of block
 * ranges (of one or many scenarios and runs) as one Spark job and returns one merged partial per
 * range: a stop rule's rounds run through {@link Simulator#run(RunSettings, ProgressListener,
 * dev.autarky.engine.BlockExecutor)} with this cluster as the executor; a policy comparison runs the
 * same blocks of several scenarios ({@link #run(List, RunSettings)}); a sensitivity design runs one
 * range per design point.
 *
 * <p>The analyses of {@code dev.autarky.analysis} (policy comparisons, sweeps, sensitivity
 * analyses) run through {@link #taskRunner()}, with results bit-identical to their local runs:
 * <pre>{@code
 * ComparisonResult r = PolicyComparison.run(base, List.of(moreStock), ComparisonSettings.defaults(),
 *         cluster.taskRunner());
 * }</pre>
 *
 * <p>Immutable and thread-safe; concurrent calls run as concurrent Spark jobs.
 */
public final class SparkSimulator {

    /** Default tasks per range per core of the cluster: Spark's tuning guide suggests 2–3 for balance. */
    public static final int DEFAULT_TASKS_PER_CORE = 3;

    /** Up to this many tasks in a call, the driver merges their partials itself (one stage, no shuffle). */
    public static final int DIRECT_MERGE_TASKS = 32;

    private static final String DESCRIPTION = "spark.job.description";

    private final JavaSparkContext spark;
    private final int partitions;
    private final TaskHook hook;
    private final int directMergeTasks;

    private SparkSimulator(JavaSparkContext spark, int partitions, TaskHook hook, int directMergeTasks) {
        this.spark = spark;
        this.partitions = partitions;
        this.hook = hook;
        this.directMergeTasks = directMergeTasks;
    }

    /** A simulator that runs on {@code spark}, with the default number of partitions. */
    public static SparkSimulator of(JavaSparkContext spark) {
        return new SparkSimulator(Objects.requireNonNull(spark, "spark"), 0, null, DIRECT_MERGE_TASKS);
    }

    /** A simulator that runs on {@code spark}, with the default number of partitions. */
    public static SparkSimulator of(SparkContext spark) {
        return of(JavaSparkContext.fromSparkContext(Objects.requireNonNull(spark, "spark")));
    }

    /**
     * This simulator with at most {@code partitions} tasks per block range (never more than the
     * range has blocks). The default is {@value #DEFAULT_TASKS_PER_CORE} × Spark's default
     * parallelism (the cluster's cores). Results do not depend on it.
     */
    public SparkSimulator withPartitions(int partitions) {
        return new SparkSimulator(spark, Arguments.requireInRange(partitions, 1, 1 << 20, "partitions"), hook,
                directMergeTasks);
    }

    /** This simulator with a hook run in every task (for failure-injection tests). */
    SparkSimulator withTaskHook(TaskHook taskHook) {
        return new SparkSimulator(spark, partitions, taskHook, directMergeTasks);
    }

    /** This simulator merging on the driver alone up to {@code tasks} tasks (0: always in two levels; for tests). */
    SparkSimulator withDirectMergeTasks(int tasks) {
        return new SparkSimulator(spark, partitions, hook, tasks);
    }

    /**
     * A {@link TaskRunner} on the cluster, for the analyses of {@code dev.autarky.analysis}. A call
     * of {@link TaskRunner#runAll} is one Spark job: one Spark task per task, or, with
     * {@link #withPartitions}, at most that many Spark tasks, each running a contiguous run of the
     * tasks; the results are collected in task order. Its {@link TaskRunner#parallelism()} is
     * Spark's default parallelism (the cluster's cores). A task that keeps failing (more often than
     * {@code spark.task.maxFailures}) fails the call with Spark's exception, which names the
     * task's failure. Tasks travel with Java serialization, each with its own copy of its
     * scenario's JSON (tens of kB).
     *
     * @return a task runner on this simulator's Spark context
     */
    public TaskRunner taskRunner() {
        return new SparkTaskRunner(spark, partitions);
    }

    /** The runner of {@link #taskRunner()}. */
    private static final class SparkTaskRunner implements TaskRunner {
        private final JavaSparkContext spark;
        private final int partitions;

        SparkTaskRunner(JavaSparkContext spark, int partitions) {
            this.spark = spark;
            this.partitions = partitions;
        }

        @Override
        public int parallelism() {
            return Math.max(1, spark.defaultParallelism());
        }

        @Override
        public <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) {
            if (tasks.isEmpty()) {
                return List.of();
            }
            List<Task<R>> list = new ArrayList<>(tasks);
            int slices = partitions > 0 ? Math.min(partitions, list.size()) : list.size();
            String previous = spark.getLocalProperty(DESCRIPTION);
            spark.setJobDescription("autarky: " + list.size() + " analysis task" + (list.size() == 1 ? "" : "s"));
            try {
                return spark.parallelize(list, slices).map(Task::run).collect();
            } finally {
                spark.setLocalProperty(DESCRIPTION, previous);
            }
        }
    }

    /** The number of tasks (Spark partitions) a range of {@code blocks} blocks is cut into. */
    public int partitions(long blocks) {
        long wanted = partitions > 0 ? partitions : (long) DEFAULT_TASKS_PER_CORE * spark.defaultParallelism();
        return (int) Math.max(0, Math.min(blocks, Math.max(1, wanted)));
    }

    /**
     * Runs {@code scenario} with {@code settings} on the cluster. The result equals the local
     * engine's for the same paths, seed and block size; its {@code run().threads()} records the
     * number of Spark tasks instead of threads (the settings' thread count plays no part). Every
     * sampling design is supported.
     *
     * @throws SimulationFailedException if the Spark job failed (a task failed more often than
     *         {@code spark.task.maxFailures} allows, or the job was cancelled)
     * @throws UnsupportedOperationException if the settings ask for per-path capture (not
     *         distributed; see docs/distributed.md)
     */
    public SimulationResult run(Scenario scenario, RunSettings settings) {
        return run(List.of(scenario), settings).get(0);
    }

    /**
     * Runs every scenario with the same settings, as one Spark job: the arms of a policy comparison
     * (each path of each scenario draws from the same keyed streams, so paired differences are
     * common-random-number differences). Results are in the order of {@code scenarios}.
     */
    public List<SimulationResult> run(List<Scenario> scenarios, RunSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.capture() != PathCapture.NONE) {
            throw new UnsupportedOperationException("per-path capture does not run on Spark yet: use the local engine");
        }
        List<SimulationResult> results = new ArrayList<>();
        if (settings.stopRule().active()) {
            // rounds are decided on the driver; each round's blocks run as one Spark job
            for (Scenario s : scenarios) {
                results.add(Simulator.of(s).run(settings, ProgressListener.NONE,
                        (from, to) -> runBlocks(List.of(BlockRange.of(s, settings, from, to))).get(0)));
            }
            return results;
        }
        List<BlockRange> ranges = new ArrayList<>();
        for (Scenario s : scenarios) {
            ranges.add(BlockRange.whole(s, settings));
        }
        List<RunPartial> partials = runBlocks(ranges);
        for (int i = 0; i < ranges.size(); i++) {
            results.add(result(ranges.get(i), partials.get(i)));
        }
        return results;
    }

    /**
     * Simulates blocks {@code [fromBlock, toBlock)} of the run {@code (scenario, settings)} on the
     * cluster and returns their merged partial: equal, bit for bit, to
     * {@code Simulator.of(scenario).runBlocks(settings, fromBlock, toBlock)}.
     */
    public RunPartial runBlocks(Scenario scenario, RunSettings settings, long fromBlock, long toBlock) {
        return runBlocks(List.of(BlockRange.of(scenario, settings, fromBlock, toBlock))).get(0);
    }

    /**
     * Simulates every range as one Spark job and returns one merged partial per range, in the
     * order of {@code ranges}. Ranges may belong to different scenarios and runs, and may repeat.
     * An empty range gives an empty partial without a task. The driver holds the returned
     * partials (a few MB each for the default scenario): split designs of hundreds of ranges
     * into several calls.
     *
     * @throws SimulationFailedException if the Spark job failed
     */
    public List<RunPartial> runBlocks(List<BlockRange> ranges) {
        Plan plan = Plan.of(ranges, this::partitions);
        RunPartial[] totals = new RunPartial[ranges.size()];
        if (!plan.tasks.isEmpty()) {
            runJob(plan, totals);
        }
        List<RunPartial> merged = new ArrayList<>(totals.length);
        for (int r = 0; r < totals.length; r++) {
            BlockRange range = ranges.get(r);
            RunPartial total = totals[r] != null ? totals[r]
                    : Simulators.of(plan.scenarioJson.get(plan.scenarioOf[r])).runBlocks(range.settings(1),
                            range.fromBlock(), range.fromBlock());
            if (total.paths() != range.pathCount()) {
                throw new IllegalStateException("range " + r + ": merged " + total.paths() + " paths, expected "
                        + range.pathCount());
            }
            merged.add(total);
        }
        return merged;
    }

    /** Runs the plan's tasks as one Spark job and merges their partials into {@code totals} (by range). */
    private void runJob(Plan plan, RunPartial[] totals) {
        String previous = spark.getLocalProperty(DESCRIPTION);
        spark.setJobDescription(plan.description());
        Broadcast<String[]> scenarios = spark.broadcast(plan.scenarioJson.toArray(new String[0]));
        try {
            TaskHook taskHook = hook;
            JavaPairRDD<Integer, byte[]> partials = spark.parallelize(plan.tasks, plan.tasks.size())
                    .mapToPair(task -> runTask(task, scenarios, taskHook));
            List<Tuple2<Integer, byte[]>> groups = plan.tasks.size() <= directMergeTasks ? partials.collect()
                    : partials.groupByKey(new HashPartitioner(plan.groups)).mapValues(Partials::merge).collect();
            for (Tuple2<Integer, byte[]> group : groups) {
                int r = plan.rangeOfGroup[group._1()];
                RunPartial part = Partials.fromBytes(group._2());
                if (totals[r] == null) {
                    totals[r] = part;
                } else {
                    totals[r].combine(part);
                }
            }
        } catch (Exception e) { // SparkException is checked but undeclared in the Java API
            throw new SimulationFailedException(e);
        } finally {
            scenarios.destroy();
            spark.setLocalProperty(DESCRIPTION, previous);
        }
    }

    /**
     * The result of a run whose blocks are all merged in {@code partial}: {@code range} is the whole
     * run, as given to {@link #runBlocks(List)}. {@code run().threads()} records the number of tasks
     * the range was cut into.
     */
    public SimulationResult result(BlockRange range, RunPartial partial) {
        return Simulators.of(ScenarioJson.write(range.scenario()))
                .result(range.settings(Math.max(1, partitions(range.blocks()))), partial);
    }

    /** One task: its blocks, run on the executor, as a partial keyed by its merge group. */
    private static Tuple2<Integer, byte[]> runTask(long[] task, Broadcast<String[]> scenarios, TaskHook hook) {
        Simulator simulator = Simulators.of(scenarios.value()[(int) task[Plan.SCENARIO]]);
        SamplingDesign sampling = SamplingDesign.values()[(int) task[Plan.SAMPLING]];
        RunSettings settings = new RunSettings(task[Plan.PATHS], task[Plan.SEED], 1, (int) task[Plan.BLOCK_SIZE],
                sampling);
        RunPartial partial = simulator.runBlocks(settings, task[Plan.FROM], task[Plan.TO]);
        if (hook != null) {
            hook.afterBlocks((int) task[Plan.TASK]);
        }
        return new Tuple2<>((int) task[Plan.GROUP], Partials.toBytes(partial));
    }

    /**
     * The tasks of one call. A task is a {@code long[]} (what Spark ships per partition; any
     * serializer handles it): its index, range, scenario, the run's seed, paths and block size, its
     * blocks, its merge group and the run's sampling design. Range {@code r} cut into {@code P} tasks gets {@code ceil(√P)}
     * merge groups; task {@code t} of it joins group {@code t mod ceil(√P)}.
     */
    static final class Plan {
        static final int TASK = 0;
        static final int RANGE = 1;
        static final int SCENARIO = 2;
        static final int SEED = 3;
        static final int PATHS = 4;
        static final int BLOCK_SIZE = 5;
        static final int FROM = 6;
        static final int TO = 7;
        static final int GROUP = 8;
        static final int SAMPLING = 9;

        final List<String> scenarioJson = new ArrayList<>();
        final int[] scenarioOf;
        final List<long[]> tasks = new ArrayList<>();
        int[] rangeOfGroup = new int[0];
        int groups;

        private Plan(int ranges) {
            scenarioOf = new int[ranges];
        }

        interface Partitioning {
            int partitions(long blocks);
        }

        static Plan of(List<BlockRange> ranges, Partitioning partitioning) {
            Plan plan = new Plan(ranges.size());
            Map<Scenario, Integer> seen = new IdentityHashMap<>();
            Map<String, Integer> byJson = new HashMap<>();
            List<Integer> groupRanges = new ArrayList<>();
            for (int r = 0; r < ranges.size(); r++) {
                BlockRange range = Objects.requireNonNull(ranges.get(r), "ranges[" + r + "]");
                Integer s = seen.get(range.scenario());
                if (s == null) {
                    String json = ScenarioJson.write(range.scenario());
                    s = byJson.computeIfAbsent(json, j -> {
                        plan.scenarioJson.add(j);
                        return plan.scenarioJson.size() - 1;
                    });
                    seen.put(range.scenario(), s);
                }
                plan.scenarioOf[r] = s;
                int p = partitioning.partitions(range.blocks());
                if (p == 0) {
                    continue;
                }
                int g = (int) Math.ceil(Math.sqrt(p));
                int firstGroup = groupRanges.size();
                for (int k = 0; k < g; k++) {
                    groupRanges.add(r);
                }
                // contiguous and balanced: the first n mod p tasks get one block more than the others
                long quotient = range.blocks() / p;
                long remainder = range.blocks() % p;
                for (int t = 0; t < p; t++) {
                    long from = range.fromBlock() + t * quotient + Math.min(t, remainder);
                    long to = from + quotient + (t < remainder ? 1 : 0);
                    plan.tasks.add(new long[] {plan.tasks.size(), r, s, range.seed(), range.paths(), range.blockSize(),
                        from, to, firstGroup + t % g, range.sampling().ordinal()});
                }
            }
            plan.groups = groupRanges.size();
            plan.rangeOfGroup = groupRanges.stream().mapToInt(Integer::intValue).toArray();
            return plan;
        }

        String description() {
            return "autarky: " + scenarioOf.length + " block range" + (scenarioOf.length == 1 ? "" : "s") + " of "
                    + scenarioJson.size() + " scenario" + (scenarioJson.size() == 1 ? "" : "s") + ", " + tasks.size()
                    + " tasks";
        }
    }
}
