package dev.autarky.examples;

import dev.autarky.analysis.ComparisonResult;
import dev.autarky.analysis.ComparisonSettings;
import dev.autarky.analysis.Levers;
import dev.autarky.analysis.PolicyComparison;
import dev.autarky.analysis.PolicySweep;
import dev.autarky.analysis.SweepResult;
import dev.autarky.engine.RunSettings;
import dev.autarky.io.Scenarios;
import dev.autarky.report.TextSummary;
import dev.autarky.result.Estimate;
import dev.autarky.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which policy buys Japan the most years of independence from China for rare earths, and at what
 * cost?
 *
 * <p>Builds policy variants of the default scenario in code with the lever helpers — twice the Dy
 * and Tb stockpiles, the mud programme 40 % faster, a bigger mud system, twice the new allied
 * offtake, twice the recycling — and compares each with the default path by path with common
 * random numbers (docs/analysis.md): years saved, the chance of being self-reliant by 2040, who
 * gets there first, the cost added and the cost per year saved, every number with its interval,
 * and how much narrower the common numbers make those intervals than independent runs would.
 * Then it sweeps the mud lifting capacity from 350 to 10,000 t/day for the cost-probability
 * frontier.
 *
 * <p>Under the scenario's own headline goal (Dy and Tb 90 % covered without China) very few futures
 * get there by 2060, whatever the policy, so the comparison also uses a less strict goal added
 * here only (Dy and Tb, half of demand) and Dy coverage itself; it says so. No input is tuned.
 * Usage: {@code WhichPolicyBuysTheMostYears [paths] [seed]} (default 20,000 paths per policy).
 */
public final class WhichPolicyBuysTheMostYears {

    private static final String GOAL = WhatDrivesTheTimeline.GOAL;
    private static final int BY = 2040;

    private WhichPolicyBuysTheMostYears() {
    }

    /** Runs the question with the given (or default) path count and seed. */
    public static void main(String[] args) {
        long paths = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : RunSettings.DEFAULT_SEED;
        Scenario base = WhatDrivesTheTimeline.withLessStrictGoal(Scenarios.japanRareEarths());
        Map<String, Scenario> policies = policies(base);
        long start = System.nanoTime();
        ComparisonResult r = PolicyComparison.run(base, new ArrayList<>(policies.values()), ComparisonSettings.defaults()
                .withPaths(paths).withSeed(seed).withSeries(List.of("capabilityShare.Dy")));
        SweepResult sweep = PolicySweep.run(base, Levers.liftingTonnesPerDay("lifting-system"),
                new double[] {350, 1_000, 3_500, 7_000, 10_000},
                PolicySweep.Settings.defaults().withPaths(Math.max(100, paths / 2)).withRun(
                        RunSettings.defaults().withPaths(Math.max(100, paths / 2)).withSeed(seed)).withByYear(2045));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(answer(r, new ArrayList<>(policies.keySet()), sweep));
        System.out.printf(Locale.ROOT, "%n(%,d futures per policy, the same futures for every policy; %.1f s; seed %d. "
                + "docs/analysis.md says how each number is computed.)%n", paths, seconds, seed);
    }

    /** The policy variants, each built from the default with the lever helpers, by a readable name. */
    static Map<String, Scenario> policies(Scenario base) {
        Map<String, Scenario> p = new LinkedHashMap<>();
        p.put("Twice the Dy and Tb stockpiles", Levers.stockpileScale("Dy", "Tb").apply(base, 2));
        p.put("The mud programme 40 % faster (decisions and lead times x 0.6)",
                Levers.scheduleScale("lifting-system", "island-plant", "mainland-refinery").apply(base, 0.6));
        Scenario bigger = Levers.liftingTonnesPerDay("lifting-system").apply(base, 10_000);
        p.put("A 10,000 t/day mud system, island plant and refinery doubled",
                Levers.nameplateScale("island-plant", "mainland-refinery").apply(bigger, 2));
        p.put("Twice the new allied offtake (Australia, US)", Levers.supplierCapacity("allied-new").apply(base, 2));
        p.put("Twice the recycled share of NdPr, Dy and Tb", Levers.recyclingShare("NdPr", "Dy", "Tb").apply(base, 2));
        return p;
    }

