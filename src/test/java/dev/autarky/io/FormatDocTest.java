package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs/scenario-format.md} cannot drift from the code: its example is the tested file, and it names every member. */
class FormatDocTest {

    private static final Path DOC = Path.of("docs/scenario-format.md");

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }

    /** The first {@code ```json} block after the heading "## Worked example". */
    static String workedExample(String doc) {
        int heading = doc.indexOf("\n## Worked example\n");
        assertTrue(heading >= 0, "no worked example heading");
        int start = doc.indexOf("```json\n", heading);
        int end = doc.indexOf("\n```\n", start);
        assertTrue(start >= 0 && end > start, "no json block after the worked example heading");
        return doc.substring(start + "```json\n".length(), end + 1);
    }

    @Test
    void workedExampleIsTheTestedFile() throws IOException {
        assertEquals(ScenarioJsonTest.exampleText(), workedExample(doc()));
    }

    @Test
    void workedExampleLoadsAsTheDocSays(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("example.json");
        Files.writeString(file, workedExample(doc()));
        // the Java lines of the doc
        Scenario island = ScenarioJson.read(file);
        assertEquals(List.of("pilot"), island.domestic().projects().get(1).dependsOn());
        Path canonical = dir.resolve("canonical.json");
        ScenarioJson.write(island, canonical);
        assertEquals(island, ScenarioJson.read(canonical));
    }

    @Test
    void docListsEveryBuiltInScenario() throws IOException {
        String doc = doc();
        for (String name : Scenarios.builtInNames()) {
            assertTrue(doc.contains("| `" + name + "` |"), "docs/scenario-format.md does not list the built-in scenario " + name);
        }
    }

    @Test
    void docNamesEveryMemberAndKind() throws IOException {
        String doc = doc();
        List<List<String>> lists = List.of(ScenarioReader.SCENARIO, ScenarioReader.TIME, ScenarioReader.ECONOMICS,
                ScenarioReader.MATERIAL, ScenarioReader.DEMAND, ScenarioReader.STOCKPILE, ScenarioReader.RECYCLING,
                ScenarioReader.RAMP, ScenarioReader.DOMESTIC, ScenarioReader.STAGE, ScenarioReader.AVAILABILITY,
                ScenarioReader.PROJECT, ScenarioReader.RAMP_UP, ScenarioReader.COSTS, ScenarioReader.REGIME,
                ScenarioReader.TRANSITIONS, ScenarioReader.SUPPLIER, ScenarioReader.STATE_EFFECT, ScenarioReader.TERMS,
                ScenarioReader.CRITERION, ScenarioReader.CORRELATION);
        Stream.concat(lists.stream().flatMap(List::stream), UncertainJson.kinds().stream()).forEach(name ->
                assertTrue(doc.contains("`" + name + "`") || doc.contains("\"" + name + "\""),
                        "docs/scenario-format.md does not mention " + name));
    }
}
