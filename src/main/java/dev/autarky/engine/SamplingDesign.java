package dev.autarky.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the uniforms behind each path's uncertain inputs are chosen (docs/sampling.md). Whatever the
 * design, each input keeps its own distribution exactly, within-path processes (regime chains,
 * outages, demand shocks) stay on their own keyed pseudo-random streams, results do not depend on
 * the thread count, and any path can be replayed alone with {@link Simulator#trace(RunSettings, long)}.
 */
public enum SamplingDesign {

    /**
     * Plain Monte Carlo: input {@code k} of path {@code i} uses the first output of its own
     * {@code (seed, i, name)} stream. Paths are independent; common random numbers hold input by
     * input, by name.
     */
    MC("mc"),

    /**
     * Latin hypercube: each block of the run (the engine's {@code blockSize} paths; the last block
     * may be shorter) is one Latin hypercube — every input's {@code n} equal-probability strata are
     * each used exactly once, paired at random across inputs — with the permutations derived from
     * {@code (seed, block, input name)} and the position inside a stratum from the input's MC draw.
     * Blocks are independent replicates.
     */
    LHS("lhs"),

    /**
     * Randomised quasi-Monte Carlo: Sobol points (Joe and Kuo's direction numbers, Gray-code order,
     * dimensions in input order) with hash-based Owen-style nested scrambling; path {@code i}
     * belongs to replicate {@code i mod 16} and uses point {@code i / 16} of that replicate's
     * independent scrambling.
     */
    SOBOL("sobol"),

    /**
     * Antithetic pairs: paths {@code 2j} and {@code 2j + 1} use uniforms {@code u} and {@code 1 - u}
     * for every input, where {@code u} is path {@code 2j}'s MC draw. Needs an even block size.
     */
    ANTITHETIC("antithetic");

    private final String id;

    SamplingDesign(String id) {
        this.id = id;
    }

    /**
     * The design's name in files, results and on the command line, such as {@code "lhs"}.
     *
     * @return the design's name in files, results and on the command line, such as {@code "lhs"}
     */
    public String id() {
        return id;
    }

    /**
     * The design named {@code id} (case-insensitive).
     *
     * @param id {@code mc}, {@code lhs}, {@code sobol} or {@code antithetic}, case-insensitive
     * @return the design named {@code id}
     * @throws IllegalArgumentException naming the known designs if there is none
     */
    public static SamplingDesign of(String id) {
        String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
        for (SamplingDesign d : values()) {
            if (d.id.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown sampling design \"" + id + "\"; known: "
                + Arrays.stream(values()).map(SamplingDesign::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
