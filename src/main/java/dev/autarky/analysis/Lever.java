package dev.autarky.analysis;

import dev.autarky.scenario.Scenario;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A policy lever: a function that sets one policy quantity of a scenario to a value, such as the
 * days of stockpile or a lifting system's capacity. Levers only change what the policy changes, so
 * a scenario and its variant share every other input's draws path by path (common random
 * numbers); {@link Levers} has the common ones, and any function can be one. Implementations must
 * be pure.
 */
public interface Lever {

    /**
     * What the lever sets, in words, e.g. {@code "stockpile days of Dy, Tb"}.
     *
     * @return what the lever sets, in words, e.g
     */
    String name();

    /**
     * The unit of the value, e.g. {@code "days of demand"} or {@code "x the scenario's value"}.
     *
     * @return the unit of the value, e.g
     */
    String unit();

    /**
     * {@code scenario} with the lever set to {@code value}.
     *
     * @param scenario the scenario
     * @param value the lever's value, in its {@link #unit()}
     * @return {@code scenario} with the lever set to {@code value}
     * @throws IllegalArgumentException if the value or the scenario does not suit the lever
     * @throws dev.autarky.scenario.ScenarioException if the variant is not a valid scenario
     */
    Scenario apply(Scenario scenario, double value);

    /**
     * A lever from a function.
     *
     * @param name the lever's name, as reports show it
     * @param unit unit of the lever's value, such as {@code "t/yr"} or {@code "x"} for a factor
     * @param function returns the scenario with the lever set to the value; must not modify its argument
     * @return a lever from a function
     */
    static Lever of(String name, String unit, BiFunction<Scenario, Double, Scenario> function) {
        Objects.requireNonNull(function, "function");
        return new Lever() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String unit() {
                return unit;
            }

            @Override
            public Scenario apply(Scenario scenario, double value) {
                return function.apply(scenario, value);
            }

            @Override
            public String toString() {
                return name + " (" + unit + ")";
            }
        };
    }
}
