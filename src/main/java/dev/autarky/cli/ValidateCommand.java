package dev.autarky.cli;

import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Scenario;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code autarky validate}: checks a scenario and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Check a scenario and list every problem, each with its JSON path.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_INVALID_INPUT, Main.EXIT_USAGE})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "A scenario JSON file or a built-in name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Override
    public Integer call() {
        Scenario s = Inputs.scenario(scenario);
        main.out().println(scenario + ": valid (" + s.materials().size() + " materials, "
                + s.domestic().projects().size() + " projects, " + s.suppliers().size() + " suppliers, "
                + s.criteria().size() + " criteria)");
        return Main.OK;
    }
}
