package dev.autarky.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.StopRule;
import dev.autarky.io.Scenarios;
import dev.autarky.result.SimulationResult;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's structure, parsed: sections, answer, charts, tables, sources; nothing loaded from outside. */
class HtmlReportTest {

    private static Scenario japan;
    private static SimulationResult result;
    private static Document page;

    @BeforeAll
    static void render() {
        japan = Scenarios.japanRareEarths();
        Simulator sim = Simulator.of(japan);
        result = sim.run(new RunSettings(2048, 11, 2, 256));
        Tornado tornado = new Tornado("P50 year", "year", 2041, List.of(new Tornado.Bar("lead time", "P10", 2039,
                "P90", 2045)));
        page = Jsoup.parse(HtmlReport.of(japan, result).withTornado(tornado).withTrace(sim.trace(11, 0), "Dy").render());
    }

    @Test
    void everySectionIsThereInOrder() {
        List<String> ids = page.select("main > header, main > section").eachAttr("id");
        assertEquals(List.of("question", "answer", "charts", "time-to-self-reliance", "costs", "shares", "assumptions",
                "run"), ids);
        assertEquals(result.title(), page.title());
        assertEquals(result.title(), page.selectFirst("h1").text());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertNotNull(page.selectFirst("meta[charset=utf-8]"));
    }

    @Test
    void theAnswerIsInPlainWords() {
        Element answer = page.getElementById("answer");
        Element headline = answer.selectFirst(".headline");
        assertEquals(result.timeToSelfReliance().name(), headline.selectFirst("h3").text());
        int last = result.run().startYear() + result.run().horizonYears() - 1;
        String verdict = headline.selectFirst(".verdict").text();
        assertEquals(HtmlReport.verdict(result.timeToSelfReliance(), last), verdict);
        assertTrue(verdict.startsWith("Most simulated futures never get there"), "the default scenario rarely gets there");
        String text = headline.text();
        assertTrue(text.contains("Year of self-reliance: P10 "), text);
        assertTrue(text.contains("median "), text);
        for (int y : new int[] {2030, 2035, 2040}) {
            assertTrue(text.contains("by " + y + ": "), text);
        }
        assertEquals(result.timesToSelfReliance().size() - 1, answer.select(".criterion").size());
        String cost = answer.selectFirst(".cost").text();
        assertTrue(cost.contains("median " + TextSummary.money(result.cost("systemCost").quantile(0.5), false) + " USD"),
                cost);
        assertTrue(cost.contains("P10–P90"), cost);
    }

    @Test
    void theChartsAreInlineSvgWithTheirSeries() {
        Element charts = page.getElementById("charts");
        List<String> ids = charts.select("figure").eachAttr("id");
        assertEquals(List.of("chart-self-reliance", "chart-fan-all", "chart-fan-NdPr", "chart-fan-Dy", "chart-fan-Tb",
                "chart-fan-otherREO", "chart-cost-systemCost", "chart-cost-programmeCapex", "chart-tornado",
                "chart-trace"), ids);
        for (Element f : charts.select("figure")) {
            Element svg = f.selectFirst("svg");
            assertNotNull(svg, f.id());
            assertEquals("img", svg.attr("role"));
            assertFalse(svg.attr("aria-label").isBlank(), f.id());
            assertFalse(f.selectFirst("figcaption").text().isBlank(), f.id());
        }
        assertTrue(page.getElementById("chart-fan-Dy").text().contains("China share: median"));
        assertTrue(page.getElementById("chart-trace").text().contains("from china"));
        // every id inside the inline SVGs is unique on the page (JFreeSVG's defs are prefixed per chart)
        List<String> all = page.select("[id]").eachAttr("id");
        assertEquals(all.size(), all.stream().distinct().count(), "duplicate ids");
    }

    @Test
    void theTablesHoldEveryCriterionCostAndMaterial() {
        Element time = page.getElementById("time-to-self-reliance");
        assertEquals(result.timesToSelfReliance().size(), time.select("tbody tr").size());
        assertTrue(time.selectFirst("thead").text().contains("P(by 2035)"));
        Element costs = page.getElementById("costs");
        assertEquals(result.costs().size(), costs.select("tbody tr").size());
        assertTrue(costs.text().contains("systemCost"));
        Element shares = page.getElementById("shares");
        assertEquals(List.of("Met by China", "Met by domestic output",
                "Could be met without China (domestic, recycled and trusted supply)"), shares.select("h3").eachText());
        assertTrue(shares.selectFirst("table").text().contains("all"));
    }

    @Test
    void theAssumptionsCiteTheirSources() {
        Element params = page.getElementById("parameters");
        assertEquals("details", params.tagName());
        assertEquals(List.of("parameter", "value", "source", "note"), params.select("thead th").eachText());
        assertTrue(params.select("tbody tr").size() > 50, "every parameter");
        assertTrue(params.text().contains("materials.Dy.demand.baseTonnesPerYear"));
        Element link = params.selectFirst("a[href^=#src-]");
        assertNotNull(link, "source ids link to the list");
        assertNotNull(page.getElementById(link.attr("href").substring(1)), "every linked source is listed");
        assertEquals(japan.sources().size(), page.select("#sources li").size());
        assertTrue(page.getElementById("assumptions").text().contains("Untrusted suppliers: China"));
    }

    @Test
    void runSettingsAndPrecision() {
        Element run = page.getElementById("run");
        String text = run.text();
        assertTrue(text.contains("seed 11"), text);
        assertTrue(text.contains("paths 2,048"), text);
        assertTrue(text.contains("L64X128MixRandom") || text.contains("L64X128Mix"), text);
        assertTrue(page.getElementById("precision").text().contains("95 % confidence interval"));
    }

    @Test
    void itLoadsNothingFromOutside() {
        assertTrue(page.select("script, link, iframe, object, embed, img[src], image, use[href]").isEmpty());
        assertTrue(page.select("[src]").isEmpty());
        for (Element style : page.select("style")) {
            assertFalse(style.data().contains("@import") || style.data().contains("url("), "no external CSS");
        }
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#") || href.startsWith("http"), href);
        }
        assertFalse(page.html().contains("xlink:href=\"http"), "SVGs reference nothing outside");
    }

    @Test
    void aStoppedRunShowsItsTargetsAndTheFileIsWrittenWhole(@TempDir Path dir) throws IOException {
        SimulationResult r = Simulator.of(japan).run(new RunSettings(4096, 3, 2, 256)
                .withStopRule(StopRule.until("pby2040:0.02").withFirstRoundPaths(1024)));
        Path file = dir.resolve("report.html");
        HtmlReport.of(japan, r).write(file);
        Document d = Jsoup.parse(Files.readString(file));
        Element precision = d.getElementById("precision");
        assertTrue(precision.text().contains("The run went in rounds"), precision.text());
        assertEquals("pby2040:0.02", precision.selectFirst("tbody code").text());
        assertTrue(d.select("#chart-trace, #chart-tornado").isEmpty(), "only when given");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void escapingAndLinks() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", HtmlReport.esc("a <b> & \"c\" 'd'"));
        assertEquals("see <a href=\"https://example.org/x?a=1&amp;b=2\" rel=\"noreferrer\">"
                + "https://example.org/x?a=1&amp;b=2</a>.", HtmlReport.linkify("see https://example.org/x?a=1&b=2."));
    }
}
