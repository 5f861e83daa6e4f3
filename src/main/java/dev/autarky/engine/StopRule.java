package dev.autarky.engine;

import dev.autarky.internal.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When a run may stop before its path budget: as soon as every {@link Target} is met, checked
 * after whole rounds of blocks.
 *
 * <p>The first round simulates {@code firstRoundPaths} paths (rounded up to whole blocks); each
 * later round extends the run to {@code g} times its paths so far, where {@code g} is the growth
 * the worst unmet target needs if its half-width shrinks as {@code 1/√paths},
 * {@code g = 1.1 · max (achieved / tolerance)²}, kept within [1.25, 2] (so a run overshoots the
 * paths it needs by at most a factor of two). After each round the merged result is evaluated; the
 * run stops at the first round that meets every target, or when the path budget
 * ({@link RunSettings#paths()}) is exhausted, or — if set — when the time budget has passed.
 *
 * <p>Reproducible: round boundaries are whole blocks and depend only on the merged results, which
 * are bit-identical for any number of threads, so the same settings stop at the same block with
 * the same result on any machine. A time budget is not reproducible (it depends on the machine's
 * speed); it is checked between rounds, so a round in progress finishes.
 *
 * @param targets         targets that must all be met; empty for none (then only the budgets stop the run)
 * @param confidence      confidence of the intervals whose half-widths are compared, in (0, 1)
 * @param firstRoundPaths paths in the first round, >= 1
 * @param timeBudget      wall-clock budget, or null for none
 */
public record StopRule(List<Target> targets, double confidence, long firstRoundPaths, Duration timeBudget) {

    /** Default confidence: 95 %. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** Default size of the first round. */
    public static final long DEFAULT_FIRST_ROUND_PATHS = 10_000;
    /** No stop rule: the run simulates exactly {@link RunSettings#paths()} paths. */
    public static final StopRule NONE = new StopRule(List.of(), DEFAULT_CONFIDENCE, DEFAULT_FIRST_ROUND_PATHS, null);

    /**
     * Validates and copies.
     *
     * @param targets targets that must all be met; empty for none (then only the budgets stop the run)
     * @param confidence confidence of the intervals whose half-widths are compared, in (0, 1)
     * @param firstRoundPaths paths in the first round, >= 1
     * @param timeBudget wall-clock budget, or null for none
     */
    public StopRule {
        targets = List.copyOf(targets);
        if (!(confidence > 0 && confidence < 1)) {
            throw Checks.fail("confidence", "in (0, 1)", confidence);
        }
        Checks.requireAtLeast(firstRoundPaths, 1, "firstRoundPaths");
        if (timeBudget != null && (timeBudget.isNegative() || timeBudget.isZero())) {
            throw new IllegalArgumentException("timeBudget: must be positive, was " + timeBudget);
        }
    }

    /**
     * Stop when all {@code targets} are met (95 %, first round of 10,000 paths, no time budget).
     *
     * @param targets targets that must all be met; empty for none (then only the budgets stop the run)
     * @return the rule
     */
    public static StopRule until(Target... targets) {
        return new StopRule(List.of(targets), DEFAULT_CONFIDENCE, DEFAULT_FIRST_ROUND_PATHS, null);
    }

    /**
     * Stop when all targets of the comma-separated {@code spec} are met; see {@link Target#parse}.
     *
     * @param spec comma-separated targets, such as {@code p50:0.25,mean:systemCost:1%}
     * @return the rule
     */
    public static StopRule until(String spec) {
        return new StopRule(Target.parse(spec), DEFAULT_CONFIDENCE, DEFAULT_FIRST_ROUND_PATHS, null);
    }

    /**
     * True when this rule can stop a run early (it has targets or a time budget).
     *
     * @return true when this rule can stop a run early
     */
    public boolean active() {
        return !targets.isEmpty() || timeBudget != null;
    }

    /**
     * This rule at another confidence.
     *
     * @param c confidence of the intervals whose half-widths are compared, in (0, 1)
     * @return this rule at another confidence
     */
    public StopRule withConfidence(double c) {
        return new StopRule(targets, c, firstRoundPaths, timeBudget);
    }

    /**
     * This rule with another first round.
     *
     * @param n paths in the first round, >= 1
     * @return this rule with another first round
     */
    public StopRule withFirstRoundPaths(long n) {
        return new StopRule(targets, confidence, n, timeBudget);
    }

    /**
     * This rule with a wall-clock budget (not reproducible).
     *
     * @param budget wall-clock budget, or null for none
     * @return this rule with a wall-clock budget
     */
    public StopRule withTimeBudget(Duration budget) {
        return new StopRule(targets, confidence, firstRoundPaths, Objects.requireNonNull(budget, "budget"));
    }

    /**
     * The targets in textual form, comma-separated.
     *
     * @return the targets in textual form, comma-separated
     */
    public String spec() {
        return String.join(",", targets.stream().map(Target::spec).toList());
    }
}
