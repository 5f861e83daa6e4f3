package dev.autarky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Projects that use autarky as a library do not get the command line's and the charts'
 * dependencies: picocli, JFreeChart and JFreeSVG are optional in the pom (the -cli jar bundles them).
 */
class OptionalDependenciesTest {

    @Test
    void picocliJFreeChartAndJFreeSvgAreOptional() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Map<String, String> optional = new TreeMap<>();
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            String group = text(d, "groupId");
            if (group.equals("info.picocli") || group.equals("org.jfree")) {
                optional.put(group + ":" + text(d, "artifactId"), text(d, "optional") + "/" + text(d, "scope"));
            }
        }
        assertEquals(Map.of("info.picocli:picocli", "true/", "org.jfree:jfreechart", "true/",
                "org.jfree:org.jfree.svg", "true/"), optional);
    }

    private static String text(Element e, String child) {
        NodeList n = e.getElementsByTagName(child);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }
}
