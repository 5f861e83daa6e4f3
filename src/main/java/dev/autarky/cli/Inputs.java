package dev.autarky.cli;

import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Problem;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/** Loading a scenario for a command, with failures as {@link CliException}s of {@link Main#INVALID_INPUT}. */
final class Inputs {

    private Inputs() {
    }

    /** The built-in scenario of this name or the scenario in this file. */
    static Scenario scenario(String nameOrPath) {
        try {
            return Scenarios.load(nameOrPath);
        } catch (ScenarioException e) {
            int n = e.problems().size();
            throw new CliException(Main.INVALID_INPUT, "invalid scenario " + nameOrPath + " (" + n + " problem"
                    + (n == 1 ? "" : "s") + ")", e.problems().stream().map(Problem::toString).toList());
        } catch (NoSuchFileException e) {
            throw new CliException(Main.INVALID_INPUT, nameOrPath + ": " + (e.getReason() == null ? "no such file"
                    : e.getReason()));
        } catch (IOException e) {
            throw new CliException(Main.INVALID_INPUT, "cannot read " + nameOrPath + ": " + e, List.of());
        }
    }
}
