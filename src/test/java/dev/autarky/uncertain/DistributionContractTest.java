package dev.autarky.uncertain;

import static dev.autarky.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.testing.Examples;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every {@link Distribution} must have, checked on examples of every kind. */
class DistributionContractTest {

    private static final Set<String> KINDS = Set.of("fixed", "uniform", "triangular", "pert", "normal", "lognormal",
            "beta", "exponential", "gamma", "discrete", "empirical");

    static Stream<Distribution> examples() {
        return Examples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void quantileAtZeroAndOneIsTheSupport(Distribution d) {
        assertEquals(d.lowerBound(), d.quantile(0.0));
        assertEquals(d.upperBound(), d.quantile(1.0));
        assertTrue(d.lowerBound() <= d.upperBound());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void quantileRejectsNonProbabilities(Distribution d) {
        assertRejected(() -> d.quantile(-0.1), "p", "-0.1");
        assertRejected(() -> d.quantile(1.5), "p", "1.5");
        assertRejected(() -> d.quantile(Double.NaN), "p", "NaN");
        assertRejected(() -> d.quantile(Double.POSITIVE_INFINITY), "p", "Infinity");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void quantileIsNondecreasingAndWithinTheSupport(Distribution d) {
        double previous = d.quantile(0.0);
        for (int k = 1; k <= 2000; k++) {
            final double x = d.quantile(k / 2000.0);
            assertTrue(x >= previous, () -> d + ": quantile decreased at p=" + x);
            assertTrue(x >= d.lowerBound() && x <= d.upperBound(), () -> d + ": quantile outside support: " + x);
            previous = x;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void cdfIsAProbabilityNondecreasingFromZeroToOne(Distribution d) {
        assertTrue(Double.isNaN(d.cdf(Double.NaN)));
        assertEquals(0.0, d.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, d.cdf(Double.POSITIVE_INFINITY));
        final double from = d.quantile(1e-6);
        final double to = d.quantile(1 - 1e-6);
        double previous = 0.0;
        for (int k = -10; k <= 1010; k++) {
            final double x = from + (to - from) * k / 1000.0;
            final double f = d.cdf(x);
            assertTrue(f >= previous && f <= 1.0, () -> d + ": cdf(" + x + ") = " + f);
            previous = f;
        }
        assertEquals(1.0, d.cdf(d.upperBound()));
        if (Double.isFinite(d.lowerBound())) {
            assertEquals(0.0, d.cdf(Math.nextDown(d.lowerBound())));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void continuousQuantileInvertsTheCdf(Distribution d) {
        if (!Examples.isContinuous(d)) {
            return;
        }
        for (int k = 1; k < 1000; k++) {
            final double p = k / 1000.0;
            final double x = d.quantile(p);
            assertEquals(p, d.cdf(x), 1e-12, () -> d + ": cdf(quantile(" + p + "))");
        }
        // Small p, relative accuracy. The quantile x can only be as exact as a few ulps of the
        // magnitudes it is computed from (x itself, a location such as the mean, a bound), which
        // matters when the support does not start at 0; allow the change of the cdf over that.
        for (int e = 2; e <= 12; e++) {
            final double p = Math.pow(10, -e);
            final double x = d.quantile(p);
            final double scale = Math.max(Math.max(Math.abs(x), Math.abs(d.mean())),
                    Double.isFinite(d.lowerBound()) ? Math.abs(d.lowerBound()) : 0.0);
            final double slack = d.cdf(x + 4 * Math.ulp(scale)) - d.cdf(x - 4 * Math.ulp(scale));
            assertEquals(p, d.cdf(x), 1e-11 * p + slack, () -> d + ": cdf(quantile(" + p + "))");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void discreteQuantileIsTheSmallestSupportValueReachingP(Distribution d) {
        if (Examples.isContinuous(d)) {
            return;
        }
        for (int k = 1; k <= 1000; k++) {
            final double p = k / 1000.0;
            final double v = d.quantile(p);
            assertTrue(d.cdf(v) >= p, () -> d + ": cdf(quantile(" + p + ")) < p");
            assertTrue(d.cdf(Math.nextDown(v)) < p, () -> d + ": a smaller value already reaches " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void momentsAreFiniteAndConsistentWithTheSupport(Distribution d) {
        assertTrue(Double.isFinite(d.mean()), () -> d + ": mean " + d.mean());
        assertTrue(d.mean() >= d.lowerBound() && d.mean() <= d.upperBound(), () -> d + ": mean " + d.mean());
        assertTrue(d.variance() >= 0 && Double.isFinite(d.variance()), () -> d + ": variance " + d.variance());
        assertEquals(d instanceof Fixed, d.variance() == 0.0);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void kindIsStableAndOnlyFixedIsFixed(Distribution d) {
        assertTrue(KINDS.contains(d.kind()), d::kind);
        assertEquals(d.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT), d.kind());
        assertEquals(d instanceof Fixed, d.isFixed());
    }
}
