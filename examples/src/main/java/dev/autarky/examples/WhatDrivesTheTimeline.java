package dev.autarky.examples;

import dev.autarky.analysis.RankCorrelations;
import dev.autarky.analysis.SensitivityAnalysis;
import dev.autarky.analysis.SensitivityResult;
import dev.autarky.analysis.SensitivitySettings;
import dev.autarky.analysis.SobolGrouping;
import dev.autarky.analysis.SobolResult;
import dev.autarky.analysis.Tornado;
import dev.autarky.engine.RunSettings;
import dev.autarky.io.Scenarios;
import dev.autarky.result.Estimate;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.SelfRelianceCriterion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What drives how long Japan needs to do without China for rare earths — and what drives the cost?
 *
 * <p>Runs the sensitivity analysis of the default scenario (docs/analysis.md) and answers in plain
 * words: the inputs most strongly tied to the year of self-reliance (partial rank correlations),
 * how far each moves the chance of getting there when held at its P10 and its P90 (tornado), how
 * much of the uncertainty each part of the scenario explains (Sobol indices, China's export regime
 * and the other year-to-year processes as one part), the same for the system cost, and what
 * matters for heavy rare earth coverage as the years go by.
 *
 * <p>Under the scenario's own criteria almost no future gets there by the end of the horizon, so
 * there is little timeline to explain; the example therefore adds a less strict goal for this
 * analysis only — Dy and Tb, half of demand covered without China, two years running — and says
 * so. Adding a criterion changes no draw. Usage: {@code WhatDrivesTheTimeline [paths] [seed]}
 * (default 20,000 paths; the tornado and Sobol designs scale with it).
 */
public final class WhatDrivesTheTimeline {

    /** The less strict goal added for this analysis. */
    static final String GOAL = "heavy-50";
    /** The year of "self-reliant by". */
    static final int BY = 2040;

    private WhatDrivesTheTimeline() {
    }

