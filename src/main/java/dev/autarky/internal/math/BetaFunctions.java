package dev.autarky.internal.math;

/**
 * The standard beta distribution on {@code [0, 1]}: regularized incomplete beta function, density
 * and an accurate quantile, all allocation-free so that they may serve as the rare exact fallback
 * of a per-path sampler.
 *
 * <p>The incomplete beta function {@code I_x(a, b)} is evaluated by its classical continued
 * fraction (Abramowitz and Stegun 26.5.8) with the modified Lentz algorithm (Thompson and Barnett,
 * 1986), using the symmetry {@code I_x(a, b) = 1 - I_{1-x}(b, a)} beyond the mean so that the
 * fraction converges quickly; relative accuracy is about 1e-15 away from underflow.
 * {@code log B(a, b)} comes from commons-math3 ({@link org.apache.commons.math3.special.Beta#logBeta}),
 * which is a pure static function. Methods taking {@code logBeta} let callers hoist it out of loops.
 *
 * <p>Shape parameters must be finite and positive; this class does not check them (callers do).
 */
public final class BetaFunctions {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 100_000;
    private static final int MAX_NEWTON = 200;
    private static final double NEWTON_TOLERANCE = 1e-14;

    private BetaFunctions() {
    }

    /** {@code log B(a, b)}, the logarithm of the complete beta function. */
    public static double logBeta(double a, double b) {
        return org.apache.commons.math3.special.Beta.logBeta(a, b);
    }

    /**
     * The regularized incomplete beta function {@code I_x(a, b)}, the beta(a, b) distribution
     * function.
     *
     * @return 0 for {@code x <= 0}, 1 for {@code x >= 1}, NaN for NaN
     */
    public static double regularized(double x, double a, double b) {
        return regularized(x, a, b, logBeta(a, b));
    }

    /** As {@link #regularized(double, double, double)} with {@code logBeta = log B(a, b)} given. */
    public static double regularized(double x, double a, double b, double logBeta) {
        if (!(x > 0)) {
            return x <= 0 ? 0.0 : Double.NaN;
        }
        if (x >= 1) {
            return 1.0;
        }
        if (x > (a + 1) / (a + b + 2)) {
            return 1.0 - lowerFraction(1.0 - x, b, a, logBeta);
        }
        return lowerFraction(x, a, b, logBeta);
    }

    /**
     * The beta(a, b) density {@code x^(a-1) (1-x)^(b-1) / B(a, b)}, 0 outside {@code [0, 1]}; at an
     * end point it is infinite, finite or 0 as the shape parameter there is below, equal to or above 1.
     */
    public static double density(double x, double a, double b, double logBeta) {
        if (!(x >= 0 && x <= 1)) {
            return x == x ? 0.0 : Double.NaN;
        }
        final double left = x == 0 ? edgeLog(a) : (a - 1) * Math.log(x);
        final double right = x == 1 ? edgeLog(b) : (b - 1) * Math.log1p(-x);
        return Math.exp(left + right - logBeta);
    }

    /**
     * The beta(a, b) quantile: the {@code x} in {@code [0, 1]} with {@code I_x(a, b) = p}, to about
     * 1e-14 relative accuracy (limited by the incomplete beta function).
     *
     * @param p a probability; 0 gives 0 and 1 gives 1
     */
    public static double quantile(double p, double a, double b) {
        return quantile(p, a, b, logBeta(a, b));
    }

    /** As {@link #quantile(double, double, double)} with {@code logBeta = log B(a, b)} given. */
    public static double quantile(double p, double a, double b, double logBeta) {
        if (!(p > 0)) {
            return p == 0 ? 0.0 : Double.NaN;
        }
        if (!(p < 1)) {
            return p == 1 ? 1.0 : Double.NaN;
        }
        if (p > 0.5) {
            // Solve in the reflected variable so that the upper tail keeps relative precision.
            return 1.0 - lowerQuantile(1.0 - p, b, a, logBeta);
        }
        return lowerQuantile(p, a, b, logBeta);
    }

    /** {@code log(x^(s-1))} at {@code x = 0}: -inf, 0 or +inf times the sign of {@code s - 1}. */
    private static double edgeLog(double s) {
        if (s == 1) {
            return 0.0;
        }
        return s < 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /**
     * {@code I_x(a, b)} by the continued fraction, for {@code x} below about the mean, where the
     * fraction converges fast. The prefix is {@code x^a (1-x)^b / (a B(a, b))}.
     */
    private static double lowerFraction(double x, double a, double b, double logBeta) {
        final double prefix = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta) / a;
        if (prefix == 0) {
            return 0.0;
        }
        // f = 1 + d1/(1 + d2/(1 + ...)); d_{2k+1} = -(a+k)(a+b+k)x / ((a+2k)(a+2k+1)),
        // d_{2k} = k(b-k)x / ((a+2k-1)(a+2k)). Modified Lentz, starting from f_0 = 1.
        double f = 1.0;
        double c = 1.0;
        double d = 0.0;
        for (int j = 1; j <= MAX_TERMS; j++) {
            final int k = j >> 1;
            final double coefficient;
            if ((j & 1) == 1) {
                coefficient = -(a + k) * (a + b + k) * x / ((a + 2 * k) * (a + 2 * k + 1));
            } else {
                coefficient = k * (b - k) * x / ((a + 2 * k - 1) * (a + 2 * k));
            }
            d = 1.0 + coefficient * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            d = 1.0 / d;
            c = 1.0 + coefficient / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            final double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < EPSILON) {
                break;
            }
        }
        return prefix / f;
    }

    /**
     * Solves {@code I_x(a, b) = p} for {@code 0 < p <= 1/2} by Newton's method on {@code log I} in
     * {@code log x}, safeguarded by a bracket. The start {@code (p a B(a, b))^(1/a)} is the
     * lower-tail asymptote {@code I_x ~ x^a / (a B)}, for which this iteration is exact.
     */
    private static double lowerQuantile(double p, double a, double b, double logBeta) {
        final double logP = Math.log(p);
        double x = Math.exp((logP + Math.log(a) + logBeta) / a);
        if (x == 0) {
            return 0.0; // below the smallest double
        }
        if (!(x < 1)) {
            x = a / (a + b);
        }
        double lo = 0.0;
        double hi = 1.0;
        for (int i = 0; i < MAX_NEWTON; i++) {
            final double cdf = regularized(x, a, b, logBeta);
            if (cdf < p) {
                lo = x;
            } else if (cdf > p) {
                hi = x;
            } else {
                return x;
            }
            final double slope = x * density(x, a, b, logBeta) / cdf; // d log I / d log x
            double next = x * Math.exp((logP - Math.log(cdf)) / slope);
            if (Math.abs(next - x) <= NEWTON_TOLERANCE * x) {
                // Converged; a step that leaves the bracket is rounding noise, so keep x then.
                return next >= lo && next <= hi ? next : x;
            }
            if (!(next > lo && next < hi)) {
                next = lo > 0 ? Math.sqrt(lo) * Math.sqrt(hi) : 0.5 * hi;
            }
            if (Math.abs(next - x) <= NEWTON_TOLERANCE * next) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
