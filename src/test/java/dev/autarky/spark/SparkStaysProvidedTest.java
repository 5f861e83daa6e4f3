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
 * runtime resolution holds no Spark, Scala or Hadoop artifact, and no class outside
 * {@code dev.autarky.spark} refers to one (so nothing else can load a Spark class).
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
    void onlyTheSparkPackageRefersToSparkScalaOrHadoop() throws Exception {
        Path classes = Path.of(Scenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path sparkPackage = classes.resolve("dev/autarky/spark");
        List<Path> offenders = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                if (f.startsWith(sparkPackage)) {
                    continue;
                }
                checked++;
                // class names in the constant pool are UTF-8 with '/' separators
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (text.contains("org/apache/spark") || text.contains("Lscala/") || text.contains("scala/Tuple")
                        || text.contains("org/apache/hadoop")) {
                    offenders.add(classes.relativize(f));
                }
            }
        }
        assertTrue(checked > 100, "library classes found: " + checked);
        assertEquals(List.of(), offenders);
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
