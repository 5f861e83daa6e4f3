package dev.autarky.io;

import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios shipped with the library, and loading a scenario by built-in name or file path.
 *
 * <p>Built-in scenarios are JSON resources under {@code /dev/autarky/scenarios/}, listed one name
 * a line in {@code index.txt} there (listing a directory of the classpath is unreliable inside
 * jars). Each is read once and cached; scenarios are immutable. Thread-safe.
 *
 * <pre>{@code
 * Scenario japan = Scenarios.japanRareEarths();        // the default question
 * Scenario mine = Scenarios.load("scenarios/my.json"); // a built-in name or a file path
 * }</pre>
 */
public final class Scenarios {

    /** The name of the default scenario. */
    public static final String DEFAULT = "japan-rare-earths";

    private static final String DIRECTORY = "/dev/autarky/scenarios/";

    private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();

    private Scenarios() {
    }

    /**
     * Japan and rare earths from 2026: the default scenario.
     *
     * @return Japan and rare earths from 2026: the default scenario
     */
    public static Scenario japanRareEarths() {
        return builtIn(DEFAULT);
    }

    /**
     * The names of the built-in scenarios, in the order of the index.
     *
     * @return the names of the built-in scenarios, in the order of the index
     */
    public static List<String> builtInNames() {
        InputStream in = Scenarios.class.getResourceAsStream(DIRECTORY + "index.txt");
        if (in == null) {
            throw new IllegalStateException("resource " + DIRECTORY + "index.txt is missing from the library");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + "index.txt", e);
        }
        return List.copyOf(names);
    }

    /**
     * The built-in scenario with this name.
     *
     * @param name one of {@link #builtInNames()}
     * @return the built-in scenario with this name
     * @throws IllegalArgumentException if there is no built-in scenario of that name
     * @throws ScenarioException        if the built-in scenario is invalid (a defect of the library)
     */
    public static Scenario builtIn(String name) {
        List<String> names = builtInNames();
        if (!names.contains(name)) {
            throw new IllegalArgumentException("name: must be a built-in scenario (" + String.join(", ", names)
                    + "), was \"" + name + "\"");
        }
        return CACHE.computeIfAbsent(name, Scenarios::readBuiltIn);
    }

    private static Scenario readBuiltIn(String name) {
        String resource = DIRECTORY + name + ".json";
        try (InputStream in = Scenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is listed in index.txt but missing");
            }
            return ScenarioJson.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A built-in scenario by name, or else the scenario in the JSON file at this path.
     *
     * @param nameOrPath a built-in scenario name or a JSON file path
     * @return a built-in scenario by name, or else the scenario in the JSON file at this path
     * @throws NoSuchFileException if it is neither a built-in name nor an existing file
     * @throws IOException         if the file cannot be read
     * @throws ScenarioException   listing every problem, if the scenario is invalid
     */
    public static Scenario load(String nameOrPath) throws IOException {
        List<String> names = builtInNames();
        if (names.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path file;
        try {
            file = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            throw new NoSuchFileException(nameOrPath, null, "not a valid file path (" + e.getReason()
                    + ") and not a built-in scenario (" + String.join(", ", names) + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(nameOrPath, null, (Files.exists(file) ? "not a regular file" : "no such file")
                    + " and not a built-in scenario (" + String.join(", ", names) + ")");
        }
        return ScenarioJson.read(file);
    }
}
