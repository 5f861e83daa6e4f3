package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autarky.engine.PathCapture;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.engine.StopRule;
import dev.autarky.internal.stats.Metalog;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.PathOutcomes;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export parses, holds what the result holds, and has the documented structure. */
class ResultExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SimulationResult result;

    @BeforeAll
    static void run() {
        RunSettings settings = new RunSettings(100_000, 3, 2, 128).withCapture(PathCapture.OUTCOMES_AND_INPUTS)
                .withStopRule(StopRule.until("pby2040:0.02,mean:systemCost:5%").withFirstRoundPaths(300));
        result = Simulator.of(Scenarios.japanRareEarths()).run(settings);
    }

    /** A CSV file's rows, split on commas (the files hold no quoted fields with this scenario). */
    static List<String[]> csv(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    static double number(String field) {
        return switch (field) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "" -> Double.NaN;
            default -> Double.parseDouble(field);
        };
    }

    @Test
    void summaryJsonHoldsTheIntervalsTheSurvivalCurveAndTheConvergence(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(result, file);
        JsonNode s = JSON.readTree(Files.readString(file));
        assertEquals(0.95, s.get("confidence").asDouble());
        TimeToSelfReliance t = result.timeToSelfReliance();
        JsonNode time = s.get("timeToSelfReliance");
        JsonNode survival = time.get("survival");
        assertEquals(t.steps(), survival.size());
        for (JsonNode p : survival) {
            assertTrue(p.get("lower").asDouble() <= p.get("survival").asDouble()
                    && p.get("survival").asDouble() <= p.get("upper").asDouble(), p.toString());
        }
        assertEquals("rothman-wilson", time.get("survivalMethod").asText());
        JsonNode by = time.at("/probabilityByIntervals/2040");
        assertEquals(t.probabilityBy(2040, 0.95).lower(), by.get("lower").asDouble());
        assertEquals(t.probabilityBy(2040), time.at("/probabilityBy/2040").asDouble());
        JsonNode rmst = time.get("restrictedMeanYears");
        assertEquals(t.restrictedMean(0.95).value(), rmst.get("value").asDouble());
        assertEquals(35, rmst.get("horizonYears").asDouble());
        JsonNode median = time.at("/quantileIntervals/p50");
        assertTrue(median.has("lower") && median.has("upper"));
        OutcomeSummary cost = result.cost("systemCost");
        JsonNode c = s.at("/costs/systemCost");
        assertEquals(cost.mean(0.95).lower(), c.at("/meanInterval/lower").asDouble());
        assertEquals(cost.quantile(0.9, 0.95).upper(), c.at("/quantileIntervals/p90/upper").asDouble());
        assertEquals(cost.expectedShortfall(0.05), c.at("/expectedShortfall/worst5/value").asDouble());
        assertEquals(cost.exact(), c.get("exact").asBoolean());
        JsonNode point = s.at("/series/untrustedShare.Dy/10");
        SeriesBands.Band band = result.series("untrustedShare.Dy").bands().get(10);
        assertEquals(band.limits().p50Lower(), point.get("p50Lower").asDouble());
        assertEquals(band.limits().p95Upper(), point.get("p95Upper").asDouble());
        JsonNode conv = s.get("convergence");
        assertEquals("targets-met", conv.get("stoppedBy").asText());
        assertEquals(result.convergence().rounds(), conv.get("rounds").asInt());
        assertEquals(result.convergence().history().size(), conv.get("history").size());
        assertEquals("pby2040:0.02", conv.at("/targets/0/target").asText());
        assertTrue(conv.at("/targets/0/met").asBoolean());
    }

    @Test
    void seriesCsvIsLongFormatWithEveryStatistic() throws IOException {
        List<String[]> rows = csv(ResultCsv.seriesText(result));
        assertEquals(ResultCsv.SERIES_HEADER, String.join(",", rows.get(0)));
        int steps = result.timeToSelfReliance().steps();
        assertEquals(1 + result.series().size() * steps * 16, rows.size());
        Set<String> statistics = new HashSet<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(5, row.length);
            statistics.add(row[3]);
            SeriesBands.Band b = result.series(row[0]).bands().get(Integer.parseInt(row[1]));
            assertEquals(b.year(), Double.parseDouble(row[2]));
            double v = number(row[4]);
            switch (row[3]) {
                case "mean" -> assertEquals(b.mean(), v);
                case "p50" -> assertEquals(b.p50(), v);
                case "p50.lower" -> assertEquals(b.limits().p50Lower(), v);
                case "p95.upper" -> assertEquals(b.limits().p95Upper(), v);
                default -> assertFalse(Double.isNaN(v), String.join(",", row));
            }
        }
        assertEquals(Set.of("mean", "p5", "p5.lower", "p5.upper", "p25", "p25.lower", "p25.upper", "p50", "p50.lower",
                "p50.upper", "p75", "p75.lower", "p75.upper", "p95", "p95.lower", "p95.upper"), statistics);
    }

    @Test
    void survivalCsvHasOneRowPerCriterionAndStep() {
        List<String[]> rows = csv(ResultCsv.survivalText(result));
        assertEquals(ResultCsv.SURVIVAL_HEADER, String.join(",", rows.get(0)));
        assertEquals(1 + result.timesToSelfReliance().size() * 35, rows.size());
        String[] last = rows.get(35);
        TimeToSelfReliance t = result.timesToSelfReliance().get(0);
        assertEquals(t.criterion(), last[0]);
        assertEquals(t.censoredCount(), Long.parseLong(last[5]));
        assertEquals(t.survivalAfterStep(34), Double.parseDouble(last[6]));
    }

    @Test
    void pathsCsvHasEveryPathInOrder() {
        List<String[]> rows = csv(ResultCsv.pathsText(result));
        PathOutcomes p = result.pathOutcomes().orElseThrow();
        String[] header = rows.get(0);
        assertEquals(ResultCsv.pathsHeader(p), String.join(",", header));
        assertEquals("path", header[0]);
        assertEquals(1 + 2 * p.criteria().size() + p.costNames().size() + p.inputNames().size(), header.length);
        assertEquals(result.run().paths() + 1, rows.size());
        long censored = 0;
        for (int i = 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            assertEquals(header.length, row.length);
            assertEquals(i - 1, Integer.parseInt(row[0]));
            censored += row[2].equals("0") ? 1 : 0;
            if (row[2].equals("0")) {
                assertEquals(2061.0, Double.parseDouble(row[1]), "censored rows carry the horizon's end");
            }
            int costAt = 1 + 2 * p.criteria().size();
            assertEquals(p.cost(7, i - 1), number(row[costAt + 7]), 0.0);
            assertEquals(p.input(0, i - 1), number(row[costAt + p.costNames().size()]), 0.0);
        }
        assertEquals(result.timeToSelfReliance().censoredCount(), censored);
    }

    /**
     * The SIPmath 3.0 library, checked member by member against the structure documented in
     * docs/results.md (the standard's top-level members, HDR_2_0 generators, Metalog_1_0 SIPs
     * with metadata, plus the trial values).
     */
    @Test
    void sipMathLibraryHasTheDocumentedStructure() throws IOException {
        JsonNode lib = JSON.readTree(SipMathJson.toJson(result, LocalDate.of(2026, 3, 4)));
        assertEquals(List.of("name", "objectType", "libraryType", "dateCreated", "provenance", "U01", "sips", "version"),
                fields(lib));
        assertEquals("japan-rare-earths outcomes", lib.get("name").asText());
        assertEquals("sipModel", lib.get("objectType").asText());
        assertEquals("SIPmath_3_0", lib.get("libraryType").asText());
        assertEquals("03-04-2026", lib.get("dateCreated").asText());
        assertTrue(lib.get("provenance").asText().contains("seed 3"));
        assertEquals("1", lib.get("version").asText());
        assertEquals(List.of("rng"), fields(lib.get("U01")));
        JsonNode rngs = lib.at("/U01/rng");
        Set<String> rngNames = new HashSet<>();
        int varId = 1;
        for (JsonNode rng : rngs) {
            assertEquals(List.of("name", "function", "arguments"), fields(rng));
            assertEquals("HDR_2_0", rng.get("function").asText());
            assertEquals(List.of("counter", "entity", "varId", "seed3", "seed4"), fields(rng.get("arguments")));
            assertEquals("PM_Index", rng.at("/arguments/counter").asText());
            assertEquals(1, rng.at("/arguments/entity").asInt());
            assertEquals(varId++, rng.at("/arguments/varId").asInt());
            assertEquals(0, rng.at("/arguments/seed3").asInt());
            assertEquals(0, rng.at("/arguments/seed4").asInt());
            assertTrue(rngNames.add(rng.get("name").asText()));
        }
        PathOutcomes p = result.pathOutcomes().orElseThrow();
        JsonNode sips = lib.get("sips");
        assertEquals(2 * p.criteria().size() + p.costNames().size() + p.inputNames().size(), sips.size());
        assertEquals(sips.size(), rngs.size());
        List<String> names = new ArrayList<>();
        for (JsonNode sip : sips) {
            assertEquals(List.of("name", "ref", "function", "arguments", "metadata", "samples"), fields(sip));
            names.add(sip.get("name").asText());
            assertEquals(List.of("source", "name"), fields(sip.get("ref")));
            assertEquals("rng", sip.at("/ref/source").asText());
            assertTrue(rngNames.contains(sip.at("/ref/name").asText()));
            assertEquals("Metalog_1_0", sip.get("function").asText());
            assertEquals(List.of("aCoefficients"), fields(sip.get("arguments")));
            JsonNode a = sip.at("/arguments/aCoefficients");
            assertTrue(a.size() >= 2 && a.size() <= SipMathJson.METALOG_TERMS, sip.get("name").asText());
            JsonNode meta = sip.get("metadata");
            for (String f : new String[] {"count", "undefined", "min", "max", "mean", "std", "P25", "P50", "P75", "density",
                "units"}) {
                assertTrue(meta.has(f), sip.get("name").asText() + " metadata." + f);
            }
            assertEquals(SipMathJson.DENSITY_POINTS, meta.get("density").size());
            assertEquals(result.run().paths(), sip.get("samples").size());
            assertEquals(result.run().paths(), meta.get("count").asLong() + meta.get("undefined").asLong());
            assertTrue(meta.get("min").asDouble() <= meta.get("P50").asDouble()
                    && meta.get("P50").asDouble() <= meta.get("max").asDouble());
            // a feasible metalog: increasing quantile function
            double[] coefficients = new double[a.size()];
            for (int j = 0; j < coefficients.length; j++) {
                coefficients[j] = a.get(j).asDouble();
            }
            if (meta.get("max").asDouble() > meta.get("min").asDouble()) {
                assertTrue(Metalog.quantile(coefficients, 0.9) > Metalog.quantile(coefficients, 0.1), sip.get("name").asText());
            }
        }
        String id = p.criteria().get(0);
        assertEquals("timeToSelfReliance." + id, names.get(0));
        assertEquals("selfReliant." + id, names.get(1));
        assertTrue(names.containsAll(p.costNames()));
        assertTrue(names.contains("input." + p.inputNames().get(0)));
        // trial i is path i
        JsonNode system = sips.get(names.indexOf("systemCost")).get("samples");
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.cost(7, i), system.get(i).asDouble(), 0.0);
        }
        JsonNode lcos = sips.get(names.indexOf("levelizedDomesticCostPerKg")).get("samples");
        for (int i = 0; i < p.size(); i++) {
            assertEquals(Double.isNaN(p.cost(8, i)), lcos.get(i).isNull(), "undefined values are null");
        }
    }

    @Test
    void metalogFitsAKnownDistribution() {
        // the logistic distribution is the two-term metalog: a1 + a2 ln(y / (1 - y))
        int n = 20_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double y = (i + 0.5) / n;
            x[i] = 10 + 2 * Math.log(y / (1 - y));
        }
        double[] a = Metalog.fit(x, 5);
        assertEquals(10, a[0], 1e-9);
        assertEquals(2, a[1], 1e-9);
        for (int j = 2; j < a.length; j++) {
            assertEquals(0, a[j], 1e-9);
        }
        assertEquals(List.of(7.0, 0.0), List.of(Metalog.fit(new double[] {7, 7, 7}, 5)[0], Metalog.fit(new double[] {7, 7, 7}, 5)[1]));
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
