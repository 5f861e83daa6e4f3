package dev.autarky.analysis;

import dev.autarky.internal.stats.Binomial;
import dev.autarky.result.Estimate;

/**
 * The confidence intervals the analyses use, in one place (docs/analysis.md, "Intervals").
 * Stateless.
 */
final class Intervals {

    /** Fieller, Hartley and Pearson's (1957) variance factor for Fisher's z of a rank correlation. */
    static final double RANK_VARIANCE_FACTOR = 1.06;

    private Intervals() {
    }

    /** An estimate with no interval (NaN limits). */
    static Estimate undefined(double value, double confidence) {
        return new Estimate(value, Double.NaN, Double.NaN, confidence);
    }

    /** Student's t interval for the mean of {@code x}, computed in two passes for accuracy. */
    static Estimate mean(double[] x, double confidence) {
        Moments m = Moments.of(x);
        return meanOf(m, confidence);
    }

    /** Student's t interval from moments. */
    static Estimate meanOf(Moments m, double confidence) {
        if (m.n == 0) {
            return undefined(Double.NaN, confidence);
        }
        if (m.n == 1) {
            return new Estimate(m.mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, confidence);
        }
        double half = Binomial.t(confidence, m.n - 1) * Math.sqrt(m.variance / m.n);
        return new Estimate(m.mean, m.mean - half, m.mean + half, confidence);
    }

    /** Wilson's score interval for {@code successes / n}. */
    static Estimate proportion(long successes, long n, double confidence) {
        if (n == 0) {
            return undefined(Double.NaN, confidence);
        }
        double[] w = Binomial.wilson(successes, n, confidence);
        return new Estimate((double) successes / n, w[0], w[1], confidence);
    }

    /**
     * Newcombe's interval (method 10, Stat. Med. 17, 1998, pp. 2635–2650) for the difference
     * {@code p1 − p2} of two proportions measured on the same {@code n} pairs, from the counts
     * {@code both} (yes, yes), {@code onlyFirst} (yes, no), {@code onlySecond} (no, yes) and
     * {@code neither}: Wilson intervals for {@code p1} and {@code p2} combined with the
     * correlation {@code φ} of the pairs, {@code (AD − BC) / √(efgh)} over the table's cells and
     * margins, with {@code AD − BC} replaced by {@code max(AD − BC − n/2, 0)} when positive (as in
     * Newcombe's paper and Altman et al., Statistics with Confidence, 2000, p. 52) and {@code φ = 0}
     * when a margin is empty. Stays inside {@code [−1, 1]} and behaves well with few discordant
     * pairs, where the Wald interval fails.
     */
    static Estimate newcombePaired(long both, long onlyFirst, long onlySecond, long neither, double confidence) {
        long n = both + onlyFirst + onlySecond + neither;
        if (n == 0) {
            return undefined(Double.NaN, confidence);
        }
        double p1 = (double) (both + onlyFirst) / n;
        double p2 = (double) (both + onlySecond) / n;
        double[] w1 = Binomial.wilson(both + onlyFirst, n, confidence);
        double[] w2 = Binomial.wilson(both + onlySecond, n, confidence);
        double denominator = (double) (both + onlyFirst) * (onlySecond + neither) * (both + onlySecond)
                * (onlyFirst + neither);
        double cross = (double) both * neither - (double) onlyFirst * onlySecond;
        if (cross > 0) {
            cross = Math.max(0, cross - n / 2.0);
        }
        double phi = denominator == 0 ? 0 : cross / Math.sqrt(denominator);
        double dl1 = p1 - w1[0];
        double du1 = w1[1] - p1;
        double dl2 = p2 - w2[0];
        double du2 = w2[1] - p2;
        double delta = Math.sqrt(Math.max(0, dl1 * dl1 - 2 * phi * dl1 * du2 + du2 * du2));
        double epsilon = Math.sqrt(Math.max(0, du1 * du1 - 2 * phi * du1 * dl2 + dl2 * dl2));
        double theta = p1 - p2;
        return new Estimate(theta, Math.max(-1, theta - delta), Math.min(1, theta + epsilon), confidence);
    }

