package dev.autarky.cli;

import dev.autarky.internal.Version;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command-line entry point: {@code autarky run | validate | trace | list | sensitivity | compare},
 * each with {@code --help}.
 *
 * <pre>
 * run      [SCENARIO] [--paths N] [--seed S] [--threads T] [--block-size B] [--sampling D] [--out DIR] [--quiet]
 *          [--until TARGETS [--max-paths N] [--max-seconds S]] [--export LIST] [--with-inputs]
 * validate [SCENARIO]
 * trace    [SCENARIO] --path I [--seed S] [--sampling D [--paths N] [--block-size B]]
 * list
 * sensitivity [SCENARIO] [--paths N] [--seed S] [--out DIR] [--by-year Y] [--series LIST] [--tornado-paths N]
 *          [--tornado-inputs K] [--sobol-rows N] [--sobol-bootstrap R] [--grouping G] [--top K] [--charts DIR]
 * compare  BASELINE ALTERNATIVE... [--paths N] [--seed S] [--out DIR] [--series LIST] [--ratio-cost COST]
 *          [--no-independent] [--years LIST]
 * </pre>
 *
 * SCENARIO is a file path or a built-in name (default {@code japan-rare-earths}). Exit codes:
 * 0 ok, 1 invalid input (scenario), 2 usage error, 3 run failed or cancelled. Errors go to
 * standard error, one line each, followed by the detailed list where there is one (every problem
 * of an invalid scenario).
 *
 * <p>A command is a picocli {@code @Command} class in this package listed in {@link #SUBCOMMANDS}'s
 * annotation; it reaches the streams through {@code @ParentCommand Main main} ({@link #out()},
 * {@link #err()}), shares the simulation options through {@code @Mixin SimulationOptions}, loads
 * scenarios with {@code Inputs.scenario}, reports failures by throwing {@code CliException} (or a
 * picocli {@code ParameterException} for usage errors), and registers a running simulation with
 * {@link #interruption()} so that Ctrl-C cancels it.
 */
@Command(name = "autarky", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"How long until a country can do without an untrusted supplier of a critical material, "
                + "and what does getting there cost? Monte Carlo projections with every number's confidence interval.",
                "", "SCENARIO, where a command takes one, is a JSON file or a built-in name (default: "
                        + "japan-rare-earths; see 'autarky list')."},
        subcommands = {RunCommand.class, ValidateCommand.class, TraceCommand.class, ListCommand.class,
                SensitivityCommand.class, CompareCommand.class, CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_INVALID_INPUT, Main.EXIT_USAGE, Main.EXIT_RUN_FAILED},
        footer = {"", "Run 'autarky COMMAND --help' for a command's options."})
public final class Main implements Callable<Integer> {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input (a scenario file) is missing, unreadable or invalid. */
    public static final int INVALID_INPUT = 1;
    /** Exit code: bad command-line usage. */
    public static final int USAGE = 2;
    /** Exit code: the run failed or was cancelled. */
    public static final int RUN_FAILED = 3;

    static final String EXIT_OK = "0:ok";
    static final String EXIT_INVALID_INPUT = "1:invalid input: the scenario is missing, unreadable or invalid "
            + "(every problem is listed)";
    static final String EXIT_USAGE = "2:usage error: unknown command or option, or a bad option value";
    static final String EXIT_RUN_FAILED = "3:the run failed or was cancelled; no output file is left that looks "
            + "complete (after Ctrl-C the shell reports 130, as for any program stopped by a signal)";

    /** How long a Ctrl-C waits for the command to stop and tidy up before the JVM exits. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final PrintStream out;
    private final PrintStream err;
    private final Interruption interruption = new Interruption();

    @Spec
    CommandSpec spec;

    /** A command line printing to the given streams. */
    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line and exits the JVM with its exit code. Ctrl-C (or any other shutdown)
     * cancels a running simulation; the command then writes nothing and exits.
     */
    public static void main(String[] args) {
        Main main = new Main(System.out, System.err);
        Thread hook = new Thread(() -> main.interruption.requestAndAwait(SHUTDOWN_GRACE), "autarky-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = main.execute(args);
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (for embedding and tests). */
    public int execute(String... args) {
        try {
            return commandLine().execute(args);
        } finally {
            out.flush();
            err.flush();
            interruption.finished();
        }
    }

    /** The picocli command line of this entry point, with its streams and error handling. */
    CommandLine commandLine() {
        CommandLine cl = new CommandLine(this);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler(this::usageError);
        cl.setExecutionExceptionHandler((e, c, parsed) -> failure(e));
        return cl;
    }

    /** Without a command: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        err.println("error: no command given");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Standard output of the commands. */
    PrintStream out() {
        return out;
    }

    /** Standard error: progress and errors. */
    PrintStream err() {
        return err;
    }

    /** Where a running command registers its simulation so that Ctrl-C can cancel it. */
    Interruption interruption() {
        return interruption;
    }

    /** Asks the running command to stop, as Ctrl-C does (for tests). */
    void interrupt() {
        interruption.request();
    }

    /** A usage error thrown from a command after parsing (options that do not go together). */
    static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private int usageError(ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        PrintWriter w = c.getErr();
        w.println("error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, w);
        w.print(c.getHelp().fullSynopsis());
        w.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        w.flush();
        return USAGE;
    }

    private int failure(Exception e) {
        if (e instanceof CliException c) {
            err.println("error: " + c.getMessage());
            for (String d : c.details()) {
                err.println("  " + d);
            }
            return c.exitCode();
        }
        err.println("error: run failed: " + e);
        return RUN_FAILED;
    }

    /** The library's version for {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"autarky " + Version.VALUE, "Java " + System.getProperty("java.version")};
        }
    }
}
