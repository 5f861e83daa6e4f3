package dev.autarky.testing;

import java.util.SplittableRandom;

/** Deterministic uniform variates for tests. */
public final class Uniforms {

    private Uniforms() {
    }

    /**
     * {@code n} uniforms in the open interval {@code (0, 1)} from {@code new SplittableRandom(seed)}:
     * {@code ((nextLong() >>> 11) + 0.5) * 2^-53}, which is never 0. (It can round to exactly 1,
     * with probability 2^-53, when {@code 2^53 - 1 + 0.5} rounds to even; this fails loudly if a
     * seed ever does that.)
     */
    public static double[] open(long seed, int n) {
        final SplittableRandom random = new SplittableRandom(seed);
        final double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
            if (!(u[i] > 0 && u[i] < 1)) {
                throw new IllegalStateException("seed " + seed + " gave u = " + u[i] + " at draw " + i);
            }
        }
        return u;
    }

    /** The midpoint grid {@code (k + 1/2) / m}, {@code k = 0..m-1}. */
    public static double[] grid(int m) {
        final double[] u = new double[m];
        for (int k = 0; k < m; k++) {
            u[k] = (k + 0.5) / m;
        }
        return u;
    }
}
