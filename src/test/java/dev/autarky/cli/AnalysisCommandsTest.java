package dev.autarky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code autarky sensitivity} and {@code autarky compare} end to end, in process. */
class AnalysisCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sensitivityPrintsTheDriversAndWritesSensitivityJson(@TempDir Path dir) throws IOException {
        assertEquals(Main.OK, run("sensitivity", "--paths", "600", "--threads", "2", "--tornado-paths", "100",
                "--tornado-inputs", "3", "--sobol-rows", "16", "--sobol-bootstrap", "10", "--series", "capabilityShare.Dy",
                "--by-year", "2045", "--top", "3", "--out", dir.toString(), "--charts", dir.resolve("charts").toString(),
                "--chart-format", "svg"));
        assertTrue(out().contains("What drives the timeline: japan-rare-earths (600 paths"), out());
        assertTrue(out().contains("Tornado of the mean system cost"), out());
        assertTrue(out().contains("Sobol indices of the system cost"), out());
        assertTrue(out().contains("Over time: capabilityShare.Dy"), out());
        assertTrue(out().contains("Wrote " + dir.resolve("sensitivity.json")), out());
        JsonNode s = new ObjectMapper().readTree(Files.readString(dir.resolve("sensitivity.json")));
        assertEquals("sensitivity", s.at("/analysis").asText());
        assertEquals(600, s.at("/run/paths").asLong());
        assertEquals(2045, s.at("/byYear").asInt());
        assertEquals(3, s.at("/tornado/0/bars").size());
        assertEquals("component", s.at("/sobol/grouping").asText());
        assertTrue(Files.exists(dir.resolve("charts/tornado-mean-systemCost.svg")));
        assertFalse(Files.exists(dir.resolve("charts/tornado-mean-systemCost.png")));

        assertEquals(Main.OK, run("sensitivity", "--paths", "200", "--tornado-paths", "0", "--sobol-rows", "0",
                "--series", "none", "--quiet"));
        assertEquals("", out());
        assertEquals(Main.USAGE, run("sensitivity", "--series", "nope", "--paths", "100", "--tornado-paths", "0",
                "--sobol-rows", "0", "--quiet"));
        assertTrue(err().contains("unknown series \"nope\""), err());
        assertEquals(Main.USAGE, run("sensitivity", "--by-year", "1999", "--paths", "100", "--quiet"));
        assertTrue(err().contains("byYear"), err());
        assertEquals(Main.USAGE, run("sensitivity", "--grouping", "nope"));
        assertTrue(err().contains("unknown grouping"), err());
        assertEquals(Main.USAGE, run("sensitivity", "--sobol-rows", "1"));
        assertEquals(Main.USAGE, run("sensitivity", "--tornado-paths", "-3"));
        assertEquals(Main.USAGE, run("sensitivity", "--chart-format", "gif", "--paths", "100", "--tornado-paths", "0",
                "--sobol-rows", "0", "--series", "none", "--quiet", "--charts", dir.toString()));
        assertEquals(Main.INVALID_INPUT, run("sensitivity", dir.resolve("missing.json").toString()));
        assertEquals(Main.OK, run("sensitivity", "--help"));
        assertTrue(out().contains("--tornado-inputs"), out());
    }

    @Test
    void aCancelledAnalysisStopsAtOnceAndWritesNothing(@TempDir Path dir) throws Exception {
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        java.util.concurrent.CompletableFuture<Integer> code = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> main.execute("sensitivity", "--paths", "2000", "--tornado-paths", "1000000", "--series", "none",
                        "--threads", "1", "--out", dir.toString()));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!err().contains("sensitivity of")) {
            assertTrue(!code.isDone() && System.nanoTime() < deadline, "the analysis did not start: " + err());
            Thread.sleep(10);
        }
        Thread.sleep(200);
        main.interrupt();
        assertEquals(Main.RUN_FAILED, code.get(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(err().contains("sensitivity analysis cancelled; nothing written"), err());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(), files.toList());
        }
        // the worker gives up after its chunk of paths instead of running on in the background
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("autarky-sensitivity analysis"))) {
            assertTrue(System.nanoTime() < deadline, "the analysis is still running");
            Thread.sleep(10);
        }
    }

    @Test
    void compareWritesComparisonJsonWithTheVarianceReduction(@TempDir Path dir) throws IOException {
        assertEquals(Main.OK, run("compare", "japan-rare-earths", "japan-diversification-without-mud", "--paths", "400",
                "--threads", "2", "--series", "capabilityShare.Dy", "--years", "2035,2045", "--out", dir.toString()));
        assertTrue(out().contains("Which policy buys the most years: japan-rare-earths against 1 alternative"), out());
        assertTrue(out().contains("years saved within the horizon"), out());
        assertTrue(out().contains("P(self-reliant by): 2035"), out());
        JsonNode c = new ObjectMapper().readTree(Files.readString(dir.resolve("comparison.json")));
        assertEquals("comparison", c.at("/analysis").asText());
        assertEquals(c.at("/run/seed").asLong() + 1, c.at("/independentSeed").asLong());
        JsonNode cost = c.at("/alternatives/0/costs/7");
        assertEquals("systemCost", cost.at("/cost").asText());
        assertTrue(cost.at("/added/varianceRatio").asDouble() > 2, cost.toString());
        assertEquals(35, c.at("/alternatives/0/criteria/0/probabilityBy").size());

        assertEquals(Main.OK, run("compare", "japan-rare-earths", "japan-long-embargo", "--paths", "100",
                "--no-independent", "--series", "none", "--quiet", "--out", dir.toString()));
        c = new ObjectMapper().readTree(Files.readString(dir.resolve("comparison.json")));
        assertTrue(c.at("/independentSeed").isNull());
        assertEquals(Main.USAGE, run("compare", "japan-rare-earths"));
        assertEquals(Main.USAGE, run("compare", "japan-rare-earths", "japan-heavy-rare-earths", "--paths", "100",
                "--quiet"));
        assertTrue(err().contains("differ from the baseline"), err());
        assertEquals(Main.USAGE, run("compare", "japan-rare-earths", "japan-long-embargo", "--paths", "100",
                "--years", "1990"));
        assertEquals(Main.USAGE, run("compare", "japan-rare-earths", "japan-long-embargo", "--ratio-cost", "nope"));
        assertEquals(Main.INVALID_INPUT, run("compare", "japan-rare-earths", dir.resolve("missing.json").toString()));
    }
}