    /** Runs the question with the given (or default) path count and seed. */
    public static void main(String[] args) {
        long paths = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : RunSettings.DEFAULT_SEED;
        Scenario japan = withLessStrictGoal(Scenarios.japanRareEarths());
        SensitivitySettings settings = SensitivitySettings.defaults().withPaths(paths).withSeed(seed).withByYear(BY)
                .withSeries(List.of("capabilityShare.Dy"))
                .withTornado((int) Math.max(100, paths / 10), 25)
                .withSobol((int) Math.max(16, paths / 40), paths < 5_000 ? 50 : 300, SobolGrouping.COMPONENT);
        long start = System.nanoTime();
        SensitivityResult r = SensitivityAnalysis.run(japan, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(answer(japan, r));
        System.out.printf(Locale.ROOT, "%n(%,d futures for the correlations, %,d per tornado run, %,d Sobol rows; "
                + "%.1f s; seed %d. docs/analysis.md says how each number is computed.)%n", paths,
                settings.tornadoPaths(), settings.sobolRows(), seconds, seed);
    }

    /** The default scenario with the less strict goal added (it changes no draw). */
    static Scenario withLessStrictGoal(Scenario s) {
        return s.toBuilder().criterion(new SelfRelianceCriterion(GOAL,
                "Dy and Tb: half of demand covered without China, two years running", CriterionKind.CAPABILITY, 0.5,
                List.of("Dy", "Tb"), 2)).build();
    }

    /** The plain-words answer. */
    static String answer(Scenario japan, SensitivityResult r) {
        StringBuilder sb = new StringBuilder();
        int last = r.run().startYear() + r.run().horizonYears() - 1;
        sb.append("Question: what drives how long Japan needs to do without China for rare earths, and the cost?\n\n");
        sb.append("First, how often each goal is reached by ").append(BY).append(":\n");
        for (SelfRelianceCriterion c : japan.criteria()) {
            Tornado by = r.tornado("pby" + BY + "@" + c.id());
            sb.append(String.format(Locale.ROOT, "  %-14s by %d: %s of futures  (%s)%n", c.id(), BY,
                    pct(by.baseline()), c.name()));
        }
        sb.append(String.format(Locale.ROOT, "Under the scenario's own goals almost no future gets there, so there is "
                + "little timeline to explain. So this analysis also asks about a less strict goal, added here only "
                + "(it changes no draw): %s, \"%s\".%n", GOAL, japan.criteria().get(japan.criteria().size() - 1).name()));

        RankCorrelations ranks = r.ranks();
        String time = "timeToSelfReliance." + GOAL;
        sb.append(String.format(Locale.ROOT, "%nWhat moves the %s timeline most (partial rank correlation over %,d "
                + "futures, with its 95 %% interval; a future that never gets there counts as later than any that "
                + "does):%n", GOAL, ranks.count(time)));
        for (int i : strongest(ranks, time, 6)) {
            Estimate p = ranks.prcc(time, ranks.inputs().get(i));
            sb.append(String.format(Locale.ROOT, "  %s: the higher it is, the %s (PRCC %+.2f [%+.2f, %+.2f])%n",
                    ranks.inputs().get(i), p.value() > 0 ? "later" : "sooner", p.value(), p.lower(), p.upper()));
        }
        if (!ranks.aliased().isEmpty()) {
            sb.append("  (Not listed: ").append(String.join(", ", ranks.aliased())).append(". The scenario ties them "
                    + "rank for rank to inputs listed before them — Tb to Dy — so their effect is counted there.)\n");
        }

        Tornado tornado = r.tornado("pby" + BY + "@" + GOAL);
        sb.append(String.format(Locale.ROOT, "%nHeld at its P10 and then at its P90 on the same %,d futures, each of "
                + "these moves the chance of reaching %s by %d (%s with nothing held) the most:%n", tornado.paths(), GOAL,
                BY, pct(tornado.baseline())));
        int shown = 0;
        for (Tornado.Bar b : tornado.bars()) {
            if (shown++ == 5 || !(b.size() > 0)) {
                break;
            }
            sb.append(String.format(Locale.ROOT, "  %s: %s at %.4g, %s at %.4g (change %+.1f points, 95 %% interval "
                    + "%+.1f to %+.1f)%n", b.input(), pct(b.atLow()), b.inputLow(), pct(b.atHigh()), b.inputHigh(),
                    100 * b.swing().value(), 100 * b.swing().lower(), 100 * b.swing().upper()));
        }

        r.sobol().ifPresent(sobol -> {
            SobolResult x = sobol.indices();
            String reached = "selfReliantBy" + BY + "." + GOAL;
            sb.append(String.format(Locale.ROOT, "%nShare of the uncertainty about reaching %s by %d that each part of "
                    + "the scenario explains (Sobol total index, interactions included, with its bootstrap interval; "
                    + "%,d rows; \"alone\": the first-order index, without interactions, estimates below 0 shown "
                    + "as 0):%n", GOAL, BY, x.baseRows()));
            sobolLines(sb, x, reached, 5);
            sb.append(String.format(Locale.ROOT, "%nAnd of the system cost (present value):%n"));
            sobolLines(sb, x, "systemCost", 5);
        });

        sb.append(String.format(Locale.ROOT, "%nWhat moves the system cost most (partial rank correlation):%n"));
        for (int i : strongest(ranks, "systemCost", 5)) {
            Estimate p = ranks.prcc("systemCost", ranks.inputs().get(i));
            sb.append(String.format(Locale.ROOT, "  %s: the higher it is, the %s the cost (PRCC %+.2f [%+.2f, %+.2f])%n",
                    ranks.inputs().get(i), p.value() > 0 ? "higher" : "lower", p.value(), p.lower(), p.upper()));
        }

        SensitivityResult.SeriesSensitivity dy = r.overTime("capabilityShare.Dy");
        sb.append("\nOver time: the input most tied to how much of Dy demand Japan could cover without China:\n");
        for (int year : new int[] {2026, 2030, 2035, 2045, last}) {
            int k = dy.years().indexOf((double) year);
            if (k < 0) {
                continue;
            }
            int best = -1;
            double strength = 0;
            for (int i = 0; i < r.inputs().size(); i++) {
                double v = Math.abs(dy.spearman().get(i).get(k).value());
                if (v > strength) {
                    strength = v;
                    best = i;
                }
            }
            if (best >= 0) {
                Estimate e = dy.spearman().get(best).get(k);
                sb.append(String.format(Locale.ROOT, "  %d: %s (Spearman %+.2f)%n", year, r.inputs().get(best), e.value()));
            }
        }
        return sb.toString();
    }

    private static void sobolLines(StringBuilder sb, SobolResult x, String output, int n) {
        int o = x.outputs().indexOf(output);
        if (!(x.variance(o) > 0)) {
            sb.append("  nothing: it is the same in every future\n");
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < x.factors().size(); g++) {
            order.add(g);
        }
        order.sort(Comparator.comparingDouble((Integer g) -> -nan0(x.total(o, g).value())));
        for (int g : order.subList(0, Math.min(n, order.size()))) {
            Estimate t = x.total(o, g);
            sb.append(String.format(Locale.ROOT, "  %-50s %3.0f %% [%.0f-%.0f %%] (alone: %.0f %%)%n", x.factors().get(g),
                    100 * t.value(), 100 * t.lower(), 100 * t.upper(), 100 * Math.max(0, x.firstOrder(o, g).value())));
        }
    }

    /** The inputs with the largest |PRCC| with {@code output} (aliased inputs, which have none, left out). */
    private static List<Integer> strongest(RankCorrelations ranks, String output, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranks.inputs().size(); i++) {
            if (!Double.isNaN(ranks.prcc(output, ranks.inputs().get(i)).value())) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(ranks.prcc(output, ranks.inputs().get(i)).value())));
        return order.subList(0, Math.min(n, order.size()));
    }

    private static String pct(Estimate e) {
        double p = e.value();
        return p > 0 && p < 0.005 ? "<1 %" : String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
