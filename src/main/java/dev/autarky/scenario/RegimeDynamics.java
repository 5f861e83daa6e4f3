package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;
import java.util.List;

/**
 * How a {@link Regime} moves between its states: either annual transition probabilities
 * (converted exactly to the step: the per-step matrix {@code R} with {@code R^stepsPerYear = P}),
 * or continuous-time transition rates per year (per-step matrix {@code exp(Q / stepsPerYear)}),
 * which may be uncertain.
 */
public sealed interface RegimeDynamics {

    /**
     * Number of states this specification is for.
     *
     * @return number of states this specification is for
     */
    int size();

    /**
     * Annual transition probabilities: {@code probabilities[i][j]} is the chance of being in state
     * {@code j} one year after being in state {@code i}. Rows sum to 1 (within 1e-9).
     *
     * @param probabilities square matrix, rows in state order
     */
    record AnnualProbabilities(List<List<Double>> probabilities) implements RegimeDynamics {

        /** Tolerance on row sums. */
        public static final double ROW_SUM_TOLERANCE = 1e-9;

        /**
         * Validates the matrix.
         *
         * @param probabilities square matrix, rows in state order
         */
        public AnnualProbabilities {
            Problems p = new Problems();
            if (p.present(probabilities, "probabilities")) {
                probabilities = List.copyOf(probabilities.stream().map(r -> r == null ? List.<Double>of() : List.copyOf(r)).toList());
                int n = probabilities.size();
                for (int i = 0; i < n; i++) {
                    List<Double> row = probabilities.get(i);
                    String rowPath = "probabilities[" + i + "]";
                    if (row.size() != n) {
                        p.add(rowPath, "must have " + n + " entries (one per state), had " + row.size());
                        continue;
                    }
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        double v = row.get(j);
                        p.require(v >= 0 && v <= 1, rowPath + "[" + j + "]", "must be a probability in [0, 1], was " + v);
                        sum += v;
                    }
                    p.require(Math.abs(sum - 1) <= ROW_SUM_TOLERANCE, rowPath,
                            "must sum to 1 (within " + ROW_SUM_TOLERANCE + "), summed to " + sum);
                }
            }
            p.throwIfAny();
        }

        @Override
        public int size() {
            return probabilities.size();
        }

        /**
         * The matrix as an array.
         *
         * @return the matrix as an array
         */
        public double[][] toArray() {
            return probabilities.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                    .toArray(double[][]::new);
        }
    }

    /**
     * Transition rates per year of a continuous-time chain: {@code ratesPerYear[i][j]} for
     * {@code i != j} is the rate of jumps from state {@code i} to {@code j} (1/yr, >= 0, may be
     * uncertain); the expected stay in state {@code i} is {@code 1 / Σ_j rate[i][j]} years. Diagonal
     * entries must be 0 (they are implied).
     *
     * @param ratesPerYear square matrix of rates, rows in state order
     */
    record TransitionRates(List<List<Uncertain>> ratesPerYear) implements RegimeDynamics {

        /**
         * Validates the matrix.
         *
         * @param ratesPerYear square matrix of rates, rows in state order
         */
        public TransitionRates {
            Problems p = new Problems();
            if (p.present(ratesPerYear, "ratesPerYear")) {
                ratesPerYear = List.copyOf(ratesPerYear.stream().map(r -> r == null ? List.<Uncertain>of() : List.copyOf(r)).toList());
                int n = ratesPerYear.size();
                for (int i = 0; i < n; i++) {
                    List<Uncertain> row = ratesPerYear.get(i);
                    String rowPath = "ratesPerYear[" + i + "]";
                    if (row.size() != n) {
                        p.add(rowPath, "must have " + n + " entries (one per state), had " + row.size());
                        continue;
                    }
                    for (int j = 0; j < n; j++) {
                        String path = rowPath + "[" + j + "]";
                        if (i == j) {
                            Uncertain d = row.get(j);
                            p.require(d != null && d.isFixed() && d.mean() == 0, path,
                                    "must be 0 (the diagonal is implied by the other rates of the row)");
                        } else {
                            p.nonNegative(row.get(j), path);
                        }
                    }
                }
            }
            p.throwIfAny();
        }

        @Override
        public int size() {
            return ratesPerYear.size();
        }
    }
}
