package dev.autarky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point end to end, in process: exit codes, printouts and summary.json. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
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
    void samplingDesignIsChosenRecordedAndTraced(@TempDir Path dir) throws IOException {
        assertEquals(Main.OK, run("run", "--paths", "256", "--block-size", "64", "--sampling", "sobol", "--quiet",
                "--out", dir.toString()));
        JsonNode s = new ObjectMapper().readTree(Files.readString(dir.resolve("summary.json")));
        assertEquals("sobol", s.at("/run/sampling").asText());
        assertEquals(16, s.at("/designErrors/groups").asInt());
        assertTrue(s.at("/designErrors/costMeans/systemCost/standardError").isNumber());
        assertEquals(Main.OK, run("trace", "--sampling", "lhs", "--paths", "100", "--block-size", "50", "--path", "7"));
        assertTrue(out().contains("(lhs sampling, 100 paths in blocks of 50)"), out());
        assertEquals(Main.USAGE, run("run", "--sampling", "quasi"));
        assertTrue(err().contains("unknown sampling design \"quasi\"; known: mc, lhs, sobol, antithetic"), err());
        assertEquals(Main.USAGE, run("run", "--sampling", "antithetic", "--block-size", "101"));
        assertTrue(err().contains("--sampling antithetic needs an even --block-size"), err());
    }

    @Test
    void runWritesASummaryWithTheDocumentedFields(@TempDir Path dir) throws IOException {
        assertEquals(Main.OK, run("run", "--paths", "600", "--seed", "42", "--threads", "2", "--out", dir.toString()));
        assertTrue(out().contains("Time to self-reliance"), out());
        JsonNode s = new ObjectMapper().readTree(Files.readString(dir.resolve("summary.json")));
        assertEquals(42, s.at("/run/seed").asLong());
        assertEquals(600, s.at("/run/paths").asLong());
        assertEquals(2, s.at("/run/threads").asInt());
        assertTrue(s.at("/run/generator").asText().contains("L64X128Mix"));
        assertTrue(s.at("/run/version").isTextual());
        assertEquals("year", s.at("/timeToSelfReliance/unit").asText());
        for (String q : new String[] {"p10", "p50", "p90"}) {
            JsonNode v = s.at("/timeToSelfReliance/quantiles/" + q);
            assertTrue(v.isNull() || v.isNumber(), q);
        }
        assertTrue(s.at("/timeToSelfReliance/probabilityBy/2035").isNumber());
        assertTrue(s.at("/timeToSelfReliance/censoredFraction").isNumber());
        for (String f : new String[] {"mean", "p10", "p50", "p90", "unit"}) {
            assertTrue(!s.at("/costs/systemCost/" + f).isMissingNode(), f);
        }
        JsonNode first = s.at("/series/untrustedShare.Dy/0");
        for (String f : new String[] {"year", "p5", "p25", "p50", "p75", "p95", "mean"}) {
            assertTrue(first.get(f).isNumber(), f);
        }
        assertEquals(35, s.at("/series/untrustedShare.Dy").size());
    }

    @Test
    void runIsReproducibleFromTheCommandLine(@TempDir Path dir) throws IOException {
        run("run", "--paths", "300", "--seed", "9", "--threads", "1", "--out", dir.resolve("a").toString(), "--quiet");
        run("run", "--paths", "300", "--seed", "9", "--threads", "2", "--out", dir.resolve("b").toString(), "--quiet");
        assertEquals("", out() + err(), "--quiet prints nothing, no progress either");
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(Files.readString(dir.resolve("a/summary.json")));
        JsonNode b = m.readTree(Files.readString(dir.resolve("b/summary.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) a.get("run")).remove("threads");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b.get("run")).remove("threads");
        assertEquals(a, b);
    }

    @Test
    void validateAcceptsTheDefaultAndRejectsABadFileWithItsPaths(@TempDir Path dir) throws IOException {
        assertEquals(Main.OK, run("validate"));
        assertTrue(out().contains("valid"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"name\": \"x\", \"time\": {\"startYear\": 2026, \"horizonYears\": 0, "
                + "\"stepsPerYear\": 3}}");
        assertEquals(Main.INVALID_INPUT, run("validate", bad.toString()));
        assertTrue(err().contains("$.time.horizonYears"), err());
        assertTrue(err().contains("$.time.stepsPerYear"), err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Main.USAGE, run("run", "--paths", "lots"));
        assertTrue(err().contains("'--paths': expected an integer, was \"lots\""), err());
        assertEquals(Main.USAGE, run("fly"));
        assertEquals(Main.USAGE, run("run", "--paths"));
        assertEquals(Main.USAGE, run());
        assertTrue(err().contains("error: no command given"), err());
        assertEquals(Main.USAGE, run("run", "--paths", "0"));
        assertTrue(err().contains("must be >= 1, was 0"), err());
        assertEquals(Main.USAGE, run("run", "--max-seconds", "soon", "--until", "p50:1"));
        assertTrue(err().contains("expected a number of seconds > 0"), err());
        assertEquals(Main.USAGE, run("run", "a.json", "b.json"));
        assertEquals(Main.USAGE, run("trace", "--path", "100", "--paths", "100", "--sampling", "lhs"));
        assertTrue(err().contains("path must be in [0, 100), was 100"), err());
    }

    @Test
    void everyUsageErrorIsOneLineThenTheSynopsis() {
        assertEquals(Main.USAGE, run("run", "--pahts", "10"));
        String first = err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("error: ") && first.contains("--pahts"), err());
        assertTrue(err().contains("Possible solutions: --paths"), err());
        assertTrue(err().contains("Usage: autarky run"), err());
        assertTrue(err().contains("Try 'autarky run --help'"), err());
        assertEquals("", out());
    }

    @Test
    void helpEverywhereDocumentsTheExitCodes() {
        assertEquals(Main.OK, run("--help"));
        assertTrue(out().contains("Commands:"), out());
        for (String c : new String[] {"run", "validate", "trace", "list"}) {
            assertTrue(out().contains("  " + c + " "), c);
        }
        assertTrue(out().contains("Exit codes:"), out());
        for (String c : new String[] {"run", "validate", "trace", "list"}) {
            out.reset();
            assertEquals(Main.OK, run(c, "--help"), c);
            assertTrue(out().startsWith("Usage: autarky " + c), out());
        }
        out.reset();
        assertEquals(Main.OK, run("help", "run"));
        assertTrue(out().contains("--until=TARGETS"), out());
        assertTrue(out().contains("3   the run failed or was cancelled"), out());
        assertTrue(out().contains("default: 20260106"), "the default seed is shown: " + out());
        out.reset();
        assertEquals(Main.OK, run("--version"));
        assertTrue(out().startsWith("autarky "), out());
        assertEquals("", err());
    }

    @Test
    void listNamesTheBuiltInScenarios() {
        assertEquals(Main.OK, run("list"));
        assertTrue(out().lines().anyMatch("japan-rare-earths"::equals), out());
    }

    @Test
    void badFilesAreInvalidInputWithTheirProblems(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"name\": ");
        assertEquals(Main.INVALID_INPUT, run("run", broken.toString(), "--paths", "10"));
        assertTrue(err().startsWith("error: invalid scenario " + broken + " (1 problem)"), err());
        assertEquals(Main.INVALID_INPUT, run("run", dir.resolve("missing.json").toString()));
        assertTrue(err().contains("missing.json: no such file and not a built-in scenario"), err());
        assertEquals(Main.INVALID_INPUT, run("trace", "--path", "1", dir.toString()));
        assertTrue(err().contains("not a regular file"), err());
        assertEquals("", out());
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenFailsTheRun(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("occupied"), "x");
        assertEquals(Main.RUN_FAILED, run("run", "--paths", "64", "--quiet", "--out", file.toString()));
        assertTrue(err().startsWith("error: cannot write to " + file), err());
    }

    @Test
    void aCancelledRunWritesNothing(@TempDir Path dir) throws Exception {
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        java.util.concurrent.CompletableFuture<Integer> code = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> main.execute("run", "--paths", "100000000", "--threads", "1", "--block-size", "64",
                        "--out", dir.toString(), "--export", "summary,series,survival"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (main.interruption().active() == null || main.interruption().active().pathsDone() == 0) {
            assertTrue(!code.isDone() && System.nanoTime() < deadline, "the run did not start: " + err());
            Thread.sleep(10);
        }
        main.interrupt();
        assertEquals(Main.RUN_FAILED, code.get(120, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(err().contains("error: run cancelled after "), err());
        assertTrue(err().contains("no result written"), err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing written, not even a temporary file");
        }
        assertTrue(!out().contains("Time to self-reliance"), out());
    }

    @Test
    void aMissingFileIsInvalidInput() {
        assertEquals(Main.INVALID_INPUT, run("validate", "no/such/file.json"));
        assertTrue(err().contains("no/such/file.json"), err());
    }

    @Test
    void traceReplaysOnePath() {
        assertEquals(Main.OK, run("trace", "--path", "3", "--seed", "5"));
        assertTrue(out().contains("path 3 of seed 5"), out());
        assertTrue(out().contains("regime china-export-policy"), out());
        assertEquals(Main.USAGE, run("trace"));
    }

    @Test
    void untilRunsInRoundsAndReportsThePrecisionReached(@TempDir Path dir) throws IOException {
        assertEquals(Main.OK, run("run", "--until", "pby2040:0.03", "--max-paths", "5000", "--seed", "4", "--threads", "2",
                "--block-size", "128", "--out", dir.toString(), "--export", "all"));
        assertTrue(out().contains("Precision"), out());
        assertTrue(out().contains("pby2040:0.03"), out());
        JsonNode s = new ObjectMapper().readTree(Files.readString(dir.resolve("summary.json")));
        String stoppedBy = s.at("/convergence/stoppedBy").asText();
        assertTrue(stoppedBy.equals("targets-met") || stoppedBy.equals("path-budget"), stoppedBy);
        assertEquals(5000, s.at("/convergence/pathBudget").asLong());
        assertTrue(s.at("/convergence/targets/0/achieved").isNumber());
        for (String f : new String[] {"summary.json", "series.csv", "survival.csv", "paths.csv", "sipmath.json"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
            assertTrue(out().contains("Wrote " + dir.resolve(f)), f);
        }
        long rows = Files.readAllLines(dir.resolve("paths.csv")).size();
        assertEquals(s.at("/run/paths").asLong() + 1, rows);
        assertTrue(Files.readAllLines(dir.resolve("paths.csv")).get(0).contains("input.") == false, "inputs only on request");
    }

    @Test
    void untilUsageErrors(@TempDir Path dir) {
        assertEquals(Main.USAGE, run("run", "--until", "p50"));
        assertTrue(err().contains("target \"p50\""), err());
        assertEquals(Main.USAGE, run("run", "--until", "p50:1", "--paths", "100"));
        assertTrue(err().contains("--max-paths"), err());
        assertEquals(Main.USAGE, run("run", "--max-paths", "100"));
        assertEquals(Main.USAGE, run("run", "--export", "series"));
        assertTrue(err().contains("--export needs --out"), err());
        assertEquals(Main.USAGE, run("run", "--export", "charts", "--out", dir.toString()));
        assertEquals(Main.USAGE, run("run", "--until", "mean:nonsense:1%", "--quiet"));
        assertTrue(err().contains("no cost \"nonsense\""), err());
    }

    @Test
    void runWritesChartsAndAReport(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("out/report.html");
        assertEquals(Main.OK, run("run", "--paths", "512", "--block-size", "128", "--charts", dir.resolve("charts").toString(),
                "--chart-format", "svg", "--report", report.toString(), "--report-path", "5"));
        assertTrue(out().contains("Wrote " + dir.resolve("charts/fan-Dy.svg")), out());
        assertTrue(out().contains("Wrote " + report), out());
        try (var files = Files.list(dir.resolve("charts"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("self-reliance.svg") && names.contains("fan-all.svg")
                    && names.contains("cost-systemCost.svg"), names.toString());
            assertTrue(names.stream().allMatch(n -> n.endsWith(".svg")), names.toString());
        }
        String html = Files.readString(report);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("id=\"chart-trace\"") && html.contains("Path 5 of seed"),
                "the report plots the path asked for");
        assertEquals(Main.USAGE, run("run", "--charts", dir.toString(), "--chart-format", "gif"));
        assertTrue(err().contains("unknown format \"gif\""), err());
        assertEquals(Main.USAGE, run("run", "--paths", "100", "--report", report.toString(), "--report-path", "100"));
        assertTrue(err().contains("--report-path: must be in [0, 100), was 100"), err());
    }

    @Test
    void traceDrawsAChart(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("trace.png");
        assertEquals(Main.OK, run("trace", "--path", "2", "--chart", png.toString()));
        assertTrue(out().contains("Wrote " + png), out());
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(dev.autarky.report.Charts.WIDTH, img.getWidth());
        Path svg = dir.resolve("trace.svg");
        assertEquals(Main.OK, run("trace", "--path", "2", "--chart", svg.toString(), "--material", "NdPr"));
        assertTrue(Files.readString(svg).contains("Path 2 of seed 20260106: NdPr"));
        assertEquals(Main.USAGE, run("trace", "--path", "2", "--chart", dir.resolve("t.gif").toString()));
        assertEquals(Main.USAGE, run("trace", "--path", "2", "--chart", svg.toString(), "--material", "Au"));
        assertTrue(err().contains("no material \"Au\""), err());
        assertEquals(Main.USAGE, run("trace", "--path", "2", "--material", "Dy"));
        assertTrue(err().contains("--material needs --chart"), err());
    }
}
