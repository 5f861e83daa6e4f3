package dev.autarky.io;

import static dev.autarky.io.ResultNodes.MAPPER;
import static dev.autarky.io.ResultNodes.add;
import static dev.autarky.io.ResultNodes.estimate;
import static dev.autarky.io.ResultNodes.number;
import static dev.autarky.io.ResultNodes.run;
import static dev.autarky.io.ResultNodes.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.RankCorrelations;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SobolResult;
import dev.autarky.analysis.SweepResult;
import dev.autarky.analysis.Tornado;
import dev.autarky.result.Estimate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the analyses as JSON: {@code sensitivity.json} ({@link SensitivityResult}),
 * {@code comparison.json} ({@link ComparisonResult}) and {@code sweep.json} ({@link SweepResult}).
 * Every field, with its unit, is described in {@code docs/analysis.md}. As in summary.json, NaN
 * (undefined) and infinite values — unbounded limits, a time quantile beyond the horizon — are
 * written as {@code null}. Files are written atomically.
 */
public final class AnalysisJson {


    private AnalysisJson() {
    }

    // ---- sensitivity.json ----

    /**
     * The sensitivity analysis as a JSON tree.
     *
     * @param r the sensitivity analysis
     * @return the sensitivity analysis as a JSON tree
     */
    public static ObjectNode toTree(SensitivityResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("analysis", "sensitivity");
        run(root.putObject("run"), r.run());
        root.put("confidence", r.ranks().confidence());
        root.put("byYear", r.byYear());
        ArrayNode inputs = root.putArray("inputs");
        r.inputs().forEach(inputs::add);
        ArrayNode outcomes = root.putArray("outcomes");
        r.outcomes().forEach(o -> outcome(outcomes.addObject(), o));

        RankCorrelations ranks = r.ranks();
        ObjectNode rank = root.putObject("rankCorrelations");
        ArrayNode aliased = rank.putArray("aliased");
        ranks.aliased().forEach(aliased::add);
        ObjectNode byOutcome = rank.putObject("byOutcome");
        for (int o = 0; o < ranks.outputs().size(); o++) {
            String name = ranks.outputs().get(o);
            ObjectNode node = byOutcome.putObject(name);
            node.put("count", ranks.count(name));
            ArrayNode list = node.putArray("inputs");
            for (int i = 0; i < ranks.inputs().size(); i++) {
                ObjectNode e = list.addObject();
                e.put("input", ranks.inputs().get(i));
                estimate(e.putObject("spearman"), ranks.spearman(o, i));
                estimate(e.putObject("prcc"), ranks.prcc(o, i));
            }
        }

        ArrayNode overTime = root.putArray("overTime");
        for (SensitivityResult.SeriesSensitivity s : r.overTime()) {
            ObjectNode node = overTime.addObject();
            node.put("series", s.series());
            node.put("unit", s.unit());
            ArrayNode years = node.putArray("years");
            s.years().forEach(years::add);
            ObjectNode spearman = node.putObject("spearman");
            for (int i = 0; i < r.inputs().size(); i++) {
                ObjectNode in = spearman.putObject(r.inputs().get(i));
                ArrayNode value = in.putArray("value");
                ArrayNode lower = in.putArray("lower");
                ArrayNode upper = in.putArray("upper");
                for (Estimate e : s.spearman().get(i)) {
                    add(value, e.value());
                    add(lower, e.lower());
                    add(upper, e.upper());
                }
            }
        }

        ArrayNode tornadoes = root.putArray("tornado");
        for (Tornado t : r.tornadoes()) {
            ObjectNode node = tornadoes.addObject();
            node.put("outcome", t.outcome());
            node.put("unit", t.unit());
            node.put("paths", t.paths());
            node.put("lowLevel", Tornado.LOW_LEVEL);
            node.put("highLevel", Tornado.HIGH_LEVEL);
            estimate(node.putObject("baseline"), t.baseline());
            ArrayNode bars = node.putArray("bars");
            for (Tornado.Bar b : t.bars()) {
                ObjectNode bar = bars.addObject();
                bar.put("input", b.input());
                number(bar, "inputLow", b.inputLow());
                number(bar, "inputHigh", b.inputHigh());
                estimate(bar.putObject("atLow"), b.atLow());
                estimate(bar.putObject("atHigh"), b.atHigh());
                estimate(bar.putObject("swing"), b.swing());
            }
        }

        if (r.sobol().isPresent()) {
            SensitivityResult.Sobol sobol = r.sobol().get();
            SobolResult x = sobol.indices();
            ObjectNode node = root.putObject("sobol");
            node.put("grouping", sobol.grouping().id());
            node.put("baseRows", x.baseRows());
            node.put("evaluations", x.evaluations());
            node.put("bootstrap", x.bootstrap());
            ArrayNode factors = node.putArray("factors");
            for (Map.Entry<String, List<String>> f : sobol.factors().entrySet()) {
                ObjectNode factor = factors.addObject();
                factor.put("name", f.getKey());
                ArrayNode members = factor.putArray("inputs");
                f.getValue().forEach(members::add);
            }
            ArrayNode list = node.putArray("outcomes");
            for (int o = 0; o < x.outputs().size(); o++) {
                ObjectNode out = list.addObject();
                outcome(out, sobol.outcomes().get(o));
                number(out, "mean", x.mean(o));
                number(out, "variance", x.variance(o));
                ArrayNode indices = out.putArray("indices");
                for (int g = 0; g < x.factors().size(); g++) {
                    ObjectNode idx = indices.addObject();
                    idx.put("factor", x.factors().get(g));
                    estimate(idx.putObject("firstOrder"), x.firstOrder(o, g));
                    estimate(idx.putObject("total"), x.total(o, g));
                }
            }
        } else {
            root.putNull("sobol");
        }
        return root;
    }

