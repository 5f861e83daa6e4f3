package dev.autarky.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.autarky.scenario.Availability;
import dev.autarky.scenario.Correlation;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.ProjectCosts;
import dev.autarky.scenario.Ramp;
import dev.autarky.scenario.Recycling;
import dev.autarky.scenario.Regime;
import dev.autarky.scenario.RegimeDynamics;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.Stockpile;
import dev.autarky.scenario.SupplyTerms;
import dev.autarky.scenario.TimeGrid;
import dev.autarky.uncertain.Uncertain;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a scenario in the canonical form of the format: members in the order of the record
 * components, every member written (defaults included) except absent optional parts, fixed values
 * without provenance as bare numbers, distributions in one parameter form per kind, constant ramps
 * as bare values, two-space indentation and {@code \n} line ends.
 */
final class ScenarioWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ScenarioWriter() {
    }

    static String write(Scenario s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            scenario(g, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString() + "\n";
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(separators);
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        return pp;
    }

    private static void scenario(JsonGenerator g, Scenario s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", ScenarioReader.SCHEMA_VERSION);
        g.writeStringField("name", s.name());
        g.writeStringField("title", s.title());
        g.writeStringField("description", s.description());
        time(g, s.time());
        g.writeObjectFieldStart("economics");
        g.writeStringField("currency", s.economics().currency());
        uncertain(g, "discountRate", s.economics().discountRate());
        g.writeEndObject();
        g.writeArrayFieldStart("materials");
        for (Material m : s.materials()) {
            material(g, m);
        }
        g.writeEndArray();
        domestic(g, s.domestic());
        g.writeArrayFieldStart("regimes");
        for (Regime r : s.regimes()) {
            regime(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("suppliers");
        for (ExternalSupplier sup : s.suppliers()) {
            supplier(g, sup);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("criteria");
        for (SelfRelianceCriterion c : s.criteria()) {
            criterion(g, c);
        }
        g.writeEndArray();
        if (!s.correlations().isEmpty()) {
            g.writeArrayFieldStart("correlations");
            for (Correlation c : s.correlations()) {
                correlation(g, c);
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("sources");
        for (Map.Entry<String, String> e : s.sources().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, TimeGrid t) throws IOException {
        g.writeObjectFieldStart("time");
        g.writeNumberField("startYear", t.startYear());
        g.writeNumberField("horizonYears", t.horizonYears());
        g.writeNumberField("stepsPerYear", t.stepsPerYear());
        g.writeEndObject();
    }

    private static void material(JsonGenerator g, Material m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("name", m.name());
        Demand d = m.demand();
        g.writeObjectFieldStart("demand");
        uncertain(g, "baseTonnesPerYear", d.baseTonnesPerYear());
        uncertain(g, "growthPerYear", d.growthPerYear());
        if (d.yearlyShock() != null) {
            uncertain(g, "yearlyShock", d.yearlyShock());
        }
        if (d.substitution() != null) {
            ramp(g, "substitution", d.substitution());
        }
        g.writeEndObject();
        uncertain(g, "pricePerKg", m.pricePerKg());
        uncertain(g, "shortagePenaltyPerKg", m.shortagePenaltyPerKg());
        Stockpile st = m.stockpile();
        if (st != null) {
            g.writeObjectFieldStart("stockpile");
            uncertain(g, "initialDays", st.initialDays());
            uncertain(g, "targetDays", st.targetDays());
            uncertain(g, "maxReleaseTonnesPerYear", st.maxReleaseTonnesPerYear());
            uncertain(g, "maxRefillTonnesPerYear", st.maxRefillTonnesPerYear());
            g.writeBooleanField("refillFromUntrusted", st.refillFromUntrusted());
            uncertain(g, "holdingCostPerKgYear", st.holdingCostPerKgYear());
            g.writeEndObject();
        }
        Recycling r = m.recycling();
        if (r != null) {
            g.writeObjectFieldStart("recycling");
            ramp(g, "shareOfDemand", r.shareOfDemand());
            uncertain(g, "costPerKg", r.costPerKg());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void domestic(JsonGenerator g, DomesticChain d) throws IOException {
        g.writeObjectFieldStart("domestic");
        g.writeArrayFieldStart("stages");
        for (Stage s : d.stages()) {
            stage(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("projects");
        for (Project p : d.projects()) {
            project(g, p);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("composition");
        for (Map.Entry<String, Double> e : d.composition().entrySet()) {
            g.writeFieldName(e.getKey());
            UncertainJson.number(g, e.getValue());
        }
        g.writeEndObject();
        if (d.compositionNote() != null) {
            g.writeStringField("compositionNote", d.compositionNote());
        }
        g.writeEndObject();
    }

    private static void stage(JsonGenerator g, Stage s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeArrayFieldStart("conversionFactors");
        for (Uncertain u : s.conversionFactors()) {
            UncertainJson.write(g, u);
        }
        g.writeEndArray();
        g.writeStringField("capacityBasis", ReadContext.jsonName(s.capacityBasis()));
        Availability a = s.availability();
        g.writeObjectFieldStart("availability");
        uncertain(g, "level", a.level());
        if (!a.monthlyFactors().isEmpty()) {
            numbers(g, "monthlyFactors", a.monthlyFactors());
        }
        if (a.outagePerStep() != null) {
            uncertain(g, "outagePerStep", a.outagePerStep());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void project(JsonGenerator g, Project p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        if (p.stage() != null) {
            g.writeStringField("stage", p.stage());
        }
        uncertain(g, "nameplate", p.nameplate());
        uncertain(g, "successProbability", p.successProbability());
        g.writeNumberField("attempts", p.attempts());
        uncertain(g, "decisionDelayYears", p.decisionDelayYears());
        uncertain(g, "leadTimeYears", p.leadTimeYears());
        uncertain(g, "retryDelayYears", p.retryDelayYears());
        strings(g, "dependsOn", p.dependsOn());
        g.writeObjectFieldStart("rampUp");
        g.writeStringField("shape", ReadContext.jsonName(p.rampUp().shape()));
        uncertain(g, "yearsToNameplate", p.rampUp().yearsToNameplate());
        uncertain(g, "plateauFraction", p.rampUp().plateauFraction());
        g.writeEndObject();
        ProjectCosts c = p.costs();
        g.writeObjectFieldStart("costs");
        uncertain(g, "fixedCapex", c.fixedCapex());
        uncertain(g, "capexPerTonnePerYear", c.capexPerTonnePerYear());
        uncertain(g, "capexOverrun", c.capexOverrun());
        uncertain(g, "fixedOpexPerYear", c.fixedOpexPerYear());
        uncertain(g, "opexPerTonne", c.opexPerTonne());
        uncertain(g, "learningRate", c.learningRate());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void regime(JsonGenerator g, Regime r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        strings(g, "states", r.states());
        numbers(g, "initialDistribution", r.initialDistribution());
        g.writeObjectFieldStart("transitions");
        if (r.dynamics() instanceof RegimeDynamics.AnnualProbabilities a) {
            g.writeArrayFieldStart("annualProbabilities");
            for (List<Double> row : a.probabilities()) {
                g.writeStartArray();
                for (double v : row) {
                    UncertainJson.number(g, v);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        } else if (r.dynamics() instanceof RegimeDynamics.TransitionRates t) {
            g.writeArrayFieldStart("ratesPerYear");
            for (List<Uncertain> row : t.ratesPerYear()) {
                g.writeStartArray();
                for (Uncertain u : row) {
                    UncertainJson.write(g, u);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (r.note() != null) {
            g.writeStringField("note", r.note());
        }
        g.writeEndObject();
    }

    private static void supplier(JsonGenerator g, ExternalSupplier s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeBooleanField("trusted", s.trusted());
        if (s.regime() != null) {
            g.writeStringField("regime", s.regime());
        }
        stateEffects(g, s.stateEffects());
        g.writeArrayFieldStart("materials");
        for (SupplyTerms t : s.materials()) {
            g.writeStartObject();
            g.writeStringField("material", t.material());
            if (t.unlimited()) {
                g.writeStringField("capacityTonnesPerYear", ScenarioReader.UNLIMITED);
            } else {
                ramp(g, "capacityTonnesPerYear", t.capacityTonnesPerYear());
            }
            uncertain(g, "realisation", t.realisation());
            uncertain(g, "pricePerKg", t.pricePerKg());
            stateEffects(g, t.stateEffects());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void stateEffects(JsonGenerator g, Map<String, StateEffect> effects) throws IOException {
        g.writeObjectFieldStart("stateEffects");
        for (Map.Entry<String, StateEffect> e : effects.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            uncertain(g, "deliverableFraction", e.getValue().deliverableFraction());
            uncertain(g, "priceMultiplier", e.getValue().priceMultiplier());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void correlation(JsonGenerator g, Correlation c) throws IOException {
        g.writeStartObject();
        strings(g, "inputs", c.inputs());
        g.writeFieldName("spearman");
        UncertainJson.number(g, c.spearman());
        if (!c.source().isEmpty()) {
            g.writeStringField("source", c.source());
        }
        if (!c.note().isEmpty()) {
            g.writeStringField("note", c.note());
        }
        g.writeEndObject();
    }

    private static void criterion(JsonGenerator g, SelfRelianceCriterion c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("kind", ReadContext.jsonName(c.kind()));
        g.writeFieldName("threshold");
        UncertainJson.number(g, c.threshold());
        strings(g, "materials", c.materials());
        g.writeNumberField("consecutiveSteps", c.consecutiveSteps());
        g.writeEndObject();
    }

    private static void ramp(JsonGenerator g, String name, Ramp r) throws IOException {
        if (r.isConstant()) {
            uncertain(g, name, r.from());
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("shape", ReadContext.jsonName(r.shape()));
        uncertain(g, "startYear", r.startYear());
        uncertain(g, "durationYears", r.durationYears());
        uncertain(g, "from", r.from());
        uncertain(g, "to", r.to());
        g.writeEndObject();
    }

    private static void uncertain(JsonGenerator g, String name, Uncertain u) throws IOException {
        g.writeFieldName(name);
        UncertainJson.write(g, u);
    }

    private static void numbers(JsonGenerator g, String name, List<Double> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            UncertainJson.number(g, v);
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
