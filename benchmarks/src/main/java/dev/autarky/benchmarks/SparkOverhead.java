package dev.autarky.benchmarks;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.internal.engine.BlockRunner;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.RunAccumulator;
import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Scenario;
import dev.autarky.spark.SparkSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The overhead of running on Spark in local mode against the local engine on the same cores, for
 * docs/distributed.md: runs of the default scenario alternate between the local engine (1 and 2
 * threads) and {@link SparkSimulator} on {@code local[2]} (each partition count given), so that a
 * noisy shared machine disturbs both alike; prints each repetition and the min / median / max.
 * Also measures what sizing needs: the serialized size of a partial accumulator and the cost to
 * serialize, read back and merge one. Not JMH: a Spark context per fork and interleaved runs suit
 * this comparison better; the figures are wall times of whole runs.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     dev.autarky.benchmarks.SparkOverhead [PATHS] [BLOCK_SIZE] [REPETITIONS] [PARTITIONS,...]
 * </pre>
 */
public final class SparkOverhead {

    private SparkOverhead() {
    }

    /** Runs the comparison; arguments: paths (100,000), block size (512), repetitions (5), partition counts (2,6). */
    public static void main(String[] args) throws Exception {
        long paths = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000;
        int blockSize = args.length > 1 ? Integer.parseInt(args[1]) : RunSettings.DEFAULT_BLOCK_SIZE;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int[] partitions = args.length > 3 ? Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {2, 6};
        long t0 = System.nanoTime();
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("autarky-overhead")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            System.out.printf(Locale.ROOT, "Spark context started in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            compare(spark, paths, blockSize, reps, partitions, new long[] {1, 20, 200, 400});
        }
    }

    /**
     * The comparison on {@code spark} (its master's cores should match the local engine's two
     * threads): partial sizes for tasks of {@code partialBlocks} blocks, then {@code reps}
     * interleaved repetitions of every variant after one warm-up.
     */
    public static void compare(JavaSparkContext spark, long paths, int blockSize, int reps, int[] partitions,
            long[] partialBlocks) throws IOException, ClassNotFoundException {
        Scenario japan = Scenarios.japanRareEarths();
        RunSettings settings = new RunSettings(paths, 1, 2, blockSize);
        partials(japan, blockSize, partialBlocks);
        {
            Simulator local = Simulator.of(japan);
            List<String> names = new ArrayList<>(List.of("local engine, 1 thread", "local engine, 2 threads"));
            for (int p : partitions) {
                names.add("Spark local[2], " + p + " partitions");
            }
            double[][] seconds = new double[names.size()][reps];
            for (int rep = -1; rep < reps; rep++) { // rep -1 warms up every variant
                List<Double> row = new ArrayList<>();
                row.add(time(() -> local.run(settings.withThreads(1))));
                row.add(time(() -> local.run(settings)));
                for (int p : partitions) {
                    SparkSimulator s = SparkSimulator.of(spark).withPartitions(p);
                    row.add(time(() -> s.run(japan, settings)));
                }
                StringBuilder line = new StringBuilder(rep < 0 ? "warm-up" : "rep " + (rep + 1));
                for (int v = 0; v < row.size(); v++) {
                    line.append(String.format(Locale.ROOT, "  %.2f s", row.get(v)));
                    if (rep >= 0) {
                        seconds[v][rep] = row.get(v);
                    }
                }
                System.out.println(line);
            }
            System.out.printf(Locale.ROOT, "%n%,d paths, blocks of %d, %d repetitions (min / median / max):%n", paths,
                    blockSize, reps);
            for (int v = 0; v < names.size(); v++) {
                double[] s = seconds[v].clone();
                Arrays.sort(s);
                System.out.printf(Locale.ROOT, "  %-34s %6.2f / %6.2f / %6.2f s   %,9.0f paths/s at the median%n",
                        names.get(v), s[0], s[reps / 2], s[reps - 1], paths / s[reps / 2]);
            }
            System.out.println("  paired overhead of Spark over the local engine with 2 threads (min / median / max):");
            for (int v = 2; v < names.size(); v++) {
                double[] d = new double[reps];
                for (int r = 0; r < reps; r++) {
                    d[r] = seconds[v][r] - seconds[1][r];
                }
                Arrays.sort(d);
                System.out.printf(Locale.ROOT, "  %-34s %+6.2f / %+6.2f / %+6.2f s%n", names.get(v), d[0], d[reps / 2],
                        d[reps - 1]);
            }
        }
    }

    /** Size of a partial accumulator for tasks of several sizes, and the driver's cost to read and merge one. */
    private static void partials(Scenario scenario, int blockSize, long[] ladder) throws IOException,
            ClassNotFoundException {
        CompiledScenario compiled = CompiledScenario.of(scenario);
        System.out.println("Partial accumulator of one task (Java serial form, sparse histogram counts):");
        for (long blocks : ladder) {
            BlockRunner runner = new BlockRunner(compiled, 1, blocks * blockSize, blockSize);
            RunAccumulator acc = runner.runHere(0, blocks);
            RunAccumulator into = runner.runHere(0, 1);
            byte[] bytes = null;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                bytes = serialize(acc);
                into.combine(deserialize(bytes));
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf(Locale.ROOT, "  %,8d paths (%3d blocks): %,10d bytes; serialize + read back + merge %.1f ms%n",
                    blocks * blockSize, blocks, bytes.length, best / 1e6);
        }
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static RunAccumulator deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (RunAccumulator) in.readObject();
        }
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e9;
    }
}
