package dev.autarky.internal.design;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sobol points with 32-bit resolution in up to {@value #MAX_DIMENSIONS} dimensions, computed by
 * index (no state), and their hash-based Owen-style scrambling.
 *
 * <p>Direction numbers: S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better
 * two-dimensional projections", SIAM J. Sci. Comput. 30 (2008) 2635-2654, file
 * {@code new-joe-kuo-6.1000} as shipped inside commons-math3 (whose {@code SobolSequenceGenerator}
 * gives the same points, tested). Point {@code j} in Gray-code order is the XOR of the direction
 * numbers of the set bits of {@code j ^ (j >>> 1)}; the first {@code 2^m} points are the same set
 * as in natural order.
 *
 * <p>Scrambling ({@link #scramble}): Owen's nested uniform scrambling approximated by a keyed hash
 * on the bit-reversed coordinate (B. Burley, "Practical hash-based Owen scrambling", JCGT 9(4),
 * 2020, with N. Vegdahl's improved hash), followed by a random digital shift. The hash changes
 * each binary digit depending only on the digits before it, so every scrambled point set of
 * {@code 2^m} points is still a (t, m, s)-net; the digital shift makes every single point exactly
 * uniform on the 2^32 grid. Thread-safe; the direction numbers are read once.
 */
public final class SobolSequence {

    /** Dimensions with direction numbers; inputs beyond these are drawn by plain Monte Carlo. */
    public static final int MAX_DIMENSIONS = 1000;
    /** Bits of each coordinate; at most {@code 2^32} points per scrambling. */
    public static final int BITS = 32;

    private static final String RESOURCE = "/assets/org/apache/commons/math3/random/new-joe-kuo-6.1000";

    /** Direction numbers {@code [dimension * BITS + bit]}; bit 0 is the most significant. */
    private static final int[] DIRECTIONS = load();

    private SobolSequence() {
    }

    /**
     * Coordinate {@code dimension} of Sobol point {@code index} (Gray-code order) as 32 bits of the
     * binary fraction (unsigned).
     */
    public static int point(long index, int dimension) {
        long gray = index ^ (index >>> 1);
        int base = dimension * BITS;
        int x = 0;
        for (int b = 0; gray != 0; b++, gray >>>= 1) {
            if ((gray & 1) != 0) {
                x ^= DIRECTIONS[base + b];
            }
        }
        return x;
    }

    /** Fills {@code out[0, dimensions)} with the coordinates of Sobol point {@code index}. */
    public static void point(long index, int dimensions, int[] out) {
        long gray = index ^ (index >>> 1);
        for (int d = 0; d < dimensions; d++) {
            out[d] = 0;
        }
        for (int b = 0; gray != 0; b++, gray >>>= 1) {
            if ((gray & 1) != 0) {
                for (int d = 0, at = b; d < dimensions; d++, at += BITS) {
                    out[d] ^= DIRECTIONS[at];
                }
            }
        }
    }

    /**
     * Scrambles one coordinate: hash-based nested scrambling keyed by {@code seed}, then a digital
     * shift by {@code shift} (both 32 random bits per replicate and dimension).
     */
    public static int scramble(int x, int seed, int shift) {
        int v = Integer.reverse(x);
        v ^= v * 0x3d20adea;
        v += seed;
        v *= (seed >>> 16) | 1;
        v ^= v * 0x05526c56;
        v ^= v * 0x53a22864;
        return Integer.reverse(v) ^ shift;
    }

    private static int[] load() {
        int[] dir = new int[MAX_DIMENSIONS * BITS];
        for (int b = 0; b < BITS; b++) {
            dir[b] = 1 << (BITS - 1 - b); // dimension 0: van der Corput
        }
        // the direction numbers ship inside commons-math3: ask its module (on the module path a
        // class of this module would only search this module)
        try (InputStream in = org.apache.commons.math3.random.SobolSequenceGenerator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Sobol direction numbers not found: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            r.readLine(); // header: d s a m_i
            for (int d = 1; d < MAX_DIMENSIONS; d++) {
                String line = r.readLine();
                if (line == null) {
                    throw new IllegalStateException("Sobol direction numbers end at dimension " + d);
                }
                String[] f = line.trim().split("\\s+");
                int s = Integer.parseInt(f[1]);
                int a = Integer.parseInt(f[2]);
                long[] v = new long[BITS + 1]; // 1-based, as in Joe and Kuo's description
                for (int i = 1; i <= Math.min(s, BITS); i++) {
                    v[i] = Long.parseLong(f[2 + i]) << (BITS - i);
                }
                for (int i = s + 1; i <= BITS; i++) {
                    v[i] = v[i - s] ^ (v[i - s] >>> s);
                    for (int k = 1; k < s; k++) {
                        v[i] ^= ((a >>> (s - 1 - k)) & 1) * v[i - k];
                    }
                }
                for (int b = 0; b < BITS; b++) {
                    dir[d * BITS + b] = (int) v[b + 1];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
