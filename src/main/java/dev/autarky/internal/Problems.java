package dev.autarky.internal;

import dev.autarky.scenario.Problem;
import dev.autarky.scenario.ScenarioException;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Uncertain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every problem of a scenario part before failing, each under its path.
 *
 * <p>Model constructors create one, check every component, then call {@link #throwIfAny()}; the
 * resulting {@link ScenarioException} holds paths relative to the object being built, which the
 * enclosing object or the JSON loader moves under its own path.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** Records a problem at {@code path}. */
    public void add(String path, String message) {
        found.add(Problem.at(path, message));
    }

    /** Records every problem of {@code e} under {@code path}. */
    public void addAll(String path, ScenarioException e) {
        for (Problem p : e.problems()) {
            found.add(p.under(path));
        }
    }

    /** Records a problem unless {@code ok}. */
    public void require(boolean ok, String path, String message) {
        if (!ok) {
            add(path, message);
        }
    }

    /** True when a value is present; records a problem otherwise. */
    public boolean present(Object value, String path) {
        if (value == null) {
            add(path, "must be present, was missing");
            return false;
        }
        return true;
    }

    /** Records a problem if the string is null or blank. */
    public void nonBlank(String value, String path) {
        if (present(value, path) && value.isBlank()) {
            add(path, "must be a non-blank string, was \"" + value + "\"");
        }
    }

    /** Records a problem if the collection is null or holds a null. */
    public void noNulls(Collection<?> values, String path) {
        if (!present(values, path)) {
            return;
        }
        int i = 0;
        for (Object v : values) {
            present(v, path + "[" + i++ + "]");
        }
    }

    /**
     * Records a problem unless every value {@code u} can take lies in {@code [min, max]}: a
     * parameter whose distribution could produce an invalid value is rejected, never clamped.
     *
     * <p>A value can be taken when it has a positive probability in double precision: the support
     * {@code [lowerBound, upperBound]} may reach beyond the interval only where the distribution has
     * no mass ({@code P(X < min) = 0} and {@code P(X > max) = 0} by its {@code cdf}). So a log-normal
     * is non-negative although its upper bound is infinite, and a rate with a log-normal
     * distribution passes {@code [0, 1e6]} when its tail beyond 1e6 rounds to nothing.
     */
    public void within(Uncertain u, double min, double max, String path) {
        if (!present(u, path)) {
            return;
        }
        double lo = u.min();
        double hi = u.max();
        if (!onlyWithin(u.distribution(), min, max)) {
            String range = max == Double.MAX_VALUE ? (min == -Double.MAX_VALUE ? "finite" : ">= " + Checks.format(min))
                    : "in [" + Checks.format(min) + ", " + Checks.format(max) + "]";
            if (u.isFixed()) {
                add(path, "must be " + range + ", was " + Checks.format(lo));
            } else {
                add(path, "every possible value must be " + range + ", but the "
                        + u.distribution().kind() + " distribution ranges over ["
                        + Checks.format(lo) + ", " + Checks.format(hi) + "]");
            }
        }
    }

    /** Whether a draw from {@code d} falls in {@code [min, max]} with probability 1 (see {@link #within}). */
    private static boolean onlyWithin(Distribution d, double min, double max) {
        double lo = d.lowerBound();
        double hi = d.upperBound();
        boolean low = lo >= min || (!d.isFixed() && d.cdf(Math.nextDown(min)) == 0);
        boolean high = hi <= max || (!d.isFixed() && d.cdf(max) == 1);
        return low && high;
    }

    /** {@link #within} with {@code [0, +inf)}: every possible value finite and {@code >= 0}. */
    public void nonNegative(Uncertain u, String path) {
        within(u, 0, Double.MAX_VALUE, path);
    }

    /**
     * Every possible value must be strictly positive and finite ({@code P(X <= 0) = 0}, see
     * {@link #within}): a log-normal qualifies although its lower bound, 0, is the infimum.
     */
    public void positive(Uncertain u, String path) {
        if (!present(u, path)) {
            return;
        }
        Distribution d = u.distribution();
        boolean low = u.min() > 0 || (!d.isFixed() && d.cdf(0) == 0);
        if (!low || !onlyWithin(d, 0, Double.MAX_VALUE)) {
            String what = u.isFixed() ? "was " + Checks.format(u.min())
                    : "but the " + u.distribution().kind() + " distribution ranges over ["
                            + Checks.format(u.min()) + ", " + Checks.format(u.max()) + "]";
            add(path, (u.isFixed() ? "must be finite and > 0, " : "every possible value must be finite and > 0, ") + what);
        }
    }

    /** {@link #within} with {@code [0, 1]}. */
    public void probability(Uncertain u, String path) {
        within(u, 0, 1, path);
    }

    /**
     * Builds a part, recording its problems under {@code path} instead of failing at once;
     * returns null when the part could not be built.
     */
    public <T> T build(String path, Supplier<T> part) {
        try {
            return part.get();
        } catch (ScenarioException e) {
            addAll(path, e);
            return null;
        }
    }

    /** True when nothing was recorded. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems recorded so far. */
    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link ScenarioException} listing every problem, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ScenarioException(found);
        }
    }
}
