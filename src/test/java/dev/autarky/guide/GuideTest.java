package dev.autarky.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SweepResult;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.io.ResultCsv;
import dev.autarky.io.ScenarioJson;
import dev.autarky.io.Scenarios;
import dev.autarky.io.SipMathJson;
import dev.autarky.result.Convergence;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Problem;
import dev.autarky.scenario.Scenario;
import dev.autarky.spark.LocalSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * {@code docs/guide.md} cannot drift from the API: every Java block it shows is a tagged region of
 * {@link GuideSamples} (which compiles with the tests), line for line, and every sample runs here
 * with a check of what it returns; its Maven coordinates are the POM's; its links resolve.
 */
class GuideTest {

    private static final Path GUIDE = Path.of("docs/guide.md");
    private static final Path SAMPLES = Path.of("src/test/java/dev/autarky/guide/GuideSamples.java");
    private static final Path POM = Path.of("pom.xml");

    private static final Pattern TAG = Pattern.compile("^\\s*// tag::([a-z0-9-]+)\\[]\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// end::([a-z0-9-]+)\\[]\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!-- sample: ([a-z0-9-]+) -->\\s*$");

    // ---------------------------------------------------------------- the comparison

    /** The tagged regions of {@code source}, by tag, each without its common indentation. */
    static Map<String, List<String>> taggedRegions(String source) {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        String open = null;
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String line : source.split("\n", -1)) {
            n++;
            Matcher tag = TAG.matcher(line);
            Matcher end = END.matcher(line);
            if (tag.matches()) {
                if (open != null) {
                    throw new IllegalArgumentException("line " + n + ": tag " + tag.group(1) + " opens inside " + open);
                }
                open = tag.group(1);
                lines = new ArrayList<>();
            } else if (end.matches()) {
                if (!end.group(1).equals(open)) {
                    throw new IllegalArgumentException("line " + n + ": end of " + end.group(1) + " closes " + open);
                }
                if (regions.put(open, dedent(lines)) != null) {
                    throw new IllegalArgumentException("tag " + open + " appears twice");
                }
                open = null;
            } else if (open != null) {
                lines.add(line);
            }
        }
        if (open != null) {
            throw new IllegalArgumentException("tag " + open + " is never closed");
        }
        return regions;
    }

    /**
     * The Java blocks of {@code guide}, by the tag of the {@code <!-- sample: x -->} comment before
     * each; a Java block without one is reported under a key starting with {@code "untagged"}.
     */
    static Map<String, List<String>> guideBlocks(String guide) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        String[] lines = guide.split("\n", -1);
        String pending = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher marker = MARKER.matcher(lines[i]);
            if (marker.matches()) {
                pending = marker.group(1);
                continue;
            }
            if (lines[i].startsWith("```java")) {
                List<String> block = new ArrayList<>();
                int j = i + 1;
                while (j < lines.length && !lines[j].startsWith("```")) {
                    block.add(lines[j]);
                    j++;
                }
                String key = pending != null ? pending : "untagged java block at line " + (i + 1);
                if (blocks.put(key, dedent(block)) != null) {
                    blocks.put("sample " + key + " shown twice (again at line " + (i + 1) + ")", List.of());
                }
                pending = null;
                i = j;
            } else if (!lines[i].isBlank()) {
                if (pending != null) {
                    blocks.put("marker " + pending + " not followed by a java block", List.of());
                }
                pending = null;
            }
        }
        return blocks;
    }

    /** Every way the guide's blocks differ from the samples' regions; empty when they agree. */
    static List<String> drift(String guide, String samples) {
        Map<String, List<String>> shown = guideBlocks(guide);
        Map<String, List<String>> tagged = taggedRegions(samples);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : shown.entrySet()) {
            String tag = e.getKey();
            List<String> expected = tagged.get(tag);
            if (expected == null) {
                problems.add(tag.contains(" ") ? tag : "sample " + tag + ": the guide shows it, GuideSamples has no such tag");
                continue;
            }
            List<String> actual = e.getValue();
            for (int k = 0; k < Math.max(actual.size(), expected.size()); k++) {
                String a = k < actual.size() ? actual.get(k) : "<end of block>";
                String x = k < expected.size() ? expected.get(k) : "<end of region>";
                if (!a.equals(x)) {
                    problems.add("sample " + tag + ": line " + (k + 1) + " differs\n  guide:   " + a + "\n  samples: " + x);
                    break;
                }
            }
        }
        for (String tag : tagged.keySet()) {
            if (!shown.containsKey(tag)) {
                problems.add("sample " + tag + ": tagged in GuideSamples but not shown in the guide");
            }
        }
        return problems;
    }

    /** Lines without their common leading spaces, trailing spaces removed, blank lines at the ends dropped. */
    static List<String> dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.isBlank() ? "" : l.substring(indent).stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String guide() throws IOException {
        return Files.readString(GUIDE).replace("\r\n", "\n");
    }

    private static String samples() throws IOException {
        return Files.readString(SAMPLES).replace("\r\n", "\n");
    }

    @Test
    void theGuideShowsEverySampleExactly() throws IOException {
        List<String> problems = drift(guide(), samples());
        assertTrue(problems.isEmpty(), "docs/guide.md has drifted from GuideSamples.java:\n" + String.join("\n", problems));
        assertTrue(taggedRegions(samples()).size() >= 10, "samples: " + taggedRegions(samples()).keySet());
    }

    /** The check of the check: altered texts are caught, with the tag and the first differing line. */
    @Test
    void anAlteredGuideIsCaughtDrifting() throws IOException {
        String guide = guide();
        String samples = samples();
        String line = "        SimulationResult result = Simulator.of(japan).run(RunSettings.defaults().withPaths(10_000));";
        assertTrue(samples.contains(line));
        String shown = line.strip();
        assertTrue(guide.contains(shown + "\n"));

        List<String> changed = drift(guide.replace(shown, shown.replace("10_000", "20_000")), samples);
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).startsWith("sample quick-start: line 2 differs"), changed.get(0));
        assertTrue(changed.get(0).contains("withPaths(20_000)"), changed.get(0));

        List<String> reindented = drift(guide.replace(shown + "\n", "  " + shown + "\n"), samples);
        assertEquals(1, reindented.size(), reindented.toString());

        List<String> lineDropped = drift(guide.replace(shown + "\n", ""), samples);
        assertTrue(lineDropped.get(0).startsWith("sample quick-start: line 2 differs"), lineDropped.toString());

        List<String> markerGone = drift(guide.replace("<!-- sample: spark -->", ""), samples);
        assertTrue(markerGone.stream().anyMatch(p -> p.startsWith("untagged java block")), markerGone.toString());
        assertTrue(markerGone.stream().anyMatch(p -> p.equals("sample spark: tagged in GuideSamples but not shown in the guide")),
                markerGone.toString());

        List<String> unknown = drift(guide + "\n<!-- sample: no-such-sample -->\n```java\nint x = 1;\n```\n", samples);
        assertEquals(List.of("sample no-such-sample: the guide shows it, GuideSamples has no such tag"), unknown);

        List<String> sourceChanged = drift(guide, samples.replace("withPaths(3_000)", "withPaths(3_001)"));
        assertEquals(1, sourceChanged.size(), sourceChanged.toString());
        assertTrue(sourceChanged.get(0).startsWith("sample policy-sweep: line 3 differs"), sourceChanged.get(0));
    }

    // ---------------------------------------------------------------- the rest of the guide

    /** Every dependency in the guide's XML blocks has the POM's coordinates (the library's, or a version the POM uses). */
    @Test
    void theDependencySnippetsMatchThePom() throws Exception {
        Document pom = parse(Files.readString(POM));
        Element project = pom.getDocumentElement();
        String groupId = child(project, "groupId");
        String artifactId = child(project, "artifactId");
        String version = child(project, "version");
        Map<String, String> properties = new HashMap<>();
        NodeList props = ((Element) project.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < props.getLength(); i++) {
            if (props.item(i) instanceof Element e) {
                properties.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        Map<String, String> pomVersions = new HashMap<>();
        NodeList deps = project.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String v = child(d, "version");
            if (v != null && v.startsWith("${")) {
                v = properties.get(v.substring(2, v.length() - 1));
            }
            pomVersions.put(child(d, "groupId") + ":" + child(d, "artifactId"), v);
        }

        Matcher xml = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(guide());
        int checked = 0;
        boolean library = false;
        boolean sparkJar = false;
        while (xml.find()) {
            NodeList shown = parse("<root>" + xml.group(1) + "</root>").getElementsByTagName("dependency");
            for (int i = 0; i < shown.getLength(); i++) {
                Element d = (Element) shown.item(i);
                String coordinates = child(d, "groupId") + ":" + child(d, "artifactId");
                if (groupId.equals(child(d, "groupId"))) {
                    assertEquals(artifactId, child(d, "artifactId"), coordinates);
                    assertEquals(version, child(d, "version"), coordinates);
                    String classifier = child(d, "classifier");
                    assertTrue(classifier == null || classifier.equals("spark"), coordinates + ": classifier " + classifier);
                    library |= classifier == null;
                    sparkJar |= "spark".equals(classifier);
                } else {
                    assertTrue(pomVersions.containsKey(coordinates), coordinates + " is not a dependency of the POM");
                    assertEquals(pomVersions.get(coordinates), child(d, "version"), coordinates);
                }
                checked++;
            }
        }
        assertTrue(library && sparkJar, "the guide shows the library's dependency and the -spark jar's");
        assertTrue(checked >= 4, checked + " dependencies");
    }

    private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Text of the direct child element {@code name}, or null. */
    private static String child(Element e, String name) {
        NodeList kids = e.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element k && k.getTagName().equals(name)) {
                return k.getTextContent().trim();
            }
        }
        return null;
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        Matcher link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(guide());
        int links = 0;
        while (link.find()) {
            Path target = GUIDE.getParent().resolve(link.group(1)).normalize();
            assertTrue(Files.exists(target), "docs/guide.md links " + link.group(1) + ", which does not exist");
            links++;
        }
        for (String doc : List.of("model.md", "results.md", "sampling.md", "analysis.md", "distributed.md",
                "performance.md", "scenario-format.md", "scenario-v1.schema.json")) {
            assertTrue(guide().contains("](" + doc), "the guide links " + doc);
        }
        assertTrue(links >= 8);
    }

    // ---------------------------------------------------------------- every sample runs

    private static final Pattern OUTPUT = Pattern.compile("<!-- output: ([a-z0-9-]+) -->\n```\n(.*?)```", Pattern.DOTALL);

    /** The guide's output blocks, by the sample that prints them. */
    static Map<String, String> guideOutputs(String guide) {
        Map<String, String> outputs = new LinkedHashMap<>();
        Matcher m = OUTPUT.matcher(guide);
        while (m.find()) {
            outputs.put(m.group(1), m.group(2));
        }
        return outputs;
    }

    /** Runs {@code sample} and appends what it printed to {@code printed}. */
    private static <T> T printing(StringBuilder printed, Callable<T> sample) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return sample.call();
        } finally {
            System.setOut(out);
            printed.append(bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
            out.print(printed);
        }
    }

    @Test
    void theOutputsShownAreWhatTheSamplesPrint() throws IOException {
        assertEquals(List.of("quick-start", "scenario-errors"), List.copyOf(guideOutputs(guide()).keySet()),
                "each output block is checked by the test of its sample");
    }

    @Test
    void quickStart() throws Exception {
        StringBuilder printed = new StringBuilder();
        SimulationResult r = printing(printed, GuideSamples::quickStart);
        assertEquals(guideOutputs(guide()).get("quick-start"), printed.toString(), "the output the guide shows");
        assertEquals(10_000, r.run().paths());
        TimeToSelfReliance heavy = r.timeToSelfReliance("heavy-90");
        int start = r.run().startYear();
        int last = start + r.run().horizonYears() - 1;
        double previous = 0;
        for (int year = start; year <= last; year++) {
            double p = heavy.probabilityBy(year);
            assertTrue(p >= previous && p <= 1, year + ": " + p);
            previous = p;
        }
        assertEquals(1 - heavy.censoredFraction(), heavy.probabilityBy(last), 1e-12);
        OptionalDouble p50 = heavy.quantile(0.5);
        if (p50.isPresent()) {
            assertTrue(p50.getAsDouble() >= start && p50.getAsDouble() < last + 1, "P50 " + p50);
        } else {
            assertTrue(heavy.censoredFraction() > 0.5, "not reached, so most futures are censored");
        }
        OutcomeSummary cost = r.cost("systemCost");
        assertTrue(cost.quantile(0.1) > 0 && cost.quantile(0.1) <= cost.quantile(0.5)
                && cost.quantile(0.5) <= cost.quantile(0.9), cost.toString());
    }

    @Test
    void customScenario() {
        Scenario s = GuideSamples.customScenario();
        assertEquals("gallium", s.name());
        assertFalse(s.inputNames().isEmpty());
        SimulationResult r = Simulator.of(s).run(RunSettings.defaults().withPaths(4_000));
        TimeToSelfReliance t = r.timeToSelfReliance();
        assertEquals("ga-90", t.criterion());
        // the refinery takes at least three years, so nobody is self-reliant before 2029
        assertEquals(0.0, t.probabilityBy(2028));
        // it is built within two attempts in about 96 % of futures and then covers demand for years
        assertTrue(t.probabilityBy(2040) > 0.8 && t.probabilityBy(2040) < 1, "P(by 2040) " + t.probabilityBy(2040));
        assertTrue(r.cost("systemCost").mean() > 0);
    }

    @Test
    void scenarioJsonRoundTrip(@TempDir Path dir) throws IOException {
        Scenario s = GuideSamples.customScenario();
        assertEquals(s, GuideSamples.scenarioJson(s, dir));
        assertTrue(Files.readString(dir.resolve("gallium.json")).contains("\"schemaVersion\""));
    }

    @Test
    void scenarioErrorsListEveryProblemWithItsPath(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        ScenarioJson.write(GuideSamples.customScenario(), good);
        assertEquals(List.of(), GuideSamples.problemsIn(good));

        String json = Files.readString(good);
        assertTrue(json.contains("\"horizonYears\"") && json.contains("\"attempts\": 2"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json.replace("\"horizonYears\"", "\"horizonYear\"").replace("\"attempts\": 2", "\"attempts\": 0"));
        StringBuilder printed = new StringBuilder();
        List<Problem> problems = printing(printed, () -> GuideSamples.problemsIn(bad));
        assertEquals(guideOutputs(guide()).get("scenario-errors"), printed.toString(), "the output the guide shows");
        assertTrue(problems.size() >= 2, problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.path().startsWith("$")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.path().startsWith("$.time")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("$.domestic.projects[0].attempts")), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.line() > 0), problems.toString());
    }

    @Test
    void readingResults() {
        SimulationResult r = Simulator.of(Scenarios.japanRareEarths()).run(RunSettings.defaults().withPaths(5_000));
        List<Estimate> estimates = GuideSamples.readingResults(r);
        assertEquals(5, estimates.size());
        for (Estimate e : estimates) {
            assertEquals(0.95, e.confidence());
            assertTrue(e.lower() <= e.value() && e.value() <= e.upper(), e.toString());
        }
        assertTrue(estimates.get(0).value() >= 0 && estimates.get(0).upper() <= 1, "a probability");
        assertTrue(estimates.get(1).upper() <= r.run().horizonYears(), "restricted mean within the horizon");
    }

    @Test
    void sameSeedSameNumbersOnOneAndTwoThreads() {
        assertTrue(GuideSamples.reproducible());
    }

    @Test
    void stopRule() {
        SimulationResult r = GuideSamples.stopRule();
        Convergence c = r.convergence();
        assertEquals("lhs", r.run().sampling());
        assertEquals(100_000, c.pathBudget());
        assertTrue(r.run().paths() >= 4_000 && r.run().paths() <= 100_000, r.run().paths() + " paths");
        assertEquals(2, c.targets().size());
        if (c.stoppedBy() == Convergence.StopReason.TARGETS_MET) {
            assertTrue(c.targets().stream().allMatch(t -> t.met() && t.achieved() <= t.tolerance()), c.toString());
        } else {
            assertEquals(Convergence.StopReason.PATH_BUDGET, c.stoppedBy());
            assertEquals(100_000, r.run().paths());
        }
    }

    @Test
    void comparePolicies() {
        ComparisonResult c = GuideSamples.comparePolicies();
        assertEquals(2, c.alternatives().size());
        assertEquals(5_000, c.run().paths());
        for (ComparisonResult.Alternative a : c.alternatives()) {
            Estimate years = a.criterion("all-90").yearsSaved().paired();
            Estimate added = a.cost("shortageCost").added().paired();
            for (Estimate e : List.of(years, added)) {
                assertEquals(0.95, e.confidence());
                assertTrue(e.lower() <= e.value() && e.value() <= e.upper(), a.scenario() + ": " + e);
            }
        }
        // twice the stockpiles: never more shortage on average, and, not being supply, no years saved
        ComparisonResult.Alternative stock = c.alternatives().get(0);
        assertTrue(stock.cost("shortageCost").added().paired().value() <= 0, stock.cost("shortageCost").toString());
        assertEquals(0.0, stock.criterion("all-90").yearsSaved().paired().value(), 1e-12);
        // the faster mud programme: more Dy coverable in 2035, with an interval that excludes no change
        Estimate dy = c.alternatives().get(1).series("capabilityShare.Dy").year(2035).difference().paired();
        assertTrue(dy.value() > 0 && dy.lower() <= dy.value() && dy.value() <= dy.upper(), dy.toString());
    }

    @Test
    void policySweep() {
        SweepResult sweep = GuideSamples.policySweep();
        assertEquals(3, sweep.points().size());
        assertEquals(2040, sweep.byYear());
        int heavy = sweep.criteria().indexOf("heavy-90");
        for (SweepResult.Point p : sweep.points()) {
            Estimate pr = p.probabilityBy().get(heavy);
            assertTrue(0 <= pr.lower() && pr.lower() <= pr.value() && pr.value() <= pr.upper() && pr.upper() <= 1, pr.toString());
        }
        assertEquals(0.0, sweep.points().get(0).costChange().value());
        assertFalse(sweep.frontier("heavy-90").isEmpty());
    }

    @Test
    void sensitivity() {
        SensitivityResult r = GuideSamples.sensitivity();
        assertFalse(r.ranks().inputs().isEmpty());
        for (String input : r.ranks().inputs()) {
            double prcc = r.ranks().prcc("systemCost", input).value();
            assertTrue(Double.isNaN(prcc) || Math.abs(prcc) <= 1, input + ": " + prcc);
        }
        assertTrue(r.tornado("pby2040@all-90").bars().size() <= 5);
        assertTrue(r.sobol().isPresent());
        assertEquals(64, r.sobol().orElseThrow().indices().baseRows());
        Estimate growth = r.ranks().prcc("systemCost", "materials.NdPr.demand.growthPerYear");
        assertTrue(growth.lower() > 0, "faster demand growth, higher cost: " + growth);
        double processes = r.sobol().orElseThrow().indices().total("systemCost", "processes (regimes, outages, demand shocks)").value();
        assertTrue(processes >= 0 && processes <= 1.5, "a share of the variance: " + processes);
    }

    @Test
    void exportWritesFilesThatParseBack(@TempDir Path dir) throws IOException {
        SimulationResult r = GuideSamples.export(dir);
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(dir.resolve("summary.json").toFile());
        assertEquals(2_000, summary.path("run").path("paths").asLong());
        assertEquals(r.timeToSelfReliance().censoredFraction(),
                summary.path("timeToSelfReliance").path("censoredFraction").asDouble(), 1e-12);

        List<String> series = Files.readAllLines(dir.resolve("series.csv"));
        assertEquals(ResultCsv.SERIES_HEADER, series.get(0));
        assertTrue(series.size() > 100);
        assertEquals(ResultCsv.SURVIVAL_HEADER, Files.readAllLines(dir.resolve("survival.csv")).get(0));
        assertEquals(1 + 2_000, Files.readAllLines(dir.resolve("paths.csv")).size());

        JsonNode sip = json.readTree(dir.resolve("sipmath.json").toFile());
        assertEquals(SipMathJson.LIBRARY_TYPE, sip.path("libraryType").asText());
        assertTrue(sip.path("sips").size() > 0);

        org.jsoup.nodes.Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        assertFalse(html.select("svg").isEmpty(), "the report's charts");
        assertTrue(html.text().contains(r.title()), "the report names the scenario");
    }

    @Test
    void sparkGivesTheLocalNumbers() {
        SimulationResult onSpark = GuideSamples.spark(LocalSpark.context());
        SimulationResult local = Simulator.of(Scenarios.japanRareEarths())
                .run(RunSettings.defaults().withPaths(4_000).withSeed(7));
        assertTrue(local.sameNumbers(onSpark));
    }
}
