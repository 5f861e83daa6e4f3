package dev.autarky.cli;

import dev.autarky.engine.PathCapture;
import dev.autarky.engine.PathTrace;
import dev.autarky.engine.ProgressListener;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulation;
import dev.autarky.engine.SimulationCancelledException;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.StopRule;
import dev.autarky.io.Scenarios;
import dev.autarky.report.Charts;
import dev.autarky.report.HtmlReport;
import dev.autarky.report.TextSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code autarky run}: simulates a scenario, prints the answer and writes the files asked for. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Simulate a scenario and print the time to self-reliance, the costs and the shares, "
                + "each with its confidence interval; --out DIR also writes DIR/summary.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_INVALID_INPUT, Main.EXIT_USAGE, Main.EXIT_RUN_FAILED})
final class RunCommand implements Callable<Integer> {

    /** The path budget of a run with --until when --max-paths is not given. */
    static final long DEFAULT_MAX_PATHS = 1_000_000;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "A scenario JSON file or a built-in name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    SimulationOptions sim;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for summary.json and the --export files.")
    Path out;

    @Option(names = "--export", paramLabel = "LIST", defaultValue = "summary",
            description = "Files to write to --out, comma-separated: summary, series, survival, paths, sipmath, "
                    + "or all (default: ${DEFAULT-VALUE}); see docs/results.md.")
    String export;

    @Option(names = "--with-inputs", description = "paths.csv and sipmath.json also hold each path's inputs.")
    boolean withInputs;

    @Option(names = "--until", paramLabel = "TARGETS", converter = Converters.Until.class,
            description = "Run in rounds until every target is met, e.g. 'p50:0.25' (P50 year within +-0.25 years "
                    + "at 95 %%), 'pby2035:0.01', 'mean:systemCost:1%%'; comma-separated; see docs/results.md.")
    StopRule until;

    @Option(names = "--max-paths", paramLabel = "N", converter = Converters.PositiveLong.class,
            description = "Path budget with --until (default: " + DEFAULT_MAX_PATHS + ").")
    Long maxPaths;

    @Option(names = "--max-seconds", paramLabel = "S", converter = Converters.Seconds.class,
            description = "Time budget with --until (the result is then not reproducible).")
    Duration maxTime;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write one self-contained HTML report (charts inline, opens offline).")
    Path report;

    @Option(names = "--report-path", paramLabel = "I", converter = Converters.AnyLong.class,
            description = "The path whose trace the report plots (default: ${DEFAULT-VALUE}).")
    long reportPath = 0;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Also write the charts to DIR: self-reliance, fan-<material>, cost-<name>.")
    Path charts;

    @Option(names = "--chart-format", paramLabel = "LIST", defaultValue = "png,svg",
            description = "Chart file formats for --charts: png, svg or both, comma-separated (default: "
                    + "${DEFAULT-VALUE}).")
    String chartFormat;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (no summary, no progress).")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Set<String> exports = exports();
        Set<String> formats = chartFormats();
        RunSettings settings = settings(exports);
        if (report != null && (reportPath < 0 || reportPath >= settings.paths())) {
            throw Main.usage(spec, "--report-path: must be in [0, " + settings.paths() + "), was " + reportPath);
        }
        Scenario scenario = Inputs.scenario(this.scenario);
        PrintStream out = main.out();
        ProgressBar bar = quiet ? null : ProgressBar.on(main.err(), until != null);
        ProgressListener progress = bar == null ? ProgressListener.NONE : bar;
        long start = System.nanoTime();
        Simulator simulator = Simulator.of(scenario);
        Simulation simulation;
        try {
            simulation = simulator.start(settings, progress);
        } catch (IllegalArgumentException e) { // settings refused before the run (targets, capture size)
            throw Main.usage(spec, e.getMessage());
        }
        main.interruption().track(simulation);
        SimulationResult result;
        try {
            result = simulation.result();
        } catch (SimulationCancelledException e) {
            throw cancelled(simulation.pathsDone());
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        if (main.interruption().requested()) {
            throw cancelled(result.run().paths());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!quiet) {
            out.print(TextSummary.render(result));
            long ran = result.run().paths();
            out.printf(Locale.ROOT, "%nRan %,d paths in %.2f s (%,.0f paths/s).%n", ran, seconds, ran / seconds);
            var errors = result.designErrors();
            out.printf(Locale.ROOT, "Sampling: %s (standard errors from %,d %s).%n", settings.sampling().id(),
                    errors.groups(), errors.groupedBy());
        }
        if (this.out != null) {
            try {
                for (Path file : Exports.write(result, this.out, exports)) {
                    if (!quiet) {
                        out.println("Wrote " + file);
                    }
                }
            } catch (IOException e) {
                throw new CliException(Main.RUN_FAILED, "cannot write to " + this.out + ": " + e);
            }
        }
        if (charts != null) {
            checkNotCancelled(result);
            try {
                var all = Charts.of(result, HtmlReport.untrustedName(scenario));
                for (Path file : Charts.writeAll(all, charts, formats.contains("png"), formats.contains("svg"))) {
                    if (!quiet) {
                        out.println("Wrote " + file);
                    }
                }
            } catch (IOException e) {
                throw new CliException(Main.RUN_FAILED, "cannot write charts to " + charts + ": " + e);
            }
        }
        if (report != null) {
            checkNotCancelled(result);
            String material = HtmlReport.headlineMaterial(scenario);
            PathTrace trace = simulator.trace(settings, reportPath);
            try {
                HtmlReport.of(scenario, result).withTrace(trace, material).write(report);
            } catch (IOException e) {
                throw new CliException(Main.RUN_FAILED, "cannot write the report " + report + ": " + e);
            }
            if (!quiet) {
                out.println("Wrote " + report);
            }
        }
        return Main.OK;
    }

    private void checkNotCancelled(SimulationResult result) {
        if (main.interruption().requested()) {
            throw cancelled(result.run().paths());
        }
    }

    private Set<String> chartFormats() {
        Set<String> formats = new java.util.LinkedHashSet<>();
        for (String part : chartFormat.split(",", -1)) {
            String f = part.trim().toLowerCase(Locale.ROOT);
            if (!f.equals("png") && !f.equals("svg")) {
                throw Main.usage(spec, "Invalid value for option '--chart-format': unknown format \"" + part
                        + "\"; expected png, svg or both");
            }
            formats.add(f);
        }
        return formats;
    }

    private static CliException cancelled(long paths) {
        return new CliException(Main.RUN_FAILED, String.format(Locale.ROOT,
                "run cancelled after %,d paths; no result written", paths));
    }

    private Set<String> exports() {
        Set<String> names;
        try {
            names = Exports.parse(export);
        } catch (IllegalArgumentException e) {
            throw Main.usage(spec, "Invalid value for option '--export': " + e.getMessage());
        }
        if (out == null && !names.equals(Set.of("summary"))) {
            throw Main.usage(spec, "--export needs --out DIR");
        }
        return names;
    }

    /** The settings with the stop rule, budget and per-path capture these options ask for. */
    private RunSettings settings(Set<String> exports) {
        if (until != null && sim.pathsGiven()) {
            throw Main.usage(spec, "--paths and --until do not go together: give the budget as --max-paths");
        }
        if (until == null && (maxPaths != null || maxTime != null)) {
            throw Main.usage(spec, "--max-paths and --max-seconds need --until");
        }
        RunSettings s = sim.settings();
        if (until != null) {
            StopRule rule = maxTime == null ? until : until.withTimeBudget(maxTime);
            s = s.withPaths(maxPaths == null ? DEFAULT_MAX_PATHS : maxPaths).withStopRule(rule);
        }
        if (exports.contains("paths") || exports.contains("sipmath")) {
            s = s.withCapture(withInputs ? PathCapture.OUTCOMES_AND_INPUTS : PathCapture.OUTCOMES);
        }
        return s;
    }
}
