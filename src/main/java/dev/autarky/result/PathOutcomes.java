package dev.autarky.result;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Every path's outcome, in path order: the time to self-reliance under each criterion (or
 * censored), each cost, and optionally the value of each uncertain input the path drew. Kept
 * only when a run asks for it ({@code RunSettings.withCapture}); for export and your own analysis.
 * Immutable.
 */
public final class PathOutcomes {

    private final int startYear;
    private final int stepsPerYear;
    private final List<String> criteria;
    private final List<String> costNames;
    private final List<String> inputNames;
    private final int[][] steps;
    private final double[][] costs;
    private final double[][] inputs;
    private final int size;

    /**
     * Takes ownership of the arrays.
     *
     * @param startYear    calendar year of the first step
     * @param stepsPerYear steps per year
     * @param criteria     criterion ids
     * @param costNames    cost names
     * @param inputNames   input names (empty when inputs were not captured)
     * @param steps        {@code [criterion][path]}: first step of self-reliance, -1 when censored
     * @param costs        {@code [cost][path]}, NaN where undefined
     * @param inputs       {@code [input][path]}, or null when not captured
     */
    public PathOutcomes(int startYear, int stepsPerYear, List<String> criteria, List<String> costNames,
            List<String> inputNames, int[][] steps, double[][] costs, double[][] inputs) {
        this.startYear = startYear;
        this.stepsPerYear = stepsPerYear;
        this.criteria = List.copyOf(criteria);
        this.costNames = List.copyOf(costNames);
        this.inputNames = inputs == null ? List.of() : List.copyOf(inputNames);
        if (steps.length != criteria.size() || costs.length != costNames.size()
                || (inputs != null && inputs.length != inputNames.size())) {
            throw new IllegalArgumentException("one array per criterion, cost and input");
        }
        this.steps = steps;
        this.costs = costs;
        this.inputs = inputs;
        this.size = steps.length > 0 ? steps[0].length : costs.length > 0 ? costs[0].length : 0;
    }

    /**
     * Number of paths (path {@code i} is the run's path {@code i}).
     *
     * @return number of paths
     */
    public int size() {
        return size;
    }

    /**
     * Criterion ids, in the scenario's order.
     *
     * @return criterion ids, in the scenario's order
     */
    public List<String> criteria() {
        return criteria;
    }

    /**
     * Cost names, in output order.
     *
     * @return cost names, in output order
     */
    public List<String> costNames() {
        return costNames;
    }

    /**
     * Names of the captured inputs; empty when inputs were not captured.
     *
     * @return names of the captured inputs; empty when inputs were not captured
     */
    public List<String> inputNames() {
        return inputNames;
    }

    /**
     * True when the inputs were captured.
     *
     * @return true when the inputs were captured
     */
    public boolean hasInputs() {
        return inputs != null;
    }

    /**
     * First step of self-reliance of {@code path} under criterion {@code c}; -1 when censored.
     *
     * @param c index of the criterion, in the order of {@code criteria()}
     * @param path index of the path, in {@code [0, paths)}
     * @return first step of self-reliance of {@code path} under criterion {@code c}; -1 when censored
     */
    public int step(int c, int path) {
        return steps[c][path];
    }

    /**
     * Time to self-reliance of {@code path} under criterion {@code c} in calendar years; empty when censored.
     *
     * @param c index of the criterion, in the order of {@code criteria()}
     * @param path index of the path, in {@code [0, paths)}
     * @return time to self-reliance of {@code path} under criterion {@code c} in calendar years; empty when
     *         censored
     */
    public OptionalDouble timeToSelfReliance(int c, int path) {
        int k = steps[c][path];
        return k < 0 ? OptionalDouble.empty() : OptionalDouble.of(startYear + (double) k / stepsPerYear);
    }

    /**
     * Cost {@code i} of {@code path}; NaN where undefined.
     *
     * @param i index of the cost, in the order of {@code costNames()}
     * @param path index of the path, in {@code [0, paths)}
     * @return cost {@code i} of {@code path}; NaN where undefined
     */
    public double cost(int i, int path) {
        return costs[i][path];
    }

    /**
     * Input {@code j} of {@code path}.
     *
     * @param j index of the input, in the order of {@code inputNames()}
     * @param path index of the path, in {@code [0, paths)}
     * @return input {@code j} of {@code path}
     */
    public double input(int j, int path) {
        return inputs[j][path];
    }

    /**
     * Calendar year the first step starts.
     *
     * @return calendar year the first step starts
     */
    public int startYear() {
        return startYear;
    }

    /**
     * Steps per year.
     *
     * @return steps per year
     */
    public int stepsPerYear() {
        return stepsPerYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathOutcomes p && startYear == p.startYear && stepsPerYear == p.stepsPerYear
                && criteria.equals(p.criteria) && costNames.equals(p.costNames) && inputNames.equals(p.inputNames)
                && Arrays.deepEquals(steps, p.steps) && Arrays.deepEquals(costs, p.costs)
                && Arrays.deepEquals(inputs, p.inputs);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.deepHashCode(steps);
    }

    @Override
    public String toString() {
        return "PathOutcomes[paths=" + size + ", criteria=" + criteria.size() + ", costs=" + costNames.size()
                + ", inputs=" + inputNames.size() + "]";
    }
}
