package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Problem;
import dev.autarky.scenario.RampShape;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schema ({@code scenario-v1.schema.json}, draft 2020-12) against the loader,
 * checked with an independent validator: the schema is valid, describes exactly the members the
 * loader reads, accepts every good file, and rejects no file that the loader accepts. The loader
 * rejects more: what JSON Schema cannot express, listed in {@link #ONLY_THE_LOADER_REJECTS}.
 */
class SchemaTest {

    private static final Path DOCS_COPY = Path.of("docs/scenario-v1.schema.json");
    private static final long SEED = 20_260_301L;
    private static final int RANDOM_CASES = 300;

    /**
     * The files of the invalid corpus that the schema accepts and the loader rejects, with why the
     * schema cannot tell: relations between values, references between parts, and two strictness
     * checks on the JSON text that the JSON data model does not see. Nothing else may be here.
     */
    static final Map<String, String> ONLY_THE_LOADER_REJECTS = Map.ofEntries(
            Map.entry("annual-row-sum.json", "relation: a row of annual probabilities must sum to 1"),
            Map.entry("beta-sd-too-large.json", "relation: a beta's sd must be below sqrt((mean - min)(max - mean))"),
            Map.entry("composition-sum.json", "relation: composition shares must sum to 1"),
            Map.entry("composition-unknown-material.json", "reference: composition keys must name materials"),
            Map.entry("correlation-impossible.json", "relation: all correlations together must be positive semi-definite"),
            Map.entry("correlation-names.json", "reference: correlated inputs must name uncertain inputs"),
            Map.entry("dependency-cycle.json", "reference: project dependencies must not form a cycle"),
            Map.entry("dependency-unknown.json", "reference: dependsOn must name projects"),
            Map.entry("duplicate-key.json", "JSON text: duplicate keys (the JSON data model keeps one)"),
            Map.entry("initial-distribution-sum.json", "relation: the initial distribution must sum to 1"),
            Map.entry("lognormal-p90-below-median.json", "relation: a log-normal's p90 must exceed its median"),
            Map.entry("rates-diagonal-nonzero.json", "relation: the diagonal of a rate matrix (entry [i][i]) must be 0"),
            Map.entry("several-references.json", "reference: stage, regime and criterion material must resolve"),
            Map.entry("stage-reference-unknown.json", "reference: a project's stage must name a stage"),
            Map.entry("state-effect-missing.json", "reference: state effects must cover every state of the regime"),
            Map.entry("supplier-material-unknown.json", "reference: supply terms must name a material"),
            Map.entry("supplier-regime-unknown.json", "reference: a supplier's regime must name a regime"),
            Map.entry("triangular-mode-above-max.json", "relation: a triangular's mode must lie in [min, max]"));

    static List<Path> schemaInvalidFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(SchemaTest.class.getResource("schema-invalid").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void assertSchemaAccepts(String text, String what) {
        JsonNode n = ScenarioSchema.parse(text);
        assertNotNull(n, what + " is not JSON");
        List<Error> errors = ScenarioSchema.validate(n);
        assertTrue(errors.isEmpty(), what + " does not validate against the schema: "
                + errors.stream().limit(10).map(Object::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
    }

    // ---- the schema itself ----

    @Test
    void docsCopyIsIdenticalToTheResource() throws IOException {
        assertEquals(ScenarioSchema.text(), Files.readString(DOCS_COPY, StandardCharsets.UTF_8),
                "docs/scenario-v1.schema.json must be a byte-identical copy of src/main/resources/dev/autarky/scenario-v1.schema.json");
    }

    @Test
    void schemaIsValidDraft202012() {
        JsonNode schema = ScenarioSchema.parse(ScenarioSchema.text());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
        assertEquals(List.of(), ScenarioSchema.metaSchemaErrors());
    }

    /** Each object of the format (the member lists the reader checks against) and where the schema describes it. */
    private static final Map<String, List<String>> OBJECTS = new LinkedHashMap<>();

    static {
        OBJECTS.put("", ScenarioReader.SCENARIO);
        OBJECTS.put("time", ScenarioReader.TIME);
        OBJECTS.put("economics", ScenarioReader.ECONOMICS);
        OBJECTS.put("material", ScenarioReader.MATERIAL);
        OBJECTS.put("demand", ScenarioReader.DEMAND);
        OBJECTS.put("stockpile", ScenarioReader.STOCKPILE);
        OBJECTS.put("recycling", ScenarioReader.RECYCLING);
        OBJECTS.put("rampObject", ScenarioReader.RAMP);
        OBJECTS.put("domestic", ScenarioReader.DOMESTIC);
        OBJECTS.put("stage", ScenarioReader.STAGE);
        OBJECTS.put("availability", ScenarioReader.AVAILABILITY);
        OBJECTS.put("project", ScenarioReader.PROJECT);
        OBJECTS.put("rampUp", ScenarioReader.RAMP_UP);
        OBJECTS.put("costs", ScenarioReader.COSTS);
        OBJECTS.put("regime", ScenarioReader.REGIME);
        OBJECTS.put("transitions", ScenarioReader.TRANSITIONS);
        OBJECTS.put("supplier", ScenarioReader.SUPPLIER);
        OBJECTS.put("stateEffect", ScenarioReader.STATE_EFFECT);
        OBJECTS.put("supplyTerms", ScenarioReader.TERMS);
        OBJECTS.put("criterion", ScenarioReader.CRITERION);
    }

    @Test
    void schemaDescribesExactlyTheMembersTheLoaderReads() {
        JsonNode schema = ScenarioSchema.parse(ScenarioSchema.text());
        JsonNode defs = schema.get("$defs");
        for (Map.Entry<String, List<String>> e : OBJECTS.entrySet()) {
            JsonNode object = e.getKey().isEmpty() ? schema : defs.get(e.getKey());
            assertNotNull(object, "no $defs/" + e.getKey());
            assertFalse(object.get("additionalProperties").asBoolean(), e.getKey() + " must forbid unknown members");
            List<String> names = new ArrayList<>(object.get("properties").propertyNames());
            assertEquals(e.getValue(), names, "members of " + (e.getKey().isEmpty() ? "the top level" : e.getKey()));
            for (String name : names) {
                JsonNode member = object.get("properties").get(name);
                assertTrue(member.has("description") || defs.get(ref(member)).has("description"),
                        e.getKey() + "." + name + " has no description");
            }
        }
        List<String> kinds = new ArrayList<>();
        defs.get("distribution").get("properties").get("dist").get("enum").forEach(k -> kinds.add(k.asString()));
        assertEquals(UncertainJson.kinds(), kinds);
        assertEquals(enumNames(CapacityBasis.values()), strings(defs.get("stage").get("properties").get("capacityBasis")
                .get("enum")));
        assertEquals(enumNames(CriterionKind.values()), strings(defs.get("criterion").get("properties").get("kind")
                .get("enum")));
        assertEquals(enumNames(RampShape.values()), strings(defs.get("rampUp").get("properties").get("shape").get("enum")));
        assertEquals(List.of(1, 2, 4, 12), Arrays.stream(strings(defs.get("time").get("properties").get("stepsPerYear")
                .get("enum")).toArray(String[]::new)).map(Integer::valueOf).toList());
    }

    private static String ref(JsonNode member) {
        return member.get("$ref").asString().substring("#/$defs/".length());
    }

    private static List<String> enumNames(Enum<?>[] values) {
        return Arrays.stream(values).map(ReadContext::jsonName).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isString() ? n.asString() : n.toString()));
        return out;
    }

    // ---- good files: the schema accepts them all ----

    @Test
    void everyShippedScenarioValidates() throws IOException {
        List<String> names = Scenarios.builtInNames();
        for (String name : names) {
            assertSchemaAccepts(ScenarioJsonTest.resource("/dev/autarky/scenarios/" + name + ".json"), name);
        }
    }

    @Test
    void workedExampleAndCanonicalFormsValidate() throws IOException {
        assertSchemaAccepts(ScenarioJsonTest.exampleText(), "the worked example");
        for (String name : Scenarios.builtInNames()) {
            assertSchemaAccepts(ScenarioJson.write(Scenarios.builtIn(name)), "the canonical form of " + name);
        }
        String withSchema = ScenarioJsonTest.exampleText().replaceFirst("\\{\n",
                "{\n  \"\\$schema\": \"../scenario-v1.schema.json\",\n");
        assertSchemaAccepts(withSchema, "the example with a $schema member");
    }

    @Test
    void randomValidScenariosValidate() {
        RandomScenarios random = new RandomScenarios(SEED);
        for (int i = 0; i < RANDOM_CASES; i++) {
            Scenario s = random.next();
            assertSchemaAccepts(ScenarioJson.write(s), "random scenario " + i + " of seed " + SEED);
        }
    }

    // ---- bad files: whatever the schema rejects, the loader rejects ----

    @Test
    void onInvalidCorpusTheSchemaRejectsOnlyWhatTheLoaderRejects() throws Exception {
        Map<String, String> verdicts = new TreeMap<>();
        for (Path f : InvalidScenariosTest.files()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertThrows(ScenarioException.class, () -> ScenarioJson.read(text), f.getFileName() + " loads");
            JsonNode n = ScenarioSchema.parse(text);
            verdicts.put(f.getFileName().toString(), n == null ? "not JSON"
                    : ScenarioSchema.validate(n).isEmpty() ? "schema-valid" : "schema-invalid");
        }
        Set<String> schemaValid = verdicts.entrySet().stream().filter(e -> e.getValue().equals("schema-valid"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(new java.util.TreeSet<>(ONLY_THE_LOADER_REJECTS.keySet()), schemaValid,
                "the invalid files the schema accepts (each must be a check JSON Schema cannot express)");
        long rejected = verdicts.values().stream().filter(v -> !v.equals("schema-valid")).count();
        System.out.printf("invalid corpus: %d files; the schema rejects %d (%d not JSON), only the loader rejects %d%n",
                verdicts.size(), rejected, verdicts.values().stream().filter(v -> v.equals("not JSON")).count(),
                schemaValid.size());
    }

    @TestFactory
    List<DynamicTest> schemaLevelBadFilesAreRejectedByBothAtTheSamePlace() throws Exception {
        List<Path> files = schemaInvalidFiles();
        assertTrue(files.size() >= 20, "only " + files.size() + " schema-level bad files");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                List<String> want = Files.readAllLines(expected(f), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank()).sorted().toList();
                ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(text));
                assertEquals(want, e.problems().stream().map(Problem::path).sorted().toList(), e.getMessage());
                JsonNode n = ScenarioSchema.parse(text);
                assertNotNull(n, "must be JSON");
                List<Error> errors = ScenarioSchema.validate(n);
                assertFalse(errors.isEmpty(), "the schema accepts it");
                boolean samePlace = want.stream().anyMatch(p -> errors.stream().anyMatch(err -> at(err, p)));
                assertTrue(samePlace, "no schema error at " + want + ": " + errors);
            }));
        }
        return tests;
    }

    /**
     * Whether a schema error is about the value at loader path {@code path} (or a part of it, such as
     * the {@code value} of an uncertain value), or reports that member missing or unknown.
     */
    private static boolean at(Error err, String path) {
        String where = err.getInstanceLocation().toString();
        if (where.equals(pointer(path)) || where.startsWith(pointer(path) + "/")) {
            return true;
        }
        String member = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf(']')) + 1);
        return where.equals(pointer(ReadContext.parent(path)))
                && Set.of("required", "additionalProperties").contains(err.getKeyword())
                && member.equals(err.getProperty());
    }

    /** {@code $.a.b[2].c} as the JSON Pointer {@code /a/b/2/c}. */
    static String pointer(String path) {
        return path.substring(1).replace("[", ".").replace("]", "").replace('.', '/');
    }

    private static Path expected(Path json) {
        String name = json.getFileName().toString();
        return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected");
    }

    @Test
    void pointerConversion() {
        assertEquals("/domestic/projects/2/leadTimeYears", pointer("$.domestic.projects[2].leadTimeYears"));
        assertEquals("", pointer("$"));
        if (!pointer("$.a[0][1]").equals("/a/0/1")) {
            fail(pointer("$.a[0][1]"));
        }
    }
}
