package dev.autarky.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import dev.autarky.testing.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTML report in a real browser: headless Chromium opens it from a file with the network
 * requests, console and browser log recorded, and the test asserts that it renders without a
 * console error or warning, requests nothing but the file itself, lays out every section, chart
 * and table with real sizes, and saves a full-page screenshot under the build directory
 * ({@code target/browser-check/report.png}).
 *
 * <p>Skipped (with the reason) where Chromium is not installed, unless the environment variable
 * {@code AUTARKY_BROWSER_CHECK=required} is set, as {@code .ci/run} does after installing it.
 */
@Timeout(300)
class ReportInBrowserTest {

    private static Path chromium;
    private static Path dir;

    @BeforeAll
    static void findChromium() throws IOException {
        Optional<Path> found = HeadlessChromium.find();
        boolean required = "required".equals(System.getenv("AUTARKY_BROWSER_CHECK"));
        if (found.isEmpty() && required) {
            throw new IllegalStateException("AUTARKY_BROWSER_CHECK=required but no Chromium was found "
                    + "(apt-get install chromium, or set CHROMIUM)");
        }
        Assumptions.assumeTrue(found.isPresent(), "Chromium is not installed (apt-get install chromium, or set "
                + "CHROMIUM=/path/to/chromium): the browser check is skipped");
        chromium = found.get();
        dir = Path.of(System.getProperty("autarky.buildDir", "target")).resolve("browser-check").toAbsolutePath();
        Files.createDirectories(dir);
    }

    @Test
    void theReportRendersCleanlyWithEverythingInPlace() throws Exception {
        Scenario japan = Scenarios.japanRareEarths();
        Simulator sim = Simulator.of(japan);
        SimulationResult r = sim.run(new RunSettings(4096, RunSettings.DEFAULT_SEED, 2, 512));
        Path report = dir.resolve("report.html");
        HtmlReport.of(japan, r).withTrace(sim.trace(RunSettings.DEFAULT_SEED, 0), HtmlReport.headlineMaterial(japan))
                .write(report);
        Path screenshot = dir.resolve("report.png");
        Files.deleteIfExists(screenshot);
        try (HeadlessChromium browser = HeadlessChromium.start(chromium, dir, 1280, 900)) {
            browser.open(report.toUri());
            JsonNode page = browser.evaluate("""
                    (() => {
                      const box = e => { const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; };
                      const visible = e => { const s = getComputedStyle(e); const r = e.getBoundingClientRect();
                        return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0; };
                      return {
                        title: document.title,
                        sections: [...document.querySelectorAll('main > header, main > section')].map(s => s.id),
                        visibleSections: [...document.querySelectorAll('main > header, main > section')].filter(visible).length,
                        verdict: document.querySelector('#answer .headline .verdict')?.innerText ?? '',
                        charts: [...document.querySelectorAll('#charts figure')].map(f => ({
                          id: f.id, size: box(f.querySelector('svg')), texts: f.querySelectorAll('svg text').length,
                          caption: f.querySelector('figcaption')?.innerText ?? '' })),
                        tables: [...document.querySelectorAll('section table')].filter(visible).length,
                        rows: document.querySelectorAll('#time-to-self-reliance tbody tr').length,
                        costRows: document.querySelectorAll('#costs tbody tr').length,
                        parameters: document.querySelectorAll('#parameters tbody tr').length,
                        seed: document.querySelector('#run')?.innerText.includes('%d') ?? false,
                        fontOk: getComputedStyle(document.body).fontFamily.length > 0,
                        pageHeight: document.documentElement.scrollHeight,
                        overflowX: document.documentElement.scrollWidth > window.innerWidth
                      };
                    })()""".formatted(RunSettings.DEFAULT_SEED));
            browser.screenshot(screenshot);

            assertEquals(List.of(), browser.problems(), "console errors or warnings, or failed loads");
            for (JsonNode url : JsonNodeList.of(browser.requests())) {
                assertTrue(url.asText().equals(report.toUri().toString()) || url.asText().startsWith("data:"),
                        "requested something besides the report: " + url.asText());
            }
            assertEquals(r.title(), page.path("title").asText());
            assertEquals(List.of("question", "answer", "charts", "time-to-self-reliance", "costs", "shares",
                    "assumptions", "run"), JsonNodeList.texts(page.path("sections")));
            assertEquals(8, page.path("visibleSections").asInt(), "every section is laid out");
            assertTrue(page.path("verdict").asText().startsWith("Most simulated futures never get there"),
                    page.path("verdict").asText());
            JsonNode charts = page.path("charts");
            assertEquals(9, charts.size(), "self-reliance, fan-all, four materials, two cost histograms, trace: " + charts);
            for (JsonNode c : charts) {
                String id = c.path("id").asText();
                assertTrue(c.path("size").get(0).asInt() >= 300 && c.path("size").get(1).asInt() >= 150,
                        id + " is drawn at a real size: " + c.path("size"));
                assertTrue(c.path("texts").asInt() > 10, id + " has its titles, ticks and legend as text");
                assertFalse(c.path("caption").asText().isBlank(), id);
            }
            assertEquals(r.timesToSelfReliance().size(), page.path("rows").asInt());
            assertEquals(r.costs().size(), page.path("costRows").asInt());
            assertTrue(page.path("tables").asInt() >= 5, "tables laid out: " + page.path("tables"));
            assertTrue(page.path("seed").asBoolean(), "the run section shows the seed");
            assertFalse(page.path("overflowX").asBoolean(), "nothing wider than the window");
        }
        BufferedImage shot = ImageIO.read(screenshot.toFile());
        assertEquals(1280, shot.getWidth());
        assertTrue(shot.getHeight() > 3000, "the whole page: " + shot.getHeight());
        ChartsTest.assertPicture(Files.readAllBytes(screenshot), shot.getWidth(), shot.getHeight());
    }

    /** The check itself fails on a page with a console error and a missing image. */
    @Test
    void theCheckSeesConsoleErrorsAndFailedLoads() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>bad</title></head><body><p>x</p>"
                + "<img src=\"missing.png\" alt=\"\"><script>console.error('boom')</script></body></html>");
        try (HeadlessChromium browser = HeadlessChromium.start(chromium, dir, 800, 600)) {
            browser.open(bad.toUri());
            List<String> problems = browser.problems();
            assertTrue(problems.stream().anyMatch(p -> p.contains("console.error: boom")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("missing.png") || p.contains("ERR_FILE_NOT_FOUND")),
                    problems.toString());
            assertTrue(browser.requests().stream().anyMatch(u -> u.endsWith("missing.png")), browser.requests().toString());
        }
    }

    /** Small helpers over Jackson arrays. */
    private static final class JsonNodeList {
        static List<JsonNode> of(List<String> values) {
            return values.stream().map(v -> (JsonNode) com.fasterxml.jackson.databind.node.TextNode.valueOf(v)).toList();
        }

        static List<String> texts(JsonNode array) {
            List<String> out = new java.util.ArrayList<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }
    }
}
