package dev.autarky.cli;

import dev.autarky.engine.PathCapture;
import dev.autarky.engine.PathTrace;
import dev.autarky.engine.ProgressListener;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.StopRule;
import dev.autarky.io.Scenarios;
import dev.autarky.report.TextSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Problem;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command-line entry point.
 *
 * <pre>
 * run      [SCENARIO] [--paths N] [--seed S] [--threads T] [--block-size B] [--sampling D] [--out DIR] [--quiet]
 *          [--until TARGETS [--max-paths N] [--max-seconds S]] [--export LIST] [--with-inputs]
 * validate [SCENARIO]
 * trace    [SCENARIO] --path I [--seed S] [--sampling D [--paths N] [--block-size B]]
 * list
 * </pre>
 *
 * SCENARIO is a file path or a built-in name (default {@code japan-rare-earths}). Exit codes:
 * 0 ok, 1 invalid input (scenario), 2 usage error, 3 run failed.
 */
public final class Main {

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

    /** A command line printing to the given streams. */
    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).execute(args));
    }

    /** Runs the command line and returns the exit code (for embedding and tests). */
    public int execute(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? USAGE : OK;
        }
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        if (o.command.equals("trace") && o.path < 0) {
            err.println("error: trace needs --path I");
            err.print(usage());
            return USAGE;
        }
        try {
            return switch (o.command) {
                case "run" -> run(o);
                case "validate" -> validate(o);
                case "trace" -> trace(o);
                case "list" -> {
                    Scenarios.builtInNames().forEach(out::println);
                    yield OK;
                }
                default -> throw new IllegalStateException();
            };
        } catch (ScenarioException e) {
            err.println("error: invalid scenario " + o.scenario + " (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + ")");
            for (Problem p : e.problems()) {
                err.println("  " + p);
            }
            return INVALID_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return o.command.equals("run") ? RUN_FAILED : INVALID_INPUT;
        } catch (RuntimeException e) {
            err.println("error: run failed: " + e);
            return RUN_FAILED;
        }
    }

    private int run(Options o) throws IOException {
        Scenario scenario = Scenarios.load(o.scenario);
        RunSettings settings = o.withRunOptions(o.settings());
        ProgressListener progress = o.quiet ? ProgressListener.NONE : new LineProgress(err);
        long start = System.nanoTime();
        SimulationResult result;
        try {
            result = Simulator.of(scenario).run(settings, progress);
        } catch (IllegalArgumentException e) { // settings refused before the run (targets, capture size)
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!o.quiet) {
            out.print(TextSummary.render(result));
            long ran = result.run().paths();
            out.printf(Locale.ROOT, "%nRan %,d paths in %.2f s (%,.0f paths/s).%n", ran, seconds, ran / seconds);
            var errors = result.designErrors();
            out.printf(Locale.ROOT, "Sampling: %s (standard errors from %,d %s).%n", settings.sampling().id(),
                    errors.groups(), errors.groupedBy());
        }
        if (o.out != null) {
            for (Path file : Exports.write(result, o.out, o.export)) {
                if (!o.quiet) {
                    out.println("Wrote " + file);
                }
            }
        }
        return OK;
    }

    private int validate(Options o) throws IOException {
        Scenario s = Scenarios.load(o.scenario);
        out.println(o.scenario + ": valid (" + s.materials().size() + " materials, " + s.domestic().projects().size()
                + " projects, " + s.suppliers().size() + " suppliers, " + s.criteria().size() + " criteria)");
        return OK;
    }

    private int trace(Options o) throws IOException {
        Scenario s = Scenarios.load(o.scenario);
        PathTrace t = o.sampling == SamplingDesign.MC ? Simulator.of(s).trace(o.seed, o.path)
                : Simulator.of(s).trace(o.settings(), o.path);
        out.println("path " + t.path() + " of seed " + t.seed() + " in " + s.name()
                + (o.sampling == SamplingDesign.MC ? "" : " (" + o.sampling.id() + " sampling, " + o.paths + " paths in blocks of "
                        + o.blockSize + ")"));
        out.println("inputs:");
        t.inputs().forEach((k, v) -> out.printf(Locale.ROOT, "  %-70s %.6g%n", k, v));
        out.println("projects operating from:");
        t.operatingFrom().forEach((k, v) -> out.printf(Locale.ROOT, "  %-30s %s%n", k,
                v.isInfinite() ? "never" : String.format(Locale.ROOT, "%.2f", v)));
        out.println("time to self-reliance:");
        for (var c : s.criteria()) {
            var v = t.timeToSelfReliance(c.id());
            out.printf(Locale.ROOT, "  %-30s %s%n", c.id(), v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble())
                    : "not reached (censored)");
        }
        out.println("costs:");
        t.costs().forEach((k, v) -> out.printf(Locale.ROOT, "  %-30s %s%n", k, v.isNaN() ? "undefined"
                : TextSummary.money(v, k.endsWith("PerKg"))));
        double[] years = t.stepYears();
        List<String> names = new ArrayList<>(t.names());
        out.println("per step (" + names.size() + " quantities):");
        for (String name : names) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-40s", name));
            double[] v = t.values(name);
            for (int k = 0; k < years.length; k++) {
                sb.append(String.format(Locale.ROOT, " %.4g", v[k]));
            }
            out.println(sb);
        }
        t.regimeStates().forEach((k, v) -> out.println("  regime " + k + ": " + String.join(" ", v)));
        return OK;
    }

    static String usage() {
        return """
                usage: autarky <command> [SCENARIO] [options]
                commands:
                  run       simulate and print a summary; --out DIR also writes DIR/summary.json
                  validate  check a scenario and list every problem
                  trace     replay one path (--path I) and print its full per-step state
                  list      list the built-in scenarios
                SCENARIO: a JSON file or a built-in name (default japan-rare-earths)
                options:
                  --paths N        paths to simulate (default 100000)
                  --seed S         seed (default 20260106)
                  --threads T      worker threads (default: all processors)
                  --block-size B   paths per block (default 512)
                  --sampling D     sampling design of the inputs: mc (default), lhs, sobol or
                                   antithetic (see docs/sampling.md); trace replays a path of
                                   the run with these --seed, --paths and --block-size
                  --out DIR        directory for summary.json (and the --export files)
                  --until TARGETS  run in rounds until every target is met, e.g. 'p50:0.25'
                                   (P50 year within +-0.25 years at 95 %), 'pby2035:0.01',
                                   'mean:systemCost:1%'; comma-separated; see docs/results.md
                  --max-paths N    path budget with --until (default 1000000)
                  --max-seconds S  time budget with --until (not reproducible)
                  --export LIST    files to write to --out: summary, series, survival, paths,
                                   sipmath, or all (default summary)
                  --with-inputs    paths.csv and sipmath.json also hold each path's inputs
                  --path I         path index for trace
                  --quiet          print nothing but errors
                exit codes: 0 ok, 1 invalid scenario, 2 usage error, 3 run failed
                """;
    }

    /** Parsed command-line options. */
    static final class Options {
        String command;
        String scenario = Scenarios.DEFAULT;
        long paths = RunSettings.DEFAULT_PATHS;
        long seed = RunSettings.DEFAULT_SEED;
        int threads = Runtime.getRuntime().availableProcessors();
        int blockSize = RunSettings.DEFAULT_BLOCK_SIZE;
        Path out;
        long path = -1;
        boolean quiet;
        boolean pathsGiven;
        StopRule until;
        long maxPaths = DEFAULT_MAX_PATHS;
        boolean maxPathsGiven;
        Duration maxTime;
        Set<String> export = new LinkedHashSet<>(List.of("summary"));
        boolean withInputs;

        /** The path budget of a run with --until when --max-paths is not given. */
        static final long DEFAULT_MAX_PATHS = 1_000_000;

        /** {@code settings} with the stop rule, budget and per-path capture these options ask for. */
        RunSettings withRunOptions(RunSettings settings) {
            RunSettings s = settings;
            if (until != null) {
                StopRule rule = maxTime == null ? until : until.withTimeBudget(maxTime);
                s = s.withPaths(maxPaths).withStopRule(rule);
            }
            if (export.contains("paths") || export.contains("sipmath")) {
                s = s.withCapture(withInputs ? PathCapture.OUTCOMES_AND_INPUTS : PathCapture.OUTCOMES);
            }
            return s;
        }

        SamplingDesign sampling = SamplingDesign.MC;

        RunSettings settings() {
            return new RunSettings(paths, seed, threads, blockSize, sampling);
        }

        static Options parse(String[] args) {
            Options o = new Options();
            o.command = args[0];
            if (!List.of("run", "validate", "trace", "list").contains(o.command)) {
                throw new IllegalArgumentException("unknown command \"" + o.command + "\"");
            }
            boolean scenarioSeen = false;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--paths" -> {
                        o.paths = positiveLong(value(args, ++i, a), a);
                        o.pathsGiven = true;
                    }
                    case "--until" -> o.until = StopRule.until(value(args, ++i, a));
                    case "--max-paths" -> {
                        o.maxPaths = positiveLong(value(args, ++i, a), a);
                        o.maxPathsGiven = true;
                    }
                    case "--max-seconds" -> o.maxTime = seconds(value(args, ++i, a), a);
                    case "--export" -> o.export = Exports.parse(value(args, ++i, a));
                    case "--with-inputs" -> o.withInputs = true;
                    case "--seed" -> o.seed = parseLong(value(args, ++i, a), a);
                    case "--threads" -> o.threads = (int) Math.min(positiveLong(value(args, ++i, a), a), 4096);
                    case "--block-size" -> o.blockSize = (int) Math.min(positiveLong(value(args, ++i, a), a), 1 << 20);
                    case "--out" -> o.out = Path.of(value(args, ++i, a));
                    case "--path" -> o.path = parseLong(value(args, ++i, a), a);
                    case "--quiet", "-q" -> o.quiet = true;
                    case "--sampling" -> o.sampling = SamplingDesign.of(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("-") || scenarioSeen) {
                            throw new IllegalArgumentException("unexpected argument \"" + a + "\"");
                        }
                        o.scenario = a;
                        scenarioSeen = true;
                    }
                }
            }
            if (o.until != null && o.pathsGiven) {
                throw new IllegalArgumentException("--paths and --until do not go together: give the budget as --max-paths");
            }
            if (o.until == null && (o.maxPathsGiven || o.maxTime != null)) {
                throw new IllegalArgumentException("--max-paths and --max-seconds need --until");
            }
            if (o.out == null && !o.export.equals(Set.of("summary"))) {
                throw new IllegalArgumentException("--export needs --out DIR");
            }
            if (o.sampling == SamplingDesign.ANTITHETIC && o.blockSize % 2 != 0) {
                throw new IllegalArgumentException("--sampling antithetic needs an even --block-size, was " + o.blockSize);
            }
            return o;
        }

        private static Duration seconds(String v, String option) {
            try {
                double s = Double.parseDouble(v);
                if (s > 0 && s < 1e9) {
                    return Duration.ofNanos((long) (s * 1e9));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + ": expected a number of seconds > 0, was \"" + v + "\"");
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

        private static long positiveLong(String v, String option) {
            long n = parseLong(v, option);
            if (n < 1) {
                throw new IllegalArgumentException(option + ": must be >= 1, was " + n);
            }
            return n;
        }
    }

    /** Progress as plain lines on stderr, at most one a second. */
    private static final class LineProgress implements ProgressListener {
        private final PrintStream err;
        private final long start = System.nanoTime();
        private long lastPrint = start;

        LineProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void onProgress(long done, long total) {
            long now = System.nanoTime();
            if (now - lastPrint < 1_000_000_000L || done == total) {
                return;
            }
            lastPrint = now;
            double s = (now - start) / 1e9;
            double rate = done / s;
            err.printf(Locale.ROOT, "  %,d / %,d paths (%.0f %%), %,.0f paths/s, about %.0f s left%n", done, total,
                    100.0 * done / total, rate, (total - done) / rate);
        }
    }
}
