package dev.autarky.internal.sampling;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.BetaFunctions;
import dev.autarky.internal.math.GammaFunctions;
import dev.autarky.internal.math.NormalFunctions;
import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Exponential;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Pert;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A tabulated quantile function for the PERT, beta and gamma distributions, whose exact quantiles
 * must be solved for iteratively: monotone piecewise-cubic Hermite interpolation of the exact
 * quantile, with the exact quantile as a rare fallback in the extreme tails.
 *
 * <p><b>Construction.</b> Knots sit at {@code u_i = i/N} ({@code N} = {@value #DEFAULT_INTERVALS} by
 * default) with values {@code x_i = Q(u_i)} (the exact quantile) and slopes
 * {@code Q'(u_i) = 1/f(x_i)} ({@code f} the density). On each interior interval the cubic Hermite
 * interpolant is checked at three points against the distribution function; an interval that
 * misses {@value #BUILD_TOLERANCE} in {@code |F(Q_table(u)) - u|}, or whose end slopes break the
 * Fritsch-Carlson monotonicity condition {@code alpha^2 + beta^2 <= 9}, is split into 2, 4, ...,
 * 256 equal sub-intervals until it passes. The uniform grid alone cannot meet the bound: next to
 * a tail where the density goes to 0 (gamma's right tail, a beta with shape above 1), the error of
 * cubic interpolation in {@code u} grows like {@code 1/(N k^3)} at the {@code k}-th interval from
 * the end, about 1e-5 at {@code k = 1}; so such intervals are refined (up to 32-fold for
 * the last handful of intervals), while the bulk of the table stays at one interval per knot.
 *
 * <p><b>Evaluation.</b> {@code u} picks its interval by {@code (int) (u N)} and its sub-interval by
 * one more multiplication; the cubic is evaluated in Horner form and clamped to the interval's end
 * values, so the table is monotone. The first and last intervals ({@code u < 1/N},
 * {@code u >= 1 - 1/N}), where the density may go to 0 or infinity, use the exact quantile (a few
 * microseconds, so about 10 ns amortised over uniform {@code u} at {@code N = 1024}). Nothing is
 * allocated per call; the table is immutable and thread-safe.
 *
 * <p><b>Accuracy.</b> {@code |F(Q_table(u)) - u| <= }{@value #TOLERANCE_BOUND} for every
 * {@code u} in {@code (0, 1)}. Measured maximum over the 10^6 midpoints {@code (k + 1/2)/M},
 * {@code M = 1,000,003}, with {@code N = 1024}: PERT(0,1,10) 9.96e-11, PERT(0,5,10) 9.97e-11,
 * Beta(0.5,0.5) 1.6e-11, Beta(2,5) 9.85e-11, Beta(1,1) 2.8e-16, Gamma(0.5,1) 9.64e-11,
 * Gamma(9,2) 9.66e-11, Gamma(1,3) 9.97e-11 (so the three-point check at {@value #BUILD_TOLERANCE}
 * also holds between the check points); {@code N = 16, 100, 4096} and harder shapes such as
 * Beta(0.05,3), Gamma(0.05,2) and Gamma(2000,0.5) meet the same bound. In the fallback intervals
 * the error is that of the exact solver, about 1e-14 relative to {@code u} (or {@code 1 - u}).
 * One limit no quantile can beat: where the distribution piles up against a finite bound so hard
 * that neighbouring doubles differ in probability by more than the bound (Beta(20, 0.3) has a jump
 * of 5e-5 between {@code 1 - 2^-53} and 1), the result is within one such jump of {@code u}, as the
 * exact quantile is.
 *
 * <p><b>Cost.</b> Building a table with {@code N = 1024} takes 1 to 4 ms in a warm JVM (about
 * 1,000 exact quantiles plus a few thousand distribution-function evaluations; about 40 ms for the
 * very first table in a fresh JVM, most of it interpretation before the JIT compiles the special
 * functions) and holds about 2,300 knots, 37 KB. A call costs a few nanoseconds (see
 * {@code SamplerBenchmark}).
 */
public final class QuantileTable implements QuantileFunction {

    /** The default number of base intervals {@code N}. */
    public static final int DEFAULT_INTERVALS = 1024;
    /** The documented bound on {@code |F(Q_table(u)) - u|} over {@code (0, 1)}. */
    public static final double TOLERANCE_BOUND = 1e-9;
    /** The accuracy each interval is refined to meet, checked at three points per sub-interval. */
    public static final double BUILD_TOLERANCE = 1e-10;
    /** The deepest refinement: an interval is split into at most {@code 2^MAX_LEVEL} sub-intervals. */
    static final int MAX_LEVEL = 8;
    private static final double[] CHECK_POINTS = {0.25, 0.5, 0.75};

    private final String description;
    private final int intervals;
    /** Per base interval (and one sentinel at {@code N}): number of sub-intervals, 0 for the exact fallback. */
    private final int[] subdivisions;
    /** Per base interval: index into {@link #knots} of its first knot's value. */
    private final int[] offsets;
    /**
     * Per interpolated interval with {@code s} sub-intervals, {@code s + 1} knots stored as
     * interleaved pairs (value, slope times sub-interval width in {@code u}).
     */
    private final double[] knots;
    /** Exact quantiles at the base knots {@code i/N}, {@code i = 0..N}, and a copy of the last: the fallback's clamp. */
    private final double[] base;
    private final DoubleUnaryOperator exact;
    private final int fallbackIntervals;

    /** A table with {@value #DEFAULT_INTERVALS} base intervals. */
    public QuantileTable(Distribution distribution) {
        this(distribution, DEFAULT_INTERVALS);
    }

    /**
     * A table with the given number of base intervals {@code N}.
     *
     * @param distribution a {@link Pert}, {@link Beta}, {@link Gamma}, {@link LogNormal},
     *                     {@link Normal} or {@link Exponential}
     * @param intervals    the number {@code N} of base intervals; in {@code [4, 2^20]}; a power of
     *                     two keeps {@code u N} exact
     * @throws IllegalArgumentException for another kind of distribution or a bad {@code intervals}
     */
    public QuantileTable(Distribution distribution, int intervals) {
        Checks.requireNonNull(distribution, "distribution");
        this.intervals = Checks.requireInRange(intervals, 4, 1 << 20, "intervals");
        final Model model = Model.of(distribution);
        this.description = distribution.toString();
        this.exact = model.quantile;
        final int n = intervals;
        this.base = new double[n + 2]; // base[n + 1] = base[n]: a sentinel should u N round up to N
        final double[] slope = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            base[i] = i == 0 ? distribution.lowerBound()
                    : i == n ? distribution.upperBound() : model.quantile.applyAsDouble((double) i / n);
            slope[i] = i == 0 || i == n ? Double.NaN : 1.0 / model.density.applyAsDouble(base[i]);
        }
        base[n + 1] = base[n];
        this.subdivisions = new int[n + 1];
        this.offsets = new int[n + 1];
        final DoubleBuffer buffer = new DoubleBuffer(4 * (n + 1));
        int fallback = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = buffer.size;
            if (i == 0 || i == n - 1) {
                fallback++;
                continue;
            }
            subdivisions[i] = refine(model, i, n, base[i], base[i + 1], slope[i], slope[i + 1], buffer);
            if (subdivisions[i] == 0) {
                fallback++;
            }
        }
        offsets[n] = buffer.size;
        this.knots = buffer.toArray();
        this.fallbackIntervals = fallback;
    }

    /**
     * The quantile at {@code u} in {@code (0, 1)}: the clamped cubic Hermite interpolant, or the
     * exact quantile in the fallback intervals.
     */
    @Override
    public double quantile(double u) {
        final double v = u * intervals;
        final int i = (int) v;
        final int s = subdivisions[i];
        if (s == 0) {
            return Math.max(base[i], Math.min(base[i + 1], exact.applyAsDouble(u)));
        }
        final double w = (v - i) * s;
        final int j = (int) w;
        final double t = w - j;
        final int k = offsets[i] + 2 * j;
        final double[] data = knots;
        final double x0 = data[k];
        final double m0 = data[k + 1];
        final double x1 = data[k + 2];
        final double m1 = data[k + 3];
        final double dx = x1 - x0;
        final double x = x0 + t * (m0 + t * ((3.0 * dx - 2.0 * m0 - m1) + t * (m0 + m1 - 2.0 * dx)));
        return x < x0 ? x0 : (x > x1 ? x1 : x);
    }

    /** The number {@code N} of base intervals. */
    public int intervals() {
        return intervals;
    }

    /** The number of stored knots, counting each interval's own end knot (about {@code 2N} for most tables). */
    public int knotCount() {
        return knots.length / 2;
    }

    /** The number of base intervals evaluated by the exact quantile (at least the first and last). */
    public int fallbackIntervals() {
        return fallbackIntervals;
    }

    /** The deepest split of any base interval (1 if none was refined). */
    public int maxSubdivisions() {
        return Arrays.stream(subdivisions).max().orElse(0);
    }

    /** A summary: the distribution, {@code N}, knots and fallback intervals. */
    @Override
    public String toString() {
        return "QuantileTable[" + description + ", intervals=" + intervals + ", knots=" + knotCount()
                + ", fallbackIntervals=" + fallbackIntervals + ", maxSubdivisions=" + maxSubdivisions() + "]";
    }

    /**
     * Finds the coarsest split of base interval {@code i} whose Hermite pieces pass the monotonicity
     * and accuracy checks, appends its knots to {@code out} and returns the number of pieces; 0 if
     * none up to {@code 2^MAX_LEVEL} passes (the interval then uses the exact quantile).
     */
    private static int refine(Model model, int i, int n, double x0, double x1, double slope0, double slope1,
            DoubleBuffer out) {
        double[] xs = {x0, x1};
        double[] slopes = {slope0, slope1};
        for (int level = 0; level <= MAX_LEVEL; level++) {
            final int s = 1 << level;
            if (level > 0) {
                final double[] nx = new double[s + 1];
                final double[] ns = new double[s + 1];
                for (int j = 0; j <= s; j++) {
                    if ((j & 1) == 0) {
                        nx[j] = xs[j >> 1];
                        ns[j] = slopes[j >> 1];
                    } else {
                        final double u = ((double) i * s + j) / ((double) n * s);
                        nx[j] = model.quantile.applyAsDouble(u);
                        ns[j] = 1.0 / model.density.applyAsDouble(nx[j]);
                    }
                }
                xs = nx;
                slopes = ns;
            }
            final double h = 1.0 / ((double) n * s);
            if (accept(model, i, n, s, h, xs, slopes)) {
                for (int j = 0; j <= s; j++) {
                    out.add(xs[j]);
                    out.add(slopes[j] * h);
                }
                return s;
            }
        }
        return 0;
    }

    /** Whether every piece of the split is finite, monotone (Fritsch-Carlson) and within tolerance. */
    private static boolean accept(Model model, int i, int n, int s, double h, double[] xs, double[] slopes) {
        for (int j = 0; j < s; j++) {
            final double x0 = xs[j];
            final double x1 = xs[j + 1];
            final double m0 = slopes[j] * h;
            final double m1 = slopes[j + 1] * h;
            if (!(Double.isFinite(x0) && Double.isFinite(x1) && m0 >= 0 && m1 >= 0
                    && m0 < Double.POSITIVE_INFINITY && m1 < Double.POSITIVE_INFINITY && x1 >= x0)) {
                return false;
            }
            final double dx = x1 - x0;
            if (dx > 0) {
                final double a = m0 / dx;
                final double b = m1 / dx;
                if (a * a + b * b > 9.0) {
                    return false;
                }
            }
            for (double t : CHECK_POINTS) {
                final double u = ((double) i * s + j + t) / ((double) n * s);
                double x = x0 + t * (m0 + t * ((3.0 * dx - 2.0 * m0 - m1) + t * (m0 + m1 - 2.0 * dx)));
                x = x < x0 ? x0 : (x > x1 ? x1 : x);
                if (!(Math.abs(model.cdf.applyAsDouble(x) - u) <= BUILD_TOLERANCE)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The exact quantile, distribution function and density of a supported distribution. */
    private static final class Model {
        final DoubleUnaryOperator quantile;
        final DoubleUnaryOperator cdf;
        final DoubleUnaryOperator density;

        private Model(DoubleUnaryOperator quantile, DoubleUnaryOperator cdf, DoubleUnaryOperator density) {
            this.quantile = quantile;
            this.cdf = cdf;
            this.density = density;
        }

        static Model of(Distribution d) {
            if (d instanceof Pert p) {
                return ofBeta(p.toBeta());
            } else if (d instanceof Beta b) {
                return ofBeta(b);
            } else if (d instanceof Gamma g) {
                return ofGamma(g);
            } else if (d instanceof LogNormal l) {
                final double mu = l.mu();
                final double sigma = l.sigma();
                return new Model(d::quantile, d::cdf,
                        x -> x <= 0 ? 0.0 : NormalFunctions.density((Math.log(x) - mu) / sigma) / (x * sigma));
            } else if (d instanceof Normal n) {
                final double a = (n.min() - n.mu()) / n.sigma();
                final double b = (n.max() - n.mu()) / n.sigma();
                final double mass = a > 0 ? NormalFunctions.complementaryCdf(a) - NormalFunctions.complementaryCdf(b)
                        : NormalFunctions.cdf(b) - NormalFunctions.cdf(a);
                return new Model(d::quantile, d::cdf,
                        x -> x < n.min() || x > n.max() ? 0.0
                                : NormalFunctions.density((x - n.mu()) / n.sigma()) / (n.sigma() * mass));
            } else if (d instanceof Exponential e) {
                final double mean = e.mean();
                return new Model(d::quantile, d::cdf, x -> x < 0 ? 0.0 : Math.exp(-x / mean) / mean);
            }
            throw new IllegalArgumentException(
                    "distribution: must be pert, beta, gamma, lognormal, normal or exponential, was " + d.kind());
        }

        /** Same arithmetic as {@link Beta#quantile} and {@link Beta#cdf}, with {@code log B} hoisted. */
        private static Model ofBeta(Beta beta) {
            final double a = beta.alpha();
            final double b = beta.beta();
            final double min = beta.min();
            final double max = beta.max();
            final double range = max - min;
            final double logBeta = BetaFunctions.logBeta(a, b);
            return new Model(
                    u -> Math.min(max, Math.max(min, min + range * BetaFunctions.quantile(u, a, b, logBeta))),
                    x -> x <= min ? 0.0 : x >= max ? 1.0 : BetaFunctions.regularized((x - min) / range, a, b, logBeta),
                    x -> BetaFunctions.density((x - min) / range, a, b, logBeta) / range);
        }

        /** Same arithmetic as {@link Gamma#quantile} and {@link Gamma#cdf}, with {@code log Gamma} hoisted. */
        private static Model ofGamma(Gamma gamma) {
            final double k = gamma.shape();
            final double scale = gamma.scale();
            final double logGammaK = GammaFunctions.logGamma(k);
            return new Model(
                    u -> scale * GammaFunctions.quantile(u, k, logGammaK),
                    x -> GammaFunctions.regularizedP(x / scale, k, logGammaK),
                    x -> GammaFunctions.density(x / scale, k, logGammaK) / scale);
        }
    }

    /** A growable array of doubles for building the knot table. */
    private static final class DoubleBuffer {
        double[] data;
        int size;

        DoubleBuffer(int capacity) {
            data = new double[capacity];
        }

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, 2 * size);
            }
            data[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
