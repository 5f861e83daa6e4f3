package dev.autarky.io;

import dev.autarky.result.PathOutcomes;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.SurvivalCurve;
import dev.autarky.result.TimeToSelfReliance;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes a {@link SimulationResult} as CSV files (RFC 4180: comma-separated, a header row,
 * fields quoted only when they hold a comma, quote or line break; UTF-8; {@code \n} line ends).
 * Numbers are written in Java's shortest round-trip form ({@code 1.25}, {@code 3.1E9}); an
 * undefined value (NaN) is an empty field and an unbounded limit is {@code inf} or {@code -inf}.
 * Columns and units of every file are in {@code docs/results.md}. Files are written atomically.
 */
public final class ResultCsv {

    /** Header of {@code series.csv}. */
    public static final String SERIES_HEADER = "series,step,year,statistic,value";
    /** Header of {@code survival.csv}. */
    public static final String SURVIVAL_HEADER = "criterion,step,year,atRisk,events,censored,survival,lower,upper";

    private ResultCsv() {
    }

    /**
     * Every per-step series in long format, one row per series, step and statistic: {@code mean},
     * {@code p5}, {@code p5.lower}, {@code p5.upper}, ... {@code p95.upper} (the limits of each
     * band quantile's 95 % interval).
     *
     * @param r the result of a run
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     */
    public static void writeSeries(SimulationResult r, Path file) throws IOException {
        AtomicFiles.write(file, out -> series(r, out));
    }

    /**
     * {@link #writeSeries} as text.
     *
     * @param r the result of a run
     * @return the CSV text
     */
    public static String seriesText(SimulationResult r) {
        return text(out -> series(r, out));
    }

    private static void series(SimulationResult r, Writer out) throws IOException {
        out.write(SERIES_HEADER);
        out.write('\n');
        for (SeriesBands s : r.series().values()) {
            String name = field(s.name());
            int step = 0;
            for (SeriesBands.Band b : s.bands()) {
                String prefix = name + "," + step + "," + number(b.year()) + ",";
                row(out, prefix, "mean", b.mean());
                double[] values = {b.p5(), b.p25(), b.p50(), b.p75(), b.p95()};
                for (int l = 0; l < SeriesBands.LEVELS.length; l++) {
                    String q = "p" + Math.round(SeriesBands.LEVELS[l] * 100);
                    row(out, prefix, q, values[l]);
                    row(out, prefix, q + ".lower", b.limits().lower(l));
                    row(out, prefix, q + ".upper", b.limits().upper(l));
                }
                step++;
            }
        }
    }

    private static void row(Writer out, String prefix, String statistic, double value) throws IOException {
        out.write(prefix);
        out.write(statistic);
        out.write(',');
        out.write(number(value));
        out.write('\n');
    }

    /**
     * The survival curve of every criterion with its 95 % pointwise interval.
     *
     * @param r the result of a run
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     */
    public static void writeSurvival(SimulationResult r, Path file) throws IOException {
        AtomicFiles.write(file, out -> survival(r, out));
    }

    /**
     * {@link #writeSurvival} as text.
     *
     * @param r the result of a run
     * @return the CSV text
     */
    public static String survivalText(SimulationResult r) {
        return text(out -> survival(r, out));
    }

    private static void survival(SimulationResult r, Writer out) throws IOException {
        out.write(SURVIVAL_HEADER);
        out.write('\n');
        for (TimeToSelfReliance t : r.timesToSelfReliance()) {
            for (SurvivalCurve.Point p : t.survivalCurve(SummaryJson.CONFIDENCE).points()) {
                out.write(field(t.criterion()) + "," + p.step() + "," + number(p.year()) + "," + p.atRisk() + ","
                        + p.events() + "," + p.censored() + "," + number(p.survival()) + "," + number(p.lower()) + ","
                        + number(p.upper()) + "\n");
            }
        }
    }

    /**
     * One row per captured path: {@code path}, then per criterion {@code year.ID} (calendar year
     * of self-reliance, or the end of the horizon when censored) and {@code event.ID} (1 reached,
     * 0 censored), then every cost by name, then — if captured — {@code input.NAME} for every input.
     *
     * @param r the result of a run
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     * @throws IllegalArgumentException if the run did not capture its paths
     */
    public static void writePaths(SimulationResult r, Path file) throws IOException {
        PathOutcomes p = captured(r);
        AtomicFiles.write(file, out -> paths(r, p, out));
    }

    /**
     * {@link #writePaths} as text.
     *
     * @param r the result of a run
     * @return the CSV text
     */
    public static String pathsText(SimulationResult r) {
        PathOutcomes p = captured(r);
        return text(out -> paths(r, p, out));
    }

    static PathOutcomes captured(SimulationResult r) {
        return r.pathOutcomes().orElseThrow(() -> new IllegalArgumentException(
                "the run did not capture its paths: run with RunSettings.withCapture(PathCapture.OUTCOMES)"));
    }

    /**
     * The header of the paths file.
     *
     * @param p the captured per-path outcomes
     * @return the header of the paths file
     */
    public static String pathsHeader(PathOutcomes p) {
        StringBuilder sb = new StringBuilder("path");
        for (String c : p.criteria()) {
            sb.append(',').append(field("year." + c)).append(',').append(field("event." + c));
        }
        for (String c : p.costNames()) {
            sb.append(',').append(field(c));
        }
        for (String in : p.inputNames()) {
            sb.append(',').append(field("input." + in));
        }
        return sb.toString();
    }

    private static void paths(SimulationResult r, PathOutcomes p, Writer out) throws IOException {
        out.write(pathsHeader(p));
        out.write('\n');
        double end = r.run().startYear() + r.run().horizonYears();
        int criteria = p.criteria().size();
        int costs = p.costNames().size();
        int inputs = p.inputNames().size();
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < p.size(); i++) {
            sb.setLength(0);
            sb.append(i);
            for (int c = 0; c < criteria; c++) {
                var t = p.timeToSelfReliance(c, i);
                sb.append(',').append(number(t.isPresent() ? t.getAsDouble() : end)).append(',')
                        .append(t.isPresent() ? '1' : '0');
            }
            for (int j = 0; j < costs; j++) {
                sb.append(',').append(number(p.cost(j, i)));
            }
            for (int j = 0; j < inputs; j++) {
                sb.append(',').append(number(p.input(j, i)));
            }
            sb.append('\n');
            out.append(sb);
        }
    }

    /** A number as written in every file: shortest round-trip form; empty for NaN; inf / -inf. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A text field, quoted when it must be. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String text(AtomicFiles.Content content) {
        StringWriter w = new StringWriter();
        try {
            content.writeTo(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
