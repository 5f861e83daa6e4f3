package dev.autarky.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.DesignErrors;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a {@link SimulationResult} as {@code summary.json}: run provenance, the time to
 * self-reliance under every criterion (the headline criterion also at the top level), cost
 * outcomes and per-step series bands. Field meanings and units are in {@code docs/results.md}.
 * NaN values (undefined outcomes) are written as {@code null}.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary as a JSON tree. */
    public static ObjectNode toTree(SimulationResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        RunInfo run = r.run();
        ObjectNode runNode = root.putObject("run");
        runNode.put("scenario", run.scenario());
        runNode.put("seed", run.seed());
        runNode.put("paths", run.paths());
        runNode.put("threads", run.threads());
        runNode.put("blockSize", run.blockSize());
        runNode.put("sampling", run.sampling());
        runNode.put("generator", run.generator());
        runNode.put("version", run.version());
        runNode.put("startYear", run.startYear());
        runNode.put("stepsPerYear", run.stepsPerYear());
        runNode.put("horizonYears", run.horizonYears());
        runNode.put("currency", run.currency());
        root.put("title", r.title());
        root.set("timeToSelfReliance", time(r.timeToSelfReliance(), run));
        ObjectNode criteria = root.putObject("criteria");
        for (TimeToSelfReliance t : r.timesToSelfReliance()) {
            criteria.set(t.criterion(), time(t, run));
        }
        ObjectNode costs = root.putObject("costs");
        for (Map.Entry<String, OutcomeSummary> e : r.costs().entrySet()) {
            OutcomeSummary s = e.getValue();
            ObjectNode c = costs.putObject(e.getKey());
            number(c, "mean", s.mean());
            number(c, "sd", s.standardDeviation());
            number(c, "standardError", s.standardError());
            for (double level : new double[] {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95}) {
                number(c, "p" + Math.round(level * 100), s.quantile(level));
            }
            c.put("count", s.count());
            c.put("unit", s.unit());
            c.put("quantileRelativeError", s.relativeError());
        }
        ObjectNode units = root.putObject("seriesUnits");
        ObjectNode series = root.putObject("series");
        for (Map.Entry<String, SeriesBands> e : r.series().entrySet()) {
            units.put(e.getKey(), e.getValue().unit());
            ArrayNode points = series.putArray(e.getKey());
            for (SeriesBands.Band b : e.getValue().bands()) {
                ObjectNode p = points.addObject();
                number(p, "year", b.year());
                number(p, "p5", b.p5());
                number(p, "p25", b.p25());
                number(p, "p50", b.p50());
                number(p, "p75", b.p75());
                number(p, "p95", b.p95());
                number(p, "mean", b.mean());
            }
        }
        designErrors(root.putObject("designErrors"), r.designErrors());
        return root;
    }

    /**
     * Means and P(self-reliant by year) with standard errors that hold under the run's sampling
     * design, from its independent groups of paths (docs/sampling.md).
     */
    private static void designErrors(ObjectNode node, DesignErrors e) {
        node.put("groupedBy", e.groupedBy());
        node.put("groups", e.groups());
        ObjectNode costs = node.putObject("costMeans");
        e.costMeans().forEach((name, est) -> estimate(costs.putObject(name), est));
        ObjectNode by = node.putObject("probabilityBy");
        e.probabilityBy().forEach((criterion, list) -> {
            ObjectNode c = by.putObject(criterion);
            for (int i = 0; i < list.size(); i++) {
                estimate(c.putObject(Integer.toString(e.startYear() + i)), list.get(i));
            }
        });
    }

    private static void estimate(ObjectNode node, DesignErrors.Estimate est) {
        number(node, "value", est.value());
        number(node, "standardError", est.standardError());
    }

    private static ObjectNode time(TimeToSelfReliance t, RunInfo run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("criterion", t.criterion());
        node.put("name", t.name());
        node.put("unit", "year");
        ObjectNode q = node.putObject("quantiles");
        for (double p : new double[] {0.10, 0.50, 0.90}) {
            OptionalDouble v = t.quantile(p);
            String key = "p" + Math.round(p * 100);
            if (v.isPresent()) {
                q.put(key, v.getAsDouble());
            } else {
                q.putNull(key);
            }
        }
        ObjectNode by = node.putObject("probabilityBy");
        for (int year = run.startYear(); year < run.startYear() + run.horizonYears(); year++) {
            by.put(Integer.toString(year), t.probabilityBy(year));
        }
        node.put("censoredFraction", t.censoredFraction());
        node.put("paths", t.paths());
        return node;
    }

    private static void number(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    /** The summary as indented JSON text. */
    public static String toJson(SimulationResult r) {
        try {
            return MAPPER.writeValueAsString(toTree(r));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the summary to {@code file} atomically (a temporary file, then a move). */
    public static void write(SimulationResult r, Path file) throws IOException {
        AtomicFiles.write(file, toJson(r));
    }
}
