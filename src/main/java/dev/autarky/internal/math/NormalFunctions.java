package dev.autarky.internal.math;

/**
 * The standard normal distribution function, its complement, density and quantile, accurate to
 * about 1e-15 relative in both tails and cheap enough to call once per simulated path.
 *
 * <p>References:
 * <ul>
 *   <li>Quantile: M. J. Wichura (1988), "Algorithm AS 241: The Percentage Points of the Normal
 *       Distribution", <i>Applied Statistics</i> 37(3), 477-484, routine PPND16 (rational
 *       approximations in three regions; relative accuracy about 1e-16).</li>
 *   <li>Distribution function: W. J. Cody (1969), "Rational Chebyshev Approximations for the Error
 *       Function", <i>Math. Comp.</i> 23, 631-637, in the form of his normal-integral routine ANORM
 *       (TOMS 715, 1993), with the exponential split as {@code exp(-s^2/2) * exp(-(x-s)(x+s)/2)},
 *       {@code s = floor(16x)/16}, so that the tail keeps full relative precision.</li>
 * </ul>
 *
 * <p>All methods are static, allocation-free and thread-safe. NaN arguments give NaN.
 */
public final class NormalFunctions {

    /** {@code 1 / sqrt(2 pi)}. */
    private static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
    /** {@code sqrt(32)}: boundary between Cody's second and third regions. */
    private static final double SQRT_32 = 5.656854249492380195206754896838;
    /** Boundary between Cody's first and second regions (close to the upper quartile). */
    private static final double CENTRAL = 0.67448975;
    /** Beyond this |x| the tail is below the smallest subnormal double. */
    private static final double TAIL_CUTOFF = 38.5;

    // Cody: first region, Phi(x) - 1/2 = x * P(x^2) / Q(x^2).
    private static final double A0 = 2.2352520354606839287;
    private static final double A1 = 161.02823106855587881;
    private static final double A2 = 1067.6894854603709582;
    private static final double A3 = 18154.981253343561249;
    private static final double A4 = 0.065682337918207449113;
    private static final double B0 = 47.20258190468824187;
    private static final double B1 = 976.09855173777669322;
    private static final double B2 = 10260.932208618978205;
    private static final double B3 = 45507.789335026729956;
    // Cody: second region, tail = exp(-x^2/2) * P(x) / Q(x).
    private static final double C0 = 0.39894151208813466764;
    private static final double C1 = 8.8831497943883759412;
    private static final double C2 = 93.506656132177855979;
    private static final double C3 = 597.27027639480026226;
    private static final double C4 = 2494.5375852903726711;
    private static final double C5 = 6848.1904505362823326;
    private static final double C6 = 11602.651437647350124;
    private static final double C7 = 9842.7148383839780218;
    private static final double C8 = 1.0765576773720192317e-8;
    private static final double D0 = 22.266688044328115691;
    private static final double D1 = 235.38790178262499861;
    private static final double D2 = 1519.377599407554805;
    private static final double D3 = 6485.558298266760755;
    private static final double D4 = 18615.571640885098091;
    private static final double D5 = 34900.952721145977266;
    private static final double D6 = 38912.003286093271411;
    private static final double D7 = 19685.429676859990727;
    // Cody: third region, tail = exp(-x^2/2) / x * (1/sqrt(2 pi) - z P(z) / Q(z)), z = 1/x^2.
    private static final double P0 = 0.21589853405795699;
    private static final double P1 = 0.1274011611602473639;
    private static final double P2 = 0.022235277870649807;
    private static final double P3 = 0.001421619193227893466;
    private static final double P4 = 2.9112874951168792e-5;
    private static final double P5 = 0.02307344176494017303;
    private static final double Q0 = 1.28426009614491121;
    private static final double Q1 = 0.468238212480865118;
    private static final double Q2 = 0.0659881378689285515;
    private static final double Q3 = 0.00378239633202758244;
    private static final double Q4 = 7.29751555083966205e-5;

