package dev.autarky.report;

import dev.autarky.engine.PathTrace;
import dev.autarky.io.AtomicFiles;
import dev.autarky.result.OutcomeDistribution;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.SurvivalCurve;
import dev.autarky.result.TimeToSelfReliance;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The charts of a run, drawn with JFreeChart, as PNG or SVG (JFreeSVG): fan charts of the
 * untrusted and domestic shares of demand, the probability of self-reliance by year with its
 * confidence band, a cost histogram with P10, P50 and P90 marked, a tornado chart and one path's
 * trace.
 *
 * <p>Needs {@code org.jfree:jfreechart} and {@code org.jfree:org.jfree.svg} on the class path (optional
 * dependencies of the library; bundled in the {@code -cli} jar). On the module path, a module that
 * uses this class requires {@code org.jfree.jfreechart}, {@code org.jfree.svg} and {@code java.desktop}
 * itself: the library reads them {@code static}, not {@code transitive}, so that modules which never
 * draw a chart need none of them. Runs headless. Each method returns a new chart; rendering is
 * deterministic for the same input.
 */
// JFreeChart appears in this class's signatures but is deliberately not read transitively (above)
@SuppressWarnings("exports")
public final class Charts {

    /** Default width of a chart in pixels. */
    public static final int WIDTH = 900;
    /** Default height of a chart in pixels. */
    public static final int HEIGHT = 520;

