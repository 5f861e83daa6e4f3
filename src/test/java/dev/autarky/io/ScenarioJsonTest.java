package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.autarky.scenario.Problem;
import dev.autarky.scenario.RegimeDynamics;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import dev.autarky.scenario.TimeGrid;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Uncertain;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioJsonTest {

    static String resource(String name) throws IOException {
        try (InputStream in = ScenarioJsonTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String japanText() throws IOException {
        return resource("/dev/autarky/scenarios/japan-rare-earths.json");
    }

    static String exampleText() throws IOException {
        return resource("example.json");
    }

    /** The problems of reading {@code json}, which must be invalid. */
    static List<Problem> problems(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioJson.read(json)).problems();
    }

    // ---- the built-in scenario ----

    @Test
    void japanScenarioLoadsWithItsParts() throws IOException {
        Scenario japan = ScenarioJson.read(japanText());
        assertEquals("japan-rare-earths", japan.name());
        assertEquals(List.of("NdPr", "Dy", "Tb", "otherREO"), japan.materials().stream().map(m -> m.id()).toList());
        assertEquals(3, japan.domestic().stages().size());
        assertEquals(5, japan.domestic().projects().size());
        assertEquals(3, japan.suppliers().size());
        assertEquals(3, japan.criteria().size());
        assertTrue(japan.regimes().get(0).dynamics() instanceof RegimeDynamics.TransitionRates);
        // "unlimited" capacity, default realisation, lognormal by median and p90
        assertTrue(japan.suppliers().get(0).materials().get(0).unlimited());
        assertEquals(Uncertain.fixed(1), japan.suppliers().get(0).materials().get(0).realisation());
        assertEquals(LogNormal.ofMedianP90(420, 750), japan.material("Dy").demand().baseTonnesPerYear().distribution());
        // a bare uncertain value where a ramp is expected is a constant ramp
        assertTrue(japan.material("otherREO").recycling().shareOfDemand().isConstant());
        assertEquals(japan, Scenarios.japanRareEarths());
    }

    @Test
    void japanScenarioRoundTrips() throws IOException {
        Scenario japan = ScenarioJson.read(japanText());
        String canonical = ScenarioJson.write(japan);
        assertEquals(japan, ScenarioJson.read(canonical));
        assertEquals(canonical, ScenarioJson.write(ScenarioJson.read(canonical)));
    }

    @Test
    void exampleLoadsAndRoundTrips() throws IOException {
        Scenario example = ScenarioJson.read(exampleText());
        assertEquals("island-dysprosium", example.name());
        assertEquals(example, ScenarioJson.read(ScenarioJson.write(example)));
    }

    @Test
    void writesAndReadsFilesAtomically(@TempDir Path dir) throws IOException {
        Scenario japan = Scenarios.japanRareEarths();
        Path file = dir.resolve("sub/japan.json");
        ScenarioJson.write(japan, file);
        assertEquals(japan, ScenarioJson.read(file));
        assertEquals(ScenarioJson.write(japan), Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        assertThrows(NoSuchFileException.class, () -> ScenarioJson.read(dir.resolve("missing.json")));
    }

    @Test
    void canonicalFormWritesBareFixedValuesAndUnlimited() throws IOException {
        String json = ScenarioJson.write(ScenarioJson.read(exampleText()));
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 1,\n  \"name\": \"island-dysprosium\","), json);
        assertTrue(json.contains("\"pricePerKg\": 250,"), json);
        assertTrue(json.contains("\"capacityTonnesPerYear\": \"unlimited\","), json);
        assertTrue(json.contains("\"shareOfDemand\": 0.02,"), json); // constant ramp as a bare value
        assertTrue(json.contains("\"dist\": \"lognormal\",\n"), json);
        assertFalse(json.contains("\"median\""), "lognormal is written as mu and sigma");
        assertTrue(json.contains("\"realisation\": {\n            \"dist\": \"beta\","), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
    }

    // ---- problems: format, location, hints ----

    @Test
    void messageListsEveryProblemAsPathColonMessage() throws IOException {
        String json = exampleText().replace("\"stepsPerYear\": 4", "\"stepsPerYear\": \"4\"")
                .replace("\"pricePerKg\": 250,\n      \"shortage", "\"pricePerKg\": -1,\n      \"shortage");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(json));
        String[] lines = e.getMessage().split("\\R");
        assertEquals("2 problems in scenario", lines[0]);
        assertEquals("  $.time.stepsPerYear: must be an integer, was a string \"4\" (line 6, column 68)", lines[1]);
        assertEquals("  $.materials[0].pricePerKg: must be >= 0, was -1 (line 21, column 21)",
                lines[2]);
        for (Problem p : e.problems()) {
            assertTrue(p.toString().startsWith(p.path() + ": " + p.message()));
            assertTrue(p.path().startsWith("$"));
        }
    }

    @Test
    void typeErrorsSayWhatWasFound() throws IOException {
        List<Problem> ps = problems(exampleText().replace("\"horizonYears\": 20", "\"horizonYears\": \"abc\""));
        assertEquals(List.of(new Problem("$.time.horizonYears", "must be an integer, was a string \"abc\"", 6, 48)), ps);
        ps = problems(exampleText().replace("\"pricePerKg\": 250,\n      \"shortage", "\"pricePerKg\": \"abc\",\n      \"shortage"));
        assertEquals("must be a number, {\"value\": ...} or {\"dist\": ...}, was a string \"abc\"", ps.get(0).message());
    }

    @Test
    void unknownFieldsGetASuggestionAndTheKeysLocation() throws IOException {
        List<Problem> ps = problems(exampleText().replace("\"retryDelayYears\": 1", "\"retryDelayYear\": 1"));
        assertEquals(List.of(new Problem("$.domestic.projects[0].retryDelayYear",
                "unknown field \"retryDelayYear\"; did you mean \"retryDelayYears\"?", 51, 9)), ps);
        ps = problems(exampleText().replace("\"retryDelayYears\": 1", "\"zzz\": 1"));
        assertTrue(ps.get(0).message().startsWith("unknown field \"zzz\"; expected one of: id, name, stage, nameplate,"),
                ps.get(0).message());
        ps = problems(exampleText().replace("\"mode\": 450", "\"mdoe\": 450"));
        assertEquals("unknown field \"mdoe\"; did you mean \"mode\"?", ps.get(0).message());
        assertEquals(1, ps.size(), "a misspelt parameter is not also reported missing");
    }

    @Test
    void missingMembersAreLocatedAtTheirObject() throws IOException {
        List<Problem> ps = problems(exampleText().replace("\"currency\": \"USD\", ", ""));
        assertEquals(List.of(new Problem("$.economics.currency", "must be present, was missing", 7, 16)), ps);
    }

    @Test
    void modelProblemsAreLocatedAtTheirValue() throws IOException {
        List<Problem> ps = problems(exampleText().replace("\"nameplate\": 300", "\"nameplate\": -300"));
        assertEquals(List.of(new Problem("$.domestic.projects[1].nameplate",
                "must be >= 0, was -300", 58, 22)), ps);
    }

    @Test
    void distributionParametersAreCheckedWithTheirNames() throws IOException {
        String json = exampleText().replace("{ \"dist\": \"normal\", \"mean\": 0.03, \"sd\": 0.01, \"min\": 0, \"max\": 0.08 }",
                "{ \"dist\": \"normal\", \"mean\": 0.03, \"sd\": 0.01, \"min\": 0.08, \"max\": 0 }");
        List<Problem> ps = problems(json);
        assertEquals("$.materials[0].demand.growthPerYear.max", ps.get(0).path());
        assertEquals("must be > min (0.08), was 0", ps.get(0).message());
    }

    @Test
    void everyProblemIsCollectedBeforeFailing() throws IOException {
        String json = exampleText()
                .replace("\"startYear\": 2026", "\"startYear\": 1800")
                .replace("\"currency\": \"USD\"", "\"currency\": \" \"")
                .replace("\"mode\": 450", "\"mode\": 600")
                .replace("\"capacityBasis\": \"output\"", "\"capacityBasis\": \"out\"")
                .replace("\"attempts\": 2", "\"attempts\": 2.5")
                .replace("\"initialDistribution\": [ 0.9, 0.1 ]", "\"initialDistribution\": [ 0.9, \"x\" ]")
                .replace("\"trusted\": true", "\"trusted\": 1")
                .replace("\"kind\": \"capability\"", "\"kind\": \"capabilities\"");
        List<String> paths = problems(json).stream().map(Problem::path).toList();
        assertEquals(List.of("$.time.startYear", "$.economics.currency", "$.materials[0].demand.baseTonnesPerYear.mode",
                "$.domestic.stages[0].capacityBasis", "$.domestic.projects[0].attempts",
                "$.regimes[0].initialDistribution[1]", "$.suppliers[1].trusted", "$.criteria[0].kind"), paths);
    }

    @Test
    void nullIsAbsentForOptionalMembersAndAProblemForRequiredOnes() throws IOException {
        Scenario s = ScenarioJson.read(exampleText().replace("\"retryDelayYears\": 1", "\"retryDelayYears\": null"));
        assertEquals(Uncertain.fixed(0), s.domestic().projects().get(0).retryDelayYears());
        assertNull(ScenarioJson.read(exampleText().replace("\"yearlyShock\": { \"dist\": \"lognormal\", \"mean\": 1, \"sd\": 0.08 }",
                "\"yearlyShock\": null")).material("Dy").demand().yearlyShock());
        List<Problem> ps = problems(exampleText().replace("\"pricePerKg\": 250,\n      \"shortage", "\"pricePerKg\": null,\n      \"shortage"));
        assertEquals("must be present, was null", ps.get(0).message());
    }

    @Test
    void schemaMemberIsAcceptedTypeCheckedAndNotWrittenBack() throws IOException {
        String withSchema = exampleText().replaceFirst("\\{\n", "{\n  \"\\$schema\": \"../scenario-v1.schema.json\",\n");
        assertTrue(withSchema.contains("\"$schema\""));
        Scenario s = ScenarioJson.read(withSchema);
        assertEquals(ScenarioJson.read(exampleText()), s);
        assertFalse(ScenarioJson.write(s).contains("$schema"));
        assertEquals(s, ScenarioJson.read(exampleText().replaceFirst("\\{\n", "{\n  \"\\$schema\": null,\n")));
        List<Problem> ps = problems(exampleText().replaceFirst("\\{\n", "{\n  \"\\$schema\": 1,\n"));
        assertEquals(List.of("$.$schema"), ps.stream().map(Problem::path).toList());
        assertEquals("must be a string, was a number 1", ps.get(0).message());
        ps = problems(exampleText().replaceFirst("\\{\n", "{\n  \"schema\": \"x\",\n"));
        assertEquals("unknown field \"schema\"; did you mean \"$schema\"?", ps.get(0).message());
    }

    @Test
    void horizonAndStepLimits() throws IOException {
        String monthly = exampleText().replace("\"horizonYears\": 20, \"stepsPerYear\": 4",
                "\"horizonYears\": 200, \"stepsPerYear\": 12");
        assertEquals(TimeGrid.MAX_STEPS, ScenarioJson.read(monthly).time().steps());
        List<Problem> ps = problems(exampleText().replace("\"horizonYears\": 20,", "\"horizonYears\": 201,"));
        assertEquals(List.of("$.time.horizonYears"), ps.stream().map(Problem::path).toList());
        assertEquals("must be in [1, 200], was 201", ps.get(0).message());
    }

    @Test
    void anUnknownRegimeIsTheOnlyProblemOfItsSupplier() throws IOException {
        List<Problem> ps = problems(exampleText().replace("\"regime\": \"export-policy\"", "\"regime\": \"export-polcy\""));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("$.suppliers[0].regime", ps.get(0).path());
        assertEquals("must name a regime (export-policy), was \"export-polcy\"", ps.get(0).message());
    }

    // ---- syntax and hardening ----

    @Test
    void syntaxErrorsHaveTheParsersLocation() throws IOException {
        List<Problem> ps = problems(exampleText().replace("\"horizonYears\": 20,", "\"horizonYears\": 20,,"));
        assertEquals(1, ps.size());
        assertEquals(6, ps.get(0).line());
        assertEquals(51, ps.get(0).column());
        assertTrue(ps.get(0).message().startsWith("invalid JSON: "), ps.get(0).message());
        assertEquals("$.time.horizonYears", ps.get(0).path());
    }

    @Test
    void nonStandardJsonIsRejected() {
        for (String bad : List.of("{\"schemaVersion\": NaN}", "{\"schemaVersion\": Infinity}", "{\"schemaVersion\": -Infinity}",
                "{\"schemaVersion\": 01}", "{'schemaVersion': 1}", "{\"schemaVersion\": 1 /* c */}", "{\"schemaVersion\": 1,}",
                "{\"a\": 1} {\"b\": 2}", "", "   ", "null", "[]", "1", "\"x\"", "{\"schemaVersion\": 0x1}")) {
            List<Problem> ps = problems(bad);
            assertFalse(ps.isEmpty(), bad);
        }
        assertTrue(problems("{\"schemaVersion\": NaN}").get(0).message().contains("NaN"));
    }

    @Test
    void limitsAreEnforced() {
        String deep = "{\"description\": " + "[".repeat(70) + "]".repeat(70) + "}";
        assertTrue(problems(deep).get(0).message().contains("nesting depth"), problems(deep).toString());
        String longNumber = "{\"schemaVersion\": 1" + "0".repeat(200) + "}";
        assertTrue(problems(longNumber).get(0).message().contains("Number value length"), problems(longNumber).toString());
        String longString = "{\"name\": \"" + "x".repeat(JsonTree.MAX_STRING_LENGTH + 1) + "\"}";
        assertTrue(problems(longString).get(0).message().contains("String value length"));
        String manyTokens = "{\"description\": [" + "1,".repeat((int) JsonTree.MAX_TOKEN_COUNT) + "1]}";
        assertTrue(problems(manyTokens).get(0).message().contains("Token count"), problems(manyTokens).toString());
        assertEquals("must be a finite number, was 1e400 (beyond the range of a double)",
                problems("{\"schemaVersion\": 1, \"economics\": {\"currency\": \"X\", \"discountRate\": 1e400}}").stream()
                        .filter(p -> p.path().equals("$.economics.discountRate")).findFirst().orElseThrow().message());
    }

    @Test
    void badBytesAreProblemsNotExceptions() throws IOException {
        byte[] bytes = exampleText().getBytes(StandardCharsets.UTF_8);
        bytes[200] = (byte) 0xC3; // starts a two-byte sequence
        bytes[201] = (byte) 0x28; // that is not continued
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioJson.read(new ByteArrayInputStream(bytes), "bytes"));
        assertTrue(e.problems().get(0).message().startsWith("invalid UTF-8"), e.getMessage());
        // a byte order mark is skipped
        byte[] bom = ("\uFEFF" + exampleText()).getBytes(StandardCharsets.UTF_8);
        assertEquals(ScenarioJson.read(exampleText()), ScenarioJson.read(new ByteArrayInputStream(bom), "bom"));
    }

    @Test
    void truncatedAndGarbledTextOnlyEverThrowsScenarioException() throws IOException {
        String japan = japanText();
        int step = Math.max(1, japan.length() / 1500);
        for (int n = 0; n < japan.stripTrailing().length(); n += step) { // every prefix short of the final '}'
            onlyScenarioException(japan.substring(0, n), "prefix of " + n + " characters");
        }
        for (int n = japan.stripTrailing().length() - 200; n < japan.stripTrailing().length(); n++) {
            onlyScenarioException(japan.substring(0, n), "prefix of " + n + " characters");
        }
        String example = exampleText();
        for (int n = 0; n < example.stripTrailing().length(); n++) {
            onlyScenarioException(example.substring(0, n), "example prefix of " + n + " characters");
        }
        SplittableRandom rng = new SplittableRandom(7);
        String alphabet = "{}[]:,\"0123456789.-+eE truefalsnul\\x\n";
        for (int i = 0; i < 1500; i++) {
            StringBuilder sb = new StringBuilder(i % 2 == 0 ? example : japan);
            for (int k = 1 + rng.nextInt(3); k > 0; k--) {
                int at = rng.nextInt(sb.length());
                switch (rng.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                }
            }
            String garbled = sb.toString();
            try {
                ScenarioJson.read(garbled);
            } catch (ScenarioException e) {
                assertFalse(e.problems().isEmpty());
            } catch (RuntimeException e) {
                throw new AssertionError("garbled case " + i + " (seed 7) threw " + e, e);
            }
        }
    }

    private static void onlyScenarioException(String text, String what) {
        try {
            ScenarioJson.read(text);
            fail(what + " was read as a scenario");
        } catch (ScenarioException e) {
            assertFalse(e.problems().isEmpty(), what);
            for (Problem p : e.problems()) {
                assertTrue(p.path().startsWith("$"), what + ": " + p);
            }
        } catch (RuntimeException e) {
            throw new AssertionError(what + " threw " + e, e);
        }
    }

    // ---- Scenarios ----

    @Test
    void builtInScenarios(@TempDir Path dir) throws IOException {
        assertTrue(Scenarios.builtInNames().contains(Scenarios.DEFAULT));
        for (String name : Scenarios.builtInNames()) {
            assertEquals(name, Scenarios.builtIn(name).name());
        }
        assertThrows(IllegalArgumentException.class, () -> Scenarios.builtIn("atlantis"));
        assertThrows(IllegalArgumentException.class, () -> Scenarios.builtIn("../scenarios/japan-rare-earths"));
        assertEquals(Scenarios.japanRareEarths(), Scenarios.load("japan-rare-earths"));
        Path file = dir.resolve("example.json");
        Files.writeString(file, exampleText());
        assertEquals("island-dysprosium", Scenarios.load(file.toString()).name());
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> Scenarios.load(dir.resolve("nope.json").toString()));
        assertTrue(missing.getMessage().contains("not a built-in scenario (japan-rare-earths"), missing.getMessage());
        assertThrows(NoSuchFileException.class, () -> Scenarios.load(dir.toString()));
    }
}
