package dev.autarky.engine;

import dev.autarky.internal.Checks;

/**
 * How to run a scenario (as opposed to what the scenario says): how many paths, which seed,
 * how many threads, how paths are grouped into blocks, which sampling design, when to stop early
 * and what to keep per path.
 *
 * <p>Results are a function of {@code (scenario, paths, seed, blockSize, sampling, stopRule
 * targets)} only: the same values give bit-identical results on any number of threads or machines
 * (a stop rule's time budget is the one exception, see {@link StopRule}).
 *
 * @param paths     number of paths, >= 1; with an active stop rule, the most paths (the path budget)
 * @param seed      the run's seed; every random draw of path {@code i} comes from streams keyed
 *                  by {@code (seed, i, channel)}
 * @param threads   worker threads, >= 1
 * @param blockSize paths per block, 1–1,048,576 (the unit of work and of exact merging; under
 *                  {@link SamplingDesign#LHS} also the size of each Latin hypercube)
 * @param sampling  how the inputs' uniforms are chosen (default {@link SamplingDesign#MC}); not
 *                  null; {@link SamplingDesign#ANTITHETIC} needs an even {@code blockSize}
 * @param stopRule  when to stop before {@code paths}: {@link StopRule#NONE} to run them all
 * @param capture   what to keep of every path ({@link PathCapture#NONE} by default)
 */
