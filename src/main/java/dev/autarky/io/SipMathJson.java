package dev.autarky.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.autarky.internal.stats.Metalog;
import dev.autarky.result.PathOutcomes;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SimulationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the captured per-path outcomes as a SIPmath 3.0 library (the Probability Management
 * open standard for Monte Carlo results), so they open in tools that read it.
 *
 * <p>One SIP ("stochastic information packet") per outcome, trial {@code i} of every SIP being
 * path {@code i} of the run, so the joint structure of the outcomes is kept. Each SIP carries the
 * standard's metalog representation ({@code "function": "Metalog_1_0"} with
 * {@code aCoefficients} fitted by least squares, referring to an {@code HDR_2_0} generator in
 * {@code U01.rng}) and, as an autarky extension, the trial values themselves in
 * {@code "samples"}. The exact structure, and what is uncertain about the standard, is in
 * {@code docs/results.md}.
 *
 * <p>SIPs: {@code timeToSelfReliance.ID} (calendar year, capped at the end of the horizon for
 * paths not self-reliant within it) and {@code selfReliant.ID} (1 or 0) per criterion; every cost
 * by name ({@code null} samples where undefined); {@code input.NAME} per uncertain input when
 * inputs were captured.
 */
public final class SipMathJson {

    /** The standard's library type. */
    public static final String LIBRARY_TYPE = "SIPmath_3_0";
    /** Metalog terms fitted (fewer when a fit with this many is not increasing). */
    public static final int METALOG_TERMS = 5;
    /** Values in each SIP's {@code metadata.density}. */
    public static final int DENSITY_POINTS = 25;
    /** Format of {@code dateCreated}, as written by the reference tools: month-day-year. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd-yyyy", Locale.ROOT);

    private static final JsonFactory FACTORY = new JsonFactory();

    private SipMathJson() {
    }

    /** One SIP before writing. */
    private record Sip(String name, String unit, double[] samples, String note) {
    }

    /**
     * Writes the library to {@code file} atomically, dated today (UTC).
     *
     * @param r the result of a run
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     * @throws IllegalArgumentException if the run did not capture its paths
     */
    public static void write(SimulationResult r, Path file) throws IOException {
        PathOutcomes p = ResultCsv.captured(r);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AtomicFiles.write(file, out -> write(r, p, today, out));
    }

