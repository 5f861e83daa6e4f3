package dev.autarky.internal.random;

/**
 * An allocation-free, re-seedable L64X128MixRandom generator (the LXM algorithm of JDK 17 and
 * Apache Commons RNG {@code L64X128Mix}): a 64-bit LCG plus a xoroshiro128 (v1.0) generator,
 * combined by addition and passed through Doug Lea's 64-bit mixer.
 *
 * <p>One instance is owned by one worker thread and re-seeded for every (seed, path, channel)
 * stream with {@link #seed(long, long, long)}; re-seeding costs a handful of multiplications and
 * allocates nothing. Its output is bit-identical to Commons RNG's {@code L64X128Mix} built from
 * the same four state words (tested). Not thread-safe.
 */
public final class Lxm {

    /** The LCG multiplier of the L64 member of the LXM family. */
    private static final long M = 0xd1342543de82ef95L;

    private long add;
    private long lcg;
    private long x0;
    private long x1;

    /** Creates a generator for the stream {@code (seed, path = 0, channel = 0)}; re-seed before use. */
    public Lxm() {
        seed(0, 0, 0);
    }

    /**
     * Sets the state from the four words of Commons RNG's {@code L64X128Mix} seed layout:
     * LCG addend (forced odd), LCG state, and the two xoroshiro128 words (not both zero).
     */
    public void setState(long addend, long lcgState, long xbg0, long xbg1) {
        this.add = addend | 1;
        this.lcg = lcgState;
        if ((xbg0 | xbg1) == 0) {
            // xoroshiro's all-zero state is a fixed point; Commons RNG and the JDK use these words too.
            xbg0 = StreamKeys.GOLDEN_GAMMA;
            xbg1 = StreamKeys.SILVER_GAMMA;
        }
        this.x0 = xbg0;
        this.x1 = xbg1;
    }

    /**
     * Positions this generator at the start of the stream keyed by {@code (seed, path, channel)}:
     * the stream seed from {@link StreamKeys#streamSeed} is expanded into the four state words by
     * SplitMix64.
     */
    public void seed(long seed, long path, long channel) {
        long state = StreamKeys.streamSeed(seed, path, channel);
        long a = StreamKeys.mix64(state += StreamKeys.GOLDEN_GAMMA);
        long s = StreamKeys.mix64(state += StreamKeys.GOLDEN_GAMMA);
        long w0 = StreamKeys.mix64(state += StreamKeys.GOLDEN_GAMMA);
        long w1 = StreamKeys.mix64(state + StreamKeys.GOLDEN_GAMMA);
        setState(a, s, w0, w1);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        final long z = lcg + x0;
        lcg = M * lcg + add;
        long q0 = x0;
        long q1 = x1;
        q1 ^= q0;
        q0 = Long.rotateLeft(q0, 24) ^ q1 ^ (q1 << 16);
        q1 = Long.rotateLeft(q1, 37);
        x0 = q0;
        x1 = q1;
        return StreamKeys.mixLea64(z);
    }

    /**
     * The next uniform double in the open interval (0, 1): {@code ((bits >>> 12) + 0.5) / 2^52},
     * so inverse CDFs never see 0 or 1.
     */
    public double nextOpenDouble() {
        return StreamKeys.toOpenUnit(nextLong());
    }
}
