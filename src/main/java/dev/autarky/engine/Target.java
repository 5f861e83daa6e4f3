package dev.autarky.engine;

import dev.autarky.internal.stats.Binomial;
import dev.autarky.result.DesignErrors;
import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A precision target of a {@link StopRule}: "this statistic's confidence interval has a half-width
 * of at most {@code tolerance}" — absolute, in the statistic's unit, or relative to the
 * magnitude of its estimate.
 *
 * <p>Half-width means {@code (upper − lower) / 2} of the interval the result reports for the
 * statistic (see {@code docs/results.md}), at the stop rule's confidence. A time quantile whose
 * whole interval lies beyond the horizon ("not reached", with that confidence) has half-width 0;
 * one whose upper limit alone lies beyond it has an infinite half-width.
 *
 * <p>Under a sampling design other than plain Monte Carlo the paths are not independent: targets
 * on a cost mean or on P(self-reliant by a year) are then measured with the design-based standard
 * errors of {@code SimulationResult.designErrors()} (Student's t with groups − 1 degrees of
 * freedom); the other statistics keep their interval for independent paths.
 *
 * <p>The textual form, accepted by {@link #parse} and produced by {@link #spec()}:
 *
 * <pre>
 * p50:0.25                 P50 time to self-reliance within ±0.25 years
 * p90@CRITERION:0.5        the same for another criterion than the headline (first) one
 * pby2035:0.01             P(self-reliant by the end of 2035) within ±0.01
 * rmst:0.1                 restricted mean time to self-reliance within ±0.1 years
 * mean:systemCost:1%       mean of a cost within ±1 % of its estimate
 * mean:systemCost:2e8      ... or within ±2e8 currency units
 * p90:systemCost:2%        P90 of a cost
 * es5:systemCost:2%        expected shortfall (mean of the worst 5 %) of a cost
 * </pre>
 *
 * Levels are percentages in (0, 100) ({@code p2.5} is allowed); every form takes a trailing
 * {@code %} for a relative tolerance. Several targets are separated by commas; a run stops when
 * all are met.
 *
 * @param kind      the statistic
 * @param subject   criterion id (empty: the headline criterion) or cost name
 * @param level     quantile level or expected-shortfall tail fraction in (0, 1); 0 where unused
 * @param year      calendar year of {@link Kind#PROBABILITY_BY}; 0 where unused
 * @param tolerance largest acceptable half-width, > 0 (a fraction when relative)
 * @param relative  whether {@code tolerance} is relative to {@code |estimate|}
 */
public record Target(Kind kind, String subject, double level, int year, double tolerance, boolean relative) {

    /** The statistics a target can be set on. */
    public enum Kind {
        /** A quantile of the time to self-reliance, in years. */
        TIME_QUANTILE,
        /** The probability of being self-reliant by the end of a year. */
        PROBABILITY_BY,
        /** The restricted mean time to self-reliance over the horizon, in years. */
        RESTRICTED_MEAN,
        /** The mean of a cost. */
        COST_MEAN,
        /** A quantile of a cost. */
        COST_QUANTILE,
        /** The expected shortfall (mean of the worst fraction) of a cost. */
        COST_SHORTFALL
    }

    /**
     * Validates the fields.
     *
     * @param kind the statistic
     * @param subject criterion id (empty: the headline criterion) or cost name
     * @param level quantile level or expected-shortfall tail fraction in (0, 1); 0 where unused
     * @param year calendar year of {@link Kind#PROBABILITY_BY}; 0 where unused
     * @param tolerance largest acceptable half-width, > 0 (a fraction when relative)
     * @param relative whether {@code tolerance} is relative to {@code |estimate|}
     */
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance: must be finite and > 0, was " + tolerance);
        }
        boolean hasLevel = kind == Kind.TIME_QUANTILE || kind == Kind.COST_QUANTILE || kind == Kind.COST_SHORTFALL;
        if (hasLevel && !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must be in (0, 1), was " + level);
        }
        if ((kind == Kind.COST_MEAN || kind == Kind.COST_QUANTILE || kind == Kind.COST_SHORTFALL) && subject.isEmpty()) {
            throw new IllegalArgumentException("subject: a cost target needs the cost's name");
        }
    }

    /**
     * The {@code level}-quantile of the headline criterion's time to self-reliance within ±{@code years}.
     *
     * @param level quantile level or expected-shortfall tail fraction in (0, 1); 0 where unused
     * @param years the largest half-width of the quantile's interval, in years, > 0
     * @return the {@code level}-quantile of the headline criterion's time to self-reliance within ±{@code
     *         years}
     */
    public static Target timeQuantile(double level, double years) {
        return new Target(Kind.TIME_QUANTILE, "", level, 0, years, false);
    }

    /**
     * P(self-reliant by the end of {@code year}) under the headline criterion within ±{@code halfWidth}.
     *
     * @param year calendar year of {@link Kind#PROBABILITY_BY}; 0 where unused
     * @param halfWidth the achieved half-width, in the target's terms (relative if it is)
     * @return P(self-reliant by the end of {@code year}) under the headline criterion within ±{@code
     *         halfWidth}
     */
    public static Target probabilityBy(int year, double halfWidth) {
        return new Target(Kind.PROBABILITY_BY, "", 0, year, halfWidth, false);
    }

    /**
     * The mean of cost {@code cost} within ±{@code fraction} of its estimate.
     *
     * @param cost name of a cost outcome, such as {@code systemCost}
     * @param fraction the largest half-width of the interval relative to the estimate, in (0, 1)
     * @return the mean of cost {@code cost} within ±{@code fraction} of its estimate
     */
    public static Target costMean(String cost, double fraction) {
        return new Target(Kind.COST_MEAN, cost, 0, 0, fraction, true);
    }

    /**
     * Parses one target or a comma-separated list of them (grammar in the class comment).
     *
     * @param text one target or a comma-separated list
     * @return the targets, in the order given
     * @throws IllegalArgumentException naming the bad part and what was expected
     */
    public static List<Target> parse(String text) {
        List<Target> targets = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            targets.add(parseOne(part.trim()));
        }
        return List.copyOf(targets);
    }

    private static Target parseOne(String s) {
        String[] parts = s.split(":", -1);
        try {
            if (parts.length == 2) {
                String head = parts[0];
                String criterion = "";
                int at = head.indexOf('@');
                if (at >= 0) {
                    criterion = head.substring(at + 1);
                    head = head.substring(0, at);
                    if (criterion.isEmpty()) {
                        throw new IllegalArgumentException("empty criterion after '@'");
                    }
                }
                Tolerance tol = Tolerance.parse(parts[1]);
                if (head.startsWith("pby")) {
                    int year = Integer.parseInt(head.substring(3));
                    return new Target(Kind.PROBABILITY_BY, criterion, 0, year, tol.value, tol.relative);
                }
                if (head.equals("rmst")) {
                    return new Target(Kind.RESTRICTED_MEAN, criterion, 0, 0, tol.value, tol.relative);
                }
                if (head.startsWith("p")) {
                    return new Target(Kind.TIME_QUANTILE, criterion, percent(head.substring(1)), 0, tol.value,
                            tol.relative);
                }
            } else if (parts.length == 3) {
                String head = parts[0];
                String cost = parts[1];
                if (cost.isEmpty()) {
                    throw new IllegalArgumentException("empty cost name");
                }
                Tolerance tol = Tolerance.parse(parts[2]);
                if (head.equals("mean")) {
                    return new Target(Kind.COST_MEAN, cost, 0, 0, tol.value, tol.relative);
                }
                if (head.startsWith("es")) {
                    return new Target(Kind.COST_SHORTFALL, cost, percent(head.substring(2)), 0, tol.value,
                            tol.relative);
                }
                if (head.startsWith("p")) {
                    return new Target(Kind.COST_QUANTILE, cost, percent(head.substring(1)), 0, tol.value,
                            tol.relative);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target \"" + s + "\": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("target \"" + s + "\": expected one of pNN:YEARS, pNN@CRITERION:YEARS, "
                + "pbyYEAR:PROB, rmst:YEARS, mean:COST:TOL, pNN:COST:TOL, esNN:COST:TOL (TOL a number or a percentage)");
    }

    private static double percent(String s) {
        double p = Double.parseDouble(s);
        if (!(p > 0 && p < 100)) {
            throw new IllegalArgumentException("level " + s + ": must be a percentage in (0, 100)");
        }
        return p / 100;
    }

    private record Tolerance(double value, boolean relative) {
        static Tolerance parse(String s) {
            boolean relative = s.endsWith("%");
            double v = Double.parseDouble(relative ? s.substring(0, s.length() - 1) : s);
            return new Tolerance(relative ? v / 100 : v, relative);
        }
    }

    /**
     * The canonical textual form, which {@link #parse} reads back to an equal target.
     *
     * @return the canonical textual form, which {@link #parse} reads back to an equal target
     */
    public String spec() {
        String at = subject.isEmpty() ? "" : "@" + subject;
        String tol = relative ? number(tolerance * 100) + "%" : number(tolerance);
        return switch (kind) {
            case TIME_QUANTILE -> "p" + number(level * 100) + at + ":" + tol;
            case PROBABILITY_BY -> "pby" + year + at + ":" + tol;
            case RESTRICTED_MEAN -> "rmst" + at + ":" + tol;
            case COST_MEAN -> "mean:" + subject + ":" + tol;
            case COST_QUANTILE -> "p" + number(level * 100) + ":" + subject + ":" + tol;
            case COST_SHORTFALL -> "es" + number(level * 100) + ":" + subject + ":" + tol;
        };
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.12g", v);
        if (s.contains("e") || s.contains("E")) {
            return Double.toString(v);
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Fails unless the subject names a criterion or cost of {@code result}'s scenario. */
    void checkAgainst(List<String> criteria, List<String> costs) {
        boolean cost = kind == Kind.COST_MEAN || kind == Kind.COST_QUANTILE || kind == Kind.COST_SHORTFALL;
        if (cost && !costs.contains(subject)) {
            throw new IllegalArgumentException("target \"" + spec() + "\": no cost \"" + subject + "\"; known: " + costs);
        }
        if (!cost && !subject.isEmpty() && !criteria.contains(subject)) {
            throw new IllegalArgumentException("target \"" + spec() + "\": no criterion \"" + subject + "\"; known: "
                    + criteria);
        }
    }

    /**
     * The statistic and its precision in {@code r} at {@code confidence}.
     *
     * @param r the result of a run
     * @param confidence confidence level of the interval, in (0, 1), e.g. 0.95
     * @return the estimate and the achieved half-width (relative when the target is relative)
     */
    public Measurement measure(SimulationResult r, double confidence) {
        double estimate;
        double halfWidth;
        switch (kind) {
            case TIME_QUANTILE -> {
                var q = time(r).quantile(level, confidence);
                estimate = q.value().isPresent() ? q.value().getAsDouble() : Double.POSITIVE_INFINITY;
                halfWidth = q.halfWidth();
                if (relative) {
                    double years = estimate - r.run().startYear();
                    halfWidth = halfWidth == 0 ? 0 : halfWidth / years;
                }
                return new Measurement(estimate, halfWidth, halfWidth <= tolerance);
            }
            case PROBABILITY_BY -> {
                if (designBased(r)) {
                    DesignErrors.Estimate e = r.designErrors().probabilityBy(time(r).criterion(), year);
                    return measuredByDesign(e, r.designErrors().groups(), confidence);
                }
                return measured(time(r).probabilityBy(year, confidence));
            }
            case RESTRICTED_MEAN -> {
                return measured(time(r).restrictedMean(confidence));
            }
            case COST_MEAN -> {
                if (designBased(r)) {
                    return measuredByDesign(r.designErrors().costMean(subject), r.designErrors().groups(), confidence);
                }
                return measured(cost(r).mean(confidence));
            }
            case COST_QUANTILE -> {
                return measured(cost(r).quantile(level, confidence));
            }
            case COST_SHORTFALL -> {
                return measured(cost(r).expectedShortfall(level, confidence));
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * True when the run's sampling design is not plain Monte Carlo: its paths are not independent,
     * so means and P(by year) are measured with the design-based standard errors.
     */
    private static boolean designBased(SimulationResult r) {
        return !r.run().sampling().equals(SamplingDesign.MC.id()) && r.designErrors().groups() > 1;
    }

    /** Half-width {@code t_{G-1} · se} from a design-based standard error over {@code groups} groups. */
    private Measurement measuredByDesign(DesignErrors.Estimate e, long groups, double confidence) {
        double h = Binomial.t(confidence, groups - 1) * e.standardError();
        return measured(new Estimate(e.value(), e.value() - h, e.value() + h, confidence));
    }

    private Measurement measured(Estimate e) {
        double h = relative ? e.relativeHalfWidth() : e.halfWidth();
        if (Double.isNaN(h)) {
            h = Double.POSITIVE_INFINITY;
        }
        return new Measurement(e.value(), h, h <= tolerance);
    }

    private TimeToSelfReliance time(SimulationResult r) {
        return subject.isEmpty() ? r.timeToSelfReliance() : r.timeToSelfReliance(subject);
    }

    private OutcomeSummary cost(SimulationResult r) {
        return r.cost(subject);
    }

    /**
     * A target's statistic in one result.
     *
     * @param estimate  the statistic's estimate ({@code +∞} for a time quantile not reached)
     * @param halfWidth the achieved half-width, in the target's terms (relative if it is)
     * @param met       whether {@code halfWidth <= tolerance}
     */
    public record Measurement(double estimate, double halfWidth, boolean met) {
    }
}
