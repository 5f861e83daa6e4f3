package dev.autarky.scenario;

import dev.autarky.internal.Checks;
import dev.autarky.internal.Problems;
import dev.autarky.internal.design.CorrelationMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rank (Spearman) correlation between two uncertain inputs of a scenario, imposed through a
 * Gaussian copula: each input keeps its own distribution exactly, and the pair's normal scores are
 * correlated with {@code rho = 2 sin(pi r / 6)}, which gives rank correlation {@code r} for
 * continuous inputs (ties of discrete inputs weaken it). Pairs not listed are independent. The
 * scenario checks that both names are uncertain inputs (their stable names, such as
 * {@code materials.Dy.demand.baseTonnesPerYear}; see {@code Simulator.inputNames()}), that no pair
 * is listed twice, and that all the pairs together are possible (positive semi-definite on the
 * normal scale); see {@link #nearestPossible} for an explicit repair.
 *
 * @param inputs   the two inputs' stable names, different from each other
 * @param spearman the rank correlation, in {@code [-1, 1]}
 * @param source   source id or {@code "derived"}/{@code "estimate"} (may be empty)
 * @param note     why the inputs move together (may be empty)
 */
public record Correlation(List<String> inputs, double spearman, String source, String note) {

    /**
     * Validates the fields.
     *
     * @param inputs the two inputs' stable names, different from each other
     * @param spearman the rank correlation, in {@code [-1, 1]}
     * @param source source id or {@code "derived"}/{@code "estimate"} (may be empty)
     * @param note why the inputs move together (may be empty)
     */
    public Correlation {
        Problems p = new Problems();
        p.noNulls(inputs, "inputs");
        inputs = inputs == null ? List.of() : new ArrayList<>(inputs).stream().map(s -> s == null ? "" : s).toList();
        if (p.isEmpty()) {
            if (inputs.size() != 2) {
                p.add("inputs", "must name exactly two inputs, had " + inputs.size());
            } else {
                p.nonBlank(inputs.get(0), "inputs[0]");
                p.nonBlank(inputs.get(1), "inputs[1]");
                p.require(!inputs.get(0).equals(inputs.get(1)) || inputs.get(0).isBlank(), "inputs[1]",
                        "an input cannot be correlated with itself (\"" + inputs.get(1) + "\")");
            }
        }
        p.require(spearman >= -1 && spearman <= 1, "spearman", "must be in [-1, 1], was " + Checks.format(spearman));
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        p.throwIfAny();
    }

    /**
     * A correlation without source or note.
     *
     * @param first stable name of the first input
     * @param second stable name of the second input
     * @param spearman the rank correlation, in {@code [-1, 1]}
     * @return a correlation without source or note
     */
    public static Correlation of(String first, String second, double spearman) {
        return new Correlation(List.of(first, second), spearman, "", "");
    }

    /**
     * The first input's name.
     *
     * @return the first input's name
     */
    public String first() {
        return inputs.get(0);
    }

    /**
     * The second input's name.
     *
     * @return the second input's name
     */
    public String second() {
        return inputs.get(1);
    }

    /**
     * The same pair with another source and note.
     *
     * @param newSource the new source id, or null
     * @param newNote the new note, or null
     * @return the same pair with another source and note
     */
    public Correlation withSource(String newSource, String newNote) {
        return new Correlation(inputs, spearman, newSource, newNote);
    }

    /**
     * The nearest possible set of correlations to {@code requested}, for a set that a scenario
     * rejects as impossible. An explicit repair, never applied silently: the requested pairs are
     * put on the normal scale ({@code rho = 2 sin(pi r / 6)}, unlisted pairs 0), the nearest
     * correlation matrix with smallest eigenvalue at least {@code 1e-6} is found by Higham's
     * alternating projections (Frobenius norm), and its entries are turned back into rank
     * correlations ({@code r = (6 / pi) asin(rho / 2)}). The result lists every pair of the inputs
     * involved whose correlation is not zero — repaired pairs keep their source and get a note of
     * the change, pairs that were not listed but need a value are added with source
     * {@code "derived"} — so that it can be reviewed and written into the scenario.
     *
     * @param requested correlations between distinct pairs of inputs
     * @return pairs whose normal-scale matrix is positive definite
     */
    public static List<Correlation> nearestPossible(List<Correlation> requested) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Correlation c : requested) {
            index.putIfAbsent(c.first(), index.size());
            index.putIfAbsent(c.second(), index.size());
        }
        int n = index.size();
        double[][] a = new double[n][n];
        Correlation[][] given = new Correlation[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        for (Correlation c : requested) {
            int i = index.get(c.first());
            int j = index.get(c.second());
            a[i][j] = CorrelationMatrix.normalFromSpearman(c.spearman());
            a[j][i] = a[i][j];
            given[i][j] = c;
            given[j][i] = c;
        }
        double[][] near = CorrelationMatrix.nearestCorrelation(a, 1e-6);
        List<String> names = new ArrayList<>(index.keySet());
        List<Correlation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double r = Math.max(-1, Math.min(1, CorrelationMatrix.spearmanFromNormal(near[i][j])));
                Correlation c = given[i][j];
                if (c != null) {
                    String note = r == c.spearman() ? c.note() : (c.note().isEmpty() ? "" : c.note() + "; ")
                            + "repaired from " + Checks.format(c.spearman()) + " to the nearest possible set";
                    out.add(new Correlation(c.inputs(), r, c.source(), note));
                } else if (Math.abs(r) > 1e-12) {
                    out.add(new Correlation(List.of(names.get(i), names.get(j)), r, "derived",
                            "added by the nearest-correlation repair"));
                }
            }
        }
        return List.copyOf(out);
    }
}
