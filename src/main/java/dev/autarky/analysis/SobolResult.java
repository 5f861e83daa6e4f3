package dev.autarky.analysis;

import dev.autarky.result.Estimate;
import java.util.List;

/**
 * First-order and total Sobol' indices of every factor for every output, with bootstrap
 * intervals; see {@link SobolIndices} for the design and estimators. Immutable.
 *
 * <p>Reading them: {@code S_g} is the share of the output's variance that factor {@code g}
 * explains alone; {@code ST_g} the share it is involved in, interactions included
 * ({@code ST_g ≥ S_g} in theory; estimates can break this, and a first-order estimate can be
 * slightly negative, by Monte Carlo error). A factor with {@code ST_g} near 0 can be fixed
 * anywhere in its range without changing the output's distribution. {@code 1 − Σ S_g} is the
 * share due to interactions.
 */
public final class SobolResult {

    private final List<String> factors;
    private final List<String> outputs;
    private final int baseRows;
    private final long evaluations;
    private final int bootstrap;
    private final double confidence;
    private final double[] means;
    private final double[] variances;
    private final Estimate[][] first;
    private final Estimate[][] total;

    SobolResult(List<String> factors, List<String> outputs, int baseRows, long evaluations, int bootstrap,
            double confidence, double[] means, double[] variances, Estimate[][] first, Estimate[][] total) {
        this.factors = List.copyOf(factors);
        this.outputs = List.copyOf(outputs);
        this.baseRows = baseRows;
        this.evaluations = evaluations;
        this.bootstrap = bootstrap;
        this.confidence = confidence;
        this.means = means;
        this.variances = variances;
        this.first = first;
        this.total = total;
    }

    /**
     * Factor names (the noise factor last, for a noisy model).
     *
     * @return factor names
     */
    public List<String> factors() {
        return factors;
    }

    /**
     * Output names.
     *
     * @return output names
     */
    public List<String> outputs() {
        return outputs;
    }

    /**
     * Rows {@code N} of each base sample.
     *
     * @return rows {@code N} of each base sample
     */
    public int baseRows() {
        return baseRows;
    }

    /**
     * Model evaluations made, {@code N (G + 2)}.
     *
     * @return model evaluations made, {@code N (G + 2)}
     */
    public long evaluations() {
        return evaluations;
    }

    /**
     * Bootstrap resamples behind the intervals (0: none).
     *
     * @return bootstrap resamples behind the intervals
     */
    public int bootstrap() {
        return bootstrap;
    }

    /**
     * Confidence of the intervals.
     *
     * @return confidence of the intervals
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Mean of output {@code o} over the {@code 2N} base rows.
     *
     * @param o index of the output, in {@code [0, outputs().size())}
     * @return mean of output {@code o} over the {@code 2N} base rows
     */
    public double mean(int o) {
        return means[o];
    }

    /**
     * Variance of output {@code o} over the {@code 2N} base rows (what the indices divide).
     *
     * @param o index of the output, in {@code [0, outputs().size())}
     * @return variance of output {@code o} over the {@code 2N} base rows
     */
    public double variance(int o) {
        return variances[o];
    }

    /**
     * First-order index of factor {@code g} for output {@code o}.
     *
     * @param o index of the output, in {@code [0, outputs().size())}
     * @param g index of the factor, in {@code [0, factors().size())}
     * @return first-order index of factor {@code g} for output {@code o}
     */
    public Estimate firstOrder(int o, int g) {
        return first[o][g];
    }

    /**
     * Total index of factor {@code g} for output {@code o}.
     *
     * @param o index of the output, in {@code [0, outputs().size())}
     * @param g index of the factor, in {@code [0, factors().size())}
     * @return total index of factor {@code g} for output {@code o}
     */
    public Estimate total(int o, int g) {
        return total[o][g];
    }

    /**
     * First-order index by names.
     *
     * @param output name of an output
     * @param factor name of a factor
     * @return first-order index by names
     */
    public Estimate firstOrder(String output, String factor) {
        return first[index(outputs, output)][index(factors, factor)];
    }

    /**
     * Total index by names.
     *
     * @param output name of an output
     * @param factor name of a factor
     * @return total index by names
     */
    public Estimate total(String output, String factor) {
        return total[index(outputs, output)][index(factors, factor)];
    }

    private static int index(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown name \"" + name + "\"; known: " + names);
        }
        return i;
    }

    @Override
    public String toString() {
        return "SobolResult[factors=" + factors.size() + ", outputs=" + outputs + ", N=" + baseRows + "]";
    }
}
