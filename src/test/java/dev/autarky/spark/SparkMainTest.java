package dev.autarky.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spark-submit}'s main writes what the local command line writes, and fails as it does. */
class SparkMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final SparkMain main = new SparkMain(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private static String withoutThreads(Path summary) throws Exception {
        return Files.readString(summary).replaceFirst("\"threads\" : \\d+", "\"threads\" : 0");
    }

    @Test
    void writesTheSameSummaryAsTheLocalCommandLine(@TempDir Path dir) throws Exception {
        String[] run = {"--paths", "1500", "--seed", "3", "--block-size", "100", "--sampling", "lhs"};
        Main cli = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        assertEquals(Main.OK, cli.execute(concat(new String[] {"run", "japan-rare-earths", "--threads", "2", "--quiet",
            "--export", "summary,series,survival", "--out", dir.resolve("local").toString()}, run)));
        String expected = withoutThreads(dir.resolve("local/summary.json"));

        assertEquals(SparkMain.OK, main.execute(LocalSpark.context(), concat(new String[] {"japan-rare-earths",
            "--partitions", "3", "--export", "all", "--out", dir.resolve("spark").toString()}, run)), err::toString);
        assertEquals(expected, withoutThreads(dir.resolve("spark/summary.json")));
        for (String csv : new String[] {"series.csv", "survival.csv"}) {
            assertEquals(Files.readString(dir.resolve("local").resolve(csv)), Files.readString(dir.resolve("spark").resolve(csv)),
                    csv);
        }
        assertTrue(out.toString().contains("as 3 Spark tasks on " + LocalSpark.MASTER), out::toString);
        org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(dir.resolve("spark/report.html").toFile());
        assertTrue(report.text().contains(dev.autarky.io.Scenarios.japanRareEarths().title()), "the report's question");
        assertTrue(report.select("svg").size() >= 5, "the report's charts, inline");

        // a URI goes through Hadoop's file systems (as hdfs:// or s3a:// would on a cluster)
        assertEquals(SparkMain.OK, main.execute(LocalSpark.context(), concat(new String[] {"--quiet",
            "--out", dir.resolve("uri").toUri().toString()}, run)), err::toString);
        assertEquals(expected, withoutThreads(dir.resolve("uri/summary.json")));
        try (var files = Files.list(dir.resolve("uri"))) {
            assertEquals(1, files.count(), "no checksum files beside it");
        }
    }

    @Test
    void usageAndScenarioErrorsExitAsTheLocalCommandLineDoes(@TempDir Path dir) throws Exception {
        assertEquals(SparkMain.USAGE, main.execute(LocalSpark.context(), "--paths", "0"));
        assertTrue(err.toString().contains("--paths: must be in [1, "), err::toString);
        assertEquals(SparkMain.USAGE, main.execute(LocalSpark.context(), "a.json", "b.json"));
        assertEquals(SparkMain.USAGE, main.execute(LocalSpark.context(), "--partitions"));
        assertEquals(SparkMain.USAGE, main.execute(LocalSpark.context(), "--export", "paths"));
        assertEquals(SparkMain.USAGE, main.execute(LocalSpark.context(), "--sampling", "halton"));
        assertEquals(SparkMain.OK, main.execute(LocalSpark.context(), "--help"));
        assertTrue(out.toString().contains("--class dev.autarky.spark.SparkMain"), out::toString);

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1, \"name\": \"\"}");
        assertEquals(SparkMain.INVALID_INPUT, main.execute(LocalSpark.context(), bad.toString(), "--quiet"));
        assertTrue(err.toString().contains("invalid scenario"), err::toString);
        assertEquals(SparkMain.RUN_FAILED, main.execute(LocalSpark.context(), dir.resolve("missing.json").toString()));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
