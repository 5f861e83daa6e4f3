package dev.autarky.internal.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class NormalFunctionsTest {

    /**
     * {x, Phi(x), 1 - Phi(x)} for the double nearest each x, computed with mpmath 1.3 at 50 digits
     * ({@code mp.ncdf}), rounded to 20 significant digits.
     */
    private static final double[][] CDF = {
        {-37.0, 5.7255712225245768227e-300, 1.0},
        {-35.5, 2.4576915406619369142e-276, 1.0},
        {-30.0, 4.9067139271481870595e-198, 1.0},
        {-25.0, 3.0566967063825609164e-138, 1.0},
        {-20.0, 2.7536241186062336951e-89, 1.0},
        {-15.0, 3.6709661993127508858e-51, 1.0},
        {-10.0, 7.619853024160526066e-24, 1.0},
        {-8.25, 7.919726314642477341e-17, 9.999999999999999208e-1},
        {-6.0, 9.865876450376981407e-10, 9.9999999901341235496e-1},
        {-5.657, 7.7020881721776008424e-9, 9.9999999229791182782e-1},
        {-5.0, 2.8665157187919391167e-7, 9.9999971334842812081e-1},
        {-3.0, 1.3498980316300945267e-3, 9.9865010196836990547e-1},
        {-2.0, 2.27501319481792072e-2, 9.772498680518207928e-1},
        {-1.5, 6.6807201268858066004e-2, 9.33192798731141934e-1},
        {-1.0, 1.5865525393145705141e-1, 8.4134474606854294859e-1},
        {-0.6745, 2.4999674286369916889e-1, 7.5000325713630083111e-1},
        {-0.5, 3.0853753872598689636e-1, 6.9146246127401310364e-1},
        {-0.1, 4.6017216272297101633e-1, 5.3982783727702898367e-1},
        {-1e-10, 4.9999999996010577196e-1, 5.0000000003989422804e-1},
        {0.0, 0.5, 0.5},
        {0.3, 6.1791142218895263307e-1, 3.8208857781104736693e-1},
        {0.67449, 7.5000007938182630997e-1, 2.4999992061817369003e-1},
        {0.7, 7.5803634777692697138e-1, 2.4196365222307302862e-1},
        {1.25, 8.9435022633314474231e-1, 1.0564977366685525769e-1},
        {2.5, 9.9379033467422386483e-1, 6.209665325776135167e-3},
        {4.0, 9.9996832875816688008e-1, 3.1671241833119921254e-5},
        {5.5, 9.9999998101043753411e-1, 1.8989562465887719384e-8},
        {6.0, 9.9999999901341235496e-1, 9.865876450376981407e-10},
        {8.0, 9.999999999999993779e-1, 6.2209605742717841235e-16},
        {9.0, 9.9999999999999999989e-1, 1.1285884059538406477e-19},
        {12.0, 1.0, 1.7764821120776789977e-33},
        {20.0, 1.0, 2.7536241186062336951e-89},
        {30.0, 1.0, 4.9067139271481870595e-198},
        {37.0, 1.0, 5.7255712225245768227e-300},
    };

    /** {p, Phi^-1(p)} for the double nearest each p, by 400-step bisection on mpmath's ncdf at 50 digits. */
    private static final double[][] QUANTILES = {
        {1e-300, -37.047096299361199237},
        {1e-200, -30.205594179579643063},
        {1e-100, -21.273453560965324294},
        {1e-50, -14.933337534788488981},
        {1e-20, -9.2623400897984075796},
        {1e-15, -7.9413453261709967713},
        {1e-10, -6.3613409024040561991},
        {1e-05, -4.2648907939228246102},
        {0.001, -3.0902323061678135354},
        {0.02425, -1.9729610513118848376},
        {0.05, -1.644853626951472688},
        {0.075, -1.4395314709384559349},
        {0.1, -1.2815515655446004353},
        {0.25, -0.6744897501960817432},
        {0.3, -0.52440051270804081597},
        {0.4, -0.25334710313579974132},
        {0.5, 0.0},
        {0.6, 0.25334710313579974132},
        {0.75, 0.6744897501960817432},
        {0.9, 1.2815515655446005935},
        {0.95, 1.6448536269514722843},
        {0.975, 1.9599639845400538556},
        {0.99, 2.3263478740408407676},
        {0.999, 3.0902323061678132778},
        {0.999999, 4.7534243088170877657},
    };

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        final double error = expected == 0 ? Math.abs(actual) : Math.abs(actual / expected - 1.0);
        assertTrue(error <= tolerance, () -> what + ": expected " + expected + ", was " + actual
                + " (relative error " + error + " > " + tolerance + ")");
    }

    @Test
    void cdfAndComplementMatchHighPrecisionValuesInBothTails() {
        for (double[] row : CDF) {
            assertRelative(row[1], NormalFunctions.cdf(row[0]), 1e-15, "cdf(" + row[0] + ")");
            assertRelative(row[2], NormalFunctions.complementaryCdf(row[0]), 1e-15, "ccdf(" + row[0] + ")");
        }
    }

    @Test
    void inverseCdfMatchesHighPrecisionValues() {
        for (double[] row : QUANTILES) {
            assertRelative(row[1], NormalFunctions.inverseCdf(row[0]), 2e-16 * 4, "inverseCdf(" + row[0] + ")");
        }
    }

    @Test
    void inverseCdfEdgeCases() {
        assertEquals(Double.NEGATIVE_INFINITY, NormalFunctions.inverseCdf(0.0));
        assertEquals(Double.POSITIVE_INFINITY, NormalFunctions.inverseCdf(1.0));
        assertEquals(0.0, NormalFunctions.inverseCdf(0.5));
        assertTrue(Double.isNaN(NormalFunctions.inverseCdf(Double.NaN)));
        assertTrue(Double.isNaN(NormalFunctions.inverseCdf(-0.1)));
        assertTrue(Double.isNaN(NormalFunctions.inverseCdf(1.1)));
        assertTrue(NormalFunctions.inverseCdf(Double.MIN_VALUE) > -38.5);
    }

    @Test
    void cdfEdgeCases() {
        assertEquals(0.0, NormalFunctions.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, NormalFunctions.cdf(Double.POSITIVE_INFINITY));
        assertEquals(1.0, NormalFunctions.complementaryCdf(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, NormalFunctions.complementaryCdf(Double.POSITIVE_INFINITY));
        assertEquals(0.0, NormalFunctions.cdf(-50));
        assertEquals(0.0, NormalFunctions.density(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(NormalFunctions.cdf(Double.NaN)));
        assertTrue(Double.isNaN(NormalFunctions.complementaryCdf(Double.NaN)));
        assertTrue(Double.isNaN(NormalFunctions.density(Double.NaN)));
    }

    @Test
    void inverseCdfIsAntisymmetricAndRoundTripsThroughCdf() {
        for (int k = 1; k < 20_000; k++) {
            final double p = k / 40_000.0;
            final double z = NormalFunctions.inverseCdf(p);
            final double q = 1.0 - p; // rounded; its exact complement is 1 - q
            assertEquals(-NormalFunctions.inverseCdf(1.0 - q), NormalFunctions.inverseCdf(q),
                    2e-16 * Math.max(1, Math.abs(z)), "p=" + p);
            // Phi has condition number |z phi(z) / Phi(z)| ~ z^2 in the tail.
            assertRelative(p, NormalFunctions.cdf(z), 1e-15 * (2 + z * z), "cdf(inverseCdf(" + p + "))");
        }
        for (int e = 1; e <= 300; e++) {
            final double p = Math.pow(10, -e);
            final double z = NormalFunctions.inverseCdf(p);
            // Relative error of z up to about 1e-15 (a few ulps) shows up multiplied by z^2.
            assertRelative(p, NormalFunctions.cdf(z), 1e-15 * (4 + z * z), "cdf(inverseCdf(1e-" + e + "))");
        }
    }

    @Test
    void agreesWithCommonsMath() {
        final NormalDistribution reference = new NormalDistribution(null, 0, 1);
        for (int k = 0; k <= 4500; k++) {
            final double x = -37.0 + k * 0.01;
            // commons-math3 computes erfc(-x / sqrt 2); the rounding of x / sqrt(2) alone costs about
            // x^2 * 1.1e-16 relative in the tail, so allow for it.
            final double tolerance = 1e-14 + 2.5e-16 * x * x;
            assertRelative(reference.cumulativeProbability(x), NormalFunctions.cdf(x), tolerance, "cdf(" + x + ")");
            assertRelative(0.5 * Erf.erfc(x / Math.sqrt(2)), NormalFunctions.complementaryCdf(x), tolerance,
                    "ccdf(" + x + ")");
            assertRelative(reference.density(x), NormalFunctions.density(x), 1e-14 + 2.5e-16 * x * x,
                    "density(" + x + ")");
        }
        for (int k = 1; k < 1000; k++) {
            final double p = k / 1000.0;
            assertEquals(reference.inverseCumulativeProbability(p), NormalFunctions.inverseCdf(p), 1e-14,
                    "inverseCdf(" + p + ")");
        }
    }

    @Test
    void densityMatchesDefinition() {
        for (int k = -300; k <= 300; k++) {
            final double x = k * 0.1;
            assertRelative(Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI), NormalFunctions.density(x),
                    1e-15 + 1e-16 * x * x, "density(" + x + ")");
        }
    }
}
