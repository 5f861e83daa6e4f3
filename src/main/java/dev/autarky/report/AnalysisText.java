package dev.autarky.report;

import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.RankCorrelations;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SobolResult;
import dev.autarky.analysis.Tornado;
import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Readable printouts of a sensitivity analysis and of a policy comparison, for the command line:
 * the strongest drivers of each time to self-reliance and of the system cost, and each
 * alternative's years saved, costs added and shares gained, every number with its interval.
 * The JSON files (io.AnalysisJson) hold everything; these show what to read first.
 */
public final class AnalysisText {

    private AnalysisText() {
    }

    // ---- sensitivity ----

    /**
     * The printout of a sensitivity analysis, {@code top} inputs per outcome.
     *
     * @param r the sensitivity analysis
     * @param top the most inputs to list per outcome
     * @return the printout of a sensitivity analysis, {@code top} inputs per outcome
     */
    public static String render(SensitivityResult r, int top) {
        StringBuilder sb = new StringBuilder();
        RunInfo run = r.run();
        RankCorrelations ranks = r.ranks();
        sb.append(String.format(Locale.ROOT, "What drives the timeline: %s (%,d paths, seed %d, %s sampling; "
                + "intervals at %.0f %%)%n", run.scenario(), run.paths(), run.seed(), run.sampling(),
                100 * ranks.confidence()));
        if (!ranks.aliased().isEmpty()) {
            sb.append("Left out of the partial correlations (tied in rank to earlier inputs): ")
                    .append(String.join(", ", ranks.aliased())).append('\n');
        }
        List<String> shown = new ArrayList<>();
        for (SensitivityResult.Outcome o : r.outcomes()) {
            if (o.name().startsWith("timeToSelfReliance.") || o.name().equals("systemCost")) {
                shown.add(o.name());
            }
        }
        for (String name : shown) {
            int o = ranks.outputs().indexOf(name);
            String criterion = name.startsWith("timeToSelfReliance.") ? name.substring("timeToSelfReliance.".length()) : null;
            sb.append('\n').append(criterion == null ? "System cost (present value)" : "Time to self-reliance, " + criterion)
                    .append('\n');
            sb.append(String.format(Locale.ROOT, "  Rank correlations over %,d paths (PRCC [interval], Spearman); "
                    + "positive: %s%n", ranks.count(name), criterion == null ? "a higher input, a higher cost"
                            : "a higher input, later (a path never self-reliant ranks last)"));
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < ranks.inputs().size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -strength(ranks.prcc(o, i), ranks.spearman(o, i))));
            boolean any = false;
            for (int i : order.subList(0, Math.min(top, order.size()))) {
                Estimate p = ranks.prcc(o, i);
                Estimate s = ranks.spearman(o, i);
                if (Double.isNaN(s.value())) {
                    continue;
                }
                any = true;
                String partial = Double.isNaN(p.value()) ? "  (aliased: no PRCC)  "
                        : String.format(Locale.ROOT, "%s [%s, %s]", signed(p.value()), signed(p.lower()), signed(p.upper()));
                sb.append(String.format(Locale.ROOT, "    %s  %s  %s%n", partial, signed(s.value()), ranks.inputs().get(i)));
            }
            if (!any) {
                sb.append("    none: the outcome is the same on every path\n");
            }
            for (Tornado t : r.tornadoes()) {
                if (criterion != null ? t.outcome().endsWith("@" + criterion) : t.outcome().equals("mean:systemCost")) {
                    tornado(sb, t, top, run);
                }
            }
            r.sobol().ifPresent(sobol -> sobol(sb, sobol.indices(), criterion, r.byYear(), top));
        }
        for (SensitivityResult.SeriesSensitivity s : r.overTime()) {
            sb.append('\n').append("Over time: ").append(s.series()).append(" (").append(s.unit())
                    .append("); the input with the largest |Spearman| in each year shown\n");
            for (int k = 0; k < s.years().size(); k += Math.max(1, s.years().size() / 7)) {
                int best = -1;
                double bestAbs = -1;
                for (int i = 0; i < r.inputs().size(); i++) {
                    double v = Math.abs(s.spearman().get(i).get(k).value());
                    if (v > bestAbs) {
                        bestAbs = v;
                        best = i;
                    }
                }
                double year = s.years().get(k);
                if (best < 0) {
                    sb.append(String.format(Locale.ROOT, "    %.0f  the same on every path%n", year));
                } else {
                    Estimate e = s.spearman().get(best).get(k);
                    sb.append(String.format(Locale.ROOT, "    %.0f  %s [%s, %s]  %s%n", year, signed(e.value()),
                            signed(e.lower()), signed(e.upper()), r.inputs().get(best)));
                }
            }
        }
        return sb.toString();
    }

    private static void tornado(StringBuilder sb, Tornado t, int top, RunInfo run) {
        boolean time = t.unit().equals("year");
        String what = t.outcome().startsWith("pby") ? "P(self-reliant by " + t.outcome().substring(3, t.outcome().indexOf('@'))
                + ")" : time ? "median year" : "mean system cost";
        sb.append(String.format(Locale.ROOT, "  Tornado of the %s, each input held at its P10 then its P90 on the same "
                + "%,d paths (baseline %s):%n", what, t.paths(), value(t.baseline().value(), t.unit(), run)));
        int shown = 0;
        for (Tornado.Bar b : t.bars()) {
            if (shown == top) {
                break;
            }
            if (Double.isNaN(b.size()) || b.size() == 0) {
                continue;
            }
            shown++;
            Estimate s = b.swing();
            String interval = Double.isNaN(s.lower()) ? "" : String.format(Locale.ROOT, " [%s, %s]",
                    value(s.lower(), t.unit(), run), value(s.upper(), t.unit(), run));
            sb.append(String.format(Locale.ROOT, "    %s -> %s (swing %s%s)  %s at %.4g -> %.4g%n",
                    value(b.atLow().value(), t.unit(), run), value(b.atHigh().value(), t.unit(), run),
                    value(s.value(), t.unit(), run), interval, b.input(), b.inputLow(), b.inputHigh()));
        }
        if (shown == 0) {
            sb.append(time ? "    no input moves it (not reached within the horizon at either end, or not at all)\n"
                    : "    no input moves it\n");
        }
    }

    private static void sobol(StringBuilder sb, SobolResult x, String criterion, int byYear, int top) {
        String name = criterion == null ? "systemCost" : "selfReliantBy" + byYear + "." + criterion;
        int o = x.outputs().indexOf(name);
        if (o < 0) {
            return;
        }
        sb.append(String.format(Locale.ROOT, "  Sobol indices of %s (N = %,d rows, %,d evaluations): total [interval], "
                + "first order%n", criterion == null ? "the system cost" : "self-reliance by " + byYear, x.baseRows(),
                x.evaluations()));
        if (!(x.variance(o) > 0)) {
            sb.append("    none: the outcome is the same on every path\n");
            return;
        }
        double rows = 2.0 * x.baseRows();
        double rare = Math.min(x.mean(o), 1 - x.mean(o)) * rows;
        if (criterion != null && rare < 20) {
            sb.append(String.format(Locale.ROOT, "    too rare to decompose: only about %.0f of the %,.0f base rows differ "
                    + "from the rest (use more --sobol-rows, an earlier --by-year or a less strict criterion)%n",
                    rare, rows));
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < x.factors().size(); g++) {
            order.add(g);
        }
        order.sort(Comparator.comparingDouble((Integer g) -> -nan0(x.total(o, g).value())));
        for (int g : order.subList(0, Math.min(top, order.size()))) {
            Estimate t = x.total(o, g);
            Estimate f = x.firstOrder(o, g);
            sb.append(String.format(Locale.ROOT, "    %.3f [%.3f, %.3f]  %.3f  %s%n", t.value(), t.lower(), t.upper(),
                    f.value(), x.factors().get(g)));
        }
    }

    // ---- comparison ----

    /**
     * The printout of a comparison, with P(by year) and series at {@code years}.
     *
     * @param r the comparison
     * @param years the calendar years to show
     * @return the printout of a comparison, with P(by year) and series at {@code years}
     */
    public static String render(ComparisonResult r, List<Integer> years) {
        StringBuilder sb = new StringBuilder();
        RunInfo run = r.run();
        sb.append(String.format(Locale.ROOT, "Which policy buys the most years: %s against %d alternative%s "
                + "(%,d paths each, seed %d, %s sampling, common random numbers; intervals at %.0f %%)%n",
                r.baseline(), r.alternatives().size(), r.alternatives().size() == 1 ? "" : "s", run.paths(), run.seed(),
                run.sampling(), 100 * r.confidence()));
        if (r.independentRuns()) {
            sb.append(String.format(Locale.ROOT, "Each alternative was also run with seed %d to measure the variance "
                    + "of the same difference from independent runs (\"x N\": N times the variance).%n",
                    r.independentSeed()));
        }
        for (ComparisonResult.Alternative a : r.alternatives()) {
            sb.append('\n').append(a.scenario()).append(" — ").append(a.title()).append('\n');
            for (ComparisonResult.CriterionDifference c : a.criteria()) {
                sb.append("  ").append(c.criterion()).append(": ").append(c.name()).append('\n');
                sb.append(String.format(Locale.ROOT, "    years saved within the horizon %s%n",
                        paired(c.yearsSaved(), "%+.2f")));
                sb.append(String.format(Locale.ROOT, "    first to self-reliance: the alternative %s, the baseline %s, "
                        + "the same year %s, neither within the horizon %s%n", pct(c.alternativeFirst()),
                        pct(c.baselineFirst()), pct(c.sameStep()), pct(c.neither())));
                StringBuilder by = new StringBuilder("    P(self-reliant by):");
                for (int y : years) {
                    ComparisonResult.YearDifference d = c.probabilityBy(y);
                    by.append(String.format(Locale.ROOT, " %d %.3f -> %.3f (%+.3f [%+.3f, %+.3f]);", y, d.baseline().value(),
                            d.alternative().value(), d.difference().paired().value(), d.difference().paired().lower(),
                            d.difference().paired().upper()));
                }
                sb.append(by, 0, by.length() - 1).append('\n');
                Estimate ratio = c.costPerYearSaved();
                if (!Double.isNaN(ratio.value())) {
                    String note = c.yearsSaved().paired().value() > 0 && ratio.value() < 0
                            ? " (negative: it saves money as well as years)"
                            : c.yearsSaved().paired().value() < 0 ? " (negative years: the baseline gets there sooner)" : "";
                    sb.append(String.format(Locale.ROOT, "    cost per year saved %s [%s, %s]%s%n",
                            money(ratio.value()), money(ratio.lower()), money(ratio.upper()), note));
                }
            }
            sb.append("  Costs, mean of alternative − baseline (present value):\n");
            for (ComparisonResult.CostDifference c : a.costs()) {
                ComparisonResult.PairedEstimate p = c.added();
                sb.append(String.format(Locale.ROOT, "    %-16s %s [%s, %s]%s%n", c.cost(), money(p.paired().value()),
                        money(p.paired().lower()), money(p.paired().upper()), independent(p, true)));
            }
            for (ComparisonResult.SeriesDifference s : a.series()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s, mean change:", s.series()));
                for (int y : years) {
                    ComparisonResult.PairedEstimate p = s.year(y).difference();
                    line.append(String.format(Locale.ROOT, " %d %+.3f [%+.3f, %+.3f];", y, p.paired().value(),
                            p.paired().lower(), p.paired().upper()));
                }
                sb.append(line, 0, line.length() - 1).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Years to show: every fifth year from the start and the last year of the horizon.
     *
     * @param run how the run was made
     * @return years to show: every fifth year from the start and the last year of the horizon
     */
    public static List<Integer> milestones(RunInfo run) {
        List<Integer> years = new ArrayList<>();
        int last = run.startYear() + run.horizonYears() - 1;
        for (int y = run.startYear() + 4; y < last; y += 5) {
            years.add(y);
        }
        years.add(last);
        return years;
    }

    // ---- formatting ----

    private static String paired(ComparisonResult.PairedEstimate p, String format) {
        Estimate e = p.paired();
        return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]", e.value(), e.lower(), e.upper())
                + independent(p, false);
    }

    private static String independent(ComparisonResult.PairedEstimate p, boolean moneyValues) {
        if (p.independent() == null) {
            return "";
        }
        double half = p.independent().halfWidth();
        String width = moneyValues ? money(half) : String.format(Locale.ROOT, "%.2f", half);
        String ratio = Double.isInfinite(p.varianceRatio()) ? "every path alike"
                : Double.isNaN(p.varianceRatio()) ? "nothing varies" : String.format(Locale.ROOT, "x %.1f", p.varianceRatio());
        return String.format(Locale.ROOT, "  (independent runs: ± %s; %s)", width, ratio);
    }

    private static String pct(Estimate e) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * e.value());
    }

    private static String money(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "+inf" : "-inf";
        }
        return Double.isNaN(v) ? "n/a" : TextSummary.money(v, false);
    }

    private static String value(double v, String unit, RunInfo run) {
        if (unit.equals("year")) {
            if (Double.isInfinite(v) && v > 0) {
                return "not by " + (run.startYear() + run.horizonYears() - 1);
            }
            return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.1f", v).replace("+", "");
        }
        if (unit.equals("probability")) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return money(v);
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "  n/a " : String.format(Locale.ROOT, "%+.3f", v);
    }

    /** |PRCC|; aliased inputs (no PRCC) after every other, by |Spearman|. */
    private static double strength(Estimate prcc, Estimate spearman) {
        double p = Math.abs(prcc.value());
        return Double.isNaN(p) ? nan0(Math.abs(spearman.value())) - 2 : p;
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