    /**
     * sensitivity.json as indented text.
     *
     * @param r the sensitivity analysis
     * @return sensitivity.json as indented text
     */
    public static String toJson(SensitivityResult r) {
        return text(toTree(r));
    }

    /**
     * Writes sensitivity.json to {@code file} atomically.
     *
     * @param r the sensitivity analysis
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     */
    public static void write(SensitivityResult r, Path file) throws IOException {
        AtomicFiles.write(file, toJson(r));
    }

    // ---- comparison.json ----

    /**
     * The comparison as a JSON tree.
     *
     * @param r the comparison
     * @return the comparison as a JSON tree
     */
    public static ObjectNode toTree(ComparisonResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("analysis", "comparison");
        run(root.putObject("run"), r.run());
        root.put("confidence", r.confidence());
        root.put("baseline", r.baseline());
        root.put("independentRuns", r.independentRuns());
        if (r.independentRuns()) {
            root.put("independentSeed", r.independentSeed());
        } else {
            root.putNull("independentSeed");
        }
        ArrayNode criteria = root.putArray("criteria");
        r.criteria().forEach(criteria::add);
        ArrayNode alternatives = root.putArray("alternatives");
        for (ComparisonResult.Alternative a : r.alternatives()) {
            ObjectNode alt = alternatives.addObject();
            alt.put("scenario", a.scenario());
            alt.put("title", a.title());
            ArrayNode cs = alt.putArray("criteria");
            for (ComparisonResult.CriterionDifference c : a.criteria()) {
                ObjectNode node = cs.addObject();
                node.put("criterion", c.criterion());
                node.put("name", c.name());
                paired(node.putObject("yearsSaved"), c.yearsSaved());
                estimate(node.putObject("alternativeFirst"), c.alternativeFirst());
                estimate(node.putObject("baselineFirst"), c.baselineFirst());
                estimate(node.putObject("sameStep"), c.sameStep());
                estimate(node.putObject("neither"), c.neither());
                estimate(node.putObject("costPerYearSaved"), c.costPerYearSaved());
                years(node.putArray("probabilityBy"), c.probabilityBy());
            }
            ArrayNode costs = alt.putArray("costs");
            for (ComparisonResult.CostDifference c : a.costs()) {
                ObjectNode node = costs.addObject();
                node.put("cost", c.cost());
                node.put("unit", c.unit());
                estimate(node.putObject("baseline"), c.baseline());
                estimate(node.putObject("alternative"), c.alternative());
                paired(node.putObject("added"), c.added());
            }
            ArrayNode series = alt.putArray("series");
            for (ComparisonResult.SeriesDifference s : a.series()) {
                ObjectNode node = series.addObject();
                node.put("series", s.series());
                node.put("unit", s.unit());
                years(node.putArray("years"), s.years());
            }
        }
        return root;
    }

