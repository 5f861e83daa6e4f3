package dev.autarky.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md lists the default scenario's parameters; this test keeps that list equal to the
 * scenario file. Run with {@code -Dautarky.updateDocs=true} to rewrite the section after changing
 * the scenario.
 */
class ParameterTableTest {

    private static final String BEGIN = "<!-- BEGIN GENERATED PARAMETERS (ParameterTableTest keeps this in sync with the scenario file) -->\n";
    private static final String END = "<!-- END GENERATED PARAMETERS -->";

    @Test
    void modelDocListsEveryDefaultParameterWithItsSource() throws IOException {
        Scenario japan = Scenarios.japanRareEarths();
        String table = ParameterTable.markdown(japan);
        Path doc = Path.of("docs/model.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "markers missing in docs/model.md");
        String current = text.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("autarky.updateDocs")) {
            Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + table + text.substring(end),
                    StandardCharsets.UTF_8);
            current = table;
        }
        assertEquals(table, current, "docs/model.md is out of date; rerun this test with -Dautarky.updateDocs=true");
        // every value drawn from a distribution cites a source; unsourced fixed values are structural 0s and 1s
        for (var p : dev.autarky.internal.engine.CompiledScenario.of(japan).parameters) {
            var u = p.value();
            if (!u.isFixed()) {
                assertTrue(u.source() != null && !u.source().isBlank(), "no source for uncertain " + p.name());
            } else if (u.source() == null) {
                assertTrue(u.mean() == 0 || u.mean() == 1 || p.name().endsWith(".startYear") && u.mean() == 1900,
                        "unsourced value " + u.mean() + " at " + p.name());
            }
            if (u.source() != null && u.source().startsWith("S")) {
                assertTrue(japan.sources().containsKey(u.source()), "cited source " + u.source() + " not in sources");
            }
        }
    }

    @Test
    void describesDistributionsInAnalystsWords() {
        assertEquals("triangular 1 / 4 / 7", ParameterTable.describe(new dev.autarky.uncertain.Triangular(1, 4, 7)));
        assertEquals("lognormal, median 3,500, P90 7,000",
                ParameterTable.describe(dev.autarky.uncertain.LogNormal.ofMedianP90(3500, 7000)));
        assertEquals("0.25", ParameterTable.describe(new dev.autarky.uncertain.Fixed(0.25)));
    }
}
