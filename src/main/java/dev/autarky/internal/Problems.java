package dev.autarky.internal;

import dev.autarky.scenario.Problem;
import dev.autarky.scenario.ScenarioException;
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
     */
    public void within(Uncertain u, double min, double max, String path) {
        if (!present(u, path)) {
            return;
        }
        double lo = u.min();
        double hi = u.max();
        if (!(lo >= min && hi <= max)) {
            String range = "[" + Checks.format(min) + ", " + Checks.format(max) + "]";
            if (u.isFixed()) {
                add(path, "must be in " + range + ", was " + Checks.format(lo));
            } else {
                add(path, "every possible value must be in " + range + ", but the "
                        + u.distribution().kind() + " distribution ranges over ["
                        + Checks.format(lo) + ", " + Checks.format(hi) + "]");
            }
        }
    }

    /**
     * {@link #within} with {@code [0, +inf]}: an unbounded distribution (exponential, lognormal) is
     * fine, since every draw is finite.
     */
    public void nonNegative(Uncertain u, String path) {
        within(u, 0, Double.POSITIVE_INFINITY, path);
    }

    /** Every possible value must be strictly positive (unbounded above is fine). */
    public void positive(Uncertain u, String path) {
        if (!present(u, path)) {
            return;
        }
        if (!(u.min() > 0)) {
            String what = u.isFixed() ? "was " + Checks.format(u.min())
                    : "but the " + u.distribution().kind() + " distribution ranges over ["
                            + Checks.format(u.min()) + ", " + Checks.format(u.max()) + "]";
            add(path, (u.isFixed() ? "must be > 0, " : "every possible value must be > 0, ") + what);
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
