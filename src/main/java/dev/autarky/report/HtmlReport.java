package dev.autarky.report;

import dev.autarky.engine.PathTrace;
import dev.autarky.internal.Version;
import dev.autarky.io.AtomicFiles;
import dev.autarky.result.Convergence;
import dev.autarky.result.DesignErrors;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeQuantile;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/**
 * One self-contained HTML page about a run: the question, the answer in plain words, the charts
 * (inline SVG), the tables, the scenario's assumptions with their sources, and the run settings
 * and precision. It loads nothing from anywhere: no scripts, no web fonts, no external style
 * sheets or images, so it opens offline and can be mailed as one file.
 *
 * <pre>{@code
 * String html = HtmlReport.of(scenario, result).withTrace(trace, "Dy").render();
 * }</pre>
 *
 * <p>Element ids a reader (or a test) can rely on: {@code question}, {@code answer},
 * {@code charts} (with one {@code figure} per chart, ids {@code chart-<stem>}),
 * {@code time-to-self-reliance}, {@code costs}, {@code shares}, {@code assumptions},
 * {@code parameters}, {@code sources}, {@code run} and {@code precision}. Needs JFreeChart and
 * JFreeSVG on the class path (see {@link Charts}). Immutable; {@code with…} methods return copies.
 */
public final class HtmlReport {

    private static final double CONFIDENCE = TextSummary.CONFIDENCE;
    private static final int[] MILESTONES = {2030, 2035, 2040};

    private final Scenario scenario;
    private final SimulationResult result;
    private final Tornado tornado;
    private final PathTrace trace;
    private final String traceMaterial;

    private HtmlReport(Scenario scenario, SimulationResult result, Tornado tornado, PathTrace trace,
            String traceMaterial) {
        this.scenario = scenario;
        this.result = result;
        this.tornado = tornado;
        this.trace = trace;
        this.traceMaterial = traceMaterial;
    }

    /**
     * A report of {@code result}, a run of {@code scenario}.
     *
     * @param scenario the scenario
     * @param result the result of a run
     * @return a report of {@code result}, a run of {@code scenario}
     */
    public static HtmlReport of(Scenario scenario, SimulationResult result) {
        return new HtmlReport(java.util.Objects.requireNonNull(scenario, "scenario"),
                java.util.Objects.requireNonNull(result, "result"), null, null, null);
    }

    /**
     * This report with a tornado chart (from a sensitivity analysis).
     *
     * @param t the tornado
     * @return this report with a tornado chart
     */
    public HtmlReport withTornado(Tornado t) {
        return new HtmlReport(scenario, result, t, trace, traceMaterial);
    }

    /**
     * This report with one path's trace plotted for {@code material}.
     *
     * @param t one path replayed alone
     * @param material id of a material
     * @return this report with one path's trace plotted for {@code material}
     */
    public HtmlReport withTrace(PathTrace t, String material) {
        return new HtmlReport(scenario, result, tornado, t, material);
    }

    /**
     * The material a trace is best shown for: the first named by the headline criterion, else the first.
     *
     * @param s the scenario
     * @return the material a trace is best shown for: the first named by the headline criterion, else the
     *         first
     */
    public static String headlineMaterial(Scenario s) {
        List<String> named = s.criteria().get(0).materials();
        return named.isEmpty() ? s.materials().get(0).id() : named.get(0);
    }

    /**
     * The untrusted suppliers' names, joined: "China".
     *
     * @param s the scenario
     * @return the untrusted suppliers' names, joined: "China"
     */
    public static String untrustedName(Scenario s) {
        String names = s.suppliers().stream().filter(x -> !x.trusted()).map(ExternalSupplier::name)
                .collect(Collectors.joining(" and "));
        return names.isEmpty() ? "untrusted suppliers" : names;
    }