    static final Color UNTRUSTED = new Color(0xC0392B);
    static final Color DOMESTIC = new Color(0x1F6FB2);
    static final Color[] PALETTE = {new Color(0x1F6FB2), new Color(0xD35400), new Color(0x27AE60),
        new Color(0x8E44AD), new Color(0x7F8C8D), new Color(0xC0392B), new Color(0x16A085), new Color(0xB7950B)};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);

    private Charts() {
    }

    // ----------------------------------------------------------------------------------------- fan

    /**
     * The fan chart of one material (or {@code "all"}): the share of demand met by untrusted
     * suppliers and by domestic output over time, each as its median with P25–P75 and P5–P95 bands
     * across paths. A share the run did not record (no {@code domesticShare.all}) is left out.
     *
     * @param untrusted how the untrusted suppliers are called in the legend, such as {@code "China"}
     * @param r the result of a run
     * @param material id of a material
     * @return the fan chart of one material (or {@code "all"}): the share of demand met by untrusted
     *         suppliers and by domestic output over time, each as its median with P25–P75 and P5–P95 bands
     *         across paths
     * @throws IllegalArgumentException if the run recorded neither share for {@code material}
     */
    public static JFreeChart fan(SimulationResult r, String material, String untrusted) {
        SeriesBands u = r.series().get("untrustedShare." + material);
        SeriesBands d = r.series().get("domesticShare." + material);
        if (u == null && d == null) {
            throw new IllegalArgumentException("no share series for material \"" + material + "\"; known: "
                    + materials(r));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        LegendItemCollection legend = new LegendItemCollection();
        String who = untrusted == null || untrusted.isBlank() ? "Untrusted" : untrusted;
        if (u != null) {
            addFan(data, renderer, legend, u, who + " share", UNTRUSTED);
        }
        if (d != null) {
            addFan(data, renderer, legend, d, "Domestic share", DOMESTIC);
        }
        String what = material.equals("all") ? "all materials" : material;
        String supplier = who.equals("Untrusted") ? "untrusted suppliers" : who;
        JFreeChart chart = xyChart("Share of " + what + " demand met by " + supplier + " and by domestic output",
                data, renderer, "year", "share of demand");
        XYPlot plot = chart.getXYPlot();
        // outer band, inner band, then the median, so each lies on the one before (the default is reverse)
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 1);
        y.setNumberFormatOverride(new DecimalFormat("0%"));
        yearAxis(plot);
        subtitle(chart, String.format(Locale.ROOT, "Median with P25-P75 and P5-P95 bands across %,d paths",
                r.run().paths()));
        return chart;
    }

    private static void addFan(YIntervalSeriesCollection data, DeviationRenderer renderer, LegendItemCollection legend,
            SeriesBands s, String name, Color color) {
        YIntervalSeries outer = new YIntervalSeries(name + " P5-P95");
        YIntervalSeries inner = new YIntervalSeries(name + " P25-P75");
        YIntervalSeries median = new YIntervalSeries(name + " median");
        for (SeriesBands.Band b : s.bands()) {
            outer.add(b.year(), b.p50(), b.p5(), b.p95());
            inner.add(b.year(), b.p50(), b.p25(), b.p75());
            median.add(b.year(), b.p50(), b.p50(), b.p50());
        }
        int i = data.getSeriesCount();
        data.addSeries(outer);
        data.addSeries(inner);
        data.addSeries(median);
        Color outerFill = tint(color, 0.22);
        Color innerFill = tint(color, 0.45);
        renderer.setSeriesFillPaint(i, outerFill);
        renderer.setSeriesFillPaint(i + 1, innerFill);
        renderer.setSeriesFillPaint(i + 2, color);
        for (int k = 0; k < 3; k++) {
            renderer.setSeriesPaint(i + k, color);
            renderer.setSeriesLinesVisible(i + k, k == 2);
            renderer.setSeriesStroke(i + k, new BasicStroke(2.2f));
        }
        legend.add(line(name + ": median", color));
        legend.add(box(name + ": P25-P75", innerFill));
        legend.add(box(name + ": P5-P95", outerFill));
    }

    /**
     * The materials (and "all") with share series in {@code r}.
     *
     * @param r the result of a run
     * @return the materials (and "all") with share series in {@code r}
     */
    public static List<String> materials(SimulationResult r) {
        List<String> names = new ArrayList<>();
        for (String k : r.series().keySet()) {
            for (String prefix : new String[] {"untrustedShare.", "domesticShare."}) {
                if (k.startsWith(prefix) && !names.contains(k.substring(prefix.length()))) {
                    names.add(k.substring(prefix.length()));
                }
            }
        }
        return names;
    }

    // ------------------------------------------------------------------------------------ survival

    /**
     * The cumulative probability of self-reliance by year, {@code 1 − S(t)}, for every criterion of
     * the run, each with its pointwise confidence band (from {@link TimeToSelfReliance#survivalCurve}).
     *
     * @param r the result of a run
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the cumulative probability of self-reliance by year, {@code 1 − S(t)}, for every criterion of
     *         the run, each with its pointwise confidence band
     */
    public static JFreeChart selfReliance(SimulationResult r, double confidence) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        LegendItemCollection legend = new LegendItemCollection();
        int i = 0;
        for (TimeToSelfReliance t : r.timesToSelfReliance()) {
            SurvivalCurve curve = t.survivalCurve(confidence);
            YIntervalSeries s = new YIntervalSeries(shortName(t.name()));
            double step = 1.0 / r.run().stepsPerYear();
            for (SurvivalCurve.Point p : curve.points()) {
                // S after step k holds from the end of step k: the share self-reliant by then
                s.add(p.year() + step, 1 - p.survival(), 1 - p.upper(), 1 - p.lower());
            }
            data.addSeries(s);
            Color c = PALETTE[i % PALETTE.length];
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, tint(c, 0.25));
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
            legend.add(line(shortName(t.name()), c));
            i++;
        }
        JFreeChart chart = xyChart("Probability of self-reliance by year", data, renderer, "year",
                "probability self-reliant");
        XYPlot plot = chart.getXYPlot();
        plot.setFixedLegendItems(legend);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        double top = 0;
        for (int k = 0; k < data.getSeriesCount(); k++) {
            for (int j = 0; j < data.getItemCount(k); j++) {
                top = Math.max(top, data.getEndYValue(k, j));
            }
        }
        // small probabilities stay readable: the axis ends just above the highest band, not at 100 %
        y.setRange(0, top > 0.5 ? 1 : Math.max(0.02, Math.min(1, top * 1.2)));
        y.setNumberFormatOverride(new DecimalFormat(top > 0.1 ? "0%" : "0.0%"));
        yearAxis(plot);
        plot.getDomainAxis().setRange(r.run().startYear(), r.run().startYear() + r.run().horizonYears());
        subtitle(chart, String.format(Locale.ROOT, "With %.0f %% pointwise confidence bands (Monte Carlo error), "
                + "%,d paths; futures that never get there stay below the curve's end", 100 * confidence,
                r.run().paths()));
        return chart;
    }

    /** A criterion's name up to its first colon: "Heavy rare earths (Dy, Tb)". */
    static String shortName(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon) : name;
    }

    // ----------------------------------------------------------------------------------- histogram

    /**
     * The histogram of one cost across paths with its P10, P50 and P90 marked; the axis spans
     * P0.5 to P99.5 (the subtitle says how many paths lie outside). Binned distributions are
     * re-binned by their bins' representative values.
     *
     * @param currency the cost's currency, for the axis label
     * @param cost the distribution of an outcome
     * @return the histogram of one cost across paths with its P10, P50 and P90 marked; the axis spans P0.5
     *         to P99.5
     * @throws IllegalArgumentException if the cost is undefined on every path
     */
    public static JFreeChart costHistogram(OutcomeSummary cost, String currency) {
        OutcomeDistribution d = cost.distribution();
        if (d.count() == 0) {
            throw new IllegalArgumentException("cost \"" + cost.name() + "\" is undefined on every path");
        }
        boolean perKg = cost.name().endsWith("PerKg");
        double lo = d.quantile(0.005);
        double hi = d.quantile(0.995);
        if (!(hi > lo)) {
            lo = lo - Math.max(1, Math.abs(lo) * 0.05);
            hi = hi + Math.max(1, Math.abs(hi) * 0.05);
        }
        int n = 40;
        double width = (hi - lo) / n;
        long[] counts = new long[n];
        long outside = 0;
        for (int i = 0; i < d.bins(); i++) {
            double v = d.binValue(i);
            long c = d.binCount(i);
            if (v < lo || v > hi) {
                outside += c;
                continue;
            }
            counts[Math.min(n - 1, (int) ((v - lo) / width))] += c;
        }
        XYIntervalSeries bars = new XYIntervalSeries(cost.name());
        for (int k = 0; k < n; k++) {
            double share = (double) counts[k] / d.count();
            bars.add(lo + (k + 0.5) * width, lo + k * width, lo + (k + 1) * width, share, 0, share);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        XYBarRenderer renderer = new XYBarRenderer(0.04);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, tint(PALETTE[0], 0.7));
        renderer.setDrawBarOutline(false);
        String unit = perKg ? currency + "/kg" : currency;
        JFreeChart chart = xyChart("Distribution of " + cost.name(), data, renderer, cost.name() + " (" + unit
                + (perKg ? "" : ", present value") + ")", "share of paths");
        XYPlot plot = chart.getXYPlot();
        plot.setFixedLegendItems(new LegendItemCollection());
        chart.removeLegend();
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setNumberFormatOverride(new MoneyFormat(perKg));
        x.setAutoRangeIncludesZero(false);
        x.setRange(lo - width, hi + width);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(new DecimalFormat("0.0%"));
        String[] labels = {"P10", "P50", "P90"};
        double[] levels = {0.10, 0.50, 0.90};
        for (int k = 0; k < 3; k++) {
            double v = cost.quantile(levels[k]);
            ValueMarker m = new ValueMarker(v, k == 1 ? new Color(0x222222) : new Color(0x555555),
                    new BasicStroke(k == 1 ? 2.2f : 1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            k == 1 ? null : new float[] {6f, 4f}, 0f));
            m.setLabel(labels[k] + " " + TextSummary.money(v, perKg));
            m.setLabelFont(LABEL);
            m.setLabelPaint(new Color(0x222222));
            m.setLabelBackgroundColor(LABEL_BACKGROUND);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4 + 18 * k, 4, 4, 4));
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        String defined = cost.count() < cost.paths() ? String.format(Locale.ROOT, "defined on %,d of %,d paths; ",
                cost.count(), cost.paths()) : String.format(Locale.ROOT, "%,d paths; ", cost.paths());
        subtitle(chart, defined + String.format(Locale.ROOT, "mean %s; axis from P0.5 to P99.5 (%.1f %% of paths "
                + "outside)", TextSummary.money(cost.mean(), perKg), 100.0 * outside / d.count()));
        return chart;
    }

    // -------------------------------------------------------------------------------------- tornado

    /**
     * The tornado chart of {@code t}: one row per input, widest swing on top, a bar from the
     * baseline to the output at the input's low setting and another to its high setting. When both
     * settings move the output the same way the row holds the two bars side by side.
     *
     * @param t the tornado
     * @return the tornado chart of {@code t}: one row per input, widest swing on top, a bar from the
     *         baseline to the output at the input's low setting and another to its high setting
     */
    public static JFreeChart tornado(Tornado t) {
        List<Tornado.Bar> bars = t.byWidth();
        XYIntervalSeries low = new XYIntervalSeries("input at its low setting");
        XYIntervalSeries high = new XYIntervalSeries("input at its high setting");
        int n = bars.size();
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            Tornado.Bar b = bars.get(k);
            int row = n - 1 - k; // widest on top
            names[row] = b.input();
            boolean opposite = (b.low() - t.baseline()) * (b.high() - t.baseline()) <= 0;
            double half = 0.38;
            double lowFrom = row - half;
            double lowTo = opposite ? row + half : row;
            double highFrom = opposite ? row - half : row;
            double highTo = row + half;
            low.add(row, lowFrom, lowTo, b.low(), Math.min(b.low(), t.baseline()), Math.max(b.low(), t.baseline()));
            high.add(row, highFrom, highTo, b.high(), Math.min(b.high(), t.baseline()),
                    Math.max(b.high(), t.baseline()));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(low);
        data.addSeries(high);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setSeriesPaint(1, PALETTE[1]);
        SymbolAxis inputs = new SymbolAxis(null, names);
        inputs.setTickLabelFont(TICK);
        inputs.setGridBandsVisible(false);
        NumberAxis value = new NumberAxis(t.output() + (t.unit().isEmpty() ? "" : " (" + t.unit() + ")"));
        value.setAutoRangeIncludesZero(false);
        double largest = Math.abs(t.baseline());
        for (Tornado.Bar b : bars) {
            largest = Math.max(largest, Math.max(Math.abs(b.low()), Math.abs(b.high())));
        }
        value.setNumberFormatOverride(largest >= 1e5 ? new MoneyFormat(false)
                : new DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYPlot plot = new XYPlot(data, inputs, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker base = new ValueMarker(t.baseline(), new Color(0x222222), new BasicStroke(1.6f));
        base.setLabel("baseline " + number(t.baseline()));
        base.setLabelFont(LABEL);
        base.setLabelBackgroundColor(LABEL_BACKGROUND);
        base.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        base.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(base, Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart("What moves " + t.output(), TITLE, plot, true);
        style(chart);
        subtitle(chart, "Each input in turn at its low and high setting, the others at their base values");
        return chart;
    }

    // ---------------------------------------------------------------------------------------- trace

    /**
     * One path's story for one material: demand, domestic output, recycling, deliveries by each
     * supplier and the shortfall (t/yr) above, the stockpile (t) below, with the regime's
     * departures from its usual state shaded.
     *
     * @param t one path replayed alone
     * @param material id of a material
     * @return one path's story for one material: demand, domestic output, recycling, deliveries by each
     *         supplier and the shortfall (t/yr) above, the stockpile (t) below, with the regime's departures
     *         from its usual state shaded
     * @throws IllegalArgumentException if the trace has no demand for {@code material}
     */
    public static JFreeChart trace(PathTrace t, String material) {
        return trace(t, material, java.util.Set.of());
    }

    /**
     * {@link #trace(PathTrace, String)}, drawing deliveries from the suppliers with these ids
     * (the untrusted ones) in red.
     *
     * @param t one path replayed alone
     * @param material id of a material
     * @param untrusted ids of the suppliers whose deliveries are drawn as untrusted
     * @return the chart
     */
    public static JFreeChart trace(PathTrace t, String material, java.util.Set<String> untrusted) {
        if (!t.names().contains("demand." + material)) {
            throw new IllegalArgumentException("no material \"" + material + "\" in the trace");
        }
        double[] years = t.stepYears();
        XYSeriesCollection flows = new XYSeriesCollection();
        XYStepRenderer flowRenderer = new XYStepRenderer();
        addFlow(t, flows, flowRenderer, "demand." + material, "demand", new Color(0x222222), 2.6f);
        addFlow(t, flows, flowRenderer, "domesticOutput." + material, "domestic output", DOMESTIC, 2f);
        addFlow(t, flows, flowRenderer, "recycledUsed." + material, "recycled", new Color(0x27AE60), 1.8f);
        Color[] trusted = {new Color(0xD35400), new Color(0x8E44AD), new Color(0x16A085), new Color(0xB7950B)};
        int i = 0;
        for (String name : t.names()) {
            if (name.startsWith("delivered.") && name.endsWith("." + material)) {
                String supplier = name.substring("delivered.".length(), name.length() - material.length() - 1);
                Color c = untrusted.contains(supplier) ? UNTRUSTED : trusted[(i++) % trusted.length];
                addFlow(t, flows, flowRenderer, name, "from " + supplier, c, 1.8f);
            }
        }
        addFlow(t, flows, flowRenderer, "shortfall." + material, "shortfall", new Color(0x6E2C00), 1.8f);
        flowRenderer.setSeriesStroke(flows.getSeriesCount() - 1, new BasicStroke(1.8f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
        NumberAxis flowAxis = new NumberAxis("t/yr");
        XYPlot top = new XYPlot(flows, null, flowAxis, flowRenderer);
        XYSeriesCollection stock = new XYSeriesCollection();
        stock.addSeries(series("stockpile", years, t.values("stockpile." + material)));
        XYStepRenderer stockRenderer = new XYStepRenderer();
        stockRenderer.setSeriesPaint(0, new Color(0x8D6E63));
        stockRenderer.setSeriesStroke(0, new BasicStroke(1.8f));
        XYPlot bottom = new XYPlot(stock, null, new NumberAxis("stockpile (t)"), stockRenderer);
        NumberAxis x = new NumberAxis("year");
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.add(top, 3);
        plot.add(bottom, 1);
        plot.setGap(12);
        shadeRegimes(t, years, top, bottom);
        for (XYPlot p : List.of(top, bottom)) {
            stylePlot(p);
        }
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setTickLabelFont(TICK);
        x.setLabelFont(LABEL);
        JFreeChart chart = new JFreeChart("Path " + t.path() + " of seed " + t.seed() + ": " + material, TITLE, plot, true);
        style(chart);
        subtitle(chart, "Flows per step as rates; shaded: the regime away from its usual state");
        return chart;
    }

    private static void addFlow(PathTrace t, XYSeriesCollection flows, XYStepRenderer renderer, String name,
            String label, Color color, float width) {
        if (t.names().contains(name)) {
            flows.addSeries(series(label, t.stepYears(), t.values(name)));
            renderer.setSeriesPaint(flows.getSeriesCount() - 1, color);
            renderer.setSeriesStroke(flows.getSeriesCount() - 1, new BasicStroke(width));
        }
    }

    private static void shadeRegimes(PathTrace t, double[] years, XYPlot top, XYPlot bottom) {
        double step = years.length > 1 ? years[1] - years[0] : 1;
        for (Map.Entry<String, List<String>> e : t.regimeStates().entrySet()) {
            List<String> states = e.getValue();
            Map<String, Integer> counts = new LinkedHashMap<>();
            states.forEach(s -> counts.merge(s, 1, Integer::sum));
            String usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            List<String> others = counts.keySet().stream().filter(s -> !s.equals(usual)).toList();
            int k = 0;
            while (k < states.size()) {
                String s = states.get(k);
                int end = k;
                while (end + 1 < states.size() && states.get(end + 1).equals(s)) {
                    end++;
                }
                if (!s.equals(usual)) {
                    int shade = others.indexOf(s);
                    Color c = new Color(0xF5, 0xB0 - Math.min(0x60, 0x30 * shade), 0x41, 0x38 + 0x20 * Math.min(shade, 3));
                    for (XYPlot p : List.of(top, bottom)) {
                        IntervalMarker m = new IntervalMarker(years[k], years[end] + step, c);
                        if (p == top && (end - k + 1) * step >= 1.5) {
                            m.setLabel(s);
                            m.setLabelFont(SUBTITLE);
                            m.setLabelAnchor(RectangleAnchor.TOP);
                            m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                        }
                        p.addDomainMarker(m, Layer.BACKGROUND);
                    }
                }
                k = end + 1;
            }
        }
    }

    private static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int k = 0; k < x.length; k++) {
            if (Double.isFinite(y[k])) {
                s.add(x[k], y[k]);
            }
        }
        return s;
    }

    // ---------------------------------------------------------------------------------------- files

    /**
     * {@code chart} as a PNG image of {@code width × height} pixels.
     *
     * @param chart the chart
     * @param width width in pixels
     * @param height height in pixels
     * @return {@code chart} as a PNG image of {@code width × height} pixels
     */
    public static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * {@code chart} as an {@code <svg>} element that scales with its container (a view box, no
     * fixed size); {@code id} prefixes every internal reference, so several charts can share a page.
     *
     * @param chart the chart
     * @param width width in pixels
     * @param height height in pixels
     * @param id the {@code id} attribute of the element
     * @return {@code chart} as an {@code <svg>} element that scales with its container (a view box, no fixed
     *         size); {@code id} prefixes every internal reference, so several charts can share a page
     */
    public static String svgElement(JFreeChart chart, int width, int height, String id) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        draw(chart, g, width, height);
        return g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    }

    /**
     * {@code chart} as a standalone SVG document of {@code width × height}.
     *
     * @param chart the chart
     * @param width width in pixels
     * @param height height in pixels
     * @return {@code chart} as a standalone SVG document of {@code width × height}
     */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        draw(chart, g, width, height);
        return g.getSVGDocument();
    }

    private static void draw(JFreeChart chart, Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle(width, height));
    }

    /**
     * Writes {@code chart} to {@code file} as PNG or SVG (by the file's extension), atomically.
     *
     * @param chart the chart
     * @param file the file
     * @param width width in pixels
     * @param height height in pixels
     * @throws java.io.IOException if the file cannot be written
     */
    public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            AtomicFiles.write(file, png(chart, width, height));
        } else if (name.endsWith(".svg")) {
            AtomicFiles.write(file, svg(chart, width, height).getBytes(StandardCharsets.UTF_8));
        } else {
            throw new IllegalArgumentException("file: must end in .png or .svg, was " + file);
        }
    }

    /**
     * The charts of a run by file stem: {@code fan-<material>} for each material and "all",
     * {@code self-reliance}, and {@code cost-<name>} for each cost defined on some path.
     *
     * @param untrusted how the untrusted suppliers are called, such as {@code "China"}
     * @param r the result of a run
     * @return the charts of a run by file stem: {@code fan-<material>} for each material and "all", {@code
     *         self-reliance}, and {@code cost-<name>} for each cost defined on some path
     */
    public static Map<String, JFreeChart> of(SimulationResult r, String untrusted) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("self-reliance", selfReliance(r, TextSummary.CONFIDENCE));
        List<String> materials = materials(r);
        if (materials.remove("all")) {
            materials.add(0, "all");
        }
        for (String m : materials) {
            charts.put("fan-" + m, fan(r, m, untrusted));
        }
        for (OutcomeSummary c : r.costs().values()) {
            if (c.count() > 0) {
                charts.put("cost-" + c.name(), costHistogram(c, r.run().currency()));
            }
        }
        return charts;
    }

    /**
     * Writes every chart of {@link #of} into {@code dir} as {@code <stem>.png} and/or
     * {@code <stem>.svg}, each atomically; returns the files written.
     *
     * @param charts the charts by file stem, as {@link #of} returns them
     * @param dir the directory
     * @param png whether to write PNG files
     * @param svg whether to write SVG files
     * @return the files written
     * @throws java.io.IOException if the file cannot be written
     */
    public static List<Path> writeAll(Map<String, JFreeChart> charts, Path dir, boolean png, boolean svg)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            if (png) {
                Path f = dir.resolve(e.getKey() + ".png");
                write(e.getValue(), f, WIDTH, HEIGHT);
                written.add(f);
            }
            if (svg) {
                Path f = dir.resolve(e.getKey() + ".svg");
                write(e.getValue(), f, WIDTH, HEIGHT);
                written.add(f);
            }
        }
        return written;
    }

    // ---------------------------------------------------------------------------------------- style

    private static JFreeChart xyChart(String title, org.jfree.data.xy.XYDataset data,
            org.jfree.chart.renderer.xy.XYItemRenderer renderer, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        style(chart);
        return chart;
    }

    private static void yearAxis(XYPlot plot) {
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setPaint(new Color(0x222222));
        chart.getTitle().setMargin(4, 0, 2, 0);
        if (chart.getPlot() instanceof XYPlot p) {
            stylePlot(p);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setBackgroundPaint(Color.WHITE);
        }
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
    }

    private static void stylePlot(XYPlot p) {
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setOutlineVisible(false);
        p.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int k = 0; k < p.getRangeAxisCount(); k++) {
            if (p.getRangeAxis(k) != null) {
                axisFonts(p.getRangeAxis(k));
            }
        }
        for (int k = 0; k < p.getDomainAxisCount(); k++) {
            if (p.getDomainAxis(k) != null) {
                axisFonts(p.getDomainAxis(k));
            }
        }
    }

    private static void axisFonts(org.jfree.chart.axis.ValueAxis a) {
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
        a.setLabelPaint(new Color(0x333333));
        a.setTickLabelPaint(new Color(0x333333));
    }

    private static void subtitle(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, SUBTITLE);
        t.setPaint(new Color(0x555555));
        t.setMargin(0, 0, 6, 0);
        chart.addSubtitle(0, t);
    }

    private static LegendItem line(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-9, 0, 9, 0),
                new BasicStroke(3f), paint);
        item.setLabelFont(LABEL);
        return item;
    }

    private static LegendItem box(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-8, -6, 16, 12), paint);
        item.setLabelFont(LABEL);
        return item;
    }

    /** {@code c} mixed with white: {@code strength} 1 is {@code c}, 0 is white (opaque, so SVG and PNG agree). */
    static Color tint(Color c, double strength) {
        return new Color(mix(c.getRed(), strength), mix(c.getGreen(), strength), mix(c.getBlue(), strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - (255 - channel) * strength);
    }

    private static String number(double v) {
        if (Math.abs(v) >= 1e5) {
            return TextSummary.money(v, false);
        }
        return new DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** Axis labels for money: 12 bn, 450 m, 12.5 k, or per-kg figures as they are. */
    static final class MoneyFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final boolean perKg;

        MoneyFormat(boolean perKg) {
            this.perKg = perKg;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            if (perKg) {
                return toAppendTo.append(String.format(Locale.ROOT, "%,.0f", number));
            }
            // 30.00 bn -> 30 bn, 12.50 bn -> 12.5 bn: tick values are round
            String s = TextSummary.money(number, false).replaceAll("(\\.\\d*?)0+ ", "$1 ").replace(". ", " ");
            return toAppendTo.append(s);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    }
}
