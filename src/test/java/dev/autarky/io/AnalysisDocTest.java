package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.ComparisonSettings;
import dev.autarky.analysis.Levers;
import dev.autarky.analysis.PolicyComparison;
import dev.autarky.analysis.PolicySweep;
import dev.autarky.analysis.SensitivityAnalysis;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SensitivitySettings;
import dev.autarky.analysis.SobolGrouping;
import dev.autarky.analysis.SweepResult;
import dev.autarky.analysis.Tornado;
import dev.autarky.result.Estimate;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/analysis.md} cannot drift from the code: its Java sample is this test's code and runs,
 * and it documents every field the three JSON files write, which are written atomically and parse.
 */
class AnalysisDocTest {

    private static final Path DOC = Path.of("docs/analysis.md");
    private static final Path SELF = Path.of("src/test/java/dev/autarky/io/AnalysisDocTest.java");
    /** Objects whose keys are data (outcome, input, criterion names), not fields. */
    private static final Set<String> MAPS = Set.of("byOutcome", "spearman", "probabilityBy", "probabilityChange",
            "frontier");

    private static SensitivityResult sensitivity;
    private static ComparisonResult comparison;
    private static SweepResult sweep;

    /** The sample of the section "Java API", line for line. */
    private static void javaSample() {
        // BEGIN SAMPLE
        Scenario japan = Scenarios.japanRareEarths();
        SensitivityResult s = SensitivityAnalysis.run(japan, SensitivitySettings.defaults().withPaths(2_000)
                .withByYear(2040).withTornado(300, 5).withSobol(32, 50, SobolGrouping.COMPONENT));
        Estimate prcc = s.ranks().prcc("timeToSelfReliance.heavy-90", "materials.Dy.demand.baseTonnesPerYear");
        Tornado tornado = s.tornado("pby2040@heavy-90");          // bars sorted by swing, largest first
        Estimate total = s.sobol().orElseThrow().indices().total("systemCost", "regimes.china-export-policy");

        Scenario doubled = Levers.stockpileScale("Dy", "Tb").apply(japan, 2);
        Scenario faster = Levers.scheduleScale("lifting-system", "island-plant", "mainland-refinery").apply(japan, 0.6);
        ComparisonResult c = PolicyComparison.run(japan, List.of(doubled, faster),
                ComparisonSettings.defaults().withPaths(2_000));
        ComparisonResult.PairedEstimate saved = c.alternative(faster.name()).criterion("heavy-90").yearsSaved();
        double varianceRatio = saved.varianceRatio();              // independent runs / common random numbers

        SweepResult sweep = PolicySweep.run(japan, Levers.liftingTonnesPerDay("lifting-system"),
                new double[] {350, 3_500, 10_000}, PolicySweep.Settings.defaults().withPaths(1_000));
        List<Integer> frontier = sweep.frontier("heavy-90");      // points no other beats on cost and probability
        String json = AnalysisJson.toJson(c);                     // comparison.json; AnalysisJson.write for a file
        // END SAMPLE
        assertTrue(prcc.value() > 0 && tornado.bars().size() == 5 && total.value() > 0 && varianceRatio > 0
                && !frontier.isEmpty() && json.contains("\"yearsSaved\""), prcc + " " + total);
        sensitivity = s;
        comparison = c;
        AnalysisDocTest.sweep = sweep;
    }

    @Test
    void theJavaSampleIsThisTestsCodeAndEveryFieldIsDocumented(@TempDir Path dir) throws IOException {
        String source = Files.readString(SELF);
        String sample = source.substring(source.indexOf("// BEGIN SAMPLE\n") + "// BEGIN SAMPLE\n".length(),
                source.indexOf("        // END SAMPLE"));
        StringBuilder dedented = new StringBuilder();
        for (String line : sample.split("\n")) {
            dedented.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        String doc = Files.readString(DOC);
        int at = doc.indexOf("## Java API");
        int start = doc.indexOf("```java\n", at) + "```java\n".length();
        assertEquals(dedented.toString(), doc.substring(start, doc.indexOf("```\n", start)));
        javaSample();

        ObjectMapper mapper = new ObjectMapper();
        AnalysisJson.write(sensitivity, dir.resolve("sensitivity.json"));
        AnalysisJson.write(comparison, dir.resolve("comparison.json"));
        AnalysisJson.write(sweep, dir.resolve("sweep.json"));
        List<String> missing = new ArrayList<>();
        for (String file : List.of("sensitivity.json", "comparison.json", "sweep.json")) {
            JsonNode tree = mapper.readTree(Files.readString(dir.resolve(file)));
            assertEquals(file.substring(0, file.indexOf('.')), tree.get("analysis").asText());
            fields(tree, null, doc, missing);
        }
        assertTrue(missing.isEmpty(), "fields written but not in docs/analysis.md: " + missing);
        JsonNode c = mapper.readTree(Files.readString(dir.resolve("comparison.json")));
        assertTrue(c.at("/alternatives/0/criteria/0/probabilityBy/0/difference/independent/value").isNumber());
        JsonNode s = mapper.readTree(Files.readString(dir.resolve("sensitivity.json")));
        assertEquals(sensitivity.inputs().size(), s.at("/rankCorrelations/byOutcome/systemCost/inputs").size());
        assertTrue(s.at("/tornado/0/baseline/value").isNull(), "a median beyond the horizon is null");
    }

    /** Adds to {@code missing} every field name under {@code node} not written in backticks (or in a backticked path) in the doc. */
    private static void fields(JsonNode node, String parent, String doc, List<String> missing) {
        if (node.isArray()) {
            node.forEach(child -> fields(child, parent, doc, missing));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean data = parent != null && MAPS.contains(parent) && !e.getKey().equals("value")
                    && !e.getKey().equals("lower") && !e.getKey().equals("upper");
            if (!data && !Pattern.compile("[`.]" + Pattern.quote(e.getKey()) + "[`.,]").matcher(doc).find()
                    && !missing.contains(e.getKey())) {
                missing.add(e.getKey());
            }
            fields(e.getValue(), data ? null : e.getKey(), doc, missing);
        }
    }
}
