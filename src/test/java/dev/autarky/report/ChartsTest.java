package dev.autarky.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.PathTrace;
import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import dev.autarky.result.SimulationResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart renders to PNG and SVG with the content it promises. */
class ChartsTest {

    private static SimulationResult result;
    private static PathTrace trace;

    @BeforeAll
    static void run() {
        Simulator japan = Simulator.of(Scenarios.japanRareEarths());
        result = japan.run(new RunSettings(2048, 7, 2, 256));
        trace = japan.trace(7, 3);
    }

    /** Decodes a PNG and checks its size and that it is not blank: many colours, real variance. */
    static BufferedImage assertPicture(byte[] png, int width, int height) throws IOException {
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), "PNG signature");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                double lum = 0.299 * (rgb >> 16) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += lum;
                sumSq += lum * lum;
                n++;
            }
        }
        double variance = sumSq / n - (sum / n) * (sum / n);
        assertTrue(colours.size() > 20, "only " + colours.size() + " colours");
        assertTrue(variance > 100, "nearly blank: luminance variance " + variance);
        return img;
    }

    private static boolean hasColourNear(BufferedImage img, java.awt.Color c) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) < 8 && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) < 8
                        && Math.abs((rgb & 0xFF) - c.getBlue()) < 8) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theFanChartShowsBothSharesWithTheirBands() throws IOException {
        JFreeChart fan = Charts.fan(result, "Dy", "China");
        String svg = Charts.svg(fan, 900, 520);
        for (String label : new String[] {"China share: median", "China share: P25-P75", "China share: P5-P95",
            "Domestic share: median", "Domestic share: P25-P75", "Domestic share: P5-P95",
            "Share of Dy demand met by China and by domestic output", "2,048 paths"}) {
            assertTrue(svg.contains(label), label);
        }
        BufferedImage img = assertPicture(Charts.png(fan, 900, 520), 900, 520);
        assertTrue(hasColourNear(img, Charts.UNTRUSTED), "the untrusted median line is drawn");
        assertTrue(hasColourNear(img, Charts.tint(Charts.UNTRUSTED, 0.22)), "the P5-P95 band is drawn");
        assertTrue(hasColourNear(img, Charts.tint(Charts.UNTRUSTED, 0.45)), "the P25-P75 band is drawn over it");
        assertTrue(hasColourNear(img, Charts.tint(Charts.DOMESTIC, 0.22)), "the domestic band is drawn");
        String all = Charts.svg(Charts.fan(result, "all", "China"), 900, 520);
        assertTrue(all.contains("China share: median"));
        assertFalse(all.contains("Domestic share"), "no domestic share over all materials is recorded");
        assertEquals(List.of("NdPr", "Dy", "Tb", "otherREO", "all"), Charts.materials(result));
        assertThrows(IllegalArgumentException.class, () -> Charts.fan(result, "Au", "China"));
    }

    @Test
    void theSelfRelianceChartHasEveryCriterionWithItsBand() throws IOException {
        JFreeChart chart = Charts.selfReliance(result, 0.95);
        String svg = Charts.svg(chart, 900, 520);
        assertTrue(svg.contains("Probability of self-reliance by year"));
        assertTrue(svg.contains("Heavy rare earths (Dy, Tb)"), "names up to their colon");
        assertTrue(svg.contains("All four materials"));
        assertTrue(svg.contains("95 % pointwise confidence bands"));
        var data = (org.jfree.data.xy.YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(result.timesToSelfReliance().size(), data.getSeriesCount());
        var curve = result.timeToSelfReliance().survivalCurve(0.95).points();
        int last = curve.size() - 1;
        assertEquals(1 - curve.get(last).survival(), data.getYValue(0, last), 1e-15);
        assertEquals(1 - curve.get(last).upper(), data.getStartYValue(0, last), 1e-15);
        assertEquals(1 - curve.get(last).lower(), data.getEndYValue(0, last), 1e-15);
        assertPicture(Charts.png(chart, 900, 520), 900, 520);
    }

    @Test
    void theCostHistogramMarksP10P50AndP90() throws IOException {
        var cost = result.cost("systemCost");
        JFreeChart chart = Charts.costHistogram(cost, "USD");
        String svg = Charts.svg(chart, 900, 520);
        for (double level : new double[] {0.1, 0.5, 0.9}) {
            String label = "P" + Math.round(100 * level) + " " + TextSummary.money(cost.quantile(level), false);
            assertTrue(svg.contains(label), label);
        }
        assertTrue(svg.contains("systemCost (USD, present value)"));
        var bars = chart.getXYPlot().getDataset();
        double total = 0;
        for (int i = 0; i < bars.getItemCount(0); i++) {
            total += bars.getYValue(0, i);
        }
        assertTrue(total > 0.98 && total <= 1 + 1e-9, "the bars hold the paths between P0.5 and P99.5: " + total);
        assertPicture(Charts.png(chart, 640, 400), 640, 400);
        var perKg = result.cost("levelizedDomesticCostPerKg");
        assertTrue(Charts.svg(Charts.costHistogram(perKg, "USD"), 900, 520).contains("defined on "));
    }

    @Test
    void theTornadoPutsTheWidestSwingOnTop() throws IOException {
        Tornado t = new Tornado("P50 year", "year", 2041, List.of(
                new Tornado.Bar("narrow", "P10", 2040.5, "P90", 2041.5),
                new Tornado.Bar("wide", "P10", 2037, "P90", 2047),
                Tornado.Bar.ofSwings("one-sided", 0.5, 3, 2041)));
        assertEquals(List.of("wide", "one-sided", "narrow"), t.byWidth().stream().map(Tornado.Bar::input).toList());
        JFreeChart chart = Charts.tornado(t);
        SymbolAxis rows = (SymbolAxis) chart.getXYPlot().getDomainAxis();
        assertArrayEquals(new String[] {"narrow", "one-sided", "wide"}, rows.getSymbols(), "bottom to top");
        String svg = Charts.svg(chart, 900, 520);
        for (String s : new String[] {"What moves P50 year", "baseline 2041", "input at its low setting",
            "input at its high setting", "wide", "one-sided"}) {
            assertTrue(svg.contains(s), s);
        }
        assertPicture(Charts.png(chart, 900, 520), 900, 520);
        assertThrows(IllegalArgumentException.class, () -> new Tornado.Bar("x", null, Double.NaN, null, 1));
    }

    @Test
    void theTracePlotShowsOnePathsFlowsStockAndRegimes() throws IOException {
        JFreeChart chart = Charts.trace(trace, "Dy", Set.of("china"));
        String svg = Charts.svg(chart, 900, 520);
        for (String s : new String[] {"Path 3 of seed 7: Dy", "demand", "domestic output", "recycled", "from china",
            "from allied-existing", "shortfall", "stockpile"}) {
            assertTrue(svg.contains(">" + s + "<"), s);
        }
        BufferedImage img = assertPicture(Charts.png(chart, 900, 520), 900, 520);
        assertTrue(hasColourNear(img, Charts.UNTRUSTED), "deliveries from the untrusted supplier in red");
        assertThrows(IllegalArgumentException.class, () -> Charts.trace(trace, "Au"));
    }

    @Test
    void filesByExtensionWrittenWhole(@TempDir Path dir) throws IOException {
        var charts = Charts.of(result, "China");
        assertTrue(charts.keySet().containsAll(List.of("self-reliance", "fan-all", "fan-Dy", "cost-systemCost")),
                charts.keySet().toString());
        List<Path> files = Charts.writeAll(java.util.Map.of("fan-Dy", charts.get("fan-Dy")), dir, true, true);
        assertEquals(List.of(dir.resolve("fan-Dy.png"), dir.resolve("fan-Dy.svg")), files);
        assertPicture(Files.readAllBytes(files.get(0)), Charts.WIDTH, Charts.HEIGHT);
        String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg") && svg.strip().endsWith("</svg>"), svg.substring(0, 80));
        try (var list = Files.list(dir)) {
            assertEquals(2, list.count(), "no temporary files left");
        }
        assertThrows(IllegalArgumentException.class, () -> Charts.write(charts.get("fan-Dy"), dir.resolve("x.gif"), 10, 10));
        String element = Charts.svgElement(charts.get("fan-Dy"), 900, 520, "fan-dy");
        assertTrue(element.startsWith("<svg") && element.contains("viewBox='0.0 0.0 900.0 520.0'"), element.substring(0, 200));
        assertTrue(element.contains("id='fan-dy'"));
        assertTrue(element.contains("clipPath id='fan-dy-"), "internal ids carry the prefix");
        assertFalse(element.substring(0, element.indexOf('>')).contains("width="), "scales with its container");
    }
}
