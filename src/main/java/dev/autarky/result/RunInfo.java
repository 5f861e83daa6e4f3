package dev.autarky.result;

/**
 * How a result was produced: enough to reproduce it bit for bit.
 *
 * @param scenario     scenario name
 * @param seed         the run's seed
 * @param paths        paths simulated
 * @param threads      worker threads used (results do not depend on it)
 * @param blockSize    paths per block (results depend on it only through the order of
 *                     floating-point sums inside a block)
 * @param sampling     sampling design of the input vector, e.g. {@code "mc"}
 * @param generator    the random generator and stream-keying scheme
 * @param version      autarky version
 * @param startYear    calendar year the first step starts
 * @param stepsPerYear steps per year
 * @param horizonYears years simulated
 * @param currency     currency of all money figures
 */
public record RunInfo(String scenario, long seed, long paths, int threads, int blockSize, String sampling,
        String generator, String version, int startYear, int stepsPerYear, int horizonYears, String currency) {
}
