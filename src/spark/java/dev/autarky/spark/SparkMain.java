package dev.autarky.spark;

import dev.autarky.engine.PathTrace;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.Simulator;
import dev.autarky.io.ResultCsv;
import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.report.HtmlReport;
import dev.autarky.report.TextSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Problem;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The entry point for {@code spark-submit}: runs a scenario on the cluster and writes the same
 * outputs as the local command line ({@code autarky run}).
 *
 * <pre>
 * spark-submit --class dev.autarky.spark.SparkMain autarky.jar [SCENARIO] [--paths N] [--seed S]
 *     [--block-size B] [--sampling mc|lhs|sobol|antithetic] [--partitions P] [--out DIR]
 *     [--export summary,series,survival,report|all] [--quiet]
 * </pre>
 *
 * SCENARIO is a built-in name or a JSON file readable by the driver. {@code --out} is a directory
 * on the driver's file system, or a URI of any file system the cluster's Hadoop configuration
 * knows ({@code hdfs://…}, {@code s3a://…}): the outputs are then written to a local temporary
 * directory first and copied there. The master comes from {@code spark-submit}; run directly
 * (with Spark on the class path), it defaults to {@code local[*]}. Exit codes as the local command
 * line: 0 ok, 1 invalid scenario, 2 usage error, 3 run failed.
 */
public final class SparkMain {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the scenario is invalid. */
    public static final int INVALID_INPUT = 1;
    /** Exit code: bad command-line usage. */
    public static final int USAGE = 2;
    /** Exit code: the run failed. */
    public static final int RUN_FAILED = 3;

    private final PrintStream out;
    private final PrintStream err;

    /** A main printing to the given streams. */
    public SparkMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs on a new Spark context (stopped at the end) and exits the JVM with the exit code. */
    public static void main(String[] args) {
        System.exit(new SparkMain(System.out, System.err).execute(args));
    }

    /** Runs on a new Spark context, stopped at the end, and returns the exit code. */
    public int execute(String... args) {
        Options o = parse(args);
        if (o == null) {
            return args.length > 0 && isHelp(args[0]) ? OK : USAGE;
        }
        SparkConf conf = new SparkConf().setAppName("autarky " + o.scenario).setIfMissing("spark.master", "local[*]");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            return run(spark, o);
        }
    }

    /** Runs on an existing context (left running) and returns the exit code. */
    public int execute(JavaSparkContext spark, String... args) {
        Options o = parse(args);
        if (o == null) {
            return args.length > 0 && isHelp(args[0]) ? OK : USAGE;
        }
        return run(spark, o);
    }

    /**
     * The outputs {@code --export} can name: the local command line's, less those that need per-path
     * capture, and {@code report}, the HTML report the local {@code run --report} writes (with the
     * trace of path 0, replayed on the driver).
     */
    public static final List<String> EXPORTS = List.of("summary", "series", "survival", "report");

    /**
     * Writes the outputs named in {@code exports} (of {@link #EXPORTS}) of {@code result}, a run of
     * {@code scenario} with {@code settings}, into the local directory {@code dir} (created if
     * needed), each as the local command line writes it, and returns the files written.
     */
    public static List<Path> writeOutputs(Scenario scenario, RunSettings settings, SimulationResult result, Path dir,
            Set<String> exports) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        if (exports.contains("report")) {
            PathTrace trace = Simulator.of(scenario).trace(settings, 0);
            HtmlReport report = HtmlReport.of(scenario, result).withTrace(trace, HtmlReport.headlineMaterial(scenario));
            written.add(write(dir.resolve("report.html"), report::write));
        }
        if (exports.contains("summary")) {
            written.add(write(dir.resolve("summary.json"), f -> SummaryJson.write(result, f)));
        }
        if (exports.contains("series")) {
            written.add(write(dir.resolve("series.csv"), f -> ResultCsv.writeSeries(result, f)));
        }
        if (exports.contains("survival")) {
            written.add(write(dir.resolve("survival.csv"), f -> ResultCsv.writeSurvival(result, f)));
        }
        return written;
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static Path write(Path file, Writer writer) throws IOException {
        writer.write(file);
        return file;
    }

    private static boolean isHelp(String a) {
        return a.equals("--help") || a.equals("-h") || a.equals("help");
    }

    private Options parse(String[] args) {
        if (args.length > 0 && isHelp(args[0])) {
            out.print(usage());
            return null;
        }
        try {
            return Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return null;
        }
    }

    private int run(JavaSparkContext spark, Options o) {
        try {
            Scenario scenario = Scenarios.load(o.scenario);
            RunSettings settings = new RunSettings(o.paths, o.seed, 1, o.blockSize, o.sampling);
            SparkSimulator simulator = SparkSimulator.of(spark);
            if (o.partitions > 0) {
                simulator = simulator.withPartitions(o.partitions);
            }
            long start = System.nanoTime();
            SimulationResult result = simulator.run(scenario, settings);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!o.quiet) {
                out.print(TextSummary.render(result));
                out.printf(Locale.ROOT, "%nRan %,d paths in %.2f s (%,.0f paths/s) as %d Spark tasks on %s.%n",
                        o.paths, seconds, o.paths / seconds, result.run().threads(), spark.master());
            }
            if (o.out != null) {
                for (String file : write(scenario, settings, result, o.out, o.exports, spark)) {
                    if (!o.quiet) {
                        out.println("Wrote " + file);
                    }
                }
            }
            return OK;
        } catch (ScenarioException e) {
            err.println("error: invalid scenario " + o.scenario + " (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + ")");
            for (Problem p : e.problems()) {
                err.println("  " + p);
            }
            return INVALID_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return RUN_FAILED;
        } catch (RuntimeException e) {
            err.println("error: run failed: " + e);
            return RUN_FAILED;
        }
    }

    /** Writes the outputs to a local directory, or through Hadoop's file systems to a URI with a scheme. */
    private static List<String> write(Scenario scenario, RunSettings settings, SimulationResult result, String target,
            Set<String> exports, JavaSparkContext spark) throws IOException {
        URI uri = schemeUri(target);
        if (uri == null) {
            return writeOutputs(scenario, settings, result, Path.of(target), exports).stream().map(Path::toString).toList();
        }
        Path local = Files.createTempDirectory("autarky-out");
        try {
            Configuration conf = spark.hadoopConfiguration();
            FileSystem fs = FileSystem.get(uri, conf);
            fs.setWriteChecksum(false);
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(uri);
            fs.mkdirs(dir);
            List<String> written = new ArrayList<>();
            for (Path file : writeOutputs(scenario, settings, result, local, exports)) {
                org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(dir, file.getFileName().toString());
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(file.toUri()), to);
                written.add(to.toString());
            }
            return written;
        } finally {
            try (Stream<Path> files = Files.walk(local)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The target as a URI if it names a scheme of two or more letters ({@code C:\…} is a local path). */
    private static URI schemeUri(String target) {
        int colon = target.indexOf(':');
        if (colon < 2 || !target.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return null;
        }
        try {
            return new URI(target);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--out: not a valid URI: " + e.getMessage(), e);
        }
    }

    static String usage() {
        return """
                usage: spark-submit [spark options] --class dev.autarky.spark.SparkMain autarky.jar [SCENARIO] [options]
                  simulate on Spark and print a summary; --out DIR also writes DIR/summary.json
                SCENARIO: a JSON file on the driver or a built-in name (default japan-rare-earths)
                options:
                  --paths N        paths to simulate (default 100000)
                  --seed S         seed (default 20260106)
                  --block-size B   paths per block (default 512)
                  --sampling D     mc (default), lhs, sobol or antithetic
                  --partitions P   Spark tasks (default 3 x the cluster's cores, at most one per block)
                  --out DIR        output directory: a local path, or hdfs://..., s3a://..., file://...
                  --export LIST    files for --out: summary (default), series, survival, report, or all
                  --quiet          print nothing but errors
                results depend on SCENARIO, paths, seed, block size and sampling, never on partitions
                exit codes: 0 ok, 1 invalid scenario, 2 usage error, 3 run failed
                """;
    }

    /** Parsed options. */
    static final class Options {
        String scenario = Scenarios.DEFAULT;
        long paths = RunSettings.DEFAULT_PATHS;
        long seed = RunSettings.DEFAULT_SEED;
        int blockSize = RunSettings.DEFAULT_BLOCK_SIZE;
        int partitions;
        SamplingDesign sampling = SamplingDesign.MC;
        Set<String> exports = new LinkedHashSet<>(List.of("summary"));
        String out;
        boolean quiet;

        static Options parse(String[] args) {
            Options o = new Options();
            boolean scenarioSeen = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--paths" -> o.paths = positiveLong(value(args, ++i, a), a, Long.MAX_VALUE);
                    case "--seed" -> o.seed = parseLong(value(args, ++i, a), a);
                    case "--block-size" -> o.blockSize = (int) positiveLong(value(args, ++i, a), a, 1 << 20);
                    case "--partitions" -> o.partitions = (int) positiveLong(value(args, ++i, a), a, 1 << 20);
                    case "--out" -> o.out = value(args, ++i, a);
                    case "--sampling" -> o.sampling = SamplingDesign.of(value(args, ++i, a));
                    case "--export" -> o.exports = exports(value(args, ++i, a));
                    case "--quiet", "-q" -> o.quiet = true;
                    default -> {
                        if (a.startsWith("-") || scenarioSeen) {
                            throw new IllegalArgumentException("unexpected argument \"" + a + "\"");
                        }
                        o.scenario = a;
                        scenarioSeen = true;
                    }
                }
            }
            return o;
        }

        private static Set<String> exports(String list) {
            Set<String> names = new LinkedHashSet<>();
            for (String part : list.split(",", -1)) {
                String name = part.trim();
                if (name.equals("all")) {
                    names.addAll(EXPORTS);
                } else if (EXPORTS.contains(name)) {
                    names.add(name);
                } else {
                    throw new IllegalArgumentException("--export: unknown file \"" + name + "\"; expected " + EXPORTS
                            + " or all (per-path files need capture, which runs locally)");
                }
            }
            return names;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static long parseLong(String v, String option) {
            try {
                return Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": expected an integer, was \"" + v + "\"");
            }
        }

        private static long positiveLong(String v, String option, long max) {
            long n = parseLong(v, option);
            if (n < 1 || n > max) {
                throw new IllegalArgumentException(option + ": must be in [1, " + max + "], was " + n);
            }
            return n;
        }
    }
}
