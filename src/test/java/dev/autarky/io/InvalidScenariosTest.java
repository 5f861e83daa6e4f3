package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.scenario.Problem;
import dev.autarky.scenario.ScenarioException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus under {@code src/test/resources/dev/autarky/io/invalid/}: each {@code NAME.json} is the
 * worked example with one problem (or a few), and {@code NAME.expected} lists the exact JSON paths
 * reported, one a line (order free).
 */
class InvalidScenariosTest {

    static Path corpus() throws URISyntaxException {
        return Path.of(InvalidScenariosTest.class.getResource("invalid").toURI());
    }

    static List<Path> files() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(corpus())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void corpusIsLargeAndComplete() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 30, "only " + files.size() + " invalid files");
        for (Path f : files) {
            assertTrue(Files.exists(expected(f)), "no expectations for " + f.getFileName());
        }
        long several = files.stream().filter(f -> {
            try {
                return Files.readAllLines(expected(f)).size() > 1;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).count();
        assertTrue(several >= 3, "only " + several + " files with several problems");
    }

    @TestFactory
    List<DynamicTest> everyFileReportsExactlyItsPaths() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files()) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                List<String> want = Files.readAllLines(expected(f), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank()).sorted().toList();
                ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(f));
                List<String> got = e.problems().stream().map(Problem::path).sorted().toList();
                assertEquals(want, got, e.getMessage());
                // the same content through the String and stream readers gives the same problems
                ScenarioException e2 = assertThrows(ScenarioException.class,
                        () -> ScenarioJson.read(Files.readString(f)));
                assertEquals(e.problems(), e2.problems());
            }));
        }
        return tests;
    }

    private static Path expected(Path json) {
        String name = json.getFileName().toString();
        return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected");
    }
}
