package dev.autarky.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The full per-step state of one path, replayed alone with {@link Simulator#trace}: its sampled
 * inputs, project timelines, regime states, every flow, stock and cost per step, and its outcomes.
 * Identical to what path {@code path} did inside the run with the same seed.
 *
 * <p>Rates are t/yr, stocks t, money in the scenario's currency per step (undiscounted; see
 * {@code discountFactor}). Immutable.
 */
public final class PathTrace {

    private final long seed;
    private final long path;
    private final double[] stepYears;
    private final Map<String, Double> inputs;
    private final Map<String, Double> operatingFrom;
    private final Map<String, List<String>> regimeStates;
    private final Map<String, double[]> values;
    private final Map<String, Double> timeToSelfReliance;
    private final Map<String, Double> costs;

    PathTrace(long seed, long path, double[] stepYears, Map<String, Double> inputs, Map<String, Double> operatingFrom,
            Map<String, List<String>> regimeStates, Map<String, double[]> values, Map<String, Double> timeToSelfReliance,
            Map<String, Double> costs) {
        this.seed = seed;
        this.path = path;
        this.stepYears = stepYears.clone();
        this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        this.operatingFrom = Collections.unmodifiableMap(new LinkedHashMap<>(operatingFrom));
        this.regimeStates = Collections.unmodifiableMap(new LinkedHashMap<>(regimeStates));
        Map<String, double[]> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, v.clone()));
        this.values = Collections.unmodifiableMap(copy);
        this.timeToSelfReliance = Collections.unmodifiableMap(new LinkedHashMap<>(timeToSelfReliance));
        this.costs = Collections.unmodifiableMap(new LinkedHashMap<>(costs));
    }

    /**
     * The run's seed.
     *
     * @return the run's seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The path index.
     *
     * @return the path index
     */
    public long path() {
        return path;
    }

    /**
     * Calendar time at which each step starts.
     *
     * @return calendar time at which each step starts
     */
    public double[] stepYears() {
        return stepYears.clone();
    }

    /**
     * Sampled value of every uncertain input, by stable name.
     *
     * @return sampled value of every uncertain input, by stable name
     */
    public Map<String, Double> inputs() {
        return inputs;
    }

    /**
     * Calendar time each project starts operating; +infinity if it never does.
     *
     * @return calendar time each project starts operating; +infinity if it never does
     */
    public Map<String, Double> operatingFrom() {
        return operatingFrom;
    }

    /**
     * State of each regime at each step.
     *
     * @return state of each regime at each step
     */
    public Map<String, List<String>> regimeStates() {
        return regimeStates;
    }

    /**
     * Names of the per-step quantities, such as {@code "demand.Dy"} or {@code "delivered.china.Dy"}.
     *
     * @return names of the per-step quantities, such as {@code "demand.Dy"} or {@code "delivered.china.Dy"}
     */
    public java.util.Set<String> names() {
        return values.keySet();
    }

    /**
     * One per-step quantity (a copy).
     *
     * @param name the quantity's name, such as {@code domesticShare.all}
     * @return one per-step quantity
     */
    public double[] values(String name) {
        double[] v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no quantity \"" + name + "\"; known: " + values.keySet());
        }
        return v.clone();
    }

    /**
     * Calendar time of self-reliance per criterion id; empty when censored.
     *
     * @param criterion id of a self-reliance criterion
     * @return calendar time of self-reliance per criterion id; empty when censored
     */
    public OptionalDouble timeToSelfReliance(String criterion) {
        Double v = timeToSelfReliance.get(criterion);
        if (v == null && !timeToSelfReliance.containsKey(criterion)) {
            throw new IllegalArgumentException("no criterion \"" + criterion + "\"");
        }
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The path's discounted cost outcomes by name (NaN where undefined).
     *
     * @return the path's discounted cost outcomes by name
     */
    public Map<String, Double> costs() {
        return costs;
    }
}
