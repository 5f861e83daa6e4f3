package dev.autarky.internal.stats;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.BetaFunctions;
import dev.autarky.internal.math.NormalFunctions;

/**
 * Exact binomial tail probabilities and the confidence intervals built on them: the Wilson score
 * and Clopper–Pearson intervals for a proportion, and the distribution-free (order-statistic)
 * confidence interval of a quantile.
 *
 * <p>Tails come from the regularized incomplete beta function,
 * {@code P(X <= k) = I_{1-p}(n - k, k + 1)} and {@code P(X >= k) = I_p(k, n - k + 1)} for
 * {@code X ~ Binomial(n, p)}, each evaluated directly (not as one minus the other) so that small
 * tails keep their relative accuracy. Stateless and thread-safe.
 */
public final class Binomial {

    private Binomial() {
    }

    /** The two-sided standard normal critical value {@code z = Φ⁻¹(1 − (1 − confidence) / 2)}. */
    public static double z(double confidence) {
        checkConfidence(confidence);
        return NormalFunctions.inverseCdf(1 - (1 - confidence) / 2);
    }

    /** {@code P(X <= k)} for {@code X ~ Binomial(n, p)}: 0 for {@code k < 0}, 1 for {@code k >= n}. */
    public static double lowerTail(long k, long n, double p) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= n) {
            return 1.0;
        }
        if (p <= 0) {
            return 1.0;
        }
        if (p >= 1) {
            return 0.0;
        }
        return BetaFunctions.regularized(1 - p, n - k, k + 1.0);
    }

    /** {@code P(X >= k)} for {@code X ~ Binomial(n, p)}: 1 for {@code k <= 0}, 0 for {@code k > n}. */
    public static double upperTail(long k, long n, double p) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n) {
            return 0.0;
        }
        if (p <= 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 1.0;
        }
        return BetaFunctions.regularized(p, k, n - k + 1.0);
    }

    /**
     * 1-based ranks {@code (lower, upper)} of the order statistics that bound the
     * {@code p}-quantile with probability at least {@code confidence}, for any distribution:
     * {@code lower} is the largest rank with {@code P(X <= lower - 1) <= α/2} and {@code upper}
     * the smallest with {@code P(X >= upper) <= α/2}, {@code X ~ Binomial(n, p)},
     * {@code α = 1 − confidence} (equal tails, each at most α/2, so the coverage is at least the
     * nominal level; Hahn and Meeker, <i>Statistical Intervals</i>, 1991, ch. 5). A lower rank of
     * 0 means no order statistic is low enough (the interval is unbounded below); an upper rank of
     * {@code n + 1} means it is unbounded above. Needs about {@code 2 log2 n} incomplete beta
     * evaluations.
     *
     * @param n          sample size, {@code >= 1}
     * @param p          the quantile's level, in {@code (0, 1)}
     * @param confidence in {@code (0, 1)}
     */
    public static Ranks quantileRanks(long n, double p, double confidence) {
        Checks.requireAtLeast(n, 1, "n");
        if (!(p > 0 && p < 1)) {
            throw Checks.fail("p", "in (0, 1)", p);
        }
        checkConfidence(confidence);
        double tail = (1 - confidence) / 2;
        // lower - 1 = the largest j in [0, n - 1] with P(X <= j) <= tail, or -1 if there is none
        long lo = -1;
        long hi = n - 1;
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (lowerTail(mid, n, p) <= tail) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long lower = lo + 1;
        // upper = the smallest u in [1, n] with P(X >= u) <= tail, or n + 1 if there is none
        long a = 1;
        long b = n + 1;
        while (a < b) {
            long mid = a + (b - a) / 2;
            if (upperTail(mid, n, p) <= tail) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return new Ranks(lower, a);
    }

    /**
     * The Wilson score interval for a proportion {@code successes / n} (Wilson 1927): the set of
     * {@code π} not rejected by the score test, {@code (p̂ + z²/2n ± z √(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n)}.
     * Its coverage stays close to nominal for every {@code π}, also near 0 and 1, where the Wald
     * interval fails (Brown, Cai and DasGupta, Statist. Sci. 16, 2001). {@code successes} and
     * {@code n} may be fractional (an effective sample size). Clamped to {@code [0, 1]}.
     *
     * @return {@code {lower, upper}}; {@code {NaN, NaN}} when {@code n <= 0}
     */
    public static double[] wilson(double successes, double n, double confidence) {
        if (!(n > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = z(confidence);
        double ph = Math.min(1, Math.max(0, successes / n));
        double z2n = z * z / n;
        double centre = (ph + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(ph * (1 - ph) / n + z2n / (4 * n));
        double lower = successes <= 0 ? 0.0 : Math.max(0, centre - half);
        double upper = successes >= n ? 1.0 : Math.min(1, centre + half);
        return new double[] {lower, upper};
    }

    /**
     * The Clopper–Pearson ("exact") interval: the beta quantiles
     * {@code B(α/2; x, n−x+1)} and {@code B(1−α/2; x+1, n−x)}. Coverage is at least nominal for
     * every {@code π}, usually above it.
     *
     * @return {@code {lower, upper}}
     */
    public static double[] clopperPearson(long successes, long n, double confidence) {
        Checks.requireAtLeast(n, 1, "n");
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes: must be in [0, n = " + n + "], was " + successes);
        }
        checkConfidence(confidence);
        double alpha = 1 - confidence;
        double lower = successes == 0 ? 0.0 : BetaFunctions.quantile(alpha / 2, successes, n - successes + 1.0);
        double upper = successes == n ? 1.0 : BetaFunctions.quantile(1 - alpha / 2, successes + 1.0, n - successes);
        return new double[] {lower, upper};
    }

    /** The quantile of Student's t distribution with {@code df} degrees of freedom at {@code 1 − (1 − confidence)/2}. */
    public static double t(double confidence, double df) {
        checkConfidence(confidence);
        if (!(df > 0)) {
            throw Checks.fail("df", "> 0", df);
        }
        double p = 1 - (1 - confidence) / 2;
        // t = sqrt(df (1 - x) / x) where x ~ Beta(df/2, 1/2) has lower tail 2 (1 - p)
        double x = BetaFunctions.quantile(2 * (1 - p), df / 2, 0.5);
        return Math.sqrt(df * (1 - x) / x);
    }

    static void checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw Checks.fail("confidence", "in (0, 1)", confidence);
        }
    }

    /**
     * Ranks of the order statistics bounding a quantile.
     *
     * @param lower 1-based rank of the lower bound, 0 if unbounded below
     * @param upper 1-based rank of the upper bound, {@code n + 1} if unbounded above
     */
    public record Ranks(long lower, long upper) {
    }
}