public record RunSettings(long paths, long seed, int threads, int blockSize, SamplingDesign sampling,
        StopRule stopRule, PathCapture capture) {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20260106L;
    /** The block size used when none is given. */
    public static final int DEFAULT_BLOCK_SIZE = 512;
    /** The number of paths used when none is given. */
    public static final long DEFAULT_PATHS = 100_000;

    /**
     * Validates the settings.
     *
     * @param paths number of paths, >= 1; with an active stop rule, the most paths (the path budget)
     * @param seed the run's seed; every random draw of path {@code i} comes from streams keyed by {@code
     *             (seed, i, channel)}
     * @param threads worker threads, >= 1
     * @param blockSize paths per block, 1–1,048,576 (the unit of work and of exact merging; under {@link
     *                  SamplingDesign#LHS} also the size of each Latin hypercube)
     * @param sampling how the inputs' uniforms are chosen (default {@link SamplingDesign#MC}); not null;
     *                 {@link SamplingDesign#ANTITHETIC} needs an even {@code blockSize}
     * @param stopRule when to stop before {@code paths}: {@link StopRule#NONE} to run them all
     * @param capture what to keep of every path ({@link PathCapture#NONE} by default)
     */
    public RunSettings {
        Checks.requireAtLeast(paths, 1, "paths");
        Checks.requireInRange(threads, 1, 4096, "threads");
        Checks.requireInRange(blockSize, 1, 1 << 20, "blockSize");
        Checks.requireNonNull(sampling, "sampling");
        if (sampling == SamplingDesign.ANTITHETIC && blockSize % 2 != 0) {
            throw new IllegalArgumentException("blockSize must be even with antithetic sampling (pairs of paths "
                    + "stay in one block), was " + blockSize);
        }
        Checks.requireNonNull(stopRule, "stopRule");
        Checks.requireNonNull(capture, "capture");
    }

    /**
     * Settings with plain Monte Carlo sampling ({@link SamplingDesign#MC}).
     *
     * @param paths number of paths, >= 1; with an active stop rule, the most paths (the path budget)
     * @param seed the run's seed; every random draw of path {@code i} comes from streams keyed by {@code
     *             (seed, i, channel)}
     * @param threads worker threads, >= 1
     * @param blockSize paths per block, 1–1,048,576 (the unit of work and of exact merging; under {@link
     *                  SamplingDesign#LHS} also the size of each Latin hypercube)
     */
    public RunSettings(long paths, long seed, int threads, int blockSize) {
        this(paths, seed, threads, blockSize, SamplingDesign.MC);
    }

    /**
     * Settings without a stop rule or per-path capture.
     *
     * @param paths number of paths, >= 1; with an active stop rule, the most paths (the path budget)
     * @param seed the run's seed; every random draw of path {@code i} comes from streams keyed by {@code
     *             (seed, i, channel)}
     * @param threads worker threads, >= 1
     * @param blockSize paths per block, 1–1,048,576 (the unit of work and of exact merging; under {@link
     *                  SamplingDesign#LHS} also the size of each Latin hypercube)
     * @param sampling how the inputs' uniforms are chosen (default {@link SamplingDesign#MC}); not null;
     *                 {@link SamplingDesign#ANTITHETIC} needs an even {@code blockSize}
     */
    public RunSettings(long paths, long seed, int threads, int blockSize, SamplingDesign sampling) {
        this(paths, seed, threads, blockSize, sampling, StopRule.NONE, PathCapture.NONE);
    }

    /**
     * These settings with another sampling design.
     *
     * @param design how the inputs' uniforms are chosen (default {@link SamplingDesign#MC}); not null;
     *               {@link SamplingDesign#ANTITHETIC} needs an even {@code blockSize}
     * @return these settings with another sampling design
     */
    public RunSettings withSampling(SamplingDesign design) {
        return new RunSettings(paths, seed, threads, blockSize, design, stopRule, capture);
    }

    /**
     * Defaults: 100,000 paths, the default seed, all available processors, blocks of 512.
     *
     * @return the default settings
     */
    public static RunSettings defaults() {
        return new RunSettings(DEFAULT_PATHS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(),
                DEFAULT_BLOCK_SIZE);
    }

    /**
     * These settings with {@code n} paths.
     *
     * @param n number of paths, >= 1; with an active stop rule, the most paths (the path budget)
     * @return these settings with {@code n} paths
     */
    public RunSettings withPaths(long n) {
        return new RunSettings(n, seed, threads, blockSize, sampling, stopRule, capture);
    }

    /**
     * These settings with another seed.
     *
     * @param s the run's seed; every random draw of path {@code i} comes from streams keyed by {@code (seed,
     *          i, channel)}
     * @return these settings with another seed
     */
    public RunSettings withSeed(long s) {
        return new RunSettings(paths, s, threads, blockSize, sampling, stopRule, capture);
    }

    /**
     * These settings with {@code n} threads.
     *
     * @param n worker threads, >= 1
     * @return these settings with {@code n} threads
     */
    public RunSettings withThreads(int n) {
        return new RunSettings(paths, seed, n, blockSize, sampling, stopRule, capture);
    }

    /**
     * These settings with another block size.
     *
     * @param n paths per block, 1–1,048,576 (the unit of work and of exact merging; under {@link
     *          SamplingDesign#LHS} also the size of each Latin hypercube)
     * @return these settings with another block size
     */
    public RunSettings withBlockSize(int n) {
        return new RunSettings(paths, seed, threads, n, sampling, stopRule, capture);
    }

    /**
     * These settings with a stop rule ({@link StopRule#NONE} to run every path).
     *
     * @param rule when to stop before {@code paths}: {@link StopRule#NONE} to run them all
     * @return these settings with a stop rule
     */
    public RunSettings withStopRule(StopRule rule) {
        return new RunSettings(paths, seed, threads, blockSize, sampling, rule, capture);
    }

    /**
     * These settings with per-path capture.
     *
     * @param c what to keep of every path ({@link PathCapture#NONE} by default)
     * @return these settings with per-path capture
     */
    public RunSettings withCapture(PathCapture c) {
        return new RunSettings(paths, seed, threads, blockSize, sampling, stopRule, c);
    }

    /**
     * Number of blocks, {@code ceil(paths / blockSize)}.
     *
     * @return number of blocks, {@code ceil(paths / blockSize)}
     */
    public long blocks() {
        return (paths + blockSize - 1) / blockSize;
    }
}
