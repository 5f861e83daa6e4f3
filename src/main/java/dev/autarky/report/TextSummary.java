package dev.autarky.report;

import dev.autarky.result.Convergence;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeQuantile;
import dev.autarky.result.TimeToSelfReliance;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A plain-words printout of a {@link SimulationResult}: the time to self-reliance under each
 * criterion (saying plainly when most paths never get there), the cost ranges, and how the
 * untrusted supplier's share evolves.
 */
public final class TextSummary {

    private TextSummary() {
    }

    /**
     * The whole printout.
     *
     * @param r the result of a run
     * @return the whole printout
     */
    public static String render(SimulationResult r) {
        StringBuilder sb = new StringBuilder();
        var run = r.run();
        int end = run.startYear() + run.horizonYears();
        sb.append(r.title()).append('\n');
        sb.append(String.format(Locale.ROOT, "%,d paths, seed %d, %d thread%s; horizon %d-%d%n", run.paths(), run.seed(),
                run.threads(), run.threads() == 1 ? "" : "s", run.startYear(), end - 1));
        sb.append('\n').append("Time to self-reliance").append('\n');
        for (TimeToSelfReliance t : r.timesToSelfReliance()) {
            sb.append(timeParagraph(t, run.startYear(), end));
        }
        sb.append('\n').append(String.format(Locale.ROOT, "Costs (%s, present value at the start of %d)%n",
                run.currency(), run.startYear()));
        for (OutcomeSummary c : r.costs().values()) {
            sb.append(costLine(c)).append('\n');
        }
        sb.append('\n').append("Share of demand met by untrusted suppliers: median [P5-P95]").append('\n');
        sb.append(shareTable(r, "untrustedShare.", run.startYear(), end));
        sb.append('\n').append("Share of demand met by domestic output: median [P5-P95]").append('\n');
        sb.append(shareTable(r, "domesticShare.", run.startYear(), end));
        sb.append('\n').append(precision(r.convergence(), run.paths()));
        return sb.toString();
    }

    /**
     * How many paths the run simulated and why, with the precision each target reached; for a run
     * without a stop rule, one line on how to read the intervals.
     *
     * @param c how the run converged
     * @param paths number of paths
     * @return how many paths the run simulated and why, with the precision each target reached; for a run
     *         without a stop rule, one line on how to read the intervals
     */
    public static String precision(Convergence c, long paths) {
        StringBuilder sb = new StringBuilder("Precision\n");
        if (c.stoppedBy() == Convergence.StopReason.FIXED_PATHS) {
            sb.append(String.format(Locale.ROOT, "  %,d paths; ranges in brackets are %.0f %% confidence intervals "
                    + "(Monte Carlo error only).%n", paths, 100 * c.confidence()));
            return sb.toString();
        }
        String why = switch (c.stoppedBy()) {
            case TARGETS_MET -> "every target met";
            case PATH_BUDGET -> "path budget of " + String.format(Locale.ROOT, "%,d", c.pathBudget()) + " exhausted";
            case TIME_BUDGET -> "time budget passed (not reproducible)";
            default -> "";
        };
        sb.append(String.format(Locale.ROOT, "  Stopped after %d round%s and %,d paths: %s.%n", c.rounds(),
                c.rounds() == 1 ? "" : "s", paths, why));
        List<Convergence.TargetStatus> decisive = c.decisive();
        for (Convergence.TargetStatus t : c.targets()) {
            String achieved = Double.isInfinite(t.achieved()) ? "unbounded"
                    : t.relative() ? String.format(Locale.ROOT, "%.3g %%", 100 * t.achieved())
                    : String.format(Locale.ROOT, "%.3g", t.achieved());
            String tolerance = t.relative() ? String.format(Locale.ROOT, "%.3g %%", 100 * t.tolerance())
                    : String.format(Locale.ROOT, "%.3g", t.tolerance());
            sb.append(String.format(Locale.ROOT, "  %-28s ±%s (target ±%s, %.0f %% confidence)%s%n", t.target(), achieved,
                    tolerance, 100 * c.confidence(), !t.met() ? "  not met" : decisive.contains(t) ? "  <- stopped the run" : ""));
        }
        return sb.toString();
    }

