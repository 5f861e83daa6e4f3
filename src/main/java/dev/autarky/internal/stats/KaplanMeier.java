package dev.autarky.internal.stats;

import dev.autarky.internal.Checks;
import java.util.Arrays;

/**
 * The Kaplan–Meier (product-limit) estimator of a survival function {@code S(t) = P(T > t)} from
 * right-censored data, with Greenwood's variance, pointwise confidence intervals, quantiles with
 * confidence intervals and the restricted mean.
 *
 * <p>Data are grouped by distinct time {@code t_i} (ascending): {@code d_i} events and
 * {@code c_i} censorings at {@code t_i}. A unit censored at {@code t_i} was observed without the
 * event up to and including {@code t_i}, so it is at risk at {@code t_i} (the usual convention:
 * censorings tied with events count as later). At risk: {@code n_i = N − Σ_{j<i} (d_j + c_j)}.
 *
 * <ul>
 *   <li>{@code Ŝ(t_i) = Π_{j<=i} (1 − d_j / n_j)}; while nothing has been censored before
 *       {@code t_i} it is evaluated exactly as {@code (N − D_i) / N} (the same number: without
 *       censoring the estimator is the empirical survival function).
 *   <li>Greenwood: {@code Var Ŝ(t_i) = Ŝ(t_i)² Σ_{j<=i} d_j / (n_j (n_j − d_j))}.
 *   <li>{@link #interval Rothman–Wilson interval} (the default): the Wilson score interval with
 *       the effective sample size {@code n' = Ŝ(1 − Ŝ) / Var Ŝ} (Rothman, J. Chronic Dis. 31,
 *       1978). Without censoring before {@code t_i}, {@code n' = N} exactly and this <i>is</i> the
 *       Wilson interval of the binomial proportion {@code (N − D_i) / N}; it stays inside
 *       {@code [0, 1]} and has nonzero width at {@code Ŝ = 0} and {@code Ŝ = 1}.
 *   <li>{@link #logLogInterval log-log interval} (Kalbfleisch and Prentice 1980):
 *       {@code Ŝ^exp(±z σ / log Ŝ)} with {@code σ² = Σ d_j / (n_j (n_j − d_j))}.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class KaplanMeier {

    private final double[] times;
    private final long[] events;
    private final long[] censored;
    private final long[] atRisk;
    private final double[] survival;
    /** Σ d_j / (n_j (n_j − d_j)); +∞ once some n_j = d_j. */
    private final double[] greenwoodSum;
    /** Ŝ_i · greenwoodSum_i, evaluated without 0 · ∞ (finite even when Ŝ_i = 0). */
    private final double[] survivalTimesSum;
    /** Units censored strictly before t_i. */
    private final long[] censoredBefore;
    private final long total;

    private KaplanMeier(double[] times, long[] events, long[] censored) {
        int m = times.length;
        if (events.length != m || censored.length != m) {
            throw new IllegalArgumentException("times, events and censored must have the same length");
        }
        for (int i = 0; i < m; i++) {
            Checks.requireFinite(times[i], "times[" + i + "]");
            if (i > 0 && !(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("times: must be strictly increasing, but times[" + i + "] = "
                        + times[i] + " <= " + times[i - 1]);
            }
            if (events[i] < 0 || censored[i] < 0) {
                throw new IllegalArgumentException("counts: must be >= 0 at index " + i);
            }
        }
        this.times = times.clone();
        this.events = events.clone();
        this.censored = censored.clone();
        long n = 0;
        for (int i = 0; i < m; i++) {
            n = Math.addExact(n, Math.addExact(events[i], censored[i]));
        }
        total = n;
        atRisk = new long[m];
        survival = new double[m];
        greenwoodSum = new double[m];
        survivalTimesSum = new double[m];
        censoredBefore = new long[m];
        long risk = n;
        long eventsSoFar = 0;
        long censoredSoFar = 0;
        double s = 1;
        double g = 0;
        double sg = 0;
        for (int i = 0; i < m; i++) {
            atRisk[i] = risk;
            censoredBefore[i] = censoredSoFar;
            long d = events[i];
            double previous = s;
            if (d > 0) {
                eventsSoFar += d;
                if (censoredSoFar == 0) {
                    s = (double) (n - eventsSoFar) / n;
                } else {
                    s = previous * ((double) (risk - d) / risk);
                }
                double r = risk;
                g = d == risk ? Double.POSITIVE_INFINITY : g + d / (r * (risk - d));
                // S_i G_i = (1 - d/n) S_{i-1} G_{i-1} + S_{i-1} d / n^2: finite when d = n
                sg = (1 - d / r) * sg + previous * d / (r * r);
            }
            survival[i] = s;
            greenwoodSum[i] = g;
            survivalTimesSum[i] = sg;
            censoredSoFar += censored[i];
            risk -= d + censored[i];
        }
    }

    /**
     * The estimator for grouped data: {@code events[i]} events and {@code censored[i]} censorings
     * at {@code times[i]} (strictly increasing).
     */
    public static KaplanMeier ofGroups(double[] times, long[] events, long[] censored) {
        return new KaplanMeier(times, events, censored);
    }

    /**
     * The estimator for individual observations: unit {@code i} had the event at {@code time[i]}
     * if {@code observed[i]}, else was censored then.
     */
    public static KaplanMeier ofObservations(double[] time, boolean[] observed) {
        if (time.length != observed.length) {
            throw new IllegalArgumentException("time and observed must have the same length");
        }
        double[] sorted = time.clone();
        for (int i = 0; i < sorted.length; i++) {
            Checks.requireFinite(sorted[i], "time[" + i + "]");
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        double[] times = Arrays.copyOf(sorted, distinct);
        long[] events = new long[distinct];
        long[] censored = new long[distinct];
        for (int i = 0; i < time.length; i++) {
            int at = Arrays.binarySearch(times, time[i]);
            if (observed[i]) {
                events[at]++;
            } else {
                censored[at]++;
            }
        }
        return new KaplanMeier(times, events, censored);
    }

    /** Number of distinct times. */
    public int size() {
        return times.length;
    }

    /** Number of units. */
    public long total() {
        return total;
    }

    /** The {@code i}-th distinct time. */
    public double time(int i) {
        return times[i];
    }

    /** Units at risk at {@code t_i}. */
    public long atRisk(int i) {
        return atRisk[i];
    }

    /** Events at {@code t_i}. */
    public long events(int i) {
        return events[i];
    }

    /** Censorings at {@code t_i}. */
    public long censored(int i) {
        return censored[i];
    }

    /** Units censored strictly before {@code t_i}. */
    public long censoredBefore(int i) {
        return censoredBefore[i];
    }

    /** Events at or before {@code t_i}. */
    public long cumulativeEvents(int i) {
        long d = 0;
        for (int j = 0; j <= i; j++) {
            d += events[j];
        }
        return d;
    }

    /** {@code Ŝ(t_i)}, the estimated probability of no event by {@code t_i} (inclusive). */
    public double survival(int i) {
        return survival[i];
    }

    /**
     * {@code 1 − Ŝ(t_i)}; while nothing has been censored before {@code t_i}, evaluated exactly
     * as {@code D_i / N}.
     */
    public double cumulativeIncidence(int i) {
        if (censoredBefore[i] == 0) {
            return (double) cumulativeEvents(i) / total;
        }
        return 1 - survival[i];
    }

    /** Greenwood's variance of {@code Ŝ(t_i)} (0 where {@code Ŝ} is 0). */
    public double greenwoodVariance(int i) {
        return survival[i] == 0 ? 0.0 : survival[i] * survivalTimesSum[i];
    }

    /** Greenwood's standard error of {@code Ŝ(t_i)}. */
    public double standardError(int i) {
        return Math.sqrt(greenwoodVariance(i));
    }

    /**
     * Rothman's effective sample size at {@code t_i}, {@code Ŝ(1 − Ŝ) / Var Ŝ}: {@code N} while
     * nothing has been censored before; the number at risk while no event has happened.
     */
    public double effectiveSize(int i) {
        if (censoredBefore[i] == 0) {
            return total;
        }
        double sg = survivalTimesSum[i];
        if (sg == 0) {
            return atRisk[i];
        }
        return (1 - survival[i]) / sg;
    }

    /** Pointwise confidence intervals of {@code S(t)}. */
    public enum Method {
        /** Wilson score interval with Rothman's effective sample size (the default). */
        ROTHMAN_WILSON,
        /** Greenwood variance on the log(−log S) scale (Kalbfleisch–Prentice). */
        LOG_LOG
    }

    /** The pointwise interval of {@code S(t_i)} by {@code method}: {@code {lower, upper}}. */
    public double[] interval(int i, double confidence, Method method) {
        return method == Method.LOG_LOG ? logLogInterval(i, confidence) : interval(i, confidence);
    }

    /** The Rothman–Wilson interval of {@code S(t_i)}: {@code {lower, upper}}. */
    public double[] interval(int i, double confidence) {
        double n = effectiveSize(i);
        return Binomial.wilson(survival[i] * n, n, confidence);
    }

    /**
     * The log-log (Kalbfleisch–Prentice) interval of {@code S(t_i)}: {@code {lower, upper}};
     * {@code {Ŝ, Ŝ}} where {@code Ŝ} is 0 or 1 (the Greenwood variance is then 0).
     */
    public double[] logLogInterval(int i, double confidence) {
        double s = survival[i];
        double g = greenwoodSum[i];
        if (s <= 0 || s >= 1 || !(g > 0) || Double.isInfinite(g)) {
            return new double[] {s, s};
        }
        double z = Binomial.z(confidence);
        double w = z * Math.sqrt(g) / Math.log(s);
        return new double[] {Math.pow(s, Math.exp(-w)), Math.pow(s, Math.exp(w))};
    }

    /** True when every censoring is at the last time, so order-statistic ranks apply exactly. */
    public boolean censoredOnlyAtEnd() {
        for (int i = 0; i < censored.length - 1; i++) {
            if (censored[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Index of the estimated {@code p}-quantile: the first {@code t_i} with
     * {@code 1 − Ŝ(t_i) >= p} (with censoring only at the end: the first with at least
     * {@code max(1, ceil(p N))} events, the type-1 empirical quantile); -1 if not reached.
     */
    public int quantileIndex(double p) {
        if (!(p > 0 && p <= 1)) {
            throw Checks.fail("p", "in (0, 1]", p);
        }
        if (censoredOnlyAtEnd()) {
            return indexOfRank(Math.max(1, (long) Math.ceil(p * total)));
        }
        for (int i = 0; i < times.length; i++) {
            if (1 - survival[i] >= p) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the time at which the {@code rank}-th event (in time order) happened; -1 if fewer events. */
    private int indexOfRank(long rank) {
        long cumulative = 0;
        for (int i = 0; i < times.length; i++) {
            cumulative += events[i];
            if (cumulative >= rank) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Confidence interval of the {@code p}-quantile as indices {@code {lower, upper}}: -1 for an
     * upper (or lower) bound beyond the last time (not reached), {@code Integer.MIN_VALUE} for a
     * lower bound unbounded below (too few units).
     *
     * <p>With censoring only at the end, the distribution-free order-statistic interval
     * ({@link Binomial#quantileRanks}); otherwise Brookmeyer and Crowley (Biometrics 38, 1982):
     * the times whose pointwise interval of {@code S} contains {@code 1 − p}, i.e. lower bound the
     * first {@code t_i} with interval lower end {@code <= 1 − p}, upper bound the first with upper
     * end {@code <= 1 − p}.
     */
    public int[] quantileInterval(double p, double confidence) {
        return quantileInterval(p, confidence, Method.ROTHMAN_WILSON);
    }

    /**
     * As {@link #quantileInterval(double, double)}, with the pointwise intervals of
     * {@code method} where Brookmeyer–Crowley applies.
     */
    public int[] quantileInterval(double p, double confidence, Method method) {
        if (!(p > 0 && p < 1)) {
            throw Checks.fail("p", "in (0, 1)", p);
        }
        if (total == 0) {
            return new int[] {-1, -1};
        }
        if (censoredOnlyAtEnd()) {
            Binomial.Ranks r = Binomial.quantileRanks(total, p, confidence);
            int lower = r.lower() == 0 ? Integer.MIN_VALUE : indexOfRank(r.lower());
            int upper = r.upper() > total ? -1 : indexOfRank(r.upper());
            return new int[] {lower, upper};
        }
        double target = 1 - p;
        int lower = -1;
        int upper = -1;
        for (int i = 0; i < times.length; i++) {
            double[] ci = interval(i, confidence, method);
            if (lower < 0 && ci[0] <= target) {
                lower = i;
            }
            if (ci[1] <= target) {
                upper = i;
                break;
            }
        }
        return new int[] {lower, upper};
    }

    /**
     * The restricted mean {@code ∫_start^tau Ŝ(t) dt} (the mean of {@code min(T, tau) − start}),
     * taking {@code Ŝ = 1} before the first time and {@code Ŝ} constant between times.
     */
    public double restrictedMean(double start, double tau) {
        double area = 0;
        double s = 1;
        double from = start;
        for (int i = 0; i < times.length && times[i] < tau; i++) {
            double t = Math.max(times[i], start);
            area += s * (t - from);
            from = t;
            s = survival[i];
        }
        area += s * Math.max(0, tau - from);
        return area;
    }

    /**
     * The variance of {@link #restrictedMean}: {@code Σ_{t_i < tau} A_i² d_i / (n_i (n_i − d_i))}
     * with {@code A_i = ∫_{t_i}^tau Ŝ(t) dt} (Klein and Moeschberger, <i>Survival Analysis</i>,
     * 2nd ed., section 4.5). Without censoring it is the plug-in variance of
     * {@code min(T, tau)} divided by {@code N}.
     */
    public double restrictedMeanVariance(double start, double tau) {
        int m = 0;
        while (m < times.length && times[m] < tau) {
            m++;
        }
        // a[i] = ∫_{t_i}^tau Ŝ(t) dt, accumulated from the end
        double[] a = new double[m + 1];
        for (int j = m - 1; j >= 0; j--) {
            double next = j + 1 < m ? times[j + 1] : tau;
            a[j] = a[j + 1] + survival[j] * (next - Math.max(times[j], start));
        }
        double variance = 0;
        for (int i = 0; i < m; i++) {
            long d = events[i];
            long r = atRisk[i];
            if (d == 0 || d == r) {
                continue; // no event, or Ŝ drops to 0 and A_i = 0
            }
            variance += a[i] * a[i] * d / ((double) r * (r - d));
        }
        return variance;
    }
}
