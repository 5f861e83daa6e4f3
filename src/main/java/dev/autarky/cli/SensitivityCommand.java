package dev.autarky.cli;

import dev.autarky.analysis.SensitivityAnalysis;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SensitivitySettings;
import dev.autarky.analysis.SobolGrouping;
import dev.autarky.analysis.Tornado;
import dev.autarky.io.AnalysisJson;
import dev.autarky.io.Scenarios;
import dev.autarky.report.AnalysisText;
import dev.autarky.report.Charts;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code autarky sensitivity}: what drives each outcome of a scenario — rank correlations, their
 * course over time, tornado swings and Sobol indices (docs/analysis.md) — printed, and written to
 * {@code DIR/sensitivity.json} with {@code --out}.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"What drives the timeline: the sensitivity of the time to self-reliance and of the costs to "
                + "every uncertain input, by rank correlations (Spearman, PRCC), tornado swings (each input at its "
                + "P10 and P90 on the same paths) and Sobol indices, every number with its confidence interval; "
                + "--out DIR also writes DIR/sensitivity.json. See docs/analysis.md.",
                "--paths sets the paths of the run behind the rank correlations (default here "
                        + SensitivityCommand.DEFAULT_PATHS + ")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_INVALID_INPUT, Main.EXIT_USAGE, Main.EXIT_RUN_FAILED})
final class SensitivityCommand implements Callable<Integer> {