    /**
     * The library as text, dated {@code date}.
     *
     * @param r the result of a run
     * @param date the date recorded in the library
     * @return the library as text, dated {@code date}
     */
    public static String toJson(SimulationResult r, LocalDate date) {
        PathOutcomes p = ResultCsv.captured(r);
        StringWriter w = new StringWriter();
        try {
            write(r, p, date, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static List<Sip> sips(SimulationResult r, PathOutcomes p) {
        RunInfo run = r.run();
        int n = p.size();
        double end = run.startYear() + run.horizonYears();
        List<Sip> sips = new ArrayList<>();
        for (int c = 0; c < p.criteria().size(); c++) {
            double[] year = new double[n];
            double[] reached = new double[n];
            for (int i = 0; i < n; i++) {
                var t = p.timeToSelfReliance(c, i);
                year[i] = t.isPresent() ? t.getAsDouble() : end;
                reached[i] = t.isPresent() ? 1 : 0;
            }
            String id = p.criteria().get(c);
            sips.add(new Sip("timeToSelfReliance." + id, "calendar year",  year,
                    "start of the step in which self-reliance began; " + end + " (the end of the horizon) where not reached"));
            sips.add(new Sip("selfReliant." + id, "1 = self-reliant within the horizon, 0 = censored", reached, null));
        }
        for (int j = 0; j < p.costNames().size(); j++) {
            String name = p.costNames().get(j);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = p.cost(j, i);
            }
            sips.add(new Sip(name, r.cost(name).unit(), v, null));
        }
        for (int j = 0; j < p.inputNames().size(); j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = p.input(j, i);
            }
            sips.add(new Sip("input." + p.inputNames().get(j), "as in the scenario", v, null));
        }
        return sips;
    }

    private static void write(SimulationResult r, PathOutcomes p, LocalDate date, Writer out) throws IOException {
        List<Sip> sips = sips(r, p);
        RunInfo run = r.run();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("name", run.scenario() + " outcomes");
            g.writeStringField("objectType", "sipModel");
            g.writeStringField("libraryType", LIBRARY_TYPE);
            g.writeStringField("dateCreated", DATE.format(date));
            g.writeStringField("provenance", String.format(Locale.ROOT,
                    "autarky %s; scenario %s; seed %d; %d paths (trial i = path i); %s; sampling %s; currency %s",
                    run.version(), run.scenario(), run.seed(), run.paths(), run.generator(), run.sampling(),
                    run.currency()));
            g.writeObjectFieldStart("U01");
            g.writeArrayFieldStart("rng");
            for (int i = 0; i < sips.size(); i++) {
                g.writeStartObject();
                g.writeStringField("name", "hdr" + (i + 1));
                g.writeStringField("function", "HDR_2_0");
                g.writeObjectFieldStart("arguments");
                g.writeStringField("counter", "PM_Index");
                g.writeNumberField("entity", 1);
                g.writeNumberField("varId", i + 1);
                g.writeNumberField("seed3", 0);
                g.writeNumberField("seed4", 0);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("sips");
            for (int i = 0; i < sips.size(); i++) {
                writeSip(g, sips.get(i), i + 1);
            }
            g.writeEndArray();
            g.writeStringField("version", "1");
            g.writeEndObject();
        }
    }

    private static void writeSip(JsonGenerator g, Sip sip, int rng) throws IOException {
        double[] defined = Arrays.stream(sip.samples).filter(v -> v == v).sorted().toArray();
        g.writeStartObject();
        g.writeStringField("name", sip.name);
        g.writeObjectFieldStart("ref");
        g.writeStringField("source", "rng");
        g.writeStringField("name", "hdr" + rng);
        g.writeEndObject();
        g.writeStringField("function", "Metalog_1_0");
        g.writeObjectFieldStart("arguments");
        g.writeArrayFieldStart("aCoefficients");
        if (defined.length > 0) {
            for (double a : Metalog.fit(defined, METALOG_TERMS)) {
                g.writeNumber(a);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("metadata");
        g.writeNumberField("count", defined.length);
        g.writeNumberField("undefined", sip.samples.length - defined.length);
        if (defined.length > 0) {
            int n = defined.length;
            double mean = Arrays.stream(defined).sum() / n;
            double ss = 0;
            for (double v : defined) {
                ss += (v - mean) * (v - mean);
            }
            g.writeNumberField("min", defined[0]);
            g.writeNumberField("max", defined[n - 1]);
            g.writeNumberField("mean", mean);
            g.writeNumberField("std", n > 1 ? Math.sqrt(ss / (n - 1)) : 0.0);
            g.writeNumberField("P25", defined[rankIndex(0.25, n)]);
            g.writeNumberField("P50", defined[rankIndex(0.50, n)]);
            g.writeNumberField("P75", defined[rankIndex(0.75, n)]);
            g.writeArrayFieldStart("density");
            for (double d : density(defined)) {
                g.writeNumber(d);
            }
            g.writeEndArray();
        }
        g.writeStringField("units", sip.unit);
        if (sip.note != null) {
            g.writeStringField("note", sip.note);
        }
        g.writeEndObject();
        g.writeArrayFieldStart("samples");
        for (double v : sip.samples) {
            if (v == v) {
                g.writeNumber(v);
            } else {
                g.writeNull();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** 0-based index of the type-1 {@code p}-quantile of {@code n} sorted values. */
    private static int rankIndex(double p, int n) {
        return (int) Math.min(n, Math.max(1, (long) Math.ceil(p * n))) - 1;
    }

    /**
     * A histogram density of the values on {@link #DENSITY_POINTS} equal bins over
     * {@code [min, max]} (integrating to 1); all zeros but the middle for a constant.
     */
    static double[] density(double[] sorted) {
        double[] d = new double[DENSITY_POINTS];
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (!(max > min)) {
            d[DENSITY_POINTS / 2] = 1;
            return d;
        }
        double width = (max - min) / DENSITY_POINTS;
        for (double v : sorted) {
            int b = (int) Math.min(DENSITY_POINTS - 1, (v - min) / width);
            d[b]++;
        }
        for (int b = 0; b < DENSITY_POINTS; b++) {
            d[b] /= sorted.length * width;
        }
        return d;
    }
}