    /**
     * Writes the page to {@code file} atomically.
     *
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, render());
    }

    /**
     * The page.
     *
     * @return the page
     */
    public String render() {
        RunInfo run = result.run();
        String title = result.title().isBlank() ? scenario.name() : result.title();
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"autarky ").append(esc(Version.VALUE)).append("\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
        h.append("<header id=\"question\">\n<p class=\"kicker\">autarky report &middot; scenario <code>")
                .append(esc(scenario.name())).append("</code></p>\n<h1>").append(esc(title)).append("</h1>\n");
        if (!scenario.description().isBlank()) {
            h.append("<p class=\"description\">").append(esc(scenario.description())).append("</p>\n");
        }
        h.append("</header>\n");
        answer(h, run);
        charts(h);
        timeTable(h, run);
        costTable(h, run);
        shareTable(h, run);
        assumptions(h);
        runSection(h, run);
        h.append("<footer><p>Made by autarky ").append(esc(Version.VALUE)).append(" from ")
                .append(String.format(Locale.ROOT, "%,d", run.paths()))
                .append(" simulated futures (seed ").append(run.seed()).append("). Every range in brackets is a ")
                .append(pct0(CONFIDENCE)).append(" confidence interval of the Monte Carlo error; the spread between "
                        + "futures is the P10&ndash;P90 or P5&ndash;P95 range.</p></footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------------------------ answer

    private void answer(StringBuilder h, RunInfo run) {
        int last = run.startYear() + run.horizonYears() - 1;
        h.append("<section id=\"answer\">\n<h2>The answer</h2>\n");
        boolean first = true;
        for (TimeToSelfReliance t : result.timesToSelfReliance()) {
            h.append(first ? "<div class=\"headline\">\n" : "<div class=\"criterion\">\n");
            h.append("<h3>").append(esc(t.name())).append("</h3>\n");
            h.append("<p class=\"verdict\">").append(esc(verdict(t, last))).append("</p>\n");
            h.append("<p>Year of self-reliance: P10 ").append(esc(yearWithCi(t.quantile(0.10, CONFIDENCE), last)))
                    .append(", median ").append(esc(yearWithCi(t.quantile(0.50, CONFIDENCE), last))).append(", P90 ")
                    .append(esc(yearWithCi(t.quantile(0.90, CONFIDENCE), last))).append(".</p>\n");
            h.append("<p>Chance of getting there ");
            String sep = "";
            for (int y : milestones(run)) {
                Estimate e = t.probabilityBy(y, CONFIDENCE);
                h.append(sep).append("by ").append(y).append(": <strong>").append(esc(pct(e.value())))
                        .append("</strong> <span class=\"ci\">[").append(esc(pctRange(e))).append("]</span>");
                sep = ", ";
            }
            h.append(".</p>\n</div>\n");
            first = false;
        }
        OutcomeSummary system = result.costs().get("systemCost");
        if (system != null && system.count() > 0) {
            h.append("<p class=\"cost\">Cost of the whole supply system (imports, stockpile, shortages, the domestic "
                    + "programme, less surplus sales; present value at the start of ").append(run.startYear())
                    .append(", ").append(esc(run.currency())).append("): median <strong>")
                    .append(esc(money(system.quantile(0.5)))).append("</strong>, P10&ndash;P90 ")
                    .append(esc(money(system.quantile(0.1)))).append(" to ").append(esc(money(system.quantile(0.9))))
                    .append(".");
            OutcomeSummary capex = result.costs().get("programmeCapex");
            if (capex != null && capex.count() > 0) {
                h.append(" Of this, the domestic programme's capital costs a median ")
                        .append(esc(money(capex.quantile(0.5)))).append(" (P10&ndash;P90 ")
                        .append(esc(money(capex.quantile(0.1)))).append(" to ").append(esc(money(capex.quantile(0.9))))
                        .append(").");
            }
            h.append("</p>\n");
        }
        h.append("</section>\n");
    }

    /** The plain-words verdict on one criterion, saying so when most futures never get there. */
    static String verdict(TimeToSelfReliance t, int last) {
        double never = t.censoredFraction();
        if (never >= 0.5) {
            return String.format(Locale.ROOT, "Most simulated futures never get there: in %s of them this is not "
                    + "reached by %d.", pct(never), last);
        }
        OptionalDouble median = t.quantile(0.5);
        return String.format(Locale.ROOT, "%s of simulated futures get there by %d; the median year is %s%s.",
                capitalize(pct(1 - never)), last, year(median, last), never > 0
                        ? String.format(Locale.ROOT, " (%s never do)", pct(never)) : "");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Integer> milestones(RunInfo run) {
        List<Integer> years = new ArrayList<>();
        int end = run.startYear() + run.horizonYears();
        for (int y : MILESTONES) {
            if (y >= run.startYear() && y < end) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            years.add(end - 1);
        }
        return years;
    }

    // ------------------------------------------------------------------------------------ charts

    private void charts(StringBuilder h) {
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        String untrusted = untrustedName(scenario);
        figure(h, "self-reliance", Charts.selfReliance(result, CONFIDENCE), "How the chance of self-reliance grows "
                + "year by year under each criterion; the shaded band is the Monte Carlo confidence interval.", true);
        List<String> materials = Charts.materials(result);
        if (materials.remove("all")) {
            figure(h, "fan-all", Charts.fan(result, "all", untrusted), "Share of all demand met by " + esc(untrusted)
                    + ": the median future and the spread between futures (P25&ndash;P75 darker, P5&ndash;P95 lighter).",
                    true);
        }
        h.append("<div class=\"grid\">\n");
        for (String m : materials) {
            figure(h, "fan-" + m, Charts.fan(result, m, untrusted), esc(m) + ": share met by " + esc(untrusted)
                    + " (red) and by domestic output (blue).", false);
        }
        h.append("</div>\n");
        OutcomeSummary system = result.costs().get("systemCost");
        if (system != null && system.count() > 0) {
            figure(h, "cost-systemCost", Charts.costHistogram(system, result.run().currency()),
                    "How the whole supply system's cost spreads across futures, with P10, P50 and P90 marked.", true);
        }
        OutcomeSummary capex = result.costs().get("programmeCapex");
        if (capex != null && capex.count() > 0) {
            figure(h, "cost-programmeCapex", Charts.costHistogram(capex, result.run().currency()),
                    "The domestic programme's capital cost across futures.", true);
        }
        if (tornado != null) {
            figure(h, "tornado", Charts.tornado(tornado), "Which inputs move " + esc(tornado.output())
                    + " most: each in turn at its low and high setting.", true);
        }
        if (trace != null) {
            Set<String> ids = new LinkedHashSet<>();
            scenario.suppliers().stream().filter(x -> !x.trusted()).forEach(x -> ids.add(x.id()));
            figure(h, "trace", Charts.trace(trace, traceMaterial, ids), "One simulated future in detail (path "
                    + trace.path() + ", picked by its index, not by its outcome): " + esc(traceMaterial)
                    + " demand and where it came from, the shortfall and the stockpile.", true);
        }
        h.append("</section>\n");
    }

    private static void figure(StringBuilder h, String stem, JFreeChart chart, String captionHtml, boolean wide) {
        int width = wide ? Charts.WIDTH : 700;
        int height = wide ? Charts.HEIGHT : 460;
        h.append("<figure id=\"chart-").append(esc(stem)).append("\" class=\"chart").append(wide ? " wide" : "")
                .append("\">\n");
        String svg = Charts.svgElement(chart, width, height, "svg-" + stem.replaceAll("[^A-Za-z0-9-]", "_"));
        // an accessible name for the picture: the chart's title
        String label = " role=\"img\" aria-label=\"" + esc(chart.getTitle() == null ? stem : chart.getTitle().getText())
                + "\"";
        h.append(svg.replaceFirst("<svg", "<svg" + Matcher.quoteReplacement(label))).append('\n');
        h.append("<figcaption>").append(captionHtml).append("</figcaption>\n</figure>\n");
    }

    // ------------------------------------------------------------------------------------ tables

    private void timeTable(StringBuilder h, RunInfo run) {
        int last = run.startYear() + run.horizonYears() - 1;
        List<Integer> years = milestones(run);
        h.append("<section id=\"time-to-self-reliance\">\n<h2>Time to self-reliance</h2>\n<div class=\"scroll\">"
                + "<table>\n<thead><tr><th>criterion</th><th>P10 year</th><th>median year</th><th>P90 year</th>");
        for (int y : years) {
            h.append("<th>P(by ").append(y).append(")</th>");
        }
        h.append("<th>never by ").append(last).append("</th><th>mean years, never counted as ")
                .append(run.horizonYears()).append("</th></tr></thead>\n<tbody>\n");
        for (TimeToSelfReliance t : result.timesToSelfReliance()) {
            h.append("<tr><th scope=\"row\">").append(esc(t.name())).append("</th>");
            for (double p : new double[] {0.1, 0.5, 0.9}) {
                h.append("<td>").append(esc(yearWithCi(t.quantile(p, CONFIDENCE), last))).append("</td>");
            }
            for (int y : years) {
                Estimate e = t.probabilityBy(y, CONFIDENCE);
                h.append("<td>").append(esc(pct(e.value()))).append(" <span class=\"ci\">[").append(esc(pctRange(e)))
                        .append("]</span></td>");
            }
            Estimate rmst = t.restrictedMean(CONFIDENCE);
            h.append("<td>").append(esc(pct(t.censoredFraction()))).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f <span class=\"ci\">[%.2f&ndash;%.2f]</span>",
                            rmst.value(), rmst.lower(), rmst.upper()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n<p class=\"note\">Years are calendar times of the first step of the first "
                + "qualifying run; \"not by ").append(last).append("\" means the quantile lies beyond the horizon. "
                + "Brackets: ").append(pct0(CONFIDENCE)).append(" confidence intervals (distribution-free for years, "
                + "Wilson for probabilities).</p>\n</section>\n");
    }

    private void costTable(StringBuilder h, RunInfo run) {
        h.append("<section id=\"costs\">\n<h2>Costs</h2>\n<p>Present value at the start of ").append(run.startYear())
                .append(", ").append(esc(run.currency())).append(" (per-kg figures as they are).</p>\n"
                        + "<div class=\"scroll\"><table>\n<thead><tr><th>cost</th><th>mean</th><th>P10</th><th>P50</th>"
                        + "<th>P90</th><th>defined on</th></tr></thead>\n<tbody>\n");
        for (OutcomeSummary c : result.costs().values()) {
            boolean perKg = c.name().endsWith("PerKg");
            h.append("<tr><th scope=\"row\"><code>").append(esc(c.name())).append("</code></th>");
            if (c.count() == 0) {
                h.append("<td colspan=\"4\">undefined on every path</td><td>0 %</td></tr>\n");
                continue;
            }
            Estimate mean = c.mean(CONFIDENCE);
            h.append("<td>").append(esc(TextSummary.money(c.mean(), perKg)));
            if (Double.isFinite(mean.halfWidth())) {
                h.append(" <span class=\"ci\">&plusmn; ").append(esc(TextSummary.money(mean.halfWidth(), perKg)))
                        .append("</span>");
            }
            h.append("</td>");
            for (double p : new double[] {0.1, 0.5, 0.9}) {
                h.append("<td>").append(esc(TextSummary.money(c.quantile(p), perKg))).append("</td>");
            }
            h.append("<td>").append(esc(pct((double) c.count() / c.paths()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n</section>\n");
    }

    private void shareTable(StringBuilder h, RunInfo run) {
        int end = run.startYear() + run.horizonYears();
        List<Integer> years = new ArrayList<>();
        years.add(run.startYear());
        years.addAll(TextSummary.milestones(run.startYear(), end));
        h.append("<section id=\"shares\">\n<h2>Shares of demand</h2>\n<p>Median <span class=\"ci\">[P5&ndash;P95]"
                + "</span> across futures, at the start of each year.</p>\n");
        for (String[] kind : new String[][] {{"untrustedShare.", "Met by " + untrustedName(scenario)},
            {"domesticShare.", "Met by domestic output"}, {"capabilityShare.", "Could be met without "
                + untrustedName(scenario) + " (domestic, recycled and trusted supply)"}}) {
            List<SeriesBands> rows = result.series().values().stream().filter(s -> s.name().startsWith(kind[0]))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            h.append("<h3>").append(esc(kind[1])).append("</h3>\n<div class=\"scroll\"><table class=\"shares\">\n"
                    + "<thead><tr><th>material</th>");
            for (int y : years) {
                h.append("<th>").append(y).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (SeriesBands s : rows) {
                h.append("<tr><th scope=\"row\">").append(esc(s.name().substring(kind[0].length()))).append("</th>");
                for (int y : years) {
                    SeriesBands.Band b = s.bands().get((y - run.startYear()) * run.stepsPerYear());
                    h.append(String.format(Locale.ROOT, "<td>%.2f <span class=\"ci\">[%.2f&ndash;%.2f]</span></td>",
                            b.p50(), b.p5(), b.p95()));
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table></div>\n");
        }
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------------------- assumptions

    private void assumptions(StringBuilder h) {
        RunInfo run = result.run();
        h.append("<section id=\"assumptions\">\n<h2>Key assumptions</h2>\n<ul class=\"facts\">\n");
        h.append("<li>Horizon ").append(run.startYear()).append("&ndash;").append(run.startYear() + run.horizonYears() - 1)
                .append(", ").append(run.stepsPerYear()).append(run.stepsPerYear() == 1 ? " step" : " steps")
                .append(" a year; money in ").append(esc(run.currency())).append(", discounted at ")
                .append(esc(ParameterTable.describe(scenario.economics().discountRate().distribution())))
                .append(" a year.</li>\n");
        h.append("<li>Materials: ").append(esc(scenario.materials().stream().map(m -> m.name() + " (" + m.id() + ")")
                .collect(Collectors.joining(", ")))).append(".</li>\n");
        h.append("<li>Untrusted suppliers: ").append(esc(names(scenario.suppliers().stream().filter(s -> !s.trusted())
                .toList()))).append("; trusted: ").append(esc(names(scenario.suppliers().stream()
                        .filter(ExternalSupplier::trusted).toList()))).append(".</li>\n");
        if (!scenario.regimes().isEmpty()) {
            h.append("<li>Disruption regimes: ").append(esc(scenario.regimes().stream()
                    .map(r -> r.name() + " (" + String.join(", ", r.states()) + ")").collect(Collectors.joining("; "))))
                    .append(".</li>\n");
        }
        if (!scenario.domestic().projects().isEmpty()) {
            h.append("<li>Domestic projects: ").append(esc(scenario.domestic().projects().stream()
                    .map(p -> p.name()).collect(Collectors.joining(", ")))).append(".</li>\n");
        }
        h.append("<li>Self-reliance criteria: ").append(esc(scenario.criteria().stream().map(c -> c.name())
                .collect(Collectors.joining("; ")))).append(".</li>\n</ul>\n");
        h.append("<details id=\"parameters\">\n<summary>Every parameter, its value or distribution, its source and "
                + "note</summary>\n<div class=\"scroll\">").append(markdownTable(ParameterTable.markdown(scenario)))
                .append("</div>\n</details>\n");
        if (!scenario.sources().isEmpty()) {
            h.append("<details id=\"sources\">\n<summary>Sources (").append(scenario.sources().size())
                    .append(")</summary>\n<ol class=\"sources\">\n");
            for (Map.Entry<String, String> e : scenario.sources().entrySet()) {
                h.append("<li id=\"src-").append(esc(e.getKey())).append("\"><span class=\"src-id\">")
                        .append(esc(e.getKey())).append("</span> ").append(linkify(e.getValue())).append("</li>\n");
            }
            h.append("</ol>\n</details>\n");
        }
        h.append("</section>\n");
    }

    private static String names(List<ExternalSupplier> suppliers) {
        return suppliers.isEmpty() ? "none" : suppliers.stream().map(ExternalSupplier::name)
                .collect(Collectors.joining(", "));
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;)]");
    private static final Pattern SOURCE_ID = Pattern.compile("\\b(S\\d+)\\b");

    /** Escapes {@code text} and turns its web addresses into links (links only: nothing is loaded). */
    static String linkify(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            sb.append(esc(text.substring(at, m.start())));
            String url = m.group();
            sb.append("<a href=\"").append(esc(url)).append("\" rel=\"noreferrer\">").append(esc(url)).append("</a>");
            at = m.end();
        }
        return sb.append(esc(text.substring(at))).toString();
    }

    /** ParameterTable's Markdown as an HTML table: code spans, escaped pipes, source ids linked to the list. */
    String markdownTable(String markdown) {
        StringBuilder sb = new StringBuilder("<table class=\"parameters\">\n");
        int row = 0;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (row == 1 && cells.stream().allMatch(c -> c.matches("-+"))) {
                row++;
                continue;
            }
            String tag = row == 0 ? "th" : "td";
            sb.append(row == 0 ? "<thead><tr>" : "<tr>");
            for (String c : cells) {
                sb.append('<').append(tag).append('>').append(inline(c)).append("</").append(tag).append('>');
            }
            sb.append(row == 0 ? "</tr></thead>\n<tbody>\n" : "</tr>\n");
            row++;
        }
        return sb.append("</tbody>\n</table>").toString();
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = line.strip();
        body = body.substring(1, body.endsWith("|") && !body.endsWith("\\|") ? body.length() - 1 : body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Inline Markdown of a cell: `code`, and source ids linked when the scenario lists them. */
    private String inline(String cell) {
        StringBuilder sb = new StringBuilder();
        String[] parts = cell.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1 && i < parts.length - 1) {
                sb.append("<code>").append(esc(parts[i])).append("</code>");
            } else {
                String text = esc(i % 2 == 1 ? "`" + parts[i] : parts[i]);
                Matcher m = SOURCE_ID.matcher(text);
                StringBuilder linked = new StringBuilder();
                while (m.find()) {
                    String id = m.group(1);
                    m.appendReplacement(linked, Matcher.quoteReplacement(scenario.sources().containsKey(id)
                            ? "<a href=\"#src-" + id + "\">" + id + "</a>" : id));
                }
                m.appendTail(linked);
                sb.append(linked);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------- run section

    private void runSection(StringBuilder h, RunInfo run) {
        h.append("<section id=\"run\">\n<h2>Run settings</h2>\n<table class=\"settings\">\n<tbody>\n");
        row(h, "scenario", run.scenario());
        row(h, "paths", String.format(Locale.ROOT, "%,d", run.paths()));
        row(h, "seed", Long.toString(run.seed()));
        row(h, "sampling design", run.sampling());
        row(h, "block size", Integer.toString(run.blockSize()));
        row(h, "threads", run.threads() + " (results do not depend on it)");
        row(h, "random generator", run.generator());
        row(h, "autarky version", run.version());
        h.append("</tbody>\n</table>\n");
        Convergence c = result.convergence();
        h.append("<div id=\"precision\">\n<h3>Precision</h3>\n");
        if (c.stoppedBy() == Convergence.StopReason.FIXED_PATHS) {
            h.append("<p>A fixed number of paths (").append(String.format(Locale.ROOT, "%,d", run.paths()))
                    .append("); every interval above is a ").append(pct0(c.confidence()))
                    .append(" confidence interval of the Monte Carlo error only, not of the model's assumptions.</p>\n");
        } else {
            String why = switch (c.stoppedBy()) {
                case TARGETS_MET -> "every precision target was met";
                case PATH_BUDGET -> String.format(Locale.ROOT, "the path budget of %,d was used up", c.pathBudget());
                case TIME_BUDGET -> "the time budget passed (so this result is not reproducible)";
                default -> "";
            };
            h.append("<p>The run went in rounds until its precision targets were met: it stopped after ")
                    .append(c.rounds()).append(c.rounds() == 1 ? " round" : " rounds").append(" and ")
                    .append(String.format(Locale.ROOT, "%,d", run.paths())).append(" paths because ").append(esc(why))
                    .append(".</p>\n<table>\n<thead><tr><th>target</th><th>estimate</th><th>half-width reached</th>"
                            + "<th>target half-width</th><th>met</th></tr></thead>\n<tbody>\n");
            for (Convergence.TargetStatus t : c.targets()) {
                h.append("<tr><td><code>").append(esc(t.target())).append("</code></td><td>")
                        .append(esc(String.format(Locale.ROOT, "%.4g", t.estimate()))).append("</td><td>")
                        .append(esc(halfWidth(t.achieved(), t.relative()))).append("</td><td>")
                        .append(esc(halfWidth(t.tolerance(), t.relative()))).append("</td><td>")
                        .append(t.met() ? "yes" : "<strong>no</strong>").append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        DesignErrors d = result.designErrors();
        h.append("<p>Standard errors come from ").append(String.format(Locale.ROOT, "%,d", d.groups())).append(' ')
                .append(esc(d.groupedBy())).append(" under the <code>").append(esc(d.sampling()))
                .append("</code> sampling design.</p>\n</div>\n</section>\n");
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th scope=\"row\">").append(esc(name)).append("</th><td>").append(esc(value))
                .append("</td></tr>\n");
    }

    private static String halfWidth(double v, boolean relative) {
        if (!Double.isFinite(v)) {
            return "unbounded";
        }
        return relative ? String.format(Locale.ROOT, "±%.3g %%", 100 * v) : String.format(Locale.ROOT, "±%.3g", v);
    }

    // ---------------------------------------------------------------------------------- formats

    private String money(double v) {
        return TextSummary.money(v, false) + " " + result.run().currency();
    }

    private static String yearWithCi(TimeQuantile q, int last) {
        if (q.value().isEmpty() && q.lower().isEmpty()) {
            return "not by " + last;
        }
        String lower = q.lower().isEmpty() ? "after " + last : year(q.lower(), last);
        String upper = q.upper().isEmpty() ? "after " + last : year(q.upper(), last);
        String range = lower.equals(upper) ? lower : lower + "–" + upper;
        return year(q.value(), last) + " [" + range + "]";
    }

    private static String year(OptionalDouble v, int last) {
        if (v.isEmpty()) {
            return "not by " + last;
        }
        double y = v.getAsDouble();
        return y == Math.rint(y) ? Integer.toString((int) y) : String.format(Locale.ROOT, "%.2f", y);
    }

    private static String pct(double p) {
        if (p > 0 && p < 0.005) {
            return "<1 %";
        }
        if (p < 1 && p > 0.995) {
            return ">99 %";
        }
        return String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }

    private static String pct0(double p) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }

    private static String pctRange(Estimate e) {
        return String.format(Locale.ROOT, "%.1f–%.1f %%", 100 * e.lower(), 100 * e.upper());
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5a60; --rule: #e3e3e8; --accent: #c0392b;
              --blue: #1f6fb2; --bg: #ffffff; --panel: #f6f7f9; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--ink);
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 64px; }
            h1 { font-size: 2rem; line-height: 1.2; margin: 0.2em 0 0.4em; }
            h2 { font-size: 1.45rem; margin: 2.2em 0 0.6em; padding-bottom: 0.25em; border-bottom: 2px solid var(--rule); }
            h3 { font-size: 1.1rem; margin: 1.2em 0 0.3em; }
            .kicker { color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; margin: 0; }
            .description { color: var(--muted); max-width: 60em; }
            .headline { background: var(--panel); border-left: 6px solid var(--accent); padding: 12px 20px; margin: 12px 0 20px;
              border-radius: 4px; }
            .headline h3 { margin-top: 0.3em; }
            .headline .verdict { font-size: 1.3rem; font-weight: 600; }
            .criterion { border-left: 4px solid var(--rule); padding: 2px 18px; margin: 10px 0; }
            .verdict { font-weight: 600; margin: 0.3em 0; }
            .cost { font-size: 1.05rem; }
            .ci { color: var(--muted); font-size: 0.88em; white-space: nowrap; }
            figure.chart { margin: 18px 0 28px; }
            figure.chart svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 4px;
              background: #fff; }
            figcaption { color: var(--muted); font-size: 0.92rem; margin-top: 6px; }
            .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 0 20px; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 8px 0 12px; }
            th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            thead th { background: var(--panel); font-weight: 600; }
            tbody th { font-weight: 600; }
            table.shares td, table.settings td { font-variant-numeric: tabular-nums; }
            table.settings th { white-space: nowrap; width: 12em; }
            table.parameters { font-size: 0.82rem; }
            table.parameters td:first-child { word-break: break-all; min-width: 16em; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
              font-size: 0.9em; background: var(--panel); padding: 0 3px; border-radius: 3px; }
            details { margin: 10px 0; }
            summary { cursor: pointer; font-weight: 600; color: var(--blue); }
            ol.sources { font-size: 0.85rem; padding-left: 1.4em; }
            .src-id { font-weight: 600; margin-right: 0.4em; }
            a { color: var(--blue); }
            .note { color: var(--muted); font-size: 0.88rem; }
            footer { margin-top: 48px; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule);
              padding-top: 12px; }
            @media print { main { max-width: none; } details { display: block; } }
            """;
}
