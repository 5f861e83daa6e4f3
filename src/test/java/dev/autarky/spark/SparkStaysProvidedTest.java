package dev.autarky.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Users who embed the library never download Spark: it is a {@code provided} dependency, Maven's
 * runtime resolution holds no Spark, Scala or Hadoop artifact, and no class of the library refers to
 * one (so nothing in it can load a Spark class): the runner {@code dev.autarky.spark} is compiled
 * from {@code src/spark/java} on its own into the {@code -spark} jar, using only the library's
 * exported API.
 */
class SparkStaysProvidedTest {

    private static final List<String> CLUSTER_GROUPS = List.of("org.apache.spark", "org.scala-lang", "org.apache.hadoop");

    @Test
    void everySparkDependencyOfThePomIsProvided() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        int spark = 0;
        NodeList dependencies = pom.getElementsByTagName("dependency"); // project's, profiles' and management's
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            if (!"dependencies".equals(d.getParentNode().getNodeName())
                    || isPluginPart(d.getParentNode().getParentNode())) {
                continue;
            }
            String group = child(d, "groupId");
            if (CLUSTER_GROUPS.contains(group)) {
                spark++;
                assertEquals("provided", child(d, "scope"), group + ":" + child(d, "artifactId") + " scope");
            }
        }
        assertEquals(1, spark, "the pom names spark-core once");
    }

    @Test
    void mavensRuntimeResolutionHoldsNoSparkScalaOrHadoop() throws IOException {
        String file = System.getProperty("autarky.runtimeDependencies");
        assertTrue(file != null, "run through Maven: the build writes the runtime dependency list");
        List<String> artifacts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.matches("[\\w.-]+:[\\w.-]+:.*")) {
                artifacts.add(s);
            }
        }
        assertTrue(artifacts.stream().anyMatch(a -> a.startsWith("com.fasterxml.jackson.core:jackson-databind:")),
                "the list is Maven's resolution: " + artifacts);
        for (String a : artifacts) {
            for (String group : CLUSTER_GROUPS) {
                assertFalse(a.startsWith(group), "runtime dependency " + a);
            }
        }
    }

    @Test
    void noLibraryClassRefersToSparkScalaOrHadoop() throws Exception {
        Path classes = Path.of(Scenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertFalse(Files.exists(classes.resolve("dev/autarky/spark")),
                "the Spark runner is not in the library's classes: it compiles from src/spark/java on its own");
        List<Path> offenders = new ArrayList<>();
        int checked = 0;
        for (Path f : classFiles(classes)) {
            checked++;
            String text = constantPoolText(f);
            if (text.contains("org/apache/spark") || text.contains("Lscala/") || text.contains("scala/Tuple")
                    || text.contains("org/apache/hadoop")) {
                offenders.add(classes.relativize(f));
            }
        }
        assertTrue(checked > 100, "library classes found: " + checked);
        assertEquals(List.of(), offenders);
    }

    @Test
    void theSparkRunnerIsBuiltApartAndUsesOnlyTheExportedApi() throws Exception {
        assertFalse(Files.exists(Path.of("src/main/java/dev/autarky/spark")), "the runner's sources are in src/spark/java");
        String buildDir = System.getProperty("autarky.buildDir");
        assertTrue(buildDir != null, "run through Maven: the build compiles the runner into spark-classes");
        Path classes = Path.of(buildDir, "spark-classes");
        List<Path> files = classFiles(classes);
        assertTrue(files.stream().anyMatch(f -> f.endsWith("SparkSimulator.class")), "runner classes in " + classes);
        List<Path> offenders = new ArrayList<>();
        for (Path f : files) {
            assertTrue(classes.relativize(f).startsWith(Path.of("dev/autarky/spark")), "only dev.autarky.spark: " + f);
            if (constantPoolText(f).contains("dev/autarky/internal/")) {
                offenders.add(classes.relativize(f));
            }
        }
        assertEquals(List.of(), offenders, "the runner refers to the library's internals");
    }

    private static List<Path> classFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).toList();
        }
    }

    /** Class names in the constant pool are UTF-8 with '/' separators. */
    private static String constantPoolText(Path classFile) throws IOException {
        return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
    }

    private static boolean isPluginPart(Node n) {
        return n != null && ("plugin".equals(n.getNodeName()) || "dependencyManagement".equals(n.getNodeName()));
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n.getTextContent().strip();
            }
        }
        return "compile";
    }
}
