package dev.autarky.cli;

import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.ComparisonSettings;
import dev.autarky.analysis.PolicyComparison;
import dev.autarky.io.AnalysisJson;
import dev.autarky.report.AnalysisText;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code autarky compare}: a baseline and alternatives run with the same seed and paths, compared
 * path by path (common random numbers; docs/analysis.md), printed, and written to
 * {@code DIR/comparison.json} with {@code --out}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Which policy buys the most years: compare a baseline with one or more alternatives that "
                + "differ in policy levers, path by path with common random numbers — years saved, who gets there "
                + "first, P(self-reliant by year), costs added, cost per year saved and shares, each with its "
                + "confidence interval, and how much narrower the common numbers make it than independent runs; "
                + "--out DIR also writes DIR/comparison.json. See docs/analysis.md.",
                "Every scenario must have the same time grid and criteria. --paths is per scenario (default here "
                        + CompareCommand.DEFAULT_PATHS + ")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_INVALID_INPUT, Main.EXIT_USAGE, Main.EXIT_RUN_FAILED})
final class CompareCommand implements Callable<Integer> {

    /** Paths per scenario when --paths is not given. */
    static final long DEFAULT_PATHS = 20_000;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "The baseline: a scenario JSON file or a built-in name.")
    String baseline;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALTERNATIVE",
            description = "One or more alternatives: scenario JSON files or built-in names.")
    List<String> alternatives;

    @Mixin
    SimulationOptions sim;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for comparison.json.")
    Path out;

    @Option(names = "--series", paramLabel = "LIST",
            description = "Series whose yearly means are compared, comma-separated, or none (default: every "
                    + "capabilityShare.* and untrustedShare.all).")
    String series;

    @Option(names = "--ratio-cost", paramLabel = "COST", defaultValue = "systemCost",
            description = "The cost in \"cost per year saved\" (default: ${DEFAULT-VALUE}).")
    String ratioCost;

    @Option(names = "--no-independent",
            description = "Skip the independent runs (seed + 1) that measure the variance reduction.")
    boolean noIndependent;

    @Option(names = "--years", paramLabel = "LIST",
            description = "Years printed, comma-separated (default: every fifth year and the last); the JSON has every year.")
    String years;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        List<String> names = series == null ? null : series.isBlank() || series.trim().equals("none") ? List.of()
                : Arrays.stream(series.split(",")).map(String::trim).toList();
        ComparisonSettings settings;
        try {
            settings = new ComparisonSettings(sim.settings().withPaths(sim.pathsGiven() ? sim.paths : DEFAULT_PATHS),
                    names, !noIndependent, ratioCost, ComparisonSettings.defaults().confidence());
        } catch (IllegalArgumentException e) {
            throw Main.usage(spec, e.getMessage());
        }
        Scenario base = Inputs.scenario(baseline);
        List<Scenario> alts = new ArrayList<>();
        for (String a : alternatives) {
            alts.add(Inputs.scenario(a));
        }
        if (!quiet) {
            main.err().printf(Locale.ROOT, "comparing %s with %d alternative%s: %,d paths each%s%n", base.name(),
                    alts.size(), alts.size() == 1 ? "" : "s", settings.run().paths(),
                    settings.independentRuns() ? ", each alternative twice (common and independent numbers)" : "");
        }
        long start = System.nanoTime();
        ComparisonResult result;
        ComparisonSettings chosen = settings;
        try {
            result = Cancellable.run(main.interruption(), "comparison", () -> PolicyComparison.run(base, alts, chosen));
        } catch (IllegalArgumentException e) { // scenarios that cannot be compared, unknown series or cost
            throw Main.usage(spec, e.getMessage());
        }
        if (!quiet) {
            main.out().print(AnalysisText.render(result, years(result)));
            main.out().printf(Locale.ROOT, "%nDone in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        }
        if (out != null) {
            Path file = out.resolve("comparison.json");
            try {
                AnalysisJson.write(result, file);
            } catch (IOException e) {
                throw new CliException(Main.RUN_FAILED, "cannot write " + file + ": " + e);
            }
            if (!quiet) {
                main.out().println("Wrote " + file);
            }
        }
        return Main.OK;
    }

    private List<Integer> years(ComparisonResult r) {
        if (years == null) {
            return AnalysisText.milestones(r.run());
        }
        int first = r.run().startYear();
        int last = first + r.run().horizonYears() - 1;
        List<Integer> list = new ArrayList<>();
        for (String part : years.split(",")) {
            long y = Converters.parseLong(part.trim());
            if (y < first || y > last) {
                throw Main.usage(spec, "--years: " + y + " is outside the horizon " + first + "-" + last);
            }
            list.add((int) y);
        }
        return list;
    }
}
