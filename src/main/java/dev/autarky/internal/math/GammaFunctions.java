package dev.autarky.internal.math;

/**
 * The standard gamma distribution with shape {@code k} and unit scale: regularized incomplete gamma
 * functions {@code P(k, x)} and {@code Q(k, x) = 1 - P(k, x)}, density and an accurate quantile, all
 * allocation-free so that they may serve as the rare exact fallback of a per-path sampler.
 *
 * <p>{@code P} is summed from its power series (Abramowitz and Stegun 6.5.29) for
 * {@code x < k + 1}, and {@code Q} from Legendre's continued fraction (A&amp;S 6.5.31) with the
 * modified Lentz algorithm otherwise; each is returned directly where it is small, so both tails
 * keep relative accuracy of about 1e-15 (less for shapes above about 1e4, where the prefactor
 * {@code x^k e^-x / Gamma(k)} loses a few digits). {@code log Gamma(k)} comes from commons-math3
 * ({@link org.apache.commons.math3.special.Gamma#logGamma}), a pure static function.
 *
 * <p>The shape must be finite and positive; this class does not check it (callers do).
 */
public final class GammaFunctions {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 1_000_000;
    private static final int MAX_NEWTON = 200;
    private static final double NEWTON_TOLERANCE = 1e-14;

    private GammaFunctions() {
    }

    /** {@code log Gamma(k)}. */
    public static double logGamma(double k) {
        return org.apache.commons.math3.special.Gamma.logGamma(k);
    }

    /**
     * The regularized lower incomplete gamma function {@code P(k, x)}, the gamma(k, 1) distribution
     * function.
     *
     * @return 0 for {@code x <= 0}, 1 for {@code x = +inf}, NaN for NaN
     */
    public static double regularizedP(double x, double k) {
        return regularizedP(x, k, logGamma(k));
    }

