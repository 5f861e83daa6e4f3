package dev.autarky.io;

import static dev.autarky.io.ResultNodes.MAPPER;
import static dev.autarky.io.ResultNodes.estimate;
import static dev.autarky.io.ResultNodes.interval;
import static dev.autarky.io.ResultNodes.number;
import static dev.autarky.io.ResultNodes.run;
import static dev.autarky.io.ResultNodes.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autarky.result.Convergence;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.DesignErrors;
import dev.autarky.result.RunInfo;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.SurvivalCurve;
import dev.autarky.result.TimeQuantile;
import dev.autarky.result.TimeToSelfReliance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a {@link SimulationResult} as {@code summary.json}: run provenance, the time to
 * self-reliance under every criterion (the headline criterion also at the top level) with its
 * survival curve, cost outcomes and per-step series bands, every estimate with its 95 %
 * confidence interval, and how the run converged. Field meanings and units are in
 * {@code docs/results.md}. NaN values (undefined outcomes) and unbounded limits are written as
 * {@code null}.
 */
public final class SummaryJson {

    /** Confidence of every interval in the file. */
    static final double CONFIDENCE = Estimate.DEFAULT_CONFIDENCE;
    /** Levels of the time quantiles written. */
    static final double[] TIME_LEVELS = {0.10, 0.25, 0.50, 0.75, 0.90};
    /** Tail fractions of the expected shortfalls written. */
    static final double[] SHORTFALL_TAILS = {0.05, 0.10};

    private SummaryJson() {
    }

    /**
     * The summary as a JSON tree.
     *
     * @param r the result of a run
     * @return the summary as a JSON tree
     */
    public static ObjectNode toTree(SimulationResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        RunInfo run = r.run();
        run(root.putObject("run"), run);
        root.put("title", r.title());
        root.put("confidence", CONFIDENCE);
        root.set("timeToSelfReliance", time(r.timeToSelfReliance(), run));
        ObjectNode criteria = root.putObject("criteria");
        for (TimeToSelfReliance t : r.timesToSelfReliance()) {
            criteria.set(t.criterion(), time(t, run));
        }
        ObjectNode costs = root.putObject("costs");
        for (Map.Entry<String, OutcomeSummary> e : r.costs().entrySet()) {
            OutcomeSummary s = e.getValue();
            ObjectNode c = costs.putObject(e.getKey());
            number(c, "mean", s.mean());
            number(c, "sd", s.standardDeviation());
            number(c, "standardError", s.standardError());
            for (double level : OutcomeSummary.LEVELS) {
                number(c, "p" + Math.round(level * 100), s.quantile(level));
            }
            c.put("count", s.count());
            c.put("unit", s.unit());
            c.put("exact", s.exact());
            c.put("quantileRelativeError", s.relativeError());
            if (s.count() > 0) {
                interval(c.putObject("meanInterval"), s.mean(CONFIDENCE));
                ObjectNode qi = c.putObject("quantileIntervals");
                for (double level : OutcomeSummary.LEVELS) {
                    interval(qi.putObject("p" + Math.round(level * 100)), s.quantile(level, CONFIDENCE));
                }
                ObjectNode es = c.putObject("expectedShortfall");
                for (double q : SHORTFALL_TAILS) {
                    estimate(es.putObject("worst" + Math.round(q * 100)), s.expectedShortfall(q, CONFIDENCE));
                }
            }
        }
        ObjectNode units = root.putObject("seriesUnits");
        ObjectNode series = root.putObject("series");
        for (Map.Entry<String, SeriesBands> e : r.series().entrySet()) {
            units.put(e.getKey(), e.getValue().unit());
            ArrayNode points = series.putArray(e.getKey());
            for (SeriesBands.Band b : e.getValue().bands()) {
                ObjectNode p = points.addObject();
                number(p, "year", b.year());
                number(p, "p5", b.p5());
                number(p, "p25", b.p25());
                number(p, "p50", b.p50());
                number(p, "p75", b.p75());
                number(p, "p95", b.p95());
                number(p, "mean", b.mean());
                for (int l = 0; l < SeriesBands.LEVELS.length; l++) {
                    String key = "p" + Math.round(SeriesBands.LEVELS[l] * 100);
                    number(p, key + "Lower", b.limits().lower(l));
                    number(p, key + "Upper", b.limits().upper(l));
                }
            }
        }
        designErrors(root.putObject("designErrors"), r.designErrors());
        root.set("convergence", convergence(r.convergence()));
        return root;
    }