    // Wichura AS 241 (PPND16): central region |p - 1/2| <= 0.425, r = 0.180625 - q^2.
    private static final double SPLIT1 = 0.425;
    private static final double SPLIT2 = 5.0;
    private static final double CONST1 = 0.180625;
    private static final double CONST2 = 1.6;
    private static final double WA0 = 3.3871328727963666080;
    private static final double WA1 = 1.3314166789178437745e+2;
    private static final double WA2 = 1.9715909503065514427e+3;
    private static final double WA3 = 1.3731693765509461125e+4;
    private static final double WA4 = 4.5921953931549871457e+4;
    private static final double WA5 = 6.7265770927008700853e+4;
    private static final double WA6 = 3.3430575583588128105e+4;
    private static final double WA7 = 2.5090809287301226727e+3;
    private static final double WB1 = 4.2313330701600911252e+1;
    private static final double WB2 = 6.8718700749205790830e+2;
    private static final double WB3 = 5.3941960214247511077e+3;
    private static final double WB4 = 2.1213794301586595867e+4;
    private static final double WB5 = 3.9307895800092710610e+4;
    private static final double WB6 = 2.8729085735721942674e+4;
    private static final double WB7 = 5.2264952788528545610e+3;
    // AS 241 intermediate region, r = sqrt(-log(min(p, 1-p))) - 1.6 for r <= 5.
    private static final double WC0 = 1.42343711074968357734;
    private static final double WC1 = 4.63033784615654529590;
    private static final double WC2 = 5.76949722146069140550;
    private static final double WC3 = 3.64784832476320460504;
    private static final double WC4 = 1.27045825245236838258;
    private static final double WC5 = 2.41780725177450611770e-1;
    private static final double WC6 = 2.27238449892691845833e-2;
    private static final double WC7 = 7.74545014278341407640e-4;
    private static final double WD1 = 2.05319162663775882187;
    private static final double WD2 = 1.67638483018380384940;
    private static final double WD3 = 6.89767334985100004550e-1;
    private static final double WD4 = 1.48103976427480074590e-1;
    private static final double WD5 = 1.51986665636164571966e-2;
    private static final double WD6 = 5.47593808499534494600e-4;
    private static final double WD7 = 1.05075007164441684324e-9;
    // AS 241 far tail, r = sqrt(-log(min(p, 1-p))) - 5.
    private static final double WE0 = 6.65790464350110377720;
    private static final double WE1 = 5.46378491116411436990;
    private static final double WE2 = 1.78482653991729133580;
    private static final double WE3 = 2.96560571828504891230e-1;
    private static final double WE4 = 2.65321895265761230930e-2;
    private static final double WE5 = 1.24266094738807843860e-3;
    private static final double WE6 = 2.71155556874348757815e-5;
    private static final double WE7 = 2.01033439929228813265e-7;
    private static final double WF1 = 5.99832206555887937690e-1;
    private static final double WF2 = 1.36929880922735805310e-1;
    private static final double WF3 = 1.48753612908506148525e-2;
    private static final double WF4 = 7.86869131145613259100e-4;
    private static final double WF5 = 1.84631831751005468180e-5;
    private static final double WF6 = 1.42151175831644588870e-7;
    private static final double WF7 = 2.04426310338993978564e-15;

    private NormalFunctions() {
    }

