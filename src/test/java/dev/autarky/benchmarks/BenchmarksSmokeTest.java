package dev.autarky.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in-process and briefly, so none can rot. Not a measurement: real
 * figures come from {@code mvn -Pbench test-compile exec:exec} (see docs/performance.md).
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsOnce() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("dev\\.autarky\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .threads(1)
                .shouldFailOnError(true)
                .param("paths", "2000")
                .param("scenario", "japan-rare-earths")
                .jvmArgs("-Djmh.ignoreLock=true")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertFalse(results.isEmpty(), "no benchmark found: is the JMH annotation processor running?");
    }
}
