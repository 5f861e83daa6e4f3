package dev.autarky.uncertain;

import dev.autarky.internal.Checks;
import java.util.Arrays;

/**
 * A discrete distribution on finitely many values (in the unit of the input) with the given
 * relative weights, e.g. scenario branches or a yes/no event ({@link #bernoulli(double)}).
 *
 * <p>Weights are normalised by their sum; the given weights are kept as given, so that
 * {@code new Discrete(d.values(), d.weights()).equals(d)}. The support is the set of values with
 * positive weight, so {@link #lowerBound()} and {@link #upperBound()} are the smallest and largest
 * values of positive weight. The quantile is the smallest value {@code v} with
 * {@code cdf(v) >= p}.
 *
 * <p>This is a value-based, immutable class with the shape of a record
 * ({@code Discrete(double[] values, double[] weights)}); it is a class rather than a record only
 * because it also holds the normalised cumulative probabilities, and records cannot have fields
 * beyond their components. Arrays are copied in and out; {@link #equals(Object)},
 * {@link #hashCode()} and {@link #toString()} go by content.
 */
public final class Discrete implements Distribution {

    private final double[] values;
    private final double[] weights;
    /** {@code cumulative[i] = P(X <= values[i])}; exactly 1 from the last positive weight on. */
    private final double[] cumulative;
    private final int first;
    private final int last;
    private final double mean;
    private final double variance;

    /**
     * Creates the distribution.
     *
     * @param values  the support points; at least one, finite and strictly increasing
     * @param weights the relative weights, one per value; finite, {@code >= 0}, with a positive sum
     * @throws IllegalArgumentException if any of these conditions fails
     * @throws NullPointerException     if an array is null
     */
    public Discrete(double[] values, double[] weights) {
        this.values = Checks.requireNonNull(values, "values").clone();
        this.weights = Checks.requireNonNull(weights, "weights").clone();
        final int n = this.values.length;
        Checks.requireAtLeast(n, 1, "values.length");
        if (this.weights.length != n) {
            throw new IllegalArgumentException("weights.length: must be " + n + " (values.length), was "
                    + this.weights.length);
        }
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            Checks.requireFinite(this.values[i], "values[" + i + "]");
            if (i > 0 && !(this.values[i] > this.values[i - 1])) {
                throw Checks.fail("values[" + i + "]", "> values[" + (i - 1) + "] ("
                        + Checks.format(this.values[i - 1]) + ")", this.values[i]);
            }
            Checks.requireNonNegative(this.weights[i], "weights[" + i + "]");
            total += this.weights[i];
        }
        if (!(total > 0) || total == Double.POSITIVE_INFINITY) {
            throw Checks.fail("sum of weights", "finite and > 0", total);
        }
        int firstPositive = -1;
        int lastPositive = -1;
        for (int i = 0; i < n; i++) {
            if (this.weights[i] > 0) {
                lastPositive = i;
                if (firstPositive < 0) {
                    firstPositive = i;
                }
            }
        }
        this.first = firstPositive;
        this.last = lastPositive;
        this.cumulative = new double[n];
        double running = 0.0;
        double m = 0.0;
        for (int i = 0; i < n; i++) {
            running += this.weights[i];
            this.cumulative[i] = i >= lastPositive ? 1.0 : running / total;
            m += this.weights[i] / total * this.values[i];
        }
        double v = 0.0;
        for (int i = 0; i < n; i++) {
            final double d = this.values[i] - m;
            v += this.weights[i] / total * d * d;
        }
        this.mean = m;
        this.variance = v;
    }

    /**
     * The Bernoulli distribution: 1 with probability {@code p}, else 0.
     *
     * @param p the probability of 1; in {@code [0, 1]}
     * @return the Bernoulli distribution: 1 with probability {@code p}, else 0
     */
    public static Discrete bernoulli(double p) {
        Checks.requireProbability(p, "p");
        return new Discrete(new double[] {0.0, 1.0}, new double[] {1.0 - p, p});
    }

    /**
     * The support points as given (a copy).
     *
     * @return the support points as given
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * The weights as given, not normalised (a copy).
     *
     * @return the weights as given, not normalised
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The normalised cumulative probabilities {@code P(X <= values[i])} (a copy); entries from the
     * last value of positive weight on are exactly 1.
     *
     * @return the normalised cumulative probabilities {@code P(X <= values[i])} (a copy); entries from the
     *         last value of positive weight on are exactly 1
     */
    public double[] cumulativeProbabilities() {
        return cumulative.clone();
    }

    /** The smallest value {@code v} with {@code cdf(v) >= p}. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        if (p == 0) {
            return values[first];
        }
        if (p == 1) {
            return values[last];
        }
        int lo = first;
        int hi = last;
        while (lo < hi) { // smallest i in [first, last] with cumulative[i] >= p
            final int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values[lo];
    }

    /** The total normalised weight of the values {@code <= x}. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = values.length;
        while (lo < hi) { // number of values <= x
            final int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? 0.0 : cumulative[lo - 1];
    }

    /** The weighted mean of the values. */
    @Override
    public double mean() {
        return mean;
    }

    /** The weighted variance of the values about {@link #mean()}. */
    @Override
    public double variance() {
        return variance;
    }

    /** The smallest value of positive weight. */
    @Override
    public double lowerBound() {
        return values[first];
    }

    /** The largest value of positive weight. */
    @Override
    public double upperBound() {
        return values[last];
    }

    /** {@code "discrete"}. */
    @Override
    public String kind() {
        return "discrete";
    }

    /** Equal when the values and weights are equal element by element (as given, not normalised). */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Discrete other
                && Arrays.equals(values, other.values) && Arrays.equals(weights, other.weights));
    }

    /** A hash of the values and weights. */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    /** {@code Discrete[values=[...], weights=[...]]}. */
    @Override
    public String toString() {
        return "Discrete[values=" + Arrays.toString(values) + ", weights=" + Arrays.toString(weights) + "]";
    }
}
