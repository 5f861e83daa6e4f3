package dev.autarky.cli;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How to run a scenario — paths, seed, threads, block size and sampling design — as options shared
 * by every command that simulates ({@code @Mixin SimulationOptions sim;}).
 */
public final class SimulationOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--paths", paramLabel = "N", converter = Converters.PositiveLong.class,
            description = "Paths to simulate (default: ${DEFAULT-VALUE}).")
    long paths = RunSettings.DEFAULT_PATHS;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.AnyLong.class,
            description = "Seed of the run (default: ${DEFAULT-VALUE}); the same seed, paths, block size and "
                    + "sampling give the same numbers on any number of threads.")
    long seed = RunSettings.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "T", converter = Converters.Threads.class,
            description = "Worker threads (default: all processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--block-size", paramLabel = "B", converter = Converters.BlockSize.class,
            description = "Paths per block, the unit of work (default: ${DEFAULT-VALUE}).")
    int blockSize = RunSettings.DEFAULT_BLOCK_SIZE;

    @Option(names = "--sampling", paramLabel = "D", converter = Converters.Sampling.class,
            description = "Sampling design of the inputs: mc (default), lhs, sobol or antithetic "
                    + "(see docs/sampling.md).")
    SamplingDesign sampling = SamplingDesign.MC;

    /** Whether {@code --paths} was given on the command line. */
    public boolean pathsGiven() {
        return mixee.commandLine().getParseResult().hasMatchedOption("--paths");
    }

    /** The run settings these options ask for (no stop rule, no capture). */
    public RunSettings settings() {
        if (sampling == SamplingDesign.ANTITHETIC && blockSize % 2 != 0) {
            throw new ParameterException(mixee.commandLine(),
                    "--sampling antithetic needs an even --block-size, was " + blockSize);
        }
        return new RunSettings(paths, seed, threads, blockSize, sampling);
    }
}
