package dev.autarky.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One Spark context for every Spark test of the JVM (a JVM holds at most one, and starting one
 * takes seconds): {@code local[2,2]}, two worker threads and up to two attempts per task, so an
 * injected failure is retried. Bound to the loopback address, no web UI. Spark's own shutdown
 * hook stops it when the test JVM exits.
 */
public final class LocalSpark {

    /** The master URL: local mode, 2 threads, {@code spark.task.maxFailures} = 2. */
    static final String MASTER = "local[2,2]";

    private static final JavaSparkContext CONTEXT = start();

    private LocalSpark() {
    }

    public static JavaSparkContext context() {
        return CONTEXT;
    }

    private static JavaSparkContext start() {
        SparkConf conf = new SparkConf()
                .setMaster(MASTER)
                .setAppName("autarky-tests")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.showConsoleProgress", "false");
        return new JavaSparkContext(conf);
    }
}
