package dev.autarky.cli;

import dev.autarky.engine.PathTrace;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import dev.autarky.report.TextSummary;
import dev.autarky.scenario.Scenario;
import dev.autarky.report.Charts;
import dev.autarky.report.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code autarky trace}: replays one path alone and prints its full per-step state. */
@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Replay one path of a run alone and print its inputs, project timelines, outcomes and "
                + "every per-step quantity; identical to that path inside the run with the same settings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_INVALID_INPUT, Main.EXIT_USAGE, Main.EXIT_RUN_FAILED})
final class TraceCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "A scenario JSON file or a built-in name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--path", paramLabel = "I", required = true, converter = Converters.AnyLong.class,
            description = "Index of the path to replay (0-based).")
    long path;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.AnyLong.class,
            description = "Seed of the run (default: ${DEFAULT-VALUE}).")
    long seed = RunSettings.DEFAULT_SEED;

    @Option(names = "--sampling", paramLabel = "D", converter = Converters.Sampling.class,
            description = "Sampling design of the run: mc (default), lhs, sobol or antithetic; except under mc, "
                    + "a path depends on the run's --paths and --block-size too.")
    SamplingDesign sampling = SamplingDesign.MC;

    @Option(names = "--paths", paramLabel = "N", converter = Converters.PositiveLong.class,
            description = "Paths of the run (default: ${DEFAULT-VALUE}); matters except under mc.")
    long paths = RunSettings.DEFAULT_PATHS;

    @Option(names = "--block-size", paramLabel = "B", converter = Converters.BlockSize.class,
            description = "Block size of the run (default: ${DEFAULT-VALUE}); matters except under mc.")
    int blockSize = RunSettings.DEFAULT_BLOCK_SIZE;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also plot the path for one material to FILE (.png or .svg): demand, domestic output, "
                    + "recycling, deliveries by supplier, shortfall and stockpile.")
    Path chart;

    @Option(names = "--material", paramLabel = "M",
            description = "The material --chart plots (default: the first of the headline criterion).")
    String material;

    @Override
    public Integer call() {
        if (chart != null) {
            String name = chart.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".svg")) {
                throw Main.usage(spec, "--chart: the file must end in .png or .svg, was " + chart);
            }
        } else if (material != null) {
            throw Main.usage(spec, "--material needs --chart FILE");
        }
        if (sampling == SamplingDesign.ANTITHETIC && blockSize % 2 != 0) {
            throw Main.usage(spec, "--sampling antithetic needs an even --block-size, was " + blockSize);
        }
        Scenario s = Inputs.scenario(scenario);
        PathTrace t;
        try {
            t = sampling == SamplingDesign.MC ? Simulator.of(s).trace(seed, path)
                    : Simulator.of(s).trace(new RunSettings(paths, seed, 1, blockSize, sampling), path);
        } catch (IllegalArgumentException e) {
            throw Main.usage(spec, "--path: " + e.getMessage());
        }
        print(s, t, main.out());
        if (chart != null) {
            String m = material == null ? HtmlReport.headlineMaterial(s) : material;
            if (s.materials().stream().noneMatch(x -> x.id().equals(m))) {
                throw Main.usage(spec, "--material: no material \"" + m + "\" in " + s.name() + "; known: "
                        + s.materials().stream().map(x -> x.id()).toList());
            }
            Set<String> untrusted = new LinkedHashSet<>();
            s.suppliers().stream().filter(x -> !x.trusted()).forEach(x -> untrusted.add(x.id()));
            try {
                Charts.write(Charts.trace(t, m, untrusted), chart, Charts.WIDTH, Charts.HEIGHT);
            } catch (IOException e) {
                throw new CliException(Main.RUN_FAILED, "cannot write " + chart + ": " + e);
            }
            main.out().println("Wrote " + chart);
        }
        return Main.OK;
    }

    private void print(Scenario s, PathTrace t, PrintStream out) {
        out.println("path " + t.path() + " of seed " + t.seed() + " in " + s.name()
                + (sampling == SamplingDesign.MC ? "" : " (" + sampling.id() + " sampling, " + paths
                        + " paths in blocks of " + blockSize + ")"));
        out.println("inputs:");
        t.inputs().forEach((k, v) -> out.printf(Locale.ROOT, "  %-70s %.6g%n", k, v));
        out.println("projects operating from:");
        t.operatingFrom().forEach((k, v) -> out.printf(Locale.ROOT, "  %-30s %s%n", k,
                v.isInfinite() ? "never" : String.format(Locale.ROOT, "%.2f", v)));
        out.println("time to self-reliance:");
        for (var c : s.criteria()) {
            var v = t.timeToSelfReliance(c.id());
            out.printf(Locale.ROOT, "  %-30s %s%n", c.id(), v.isPresent()
                    ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "not reached (censored)");
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
    }
}