    private static ObjectNode convergence(Convergence c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("stoppedBy", c.stoppedBy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("pathBudget", c.pathBudget());
        node.put("rounds", c.rounds());
        node.put("confidence", c.confidence());
        ArrayNode targets = node.putArray("targets");
        for (Convergence.TargetStatus t : c.targets()) {
            ObjectNode o = targets.addObject();
            o.put("target", t.target());
            o.put("tolerance", t.tolerance());
            o.put("relative", t.relative());
            number(o, "estimate", t.estimate());
            number(o, "achieved", t.achieved());
            o.put("met", t.met());
            o.put("metSinceRound", t.metSinceRound());
            o.put("decisive", c.decisive().contains(t));
        }
        ArrayNode history = node.putArray("history");
        for (Convergence.Round round : c.history()) {
            ObjectNode o = history.addObject();
            o.put("round", round.round());
            o.put("paths", round.paths());
            ArrayNode achieved = o.putArray("achieved");
            for (double a : round.achieved()) {
                if (Double.isFinite(a)) {
                    achieved.add(a);
                } else {
                    achieved.addNull();
                }
            }
        }
        return node;
    }

    private static void year(ObjectNode node, String field, OptionalDouble v) {
        if (v.isPresent()) {
            node.put(field, v.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    /**
     * Means and P(self-reliant by year) with standard errors that hold under the run's sampling
     * design, from its independent groups of paths (docs/sampling.md).
     */
    private static void designErrors(ObjectNode node, DesignErrors e) {
        node.put("groupedBy", e.groupedBy());
        node.put("groups", e.groups());
        ObjectNode costs = node.putObject("costMeans");
        e.costMeans().forEach((name, est) -> designEstimate(costs.putObject(name), est));
        ObjectNode by = node.putObject("probabilityBy");
        e.probabilityBy().forEach((criterion, list) -> {
            ObjectNode c = by.putObject(criterion);
            for (int i = 0; i < list.size(); i++) {
                designEstimate(c.putObject(Integer.toString(e.startYear() + i)), list.get(i));
            }
        });
    }

    private static void designEstimate(ObjectNode node, DesignErrors.Estimate est) {
        number(node, "value", est.value());
        number(node, "standardError", est.standardError());
    }

    private static ObjectNode time(TimeToSelfReliance t, RunInfo run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("criterion", t.criterion());
        node.put("name", t.name());
        node.put("unit", "year");
        ObjectNode q = node.putObject("quantiles");
        ObjectNode qi = node.putObject("quantileIntervals");
        for (double p : TIME_LEVELS) {
            String key = "p" + Math.round(p * 100);
            TimeQuantile tq = t.quantile(p, CONFIDENCE);
            year(q, key, tq.value());
            ObjectNode limits = qi.putObject(key);
            year(limits, "lower", tq.lower());
            year(limits, "upper", tq.upper());
        }
        ObjectNode by = node.putObject("probabilityBy");
        ObjectNode byIntervals = node.putObject("probabilityByIntervals");
        for (int year = run.startYear(); year < run.startYear() + run.horizonYears(); year++) {
            Estimate e = t.probabilityBy(year, CONFIDENCE);
            number(by, Integer.toString(year), e.value());
            interval(byIntervals.putObject(Integer.toString(year)), e);
        }
        ObjectNode rmst = node.putObject("restrictedMeanYears");
        estimate(rmst, t.restrictedMean(CONFIDENCE));
        rmst.put("horizonYears", t.horizonYears());
        node.put("censoredFraction", t.censoredFraction());
        node.put("paths", t.paths());
        SurvivalCurve curve = t.survivalCurve(CONFIDENCE);
        node.put("survivalMethod", curve.method());
        ArrayNode survival = node.putArray("survival");
        for (SurvivalCurve.Point p : curve.points()) {
            ObjectNode o = survival.addObject();
            o.put("step", p.step());
            o.put("year", p.year());
            o.put("atRisk", p.atRisk());
            o.put("events", p.events());
            o.put("censored", p.censored());
            number(o, "survival", p.survival());
            number(o, "lower", p.lower());
            number(o, "upper", p.upper());
        }
        return node;
    }

    /**
     * The summary as indented JSON text.
     *
     * @param r the result of a run
     * @return the summary as indented JSON text
     */
    public static String toJson(SimulationResult r) {
        return text(toTree(r));
    }

    /**
     * Writes the summary to {@code file} atomically (a temporary file, then a move).
     *
     * @param r the result of a run
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     */
    public static void write(SimulationResult r, Path file) throws IOException {
        AtomicFiles.write(file, toJson(r));
    }
}
