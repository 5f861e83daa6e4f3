package dev.autarky.uncertain;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.OrderStatistics;
import java.util.Arrays;

/**
 * The empirical distribution of a sample (in the unit of the input): each of the {@code n}
 * samples has probability {@code 1/n}, e.g. resampling historical observations.
 *
 * <p>The quantile is the inverse of the empirical distribution function, the order statistic
 * {@code x_(k)} with {@code k = ceil(p n)} (1-based), and {@code x_(1)} at {@code p = 0}; the
 * distribution function is {@code #{x_i <= x} / n}. Mean and variance are those of the empirical
 * measure (the variance divides by {@code n}, not {@code n - 1}).
 *
 * <p>This is a value-based, immutable class with the shape of a record
 * ({@code Empirical(double[] samples)}); it is a class rather than a record only because it also
 * holds a sorted copy of the samples, and records cannot have fields beyond their components. The
 * samples are kept in the order given, so {@code new Empirical(e.samples()).equals(e)}; arrays are
 * copied in and out; {@link #equals(Object)}, {@link #hashCode()} and {@link #toString()} go by
 * content.
 */
public final class Empirical implements Distribution {

    private final double[] samples;
    private final double[] sorted;
    private final double mean;
    private final double variance;

    /**
     * Creates the distribution.
     *
     * @param samples the observations; at least one, all finite, in any order
     * @throws IllegalArgumentException if {@code samples} is empty or holds a non-finite value
     * @throws NullPointerException     if {@code samples} is null
     */
    public Empirical(double[] samples) {
        this.samples = Checks.requireNonNull(samples, "samples").clone();
        final int n = this.samples.length;
        Checks.requireAtLeast(n, 1, "samples.length");
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += Checks.requireFinite(this.samples[i], "samples[" + i + "]");
        }
        this.sorted = this.samples.clone();
        Arrays.sort(this.sorted);
        final double m = sum / n;
        double ss = 0.0;
        double correction = 0.0;
        for (double x : this.sorted) {
            final double d = x - m;
            ss += d * d;
            correction += d;
        }
        // Two-pass variance with the compensation term of Chan, Golub and LeVeque.
        this.mean = m + correction / n;
        this.variance = Math.max(0.0, (ss - correction * correction / n) / n);
    }

    /**
     * The samples in the order given (a copy).
     *
     * @return the samples in the order given
     */
    public double[] samples() {
        return samples.clone();
    }

    /**
     * The samples in ascending order (a copy): the order statistics {@code x_(1) .. x_(n)}.
     *
     * @return the samples in ascending order (a copy)
     */
    public double[] sortedSamples() {
        return sorted.clone();
    }

    /**
     * The number of samples {@code n}.
     *
     * @return the number of samples {@code n}
     */
    public int size() {
        return sorted.length;
    }

    /** {@code x_(k)} with {@code k = ceil(p n)}, and the minimum at {@code p = 0}. */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        return sorted[OrderStatistics.quantileIndex(p, sorted.length)];
    }

    /** {@code #{samples <= x} / n}. */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) { // number of samples <= x
            final int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / sorted.length;
    }

    /** The sample mean. */
    @Override
    public double mean() {
        return mean;
    }

    /** The variance of the empirical measure, {@code sum (x_i - mean)^2 / n}. */
    @Override
    public double variance() {
        return variance;
    }

    /** The smallest sample. */
    @Override
    public double lowerBound() {
        return sorted[0];
    }

    /** The largest sample. */
    @Override
    public double upperBound() {
        return sorted[sorted.length - 1];
    }

    /** {@code "empirical"}. */
    @Override
    public String kind() {
        return "empirical";
    }

    /** Equal when the samples are equal element by element, in the order given. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Empirical other && Arrays.equals(samples, other.samples));
    }

    /** A hash of the samples in the order given. */
    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    /** {@code Empirical[samples=[...]]}. */
    @Override
    public String toString() {
        return "Empirical[samples=" + Arrays.toString(samples) + "]";
    }
}
