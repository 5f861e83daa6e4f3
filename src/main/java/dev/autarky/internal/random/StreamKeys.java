package dev.autarky.internal.random;

/**
 * How random streams are keyed: every draw of path {@code i} comes from a stream determined only
 * by {@code (seed, i, channel)}, where the channel is a 64-bit key of a stable name (the input's or
 * process's path in the scenario, such as {@code "materials.Dy.demand.growthPerYear"}).
 *
 * <p>Keying by name, not position, means two scenarios that differ in one policy lever still draw
 * identical numbers for everything they share (common random numbers), and adding a project does
 * not shift the draws of any other input. Mixing uses SplitMix64's finalizer (Stafford's variant
 * 13) and the 64-bit mixer of the LXM family.
 */
public final class StreamKeys {

    /** The odd integer closest to 2^64 / φ (SplitMix64's increment). */
    public static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    /** The odd integer closest to 2^64 / (1 + √2) (used with the golden gamma as a fallback state). */
    public static final long SILVER_GAMMA = 0x6a09e667f3bcc909L;

    /** Name of the generator and keying scheme, recorded in every result. */
    public static final String DESCRIPTION =
            "L64X128MixRandom per (seed, path, channel) stream, seeded by SplitMix64 from "
                    + "mix64(mix64(seed + path * 0x9e3779b97f4a7c15) ^ fnv1a64(channel name)); "
                    + "per-path inputs use the first SplitMix64 output of their own (seed, path, input) stream";

    private StreamKeys() {
    }

    /** The 64-bit key of a channel or input name: FNV-1a over its UTF-16 code units, then mixed. */
    public static long keyOf(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return mix64(h);
    }

    /** The seed of the stream {@code (seed, path, channel)}. */
    public static long streamSeed(long seed, long path, long channel) {
        return mix64(mix64(seed + path * GOLDEN_GAMMA) ^ channel);
    }

    /**
     * One uniform in (0, 1) for the input keyed {@code channel} of path {@code path}: the first
     * SplitMix64 output of that stream. Costs two or three multiplications; allocates nothing.
     */
    public static double inputUniform(long seed, long path, long channel) {
        return toOpenUnit(mix64(streamSeed(seed, path, channel) + GOLDEN_GAMMA));
    }

    /** SplitMix64's output function (Stafford's mix variant 13); a bijection on 64-bit words. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Doug Lea's 64-bit mixer used by the LXM generators. */
    public static long mixLea64(long z) {
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        return z ^ (z >>> 32);
    }

    /** Maps 64 random bits to a double in the open interval (0, 1) with 52 bits of resolution. */
    public static double toOpenUnit(long bits) {
        return ((bits >>> 12) + 0.5) * 0x1.0p-52;
    }
}