    /**
     * comparison.json as indented text.
     *
     * @param r the comparison
     * @return comparison.json as indented text
     */
    public static String toJson(ComparisonResult r) {
        return text(toTree(r));
    }

    /**
     * Writes comparison.json to {@code file} atomically.
     *
     * @param r the comparison
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     */
    public static void write(ComparisonResult r, Path file) throws IOException {
        AtomicFiles.write(file, toJson(r));
    }

    // ---- sweep.json ----

    /**
     * The sweep as a JSON tree.
     *
     * @param r the sweep
     * @return the sweep as a JSON tree
     */
    public static ObjectNode toTree(SweepResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("analysis", "sweep");
        run(root.putObject("run"), r.run());
        root.put("confidence", r.confidence());
        root.put("lever", r.lever());
        root.put("unit", r.unit());
        root.put("byYear", r.byYear());
        root.put("cost", r.cost());
        root.put("costUnit", r.costUnit());
        ArrayNode criteria = root.putArray("criteria");
        r.criteria().forEach(criteria::add);
        ArrayNode points = root.putArray("points");
        for (SweepResult.Point p : r.points()) {
            ObjectNode node = points.addObject();
            number(node, "value", p.value());
            node.put("scenario", p.scenario());
            estimate(node.putObject("costMean"), p.cost());
            estimate(node.putObject("costChange"), p.costChange());
            ObjectNode by = node.putObject("probabilityBy");
            ObjectNode change = node.putObject("probabilityChange");
            for (int c = 0; c < r.criteria().size(); c++) {
                estimate(by.putObject(r.criteria().get(c)), p.probabilityBy().get(c));
                estimate(change.putObject(r.criteria().get(c)), p.probabilityChange().get(c));
            }
        }
        ObjectNode frontier = root.putObject("frontier");
        for (String c : r.criteria()) {
            ArrayNode idx = frontier.putArray(c);
            r.frontier(c).forEach(idx::add);
        }
        return root;
    }

    /**
     * sweep.json as indented text.
     *
     * @param r the sweep
     * @return sweep.json as indented text
     */
    public static String toJson(SweepResult r) {
        return text(toTree(r));
    }

    /**
     * Writes sweep.json to {@code file} atomically.
     *
     * @param r the sweep
     * @param file the file
     * @throws java.io.IOException if the file cannot be written
     */
    public static void write(SweepResult r, Path file) throws IOException {
        AtomicFiles.write(file, toJson(r));
    }

    // ---- parts ----

    private static void outcome(ObjectNode node, SensitivityResult.Outcome o) {
        node.put("name", o.name());
        node.put("unit", o.unit());
        node.put("censoring", o.censoring());
    }

    private static void years(ArrayNode list, List<ComparisonResult.YearDifference> years) {
        for (ComparisonResult.YearDifference y : years) {
            ObjectNode node = list.addObject();
            node.put("year", y.year());
            estimate(node.putObject("baseline"), y.baseline());
            estimate(node.putObject("alternative"), y.alternative());
            paired(node.putObject("difference"), y.difference());
        }
    }

    private static void paired(ObjectNode node, ComparisonResult.PairedEstimate p) {
        estimate(node, p.paired());
        if (p.independent() == null) {
            node.putNull("independent");
        } else {
            estimate(node.putObject("independent"), p.independent());
        }
        number(node, "varianceRatio", p.varianceRatio());
    }
}
