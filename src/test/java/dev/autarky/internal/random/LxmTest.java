package dev.autarky.internal.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.core.source64.L64X128Mix;
import org.junit.jupiter.api.Test;

class LxmTest {

    @Test
    void matchesCommonsRngL64X128MixForTheSameState() {
        long[][] states = {
            {1L, 2L, 3L, 4L},
            {0x123456789abcdefL, -1L, 0xdeadbeefL, 0x1234L},
            {StreamKeys.mix64(7), StreamKeys.mix64(8), StreamKeys.mix64(9), StreamKeys.mix64(10)},
        };
        for (long[] s : states) {
            L64X128Mix reference = new L64X128Mix(s.clone());
            Lxm ours = new Lxm();
            ours.setState(s[0], s[1], s[2], s[3]);
            for (int i = 0; i < 10_000; i++) {
                assertEquals(reference.nextLong(), ours.nextLong(), "draw " + i);
            }
        }
    }

    @Test
    void sameKeyGivesSameStreamAndDifferentKeysDiffer() {
        Lxm a = new Lxm();
        Lxm b = new Lxm();
        a.seed(42, 7, StreamKeys.keyOf("regimes.china"));
        b.seed(42, 7, StreamKeys.keyOf("regimes.china"));
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
        b.seed(42, 8, StreamKeys.keyOf("regimes.china"));
        a.seed(42, 7, StreamKeys.keyOf("regimes.china"));
        assertNotEquals(a.nextLong(), b.nextLong());
        b.seed(42, 7, StreamKeys.keyOf("regimes.chinb"));
        a.seed(42, 7, StreamKeys.keyOf("regimes.china"));
        assertNotEquals(a.nextLong(), b.nextLong());
    }

    @Test
    void openUnitNeverReachesZeroOrOne() {
        assertEquals(0x1.0p-53, StreamKeys.toOpenUnit(0L));
        assertTrue(StreamKeys.toOpenUnit(-1L) < 1.0);
        assertEquals(1.0 - 0x1.0p-53, StreamKeys.toOpenUnit(-1L));
    }

    /**
     * Input uniforms across consecutive paths of one key (the way an input is drawn over a run)
     * fill 100 equal cells as a uniform sample should: chi-square with 99 degrees of freedom,
     * critical value 148.2 at alpha = 0.001.
     */
    @Test
    void inputUniformsAcrossPathsAreUniform() {
        int cells = 100;
        int n = 200_000;
        long key = StreamKeys.keyOf("materials.Dy.demand.growthPerYear");
        long[] counts = new long[cells];
        for (int path = 0; path < n; path++) {
            counts[(int) (StreamKeys.inputUniform(2026, path, key) * cells)]++;
        }
        double expected = (double) n / cells;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi2 < 148.2, "chi-square " + chi2);
    }

    /** Two inputs of the same path must be uncorrelated: |r| < 4.5 / sqrt(n). */
    @Test
    void inputsOfOnePathAreUncorrelated() {
        int n = 200_000;
        long k1 = StreamKeys.keyOf("a.b");
        long k2 = StreamKeys.keyOf("a.c");
        double sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
        for (int path = 0; path < n; path++) {
            double x = StreamKeys.inputUniform(1, path, k1);
            double y = StreamKeys.inputUniform(1, path, k2);
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        double cov = sxy / n - (sx / n) * (sy / n);
        double r = cov / Math.sqrt((sxx / n - (sx / n) * (sx / n)) * (syy / n - (sy / n) * (sy / n)));
        assertTrue(Math.abs(r) < 4.5 / Math.sqrt(n), "r = " + r);
    }
}
