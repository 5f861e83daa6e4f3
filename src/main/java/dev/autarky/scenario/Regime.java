package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import java.util.HashSet;
import java.util.List;

/**
 * A disruption regime: a Markov chain over named states such as normal / restricted / embargo,
 * shared by every supplier that refers to it (so that a Chinese embargo both cuts Chinese
 * deliveries and raises allied prices on the same path).
 *
 * <p>The state of the first step is drawn from {@code initialDistribution} (a restriction can
 * already be in force); each later step moves by the per-step transition matrix. Each path draws
 * its own state sequence from the regime's random stream.
 *
 * @param id                  stable identifier, referenced by suppliers
 * @param name                readable name
 * @param states              state names, unique
 * @param initialDistribution probability of each state in the first step, summing to 1 (within 1e-9)
 * @param dynamics            how the states change
 * @param note                where the initial distribution and the dynamics come from, or null
 */
public record Regime(String id, String name, List<String> states, List<Double> initialDistribution,
        RegimeDynamics dynamics, String note) {

    /**
     * Validates the fields.
     *
     * @param id stable identifier, referenced by suppliers
     * @param name readable name
     * @param states state names, unique
     * @param initialDistribution probability of each state in the first step, summing to 1 (within 1e-9)
     * @param dynamics how the states change
     * @param note where the initial distribution and the dynamics come from, or null
     */
    public Regime {
        Problems p = new Problems();
        Ids.check(p, id, "id");
        p.nonBlank(name, "name");
        p.noNulls(states, "states");
        states = states == null ? List.of() : List.copyOf(states);
        p.require(!states.isEmpty(), "states", "must name at least one state");
        var seen = new HashSet<String>();
        for (int i = 0; i < states.size(); i++) {
            Ids.check(p, states.get(i), "states[" + i + "]");
            p.require(seen.add(states.get(i)), "states[" + i + "]", "duplicate state \"" + states.get(i) + "\"");
        }
        p.noNulls(initialDistribution, "initialDistribution");
        initialDistribution = initialDistribution == null ? List.of() : List.copyOf(initialDistribution);
        if (initialDistribution.size() != states.size()) {
            p.add("initialDistribution", "must have one probability per state (" + states.size() + "), had "
                    + initialDistribution.size());
        } else {
            double sum = 0;
            for (int i = 0; i < initialDistribution.size(); i++) {
                double v = initialDistribution.get(i);
                p.require(v >= 0 && v <= 1, "initialDistribution[" + i + "]", "must be a probability in [0, 1], was " + v);
                sum += v;
            }
            p.require(Math.abs(sum - 1) <= 1e-9, "initialDistribution", "must sum to 1 (within 1e-9), summed to " + sum);
        }
        if (p.present(dynamics, "transitions") && dynamics.size() != states.size()) {
            p.add("transitions", "must be a " + states.size() + " × " + states.size()
                    + " matrix (one row and column per state), was " + dynamics.size() + " × " + dynamics.size());
        }
        p.throwIfAny();
    }

    /**
     * Index of a state, or -1.
     *
     * @param state the state's name
     * @return index of a state, or -1
     */
    public int stateIndex(String state) {
        return states.indexOf(state);
    }

    /**
     * A regime whose states change by a matrix of annual transition probabilities (converted
     * exactly to the time step), without a note.
     *
     * @param id stable identifier, referenced by suppliers
     * @param name readable name
     * @param states state names, unique
     * @param initialDistribution probability of each state in the first step, summing to 1
     * @param annualProbabilities row {@code i}: probabilities of being in each state a year after
     *                            being in state {@code i}; rows sum to 1
     * @return the regime
     */
    public static Regime annual(String id, String name, List<String> states, List<Double> initialDistribution,
            List<List<Double>> annualProbabilities) {
        return new Regime(id, name, states, initialDistribution,
                new RegimeDynamics.AnnualProbabilities(annualProbabilities), null);
    }
}