    /** The plain-words answer. */
    static String answer(ComparisonResult r, List<String> names, SweepResult sweep) {
        StringBuilder sb = new StringBuilder();
        int last = r.run().startYear() + r.run().horizonYears() - 1;
        sb.append("Question: which policy buys Japan the most years of independence from China for rare earths, "
                + "and at what cost?\n\n");
        ComparisonResult.CriterionDifference headline = r.alternatives().get(0).criterion("heavy-90");
        sb.append(String.format(Locale.ROOT, "Plainly: under the scenario's own goals almost no future gets there. "
                + "Today's policies reach \"%s\" by %d in %s of futures, and no policy below lifts that above %s. "
                + "So the policies are also compared on a less strict goal added here only — %s, Dy and Tb half "
                + "covered without China — and on Dy coverage itself. No input was tuned.%n", headline.name(), last,
                pct(headline.probabilityBy(last).baseline()), pct(maxAlternative(r, "heavy-90", last)), GOAL));

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.alternatives().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) ->
                -r.alternatives().get(i).criterion(GOAL).yearsSaved().paired().value()));
        sb.append(String.format(Locale.ROOT, "%nRanked by years saved towards %s (within the horizon; a future that "
                + "never gets there counts as %d):%n", GOAL, last + 1));
        int rank = 1;
        for (int i : order) {
            ComparisonResult.Alternative a = r.alternatives().get(i);
            ComparisonResult.CriterionDifference c = a.criterion(GOAL);
            Estimate saved = c.yearsSaved().paired();
            ComparisonResult.YearDifference by = c.probabilityBy(BY);
            Estimate cost = a.cost("systemCost").added().paired();
            sb.append(String.format(Locale.ROOT, "%d. %s%n", rank++, names.get(i)));
            sb.append(String.format(Locale.ROOT, "   %+.2f years saved on average [%+.2f, %+.2f]; reaches %s by %d in %s "
                    + "of futures instead of %s (%+.1f points [%+.1f, %+.1f]); first to get there in %s of futures, "
                    + "later in %s.%n", saved.value(), saved.lower(), saved.upper(), GOAL, BY, pct(by.alternative()),
                    pct(by.baseline()), 100 * by.difference().paired().value(), 100 * by.difference().paired().lower(),
                    100 * by.difference().paired().upper(), pct(c.alternativeFirst()), pct(c.baselineFirst())));
            ComparisonResult.YearDifference dy = a.series("capabilityShare.Dy").year(2035);
            sb.append(String.format(Locale.ROOT, "   Dy demand coverable without China in 2035: %.0f %% instead of "
                    + "%.0f %% (%+.1f points [%+.1f, %+.1f]).%n", 100 * dy.alternative().value(),
                    100 * dy.baseline().value(), 100 * dy.difference().paired().value(),
                    100 * dy.difference().paired().lower(), 100 * dy.difference().paired().upper()));
            boolean up = cost.value() >= 0;
            sb.append(String.format(Locale.ROOT, "   System cost %s %s [%s to %s]", up ? "up" : "down",
                    money(Math.abs(cost.value())), money(Math.abs(up ? cost.lower() : cost.upper())),
                    money(Math.abs(up ? cost.upper() : cost.lower()))));
            Estimate ratio = c.costPerYearSaved();
            if (saved.lower() > 0 && cost.upper() < 0) {
                sb.append(": it saves money as well as years.\n");
            } else if (saved.lower() > 0 && Double.isFinite(ratio.lower()) && Double.isFinite(ratio.upper())) {
                sb.append(String.format(Locale.ROOT, ": %s per year saved [%s, %s].%n", money(ratio.value()),
                        money(ratio.lower()), money(ratio.upper())));
            } else if (saved.upper() <= 0 && saved.lower() >= 0) {
                sb.append(": it saves no years at all — a stockpile is not counted as supply a country could "
                        + "count on, so it never moves a capability goal; it buys time in a cut-off and lowers "
                        + "shortage costs instead.\n");
            } else {
                sb.append(".\n");
            }
        }

        ComparisonResult.Alternative best = r.alternatives().get(order.get(0));
        ComparisonResult.PairedEstimate cost = best.cost("systemCost").added();
        ComparisonResult.PairedEstimate years = best.criterion(GOAL).yearsSaved();
        if (cost.independent() != null) {
            sb.append(String.format(Locale.ROOT, "%nWhy the intervals are narrow: every policy sees the same %,d futures "
                    + "(the same China, the same demand, the same project luck), so only the policy differs. Had the "
                    + "best policy been run on futures of its own, the interval of its cost difference would be %.0f "
                    + "times as wide (± %s instead of ± %s) and that of its years saved %.1f times as wide "
                    + "(± %.2f instead of ± %.2f years).%n", r.run().paths(),
                    cost.independent().halfWidth() / cost.paired().halfWidth(), money(cost.independent().halfWidth()),
                    money(cost.paired().halfWidth()), years.independent().halfWidth() / years.paired().halfWidth(),
                    years.independent().halfWidth(), years.paired().halfWidth()));
        }

        int c = sweep.criteria().indexOf(GOAL);
        sb.append(String.format(Locale.ROOT, "%nThe mud lifting system's size, swept on the same %,d futures "
                + "(P(%s by %d) and mean system cost):%n", sweep.run().paths(), GOAL, sweep.byYear()));
        List<Integer> frontier = sweep.frontier(GOAL);
        for (int i = 0; i < sweep.points().size(); i++) {
            SweepResult.Point p = sweep.points().get(i);
            sb.append(String.format(Locale.ROOT, "  %,6.0f t/day: %s [%s-%s], cost %s (%+.1f points and %s against "
                    + "350 t/day)%s%n", p.value(), pct(p.probabilityBy().get(c)), pct(p.probabilityBy().get(c).lower()),
                    pct(p.probabilityBy().get(c).upper()), money(p.cost().value()),
                    100 * p.probabilityChange().get(c).value(), signedMoney(p.costChange().value()),
                    frontier.contains(i) ? "" : "  (beaten: another size costs less and gets there as often)"));
        }
        sb.append("  Read the cost column with care: the default scenario gives the lifting system a fixed capital "
                + "cost that does not grow with its size (capexPerTonnePerYear = 0), so here a bigger system costs no "
                + "more to build and its extra output only saves imports and shortages.\n");
        return sb.toString();
    }

    private static Estimate maxAlternative(ComparisonResult r, String criterion, int year) {
        Estimate best = null;
        for (ComparisonResult.Alternative a : r.alternatives()) {
            Estimate e = a.criterion(criterion).probabilityBy(year).alternative();
            if (best == null || e.value() > best.value()) {
                best = e;
            }
        }
        return best;
    }

    private static String pct(Estimate e) {
        return pct(e.value());
    }

    private static String pct(double p) {
        return p > 0 && p < 0.005 ? "<1 %" : String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }

    private static String money(double v) {
        return "USD " + TextSummary.money(v, false);
    }

    private static String signedMoney(double v) {
        return (v >= 0 ? "+" : "-") + money(Math.abs(v));
    }
}