    /** Paths of the rank run when --paths is not given. */
    static final long DEFAULT_PATHS = 20_000;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "A scenario JSON file or a built-in name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    SimulationOptions sim;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for sensitivity.json.")
    Path out;

    @Option(names = "--by-year", paramLabel = "YEAR", converter = NonNegativeInt.class,
            description = "The year of P(self-reliant by the end of YEAR) in the tornado and the Sobol indices "
                    + "(default: the last year of the horizon).")
    int byYear;

    @Option(names = "--series", paramLabel = "LIST",
            description = "Series whose correlations with every input are followed step by step, comma-separated, "
                    + "or none (default: every capabilityShare.* and untrustedShare.all).")
    String series;

    @Option(names = "--tornado-paths", paramLabel = "N", converter = NonNegativeInt.class,
            description = "Paths of each tornado run, two per input; 0 for no tornado (default: ${DEFAULT-VALUE}).")
    int tornadoPaths = 2_000;

    @Option(names = "--tornado-inputs", paramLabel = "K", converter = Converters.PositiveLong.class,
            description = "At most K inputs in the tornado, those most rank-correlated with an outcome "
                    + "(default: all).")
    Long tornadoInputs;

    @Option(names = "--sobol-rows", paramLabel = "N", converter = NonNegativeInt.class,
            description = "Rows of each Sobol base sample, N x (factors + 2) paths in all; 0 for no Sobol indices "
                    + "(default: ${DEFAULT-VALUE}).")
    int sobolRows = 512;

    @Option(names = "--sobol-bootstrap", paramLabel = "R", converter = NonNegativeInt.class,
            description = "Bootstrap resamples of the Sobol intervals (default: ${DEFAULT-VALUE}).")
    int sobolBootstrap = 300;

    @Option(names = "--grouping", paramLabel = "G", converter = GroupingConverter.class,
            description = "Sobol factors: component (inputs grouped by the part of the scenario they describe; "
                    + "default) or input (one factor per input).")
    SobolGrouping grouping = SobolGrouping.COMPONENT;

    @Option(names = "--top", paramLabel = "K", converter = NonNegativeInt.class,
            description = "Inputs printed per outcome (default: ${DEFAULT-VALUE}).")
    int top = 8;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Also write a tornado chart per tornado outcome that has a finite baseline: "
                    + "tornado-<outcome>.")
    Path charts;

    @Option(names = "--chart-format", paramLabel = "LIST", defaultValue = "png,svg",
            description = "Chart file formats for --charts: png, svg or both, comma-separated (default: "
                    + "${DEFAULT-VALUE}).")
    String chartFormat;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        SensitivitySettings settings = settings();
        List<String> formats = formats(chartFormat);
        Scenario s = Inputs.scenario(scenario);
        PrintStream err = main.err();
        if (!quiet) {
            err.printf(Locale.ROOT, "sensitivity of %s: %,d paths for the rank measures, %s, %s%n", s.name(),
                    settings.run().paths(), settings.tornadoPaths() == 0 ? "no tornado"
                            : String.format(Locale.ROOT, "a tornado on %,d paths per run", settings.tornadoPaths()),
                    settings.sobolRows() == 0 ? "no Sobol indices"
                            : String.format(Locale.ROOT, "Sobol indices on %,d rows", settings.sobolRows()));
        }
        long start = System.nanoTime();
        SensitivityResult result;
        try {
            result = Cancellable.run(main.interruption(), "sensitivity analysis", () -> SensitivityAnalysis.run(s, settings));
        } catch (IllegalArgumentException e) { // settings the scenario cannot serve (a series, a year)
            throw Main.usage(spec, e.getMessage());
        }
        if (!quiet) {
            main.out().print(AnalysisText.render(result, top));
            main.out().printf(Locale.ROOT, "%nDone in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        }
        if (out != null) {
            Path file = out.resolve("sensitivity.json");
            try {
                AnalysisJson.write(result, file);
            } catch (IOException e) {
                throw new CliException(Main.RUN_FAILED, "cannot write " + file + ": " + e);
            }
            if (!quiet) {
                main.out().println("Wrote " + file);
            }
        }
        if (charts != null) {
            try {
                for (Path file : Charts.writeAll(tornadoCharts(result), charts, formats.contains("png"),
                        formats.contains("svg"))) {
                    if (!quiet) {
                        main.out().println("Wrote " + file);
                    }
                }
            } catch (IOException e) {
                throw new CliException(Main.RUN_FAILED, "cannot write charts to " + charts + ": " + e);
            }
        }
        return Main.OK;
    }

    private SensitivitySettings settings() {
        List<String> names = null;
        if (series != null) {
            names = series.isBlank() || series.trim().equals("none") ? List.of()
                    : Arrays.stream(series.split(",")).map(String::trim).toList();
        }
        try {
            return new SensitivitySettings(sim.settings().withPaths(sim.pathsGiven() ? sim.paths : DEFAULT_PATHS), byYear,
                    names, tornadoPaths, tornadoInputs == null ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, tornadoInputs),
                    sobolRows, sobolBootstrap, grouping, SensitivitySettings.defaults().confidence());
        } catch (IllegalArgumentException e) {
            throw Main.usage(spec, e.getMessage());
        }
    }

    /**
     * The tornadoes as the report package's chart input: each bar from the outcome at the input's
     * P10 to the outcome at its P90, bars whose ends are not finite (a median beyond the horizon)
     * left out, tornadoes with no finite baseline or no bar left out.
     */
    static Map<String, JFreeChart> tornadoCharts(SensitivityResult r) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (Tornado t : r.tornadoes()) {
            if (!Double.isFinite(t.baseline().value())) {
                continue;
            }
            List<dev.autarky.report.Tornado.Bar> bars = new ArrayList<>();
            for (Tornado.Bar b : t.bars()) {
                double low = b.atLow().value();
                double high = b.atHigh().value();
                if (Double.isFinite(low) && Double.isFinite(high)) {
                    bars.add(new dev.autarky.report.Tornado.Bar(b.input(),
                            String.format(Locale.ROOT, "P10 %.4g", b.inputLow()), low,
                            String.format(Locale.ROOT, "P90 %.4g", b.inputHigh()), high));
                }
            }
            if (!bars.isEmpty()) {
                String file = "tornado-" + t.outcome().replaceAll("[^A-Za-z0-9_\\-]+", "-");
                charts.put(file, Charts.tornado(new dev.autarky.report.Tornado(t.outcome(), t.unit(),
                        t.baseline().value(), bars)));
            }
        }
        return charts;
    }

    static List<String> formats(String list) {
        List<String> formats = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String f = part.trim().toLowerCase(Locale.ROOT);
            if (!f.equals("png") && !f.equals("svg")) {
                throw new CliException(Main.USAGE, "--chart-format: unknown format \"" + part + "\"; expected png, svg "
                        + "or both");
            }
            formats.add(f);
        }
        return formats;
    }

    /** An integer {@code >= 0}. */
    static final class NonNegativeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String v) {
            long n = Converters.parseLong(v);
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be in [0, " + Integer.MAX_VALUE + "], was " + n);
            }
            return (int) n;
        }
    }

    /** A Sobol grouping by id. */
    static final class GroupingConverter implements ITypeConverter<SobolGrouping> {
        @Override
        public SobolGrouping convert(String v) {
            try {
                return SobolGrouping.of(v);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