    /**
     * Newcombe's interval (method 10 of Stat. Med. 17, 1998, pp. 873–890) for the difference
     * {@code p1 − p2} of two independent proportions: the square-and-add combination of their
     * Wilson intervals.
     */
    static Estimate newcombeIndependent(long successes1, long n1, long successes2, long n2, double confidence) {
        if (n1 == 0 || n2 == 0) {
            return undefined(Double.NaN, confidence);
        }
        double p1 = (double) successes1 / n1;
        double p2 = (double) successes2 / n2;
        double[] w1 = Binomial.wilson(successes1, n1, confidence);
        double[] w2 = Binomial.wilson(successes2, n2, confidence);
        double theta = p1 - p2;
        double delta = Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2));
        double epsilon = Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]));
        return new Estimate(theta, Math.max(-1, theta - delta), Math.min(1, theta + epsilon), confidence);
    }

    /**
     * The interval for the difference of the means of two independent samples (Welch):
     * {@code m1 − m2 ± t_ν √(s1²/n1 + s2²/n2)} with Welch–Satterthwaite degrees of freedom.
     */
    static Estimate welch(Moments a, Moments b, double confidence) {
        if (a.n < 2 || b.n < 2) {
            return undefined(a.mean - b.mean, confidence);
        }
        double va = a.variance / a.n;
        double vb = b.variance / b.n;
        double diff = a.mean - b.mean;
        double v = va + vb;
        if (v == 0) {
            return new Estimate(diff, diff, diff, confidence);
        }
        double df = v * v / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
        double half = Binomial.t(confidence, df) * Math.sqrt(v);
        return new Estimate(diff, diff - half, diff + half, confidence);
    }

    /**
     * Fieller's interval (J. R. Stat. Soc. B 16, 1954) for the ratio {@code mx / my} of two
     * means estimated from the same {@code n} paths, with the variances {@code vxx}, {@code vyy}
     * and covariance {@code vxy} of the two means: the {@code R} with
     * {@code (mx − R my)² ≤ t² (vxx − 2 R vxy + R² vyy)}. When the denominator's own interval
     * contains 0 ({@code my² ≤ t² vyy}) the set is unbounded and the limits are infinite. NaN
     * when {@code my} is 0.
     */
    static Estimate fieller(double mx, double my, double vxx, double vyy, double vxy, long n, double confidence) {
        if (n < 2 || my == 0) {
            return undefined(my == 0 ? Double.NaN : mx / my, confidence);
        }
        double ratio = mx / my;
        double t2 = sq(Binomial.t(confidence, n - 1));
        double a = my * my - t2 * vyy;
        if (!(a > 0)) {
            return new Estimate(ratio, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, confidence);
        }
        double b = mx * my - t2 * vxy;
        double c = mx * mx - t2 * vxx;
        double disc = b * b - a * c;
        double root = Math.sqrt(Math.max(0, disc));
        return new Estimate(ratio, (b - root) / a, (b + root) / a, confidence);
    }

    /**
     * Fisher's z interval for a rank correlation {@code r} from {@code n} pairs with
     * {@code controls} variables partialled out: {@code tanh(atanh r ± z √(1.06 / (n − 3 − controls)))}
     * (Fieller, Hartley and Pearson 1957 for the factor 1.06; the degrees of freedom of a partial
     * correlation lose one per variable controlled). Infinite-width ({@code [−1, 1]}) when
     * {@code n − 3 − controls < 1}; a degenerate interval at ±1.
     */
    static Estimate fisherZ(double r, long n, int controls, double confidence) {
        if (Double.isNaN(r)) {
            return undefined(Double.NaN, confidence);
        }
        long df = n - 3 - controls;
        if (df < 1) {
            return new Estimate(r, -1, 1, confidence);
        }
        if (Math.abs(r) >= 1) {
            return new Estimate(Math.signum(r), Math.signum(r), Math.signum(r), confidence);
        }
        double z = atanh(r);
        double half = Binomial.z(confidence) * Math.sqrt(RANK_VARIANCE_FACTOR / df);
        return new Estimate(r, Math.tanh(z - half), Math.tanh(z + half), confidence);
    }

    static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    static double sq(double x) {
        return x * x;
    }

    /** Count, mean and sample variance of a set of values, by two passes. */
    static final class Moments {
        final long n;
        final double mean;
        final double variance;

        private Moments(long n, double mean, double variance) {
            this.n = n;
            this.mean = mean;
            this.variance = variance;
        }

        static Moments of(double[] x) {
            int n = x.length;
            if (n == 0) {
                return new Moments(0, Double.NaN, Double.NaN);
            }
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            double mean = sum / n;
            double ss = 0;
            double comp = 0;
            for (double v : x) {
                double d = v - mean;
                ss += d * d;
                comp += d;
            }
            double variance = n < 2 ? Double.NaN : Math.max(0, (ss - comp * comp / n) / (n - 1));
            return new Moments(n, mean + comp / n, variance);
        }
    }
}
