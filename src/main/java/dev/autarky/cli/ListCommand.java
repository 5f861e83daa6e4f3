package dev.autarky.cli;

import dev.autarky.io.Scenarios;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code autarky list}: the built-in scenarios. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "List the built-in scenarios, one name a line.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Scenarios.builtInNames().forEach(main.out()::println);
        return Main.OK;
    }
}