    /**
     * The standard normal quantile {@code Phi^-1(p)} by Wichura's AS 241 (PPND16), relative accuracy
     * about 1e-16.
     *
     * @param p a probability; {@code 0} gives negative infinity and {@code 1} positive infinity
     * @return {@code z} with {@code Phi(z) = p}; NaN if {@code p} is NaN or outside {@code [0, 1]}
     */
    public static double inverseCdf(double p) {
        final double q = p - 0.5;
        if (Math.abs(q) <= SPLIT1) {
            final double r = CONST1 - q * q;
            return q * (((((((WA7 * r + WA6) * r + WA5) * r + WA4) * r + WA3) * r + WA2) * r + WA1) * r + WA0)
                    / (((((((WB7 * r + WB6) * r + WB5) * r + WB4) * r + WB3) * r + WB2) * r + WB1) * r + 1.0);
        }
        if (!(p >= 0 && p <= 1)) {
            return Double.NaN;
        }
        // The smaller of p and 1 - p; 1 - p is exact here because p > 0.925.
        double r = q < 0 ? p : 1.0 - p;
        if (r == 0) {
            return q < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        r = Math.sqrt(-Math.log(r));
        final double z;
        if (r <= SPLIT2) {
            r -= CONST2;
            z = (((((((WC7 * r + WC6) * r + WC5) * r + WC4) * r + WC3) * r + WC2) * r + WC1) * r + WC0)
                    / (((((((WD7 * r + WD6) * r + WD5) * r + WD4) * r + WD3) * r + WD2) * r + WD1) * r + 1.0);
        } else {
            r -= SPLIT2;
            z = (((((((WE7 * r + WE6) * r + WE5) * r + WE4) * r + WE3) * r + WE2) * r + WE1) * r + WE0)
                    / (((((((WF7 * r + WF6) * r + WF5) * r + WF4) * r + WF3) * r + WF2) * r + WF1) * r + 1.0);
        }
        return q < 0 ? -z : z;
    }

    /**
     * The standard normal distribution function {@code Phi(x) = P(Z <= x)}, relative accuracy about
     * 1e-15 (in the lower tail down to the subnormal range, {@code x > -37.5}).
     *
     * @param x any value; infinities give 0 and 1
     * @return {@code Phi(x)} in {@code [0, 1]}; NaN for NaN
     */
    public static double cdf(double x) {
        final double y = Math.abs(x);
        if (y <= CENTRAL) {
            return 0.5 + central(x);
        }
        final double tail = upperTail(y);
        return x < 0 ? tail : 1.0 - tail;
    }

    /**
     * The standard normal upper tail {@code 1 - Phi(x) = Phi(-x) = P(Z > x)}, computed directly so
     * that it keeps its relative accuracy (about 1e-15) for large positive {@code x}.
     *
     * @param x any value; infinities give 1 and 0
     * @return {@code 1 - Phi(x)} in {@code [0, 1]}; NaN for NaN
     */
    public static double complementaryCdf(double x) {
        final double y = Math.abs(x);
        if (y <= CENTRAL) {
            return 0.5 - central(x);
        }
        final double tail = upperTail(y);
        return x > 0 ? tail : 1.0 - tail;
    }

    /**
     * The standard normal density {@code phi(x) = exp(-x^2/2) / sqrt(2 pi)}, with the exponent split
     * so that it keeps full relative accuracy for large {@code |x|}.
     *
     * @param x any value
     * @return {@code phi(x)}; 0 for infinite {@code x}; NaN for NaN
     */
    public static double density(double x) {
        final double y = Math.abs(x);
        if (y > TAIL_CUTOFF) {
            return y == y ? 0.0 : Double.NaN;
        }
        final double s = Math.floor(y * 16) / 16;
        final double del = (y - s) * (y + s);
        return INV_SQRT_2PI * Math.exp(-0.5 * s * s) * Math.exp(-0.5 * del);
    }

    /** {@code Phi(x) - 1/2} for {@code |x| <= 0.67448975}. */
    private static double central(double x) {
        final double xsq = x * x;
        double num = A4 * xsq;
        double den = xsq;
        num = (num + A0) * xsq;
        den = (den + B0) * xsq;
        num = (num + A1) * xsq;
        den = (den + B1) * xsq;
        num = (num + A2) * xsq;
        den = (den + B2) * xsq;
        return x * (num + A3) / (den + B3);
    }

    /** {@code Phi(-y)} for {@code y > 0.67448975} (and NaN for NaN). */
    private static double upperTail(double y) {
        final double ratio;
        if (y <= SQRT_32) {
            double num = C8 * y;
            double den = y;
            num = (num + C0) * y;
            den = (den + D0) * y;
            num = (num + C1) * y;
            den = (den + D1) * y;
            num = (num + C2) * y;
            den = (den + D2) * y;
            num = (num + C3) * y;
            den = (den + D3) * y;
            num = (num + C4) * y;
            den = (den + D4) * y;
            num = (num + C5) * y;
            den = (den + D5) * y;
            num = (num + C6) * y;
            den = (den + D6) * y;
            ratio = (num + C7) / (den + D7);
        } else if (y <= TAIL_CUTOFF) {
            final double z = 1.0 / (y * y);
            double num = P5 * z;
            double den = z;
            num = (num + P0) * z;
            den = (den + Q0) * z;
            num = (num + P1) * z;
            den = (den + Q1) * z;
            num = (num + P2) * z;
            den = (den + Q2) * z;
            num = (num + P3) * z;
            den = (den + Q3) * z;
            ratio = (INV_SQRT_2PI - z * (num + P4) / (den + Q4)) / y;
        } else {
            return y == y ? 0.0 : Double.NaN;
        }
        final double s = Math.floor(y * 16) / 16;
        final double del = (y - s) * (y + s);
        return Math.exp(-0.5 * s * s) * Math.exp(-0.5 * del) * ratio;
    }
}
