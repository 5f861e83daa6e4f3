package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autarky.engine.PathCapture;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.StopRule;
import dev.autarky.engine.Target;
import dev.autarky.result.Convergence;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.SurvivalCurve;
import dev.autarky.result.TimeQuantile;
import dev.autarky.result.TimeToSelfReliance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/results.md} cannot drift from the code: its Java sample is this test's code, its
 * grammar examples parse, and it documents every field and column the exports write.
 */
class ResultsDocTest {

    private static final Path DOC = Path.of("docs/results.md");
    private static final Path SELF = Path.of("src/test/java/dev/autarky/io/ResultsDocTest.java");

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }

    /** The sample of the section "Java API", line for line (checked against the doc below). */
    @SuppressWarnings("unused")
    private static void javaSample() {
        // BEGIN SAMPLE
        SimulationResult r = Simulator.of(Scenarios.japanRareEarths())
                .run(RunSettings.defaults().withPaths(1_000_000)
                        .withStopRule(StopRule.until("p50:0.25,mean:systemCost:1%")));
        TimeToSelfReliance t = r.timeToSelfReliance();
        TimeQuantile median = t.quantile(0.5, 0.95);        // year, with lower and upper limits
        Estimate by2035 = t.probabilityBy(2035, 0.95);      // value, lower, upper, confidence
        SurvivalCurve s = t.survivalCurve(0.95);            // S(t) per step with pointwise limits
        Estimate rmst = t.restrictedMean(0.95);             // years from the start, over the horizon
        OutcomeSummary cost = r.cost("systemCost");
        Estimate mean = cost.mean(0.95), p90 = cost.quantile(0.9, 0.95);
        Estimate es5 = cost.expectedShortfall(0.05, 0.95), overBudget = cost.probabilityAbove(60e9, 0.95);
        Estimate band = r.series("untrustedShare.Dy").bands().get(10).quantile(0.5);
        Convergence c = r.convergence();                    // why the run stopped, precision per round
        // END SAMPLE
        assertTrue(c.stoppedBy() == Convergence.StopReason.TARGETS_MET, c.toString());
        assertTrue(median.level() == 0.5 && by2035.contains(by2035.value()) && s.points().size() == 35
                && rmst.value() > 0 && mean.halfWidth() <= 0.01 * mean.value() && p90.upper() >= p90.lower()
                && es5.value() >= p90.value() && overBudget.value() >= 0 && band.confidence() == 0.95);
    }

    @Test
    void theJavaSampleIsThisTestsCodeAndRuns() throws IOException {
        String source = Files.readString(SELF);
        String sample = source.substring(source.indexOf("// BEGIN SAMPLE\n") + "// BEGIN SAMPLE\n".length(),
                source.indexOf("        // END SAMPLE"));
        StringBuilder dedented = new StringBuilder();
        for (String line : sample.split("\n")) {
            dedented.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        String doc = doc();
        int at = doc.indexOf("## Java API");
        int start = doc.indexOf("```java\n", at) + "```java\n".length();
        assertEquals(dedented.toString(), doc.substring(start, doc.indexOf("```\n", start)));
        javaSample();
    }

    @Test
    void theGrammarExamplesParse() throws IOException {
        String doc = doc();
        String grammar = doc.substring(doc.indexOf("### Grammar"), doc.indexOf("### Rounds"));
        String examples = grammar.substring(grammar.indexOf("Examples:"));
        Matcher m = Pattern.compile("`([^`]+)`").matcher(examples.substring(0, examples.indexOf("Unknown")));
        int n = 0;
        while (m.find()) {
            assertEquals(1, Target.parse(m.group(1)).size(), m.group(1));
            n++;
        }
        assertTrue(n >= 8, "examples found: " + n);
        for (String line : doc.split("\n")) {
            if (line.startsWith("autarky run --until '")) {
                String spec = line.substring("autarky run --until '".length(), line.indexOf('\'', 22));
                assertTrue(Target.parse(spec).size() >= 1, spec);
            }
        }
    }

    @Test
    void everyFieldAndColumnIsDocumented() throws IOException {
        String doc = doc();
        SimulationResult r = Simulator.of(Scenarios.japanRareEarths()).run(new RunSettings(2_000, 1, 2, 256)
                .withCapture(PathCapture.OUTCOMES_AND_INPUTS).withStopRule(StopRule.until("pby2040:0.05")
                        .withFirstRoundPaths(500)));
        // summary.json: every field name outside the maps keyed by data (criteria, costs, series, years)
        walk(SummaryJson.toTree(r), doc, "");
        // series.csv: columns, statistics, series families
        for (String column : ResultCsv.SERIES_HEADER.split(",")) {
            assertTrue(doc.contains("`" + column + "`"), "series.csv column " + column);
        }
        for (String row : ResultCsv.seriesText(r).split("\n")) {
            String[] f = row.split(",");
            if (!f[0].equals("series")) {
                assertTrue(doc.contains("`" + f[3] + "`"), "statistic " + f[3]);
                String family = f[0].contains(".") && !f[0].equals("untrustedShare.all") ? f[0].substring(0, f[0].indexOf('.')) + ".M" : f[0];
                assertTrue(doc.contains("`" + family + "`"), "series " + f[0]);
            }
        }
        for (String column : ResultCsv.SURVIVAL_HEADER.split(",")) {
            assertTrue(doc.contains("`" + column + "`"), "survival.csv column " + column);
        }
        for (String column : ResultCsv.pathsHeader(r.pathOutcomes().orElseThrow()).split(",")) {
            String documented = column.startsWith("year.") ? "year.ID" : column.startsWith("event.") ? "event.ID"
                    : column.startsWith("input.") ? "input.NAME" : column;
            assertTrue(doc.contains("`" + documented + "`"), "paths.csv column " + column);
        }
        // sipmath.json: every member name written
        JsonNode lib = new com.fasterxml.jackson.databind.ObjectMapper().readTree(SipMathJson.toJson(r, LocalDate.of(2026, 1, 6)));
        walkSip(lib, doc);
    }

    private static final Set<String> DATA_KEYED = Set.of("criteria", "costs", "seriesUnits", "series", "probabilityBy",
            "probabilityByIntervals", "costMeans");

    private static void walk(JsonNode node, String doc, String path) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                walk(child, doc, path + "[]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            assertTrue(doc.contains("`" + key + "`"), "summary.json field " + path + "/" + key + " is not documented");
            if (key.equals("probabilityBy") && path.endsWith("/designErrors")) {
                continue; // criterion ids, then years: data, not field names
            }
            if (DATA_KEYED.contains(key)) {
                for (JsonNode child : e.getValue()) {
                    walk(child, doc, path + "/" + key + "/*");
                }
            } else {
                walk(e.getValue(), doc, path + "/" + key);
            }
        }
    }

    private static void walkSip(JsonNode node, String doc) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                walkSip(child, doc);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                assertTrue(doc.contains("\"" + e.getKey() + "\""), "sipmath.json member " + e.getKey());
                walkSip(e.getValue(), doc);
            }
        }
    }
}