    /**
     * A paragraph on one criterion.
     *
     * @param t the time to self-reliance of one criterion
     * @param startYear first calendar year of the time grid
     * @param endYear last calendar year of the horizon
     * @return a paragraph on one criterion
     */
    public static String timeParagraph(TimeToSelfReliance t, int startYear, int endYear) {
        StringBuilder sb = new StringBuilder();
        sb.append("  ").append(t.name()).append('\n');
        sb.append("    P10 ").append(yearWithInterval(t.quantile(0.10, CONFIDENCE), endYear)).append(", median ")
                .append(yearWithInterval(t.quantile(0.50, CONFIDENCE), endYear)).append(", P90 ")
                .append(yearWithInterval(t.quantile(0.90, CONFIDENCE), endYear)).append('\n');
        sb.append("    Probability of self-reliance by");
        String sep = " ";
        for (int y : milestones(startYear, endYear)) {
            Estimate e = t.probabilityBy(y, CONFIDENCE);
            sb.append(sep).append(y).append(": ").append(percent(e.value())).append(" [")
                    .append(percentRange(e.lower(), e.upper())).append(']');
            sep = ", ";
        }
        sb.append('\n');
        Estimate rmst = t.restrictedMean(CONFIDENCE);
        sb.append(String.format(Locale.ROOT, "    Mean years to self-reliance, counting the never-reached as %.0f: %.2f [%.2f-%.2f]%n",
                t.horizonYears(), rmst.value(), rmst.lower(), rmst.upper()));
        double censored = t.censoredFraction();
        if (censored >= 0.5) {
            sb.append(String.format(Locale.ROOT,
                    "    Most paths never get there: %s do not reach self-reliance by %d.%n", percent(censored), endYear - 1));
        } else if (censored > 0) {
            sb.append(String.format(Locale.ROOT, "    %s of paths do not reach self-reliance by %d.%n", percent(censored),
                    endYear - 1));
        }
        return sb.toString();
    }

    static List<Integer> milestones(int startYear, int endYear) {
        List<Integer> years = new java.util.ArrayList<>();
        for (int y : new int[] {2030, 2035, 2040, 2050}) {
            if (y >= startYear && y < endYear) {
                years.add(y);
            }
        }
        if (years.isEmpty() || years.get(years.size() - 1) != endYear - 1) {
            years.add(endYear - 1);
        }
        return years;
    }

    /** Confidence of the intervals printed. */
    static final double CONFIDENCE = Estimate.DEFAULT_CONFIDENCE;

    private static String yearWithInterval(TimeQuantile q, int endYear) {
        if (q.value().isEmpty() && q.lower().isEmpty()) {
            return year(q.value(), endYear); // surely not reached, at this confidence
        }
        String lower = q.lower().isEmpty() ? "after " + (endYear - 1) : year(q.lower(), endYear);
        String upper = q.upper().isEmpty() ? "after " + (endYear - 1) : year(q.upper(), endYear);
        String range = lower.equals(upper) ? lower : lower + " to " + upper;
        return year(q.value(), endYear) + " [" + range + "]";
    }

    private static String percentRange(double lower, double upper) {
        return String.format(Locale.ROOT, "%.1f-%.1f %%", 100 * lower, 100 * upper);
    }

    private static String year(OptionalDouble v, int endYear) {
        if (v.isEmpty()) {
            return "not reached by " + (endYear - 1);
        }
        double y = v.getAsDouble();
        return y == Math.rint(y) ? Integer.toString((int) y) : String.format(Locale.ROOT, "%.2f", y);
    }

    private static String percent(double p) {
        if (p > 0 && p < 0.005) {
            return "<1 %";
        }
        return String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }

    private static String costLine(OutcomeSummary c) {
        boolean perKg = c.name().endsWith("PerKg");
        String undefined = c.count() < c.paths()
                ? String.format(Locale.ROOT, "  (defined on %s of paths)", percent((double) c.count() / c.paths())) : "";
        if (c.count() == 0) {
            return String.format(Locale.ROOT, "  %-28s undefined on every path", c.name());
        }
        Estimate mean = c.mean(CONFIDENCE);
        String plusMinus = Double.isFinite(mean.halfWidth()) ? " ± " + money(mean.halfWidth(), perKg) : "";
        return String.format(Locale.ROOT, "  %-28s mean %s%s   P10 %s   P50 %s   P90 %s%s", c.name(), money(c.mean(), perKg),
                plusMinus, money(c.quantile(0.10), perKg), money(c.quantile(0.50), perKg), money(c.quantile(0.90), perKg),
                undefined);
    }

    /**
     * Money in readable units: 12.3 bn, 450 m, 12.5 k; per-kg figures as they are.
     *
     * @param v the amount, in the scenario's currency
     * @param perKg whether the amount is per kilogram (printed as it is)
     * @return the amount in readable units, such as {@code 12.3 bn}
     */
    public static String money(double v, boolean perKg) {
        if (perKg) {
            return String.format(Locale.ROOT, "%,.1f/kg", v);
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1f m", v / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String shareTable(SimulationResult r, String prefix, int startYear, int endYear) {
        StringBuilder sb = new StringBuilder();
        int stepsPerYear = r.run().stepsPerYear();
        List<Integer> years = new java.util.ArrayList<>();
        years.add(startYear);
        years.addAll(milestones(startYear, endYear));
        sb.append(String.format(Locale.ROOT, "  %-10s", ""));
        for (int y : years) {
            sb.append(String.format(Locale.ROOT, "%-18d", y));
        }
        sb.append('\n');
        for (SeriesBands s : r.series().values()) {
            if (!s.name().startsWith(prefix)) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %-10s", s.name().substring(prefix.length())));
            for (int y : years) {
                SeriesBands.Band b = s.bands().get((y - startYear) * stepsPerYear);
                sb.append(String.format(Locale.ROOT, "%-18s", String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", b.p50(), b.p5(), b.p95())));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
