package dev.autarky.io;

import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes scenarios in the JSON scenario format, schema version 1, described field by
 * field in {@code docs/scenario-format.md}.
 *
 * <p>Reading is strict and complete: the whole document is checked — syntax, types, unknown
 * members (with a "did you mean" hint), duplicate keys, numbers (finite, integers where integers
 * are expected), enum values, distribution parameters, every range and cross-reference the model
 * checks — and every problem is reported at once in a {@link ScenarioException}, each with its JSON
 * path ({@code $.domestic.projects[2].leadTimeYears.max}) and, where known, its line and column.
 * For any input text, the readers throw nothing but {@link ScenarioException} (and
 * {@link IOException} for failures to read a file or stream); a scenario is returned only when
 * there is no problem at all. Limits: nesting depth 64, strings of 1 MB, numbers of 100 characters,
 * documents of 16 MB and 1,000,000 tokens.
 *
 * <p>A document may name a JSON Schema in an optional top-level {@code "$schema"} string (such as
 * the published {@code scenario-v1.schema.json}, for editors); it must be a string and is otherwise
 * ignored: it is not part of the model and is not written back.
 *
 * <p>Writing gives the canonical form: {@code read(write(s)).equals(s)} for every scenario, with
 * every double read back exactly.
 *
 * <p>All methods are thread-safe.
 *
 * <pre>{@code
 * try {
 *     Scenario s = ScenarioJson.read(Path.of("my-scenario.json"));
 * } catch (ScenarioException e) {
 *     e.problems().forEach(p -> System.err.println(p)); // $.path: value, what was expected
 * }
 * }</pre>
 */
public final class ScenarioJson {

    /** The schema version this library reads and writes. */
    public static final int SCHEMA_VERSION = ScenarioReader.SCHEMA_VERSION;

    private ScenarioJson() {
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @param json the JSON text
     * @return the scenario, validated
     * @throws ScenarioException listing every problem, if the text is not a valid scenario
     */
    public static Scenario read(String json) {
        Objects.requireNonNull(json, "json");
        return ScenarioReader.read(JsonTree.parse(json));
    }

    /**
     * Reads a scenario from a UTF-8 JSON file (a byte order mark is skipped).
     *
     * @param file the file
     * @return the scenario, validated
     * @throws IOException       if the file cannot be read
     * @throws ScenarioException listing every problem, if the content is not a valid scenario
     */
    public static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a scenario from a stream of UTF-8 JSON (a byte order mark is skipped); the stream is
     * read to its end (at most 16 MB and one byte) and not closed.
     *
     * @param sourceName names the stream in I/O error messages, such as a file name or URL
     * @param in the JSON, UTF-8; not closed
     * @return the scenario, validated
     * @throws IOException       if the stream fails
     * @throws ScenarioException listing every problem, if the content is not a valid scenario
     */
    public static Scenario read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonTree.Parsed parsed;
        try {
            parsed = JsonTree.parse(in);
        } catch (IOException e) {
            throw new IOException("cannot read scenario " + sourceName + ": " + e.getMessage(), e);
        }
        return ScenarioReader.read(parsed);
    }

    /**
     * The scenario as canonical JSON text (two-space indentation, {@code \n} line ends, a final newline).
     *
     * @param scenario the scenario
     * @return the scenario as canonical JSON text
     */
    public static String write(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return ScenarioWriter.write(scenario);
    }

    /**
     * Writes the scenario as canonical JSON to {@code file}, atomically: readers of the file see
     * the old content or the complete new one. Parent directories are created.
     *
     * @param scenario the scenario
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        AtomicFiles.write(file, write(scenario));
    }
}
