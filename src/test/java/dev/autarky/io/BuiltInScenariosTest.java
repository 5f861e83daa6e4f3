package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The library of built-in scenarios: each loads under its own name, round-trips, and keeps the
 * provenance rules of the default: every {@code source} is a reference id ({@code S78}) cited in
 * {@code sources}, or {@code estimate} / {@code derived} with a {@code note} saying on what it rests;
 * every {@code [Sn]} mentioned in a note or description is cited; nothing is cited that is not used.
 */
class BuiltInScenariosTest {

    private static final Pattern MENTION = Pattern.compile("\\[(S\\d+[a-z]?)]");
    private static final Pattern REFERENCE_ID = Pattern.compile("S\\d+[a-z]?");

    static final List<String> LIBRARY = List.of("japan-rare-earths", "japan-heavy-rare-earths", "japan-accelerated-mud",
            "japan-diversification-without-mud", "japan-long-embargo", "japan-backtest-2010");

    @Test
    void theLibraryIsListedInTheIndex() {
        assertEquals(LIBRARY, Scenarios.builtInNames());
    }

    @TestFactory
    List<DynamicTest> everyBuiltInScenario() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : Scenarios.builtInNames()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Scenario s = Scenarios.builtIn(name);
                assertEquals(name, s.name());
                assertFalse(s.title().isBlank(), "no title");
                assertTrue(s.description().length() > 200, "the description must say what the scenario asks and assumes");
                String canonical = ScenarioJson.write(s);
                assertEquals(s, ScenarioJson.read(canonical), "round trip");
                assertEquals(canonical, ScenarioJson.write(ScenarioJson.read(canonical)), "canonical form is a fixed point");
                checkProvenance(name);
            }));
        }
        return tests;
    }

    private static void checkProvenance(String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(ScenarioJsonTest.resource("/dev/autarky/scenarios/" + name + ".json"));
        Set<String> cited = new LinkedHashSet<>();
        root.get("sources").properties().forEach(e -> cited.add(e.getKey()));
        Set<String> used = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        walk(root, "$", used, problems);
        for (String id : used) {
            if (!cited.contains(id)) {
                problems.add(id + " is used but not in sources");
            }
        }
        for (String id : cited) {
            if (!used.contains(id)) {
                problems.add(id + " is in sources but never used");
            }
            if (!REFERENCE_ID.matcher(id).matches() && !id.equals("estimate") && !id.equals("derived")) {
                problems.add("sources key " + id + " is neither a reference id nor estimate/derived");
            }
        }
        assertEquals(List.of(), problems, name);
    }

    private static void walk(JsonNode node, String path, Set<String> used, List<String> problems) {
        if (node.isObject()) {
            if (node.has("source")) {
                String source = node.get("source").asText();
                used.add(source);
                if (!REFERENCE_ID.matcher(source).matches() && !source.equals("estimate") && !source.equals("derived")) {
                    problems.add(path + ".source: " + source + " is neither a reference id nor estimate/derived");
                }
                if ((source.equals("estimate") || source.equals("derived"))
                        && (!node.has("note") || node.get("note").asText().isBlank())) {
                    problems.add(path + ": " + source + " without a note");
                }
            }
            for (var e : node.properties()) {
                if (!(path.equals("$") && e.getKey().equals("sources"))) {
                    walk(e.getValue(), path + "." + e.getKey(), used, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", used, problems);
            }
        } else if (node.isTextual()) {
            Matcher m = MENTION.matcher(node.asText());
            while (m.find()) {
                used.add(m.group(1));
            }
        }
    }
}
