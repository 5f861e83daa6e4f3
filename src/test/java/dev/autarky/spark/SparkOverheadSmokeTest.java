package dev.autarky.spark;

import dev.autarky.benchmarks.SparkOverhead;
import org.junit.jupiter.api.Test;

/** The overhead measurement of docs/distributed.md runs once, tiny, on the shared context, so that it cannot rot. */
class SparkOverheadSmokeTest {

    @Test
    void runsOnce() throws Exception {
        SparkOverhead.compare(LocalSpark.context(), 600, 128, 1, new int[] {2}, new long[] {1});
    }
}
