package dev.autarky.io;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema of the scenario format, loaded with an independent validator
 * (networknt json-schema-validator, draft 2020-12) for tests that compare it with the loader.
 *
 * <p>Instances are parsed with Jackson 3 (the validator's own), whose defaults keep the last of
 * duplicate keys: JSON Schema sees the JSON data model, where keys are unique.
 */
final class ScenarioSchema {

    /** The schema as shipped in the library jar. */
    static final String RESOURCE = "/dev/autarky/scenario-v1.schema.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(parse(text()));

    private ScenarioSchema() {
    }

    /** The schema's text from the classpath. */
    static String text() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON document in {@code text}, or null when it is not one JSON value (empty, bad syntax, trailing content). */
    static JsonNode parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            return n == null || n.isMissingNode() ? null : n;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The schema's complaints about a JSON document; empty when it is valid. */
    static List<Error> validate(JsonNode document) {
        return SCHEMA.validate(document);
    }

    /** Whether the schema accepts {@code text}: it is one JSON value and valid. */
    static boolean accepts(String text) {
        JsonNode n = parse(text);
        return n != null && validate(n).isEmpty();
    }

    /** The complaints of the draft 2020-12 meta-schema about the published schema. */
    static List<Error> metaSchemaErrors() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return meta.validate(parse(text()));
    }
}
