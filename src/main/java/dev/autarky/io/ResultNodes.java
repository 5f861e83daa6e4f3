package dev.autarky.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import java.io.UncheckedIOException;

/**
 * The parts every result file shares (summary.json and the analyses' files): the run's
 * provenance, numbers written as {@code null} where they are not finite, estimates with their
 * limits, and indented text.
 */
final class ResultNodes {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultNodes() {
    }

    /** The run's settings and provenance, into {@code node}. */
    static void run(ObjectNode node, RunInfo run) {
        node.put("scenario", run.scenario());
        node.put("seed", run.seed());
        node.put("paths", run.paths());
        node.put("threads", run.threads());
        node.put("blockSize", run.blockSize());
        node.put("sampling", run.sampling());
        node.put("generator", run.generator());
        node.put("version", run.version());
        node.put("startYear", run.startYear());
        node.put("stepsPerYear", run.stepsPerYear());
        node.put("horizonYears", run.horizonYears());
        node.put("currency", run.currency());
    }

    /** {@code field: v}, or {@code field: null} when {@code v} is NaN or infinite. */
    static void number(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    /** {@code v} appended, or {@code null} when it is NaN or infinite. */
    static void add(ArrayNode list, double v) {
        if (Double.isFinite(v)) {
            list.add(v);
        } else {
            list.addNull();
        }
    }

    /** {@code {"lower", "upper"}}: null for an unbounded or undefined limit. */
    static void interval(ObjectNode node, Estimate e) {
        number(node, "lower", e.lower());
        number(node, "upper", e.upper());
    }

    /** {@code {"value", "lower", "upper"}}. */
    static void estimate(ObjectNode node, Estimate e) {
        number(node, "value", e.value());
        interval(node, e);
    }

    /** {@code tree} as indented text. */
    static String text(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