    /** As {@link #regularizedP(double, double)} with {@code logGammaK = log Gamma(k)} given. */
    public static double regularizedP(double x, double k, double logGammaK) {
        if (!(x > 0)) {
            return x <= 0 ? 0.0 : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        return x < k + 1 ? series(x, k, logGammaK) : 1.0 - fraction(x, k, logGammaK);
    }

    /**
     * The regularized upper incomplete gamma function {@code Q(k, x) = 1 - P(k, x)}, the gamma(k, 1)
     * survival function, accurate relative to itself in the upper tail.
     *
     * @return 1 for {@code x <= 0}, 0 for {@code x = +inf}, NaN for NaN
     */
    public static double regularizedQ(double x, double k, double logGammaK) {
        if (!(x > 0)) {
            return x <= 0 ? 1.0 : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        return x < k + 1 ? 1.0 - series(x, k, logGammaK) : fraction(x, k, logGammaK);
    }

    /**
     * The gamma(k, 1) density {@code x^(k-1) e^-x / Gamma(k)}, 0 for {@code x < 0}; at 0 it is
     * infinite, 1 or 0 as {@code k} is below, equal to or above 1.
     */
    public static double density(double x, double k, double logGammaK) {
        if (!(x > 0)) {
            if (x == 0) {
                return k < 1 ? Double.POSITIVE_INFINITY : (k == 1 ? 1.0 : 0.0);
            }
            return x < 0 ? 0.0 : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        return Math.exp((k - 1) * Math.log(x) - x - logGammaK);
    }

    /**
     * The gamma(k, 1) quantile: the {@code x >= 0} with {@code P(k, x) = p}, to about 1e-14 relative
     * accuracy (limited by the incomplete gamma function).
     *
     * @param p a probability; 0 gives 0 and 1 gives positive infinity
     */
    public static double quantile(double p, double k) {
        return quantile(p, k, logGamma(k));
    }

    /** As {@link #quantile(double, double)} with {@code logGammaK = log Gamma(k)} given. */
    public static double quantile(double p, double k, double logGammaK) {
        if (!(p > 0)) {
            return p == 0 ? 0.0 : Double.NaN;
        }
        if (!(p < 1)) {
            return p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return p <= 0.5 ? lowerQuantile(p, k, logGammaK) : upperQuantile(1.0 - p, k, logGammaK);
    }

    /** {@code P(k, x)} from the series {@code x^k e^-x / Gamma(k) * sum x^n / (k (k+1) ... (k+n))}. */
    private static double series(double x, double k, double logGammaK) {
        double term = 1.0 / k;
        double sum = term;
        for (int n = 1; n <= MAX_TERMS; n++) {
            term *= x / (k + n);
            sum += term;
            if (term < sum * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(k * Math.log(x) - x - logGammaK);
    }

    /**
     * {@code Q(k, x)} from Legendre's continued fraction
     * {@code x^k e^-x / Gamma(k) * 1/(x+1-k- 1(1-k)/(x+3-k- 2(2-k)/(x+5-k- ...)))}, modified Lentz.
     */
    private static double fraction(double x, double k, double logGammaK) {
        double b = x + 1.0 - k;
        double c = 1.0 / TINY;
        double d = 1.0 / b;
        double f = d;
        for (int j = 1; j <= MAX_TERMS; j++) {
            final double a = -j * (j - k);
            b += 2.0;
            d = a * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + a / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            final double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < EPSILON) {
                break;
            }
        }
        return f * Math.exp(k * Math.log(x) - x - logGammaK);
    }

    /** The Wilson-Hilferty approximation to the quantile with normal score {@code z}, or NaN. */
    private static double wilsonHilferty(double z, double k) {
        final double c = 1.0 / (9.0 * k);
        final double w = 1.0 - c + z * Math.sqrt(c);
        return w > 0 ? k * w * w * w : Double.NaN;
    }

    /**
     * Solves {@code P(k, x) = p} for {@code 0 < p <= 1/2} by Newton's method on {@code log P} in
     * {@code log x}, safeguarded by a bracket. The tail start {@code (p Gamma(k+1))^(1/k)} is a lower
     * bound, since {@code P(k, x) <= x^k / Gamma(k+1)}; Wilson-Hilferty is used when it is larger.
     */
    private static double lowerQuantile(double p, double k, double logGammaK) {
        final double logP = Math.log(p);
        double x = Math.exp((logP + Math.log(k) + logGammaK) / k);
        if (x == 0) {
            return 0.0; // below the smallest double
        }
        final double wh = wilsonHilferty(NormalFunctions.inverseCdf(p), k);
        if (wh > x) {
            x = wh;
        }
        double lo = 0.0;
        double hi = Double.POSITIVE_INFINITY;
        for (int i = 0; i < MAX_NEWTON; i++) {
            final double cdf = regularizedP(x, k, logGammaK);
            if (cdf < p) {
                lo = x;
            } else if (cdf > p) {
                hi = x;
            } else {
                return x;
            }
            final double slope = x * density(x, k, logGammaK) / cdf; // d log P / d log x
            double next = x * Math.exp((logP - Math.log(cdf)) / slope);
            if (Math.abs(next - x) <= NEWTON_TOLERANCE * x) {
                // Converged; a step that leaves the bracket is rounding noise, so keep x then.
                return next >= lo && next <= hi ? next : x;
            }
            if (!(next > lo && next < hi)) {
                next = bisect(lo, hi);
            }
            if (Math.abs(next - x) <= NEWTON_TOLERANCE * next) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /**
     * Solves {@code Q(k, x) = q} for {@code 0 < q < 1/2} by Newton's method on {@code log Q} in
     * {@code x} (nearly linear in the upper tail), safeguarded by a bracket, from Wilson-Hilferty.
     */
    private static double upperQuantile(double q, double k, double logGammaK) {
        final double logQ = Math.log(q);
        double x = wilsonHilferty(-NormalFunctions.inverseCdf(q), k);
        if (!(x > 0 && x < Double.POSITIVE_INFINITY)) {
            x = k;
        }
        double lo = 0.0;
        double hi = Double.POSITIVE_INFINITY;
        for (int i = 0; i < MAX_NEWTON; i++) {
            final double survival = regularizedQ(x, k, logGammaK);
            if (survival > q) {
                lo = x;
            } else if (survival < q) {
                hi = x;
            } else {
                return x;
            }
            final double rate = density(x, k, logGammaK) / survival; // -d log Q / dx
            double next = x + (Math.log(survival) - logQ) / rate;
            if (Math.abs(next - x) <= NEWTON_TOLERANCE * x) {
                // Converged; a step that leaves the bracket is rounding noise, so keep x then.
                return next >= lo && next <= hi ? next : x;
            }
            if (!(next > lo && next < hi)) {
                next = bisect(lo, hi);
            }
            if (Math.abs(next - x) <= NEWTON_TOLERANCE * next) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** A point strictly inside {@code (lo, hi)}: geometric where the bracket spans a wide ratio. */
    private static double bisect(double lo, double hi) {
        if (hi == Double.POSITIVE_INFINITY) {
            return lo > 0 ? 2.0 * lo : 1.0;
        }
        if (lo > 0 && hi > 4.0 * lo) {
            return Math.sqrt(lo) * Math.sqrt(hi);
        }
        return 0.5 * (lo + hi);
    }
}
