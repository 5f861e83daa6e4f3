package dev.autarky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptor works for someone on the module path: a user's module that requires only
 * {@code dev.autarky} is compiled against {@code target/classes} and the library's runtime
 * dependencies as modules, then run in a JVM of its own with {@code -m}; it loads the default
 * scenario, runs it and reads the results (see {@code src/test/resources/module-path-consumer}).
 * The command line runs from the module path too, with picocli added. The other tests run on the
 * class path (surefire {@code useModulePath=false}).
 */
class ModulePathTest {

    @TempDir
    Path dir;

    @Test
    void aUsersModuleLoadsRunsAndReadsOnTheModulePath() throws Exception {
        // what a Maven user gets: the optional command-line and chart dependencies are not passed on
        String modulePath = Stream.of(libraryModulePath().split(java.io.File.pathSeparator))
                .filter(p -> !p.contains("picocli") && !p.contains("jfree"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Path out = dir.resolve("consumer");
        List<String> sources = new ArrayList<>();
        Path src = Path.of(ModulePathTest.class.getResource("/module-path-consumer").toURI());
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "--module-path", modulePath, "-d", out.toString()));
        options.addAll(sources);
        int status = javac.run(null, diagnostics, diagnostics, options.toArray(String[]::new));
        assertEquals(0, status, () -> diagnostics.toString(StandardCharsets.UTF_8));

        String output = java("--module-path", out + java.io.File.pathSeparator + modulePath,
                "-m", "dev.autarky.modulecheck/dev.autarky.modulecheck.Main");
        assertTrue(output.contains("module path OK"), output);
    }

    @Test
    void theCommandLineRunsOnTheModulePath() throws Exception {
        Path results = dir.resolve("cli");
        String output = java("--module-path", libraryModulePath(), "--add-modules", "info.picocli",
                "-m", "dev.autarky/dev.autarky.cli.Main", "run", "--paths", "1000", "--quiet", "--out", results.toString());
        assertTrue(Files.size(results.resolve("summary.json")) > 1000, output);
    }

    @Test
    void theDescriptorExportsTheApiAndHidesTheInternals() throws Exception {
        ModuleDescriptor d = descriptor();
        assertEquals("dev.autarky", d.name());
        assertEquals(ApiSurfaceTest.EXPORTED, d.exports().stream().map(e -> {
            assertTrue(!e.isQualified(), "exported to everyone: " + e);
            return e.source();
        }).sorted().toList());
        assertTrue(d.packages().stream().anyMatch(p -> p.startsWith("dev.autarky.internal")), "internals are in the module");
        assertEquals(List.of("dev.autarky.cli"), d.opens().stream().map(ModuleDescriptor.Opens::source).toList(),
                "only the command line is opened (to picocli)");
    }

    /** The module descriptor compiled into target/classes. */
    static ModuleDescriptor descriptor() throws URISyntaxException {
        return ModuleFinder.of(classes()).find("dev.autarky").orElseThrow().descriptor();
    }

    static Path classes() throws URISyntaxException {
        return Path.of(Scenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** target/classes and every runtime dependency of the library, as Maven resolved them. */
    private static String libraryModulePath() throws IOException, URISyntaxException {
        String file = System.getProperty("autarky.runtimeClasspath");
        assertTrue(file != null, "run through Maven: the build writes the runtime class path");
        String deps = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        assertTrue(deps.contains("jackson-databind") && deps.contains("commons-math3"), deps);
        return classes() + java.io.File.pathSeparator + deps;
    }

    private String java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "java", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done && p.exitValue() == 0, "exit " + (done ? p.exitValue() : "timeout") + ":\n" + output);
        return output;
    }
}
