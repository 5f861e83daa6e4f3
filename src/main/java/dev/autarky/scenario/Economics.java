package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * How money is counted: the currency of every amount in the scenario and the discount rate
 * that brings cash flows back to the start of the first step.
 *
 * <p>A flow in step {@code k} is discounted by {@code (1 + r)^-(k / stepsPerYear)}: flows are
 * counted at the start of their step.
 *
 * @param currency     label of the currency of all amounts, such as {@code "USD"}
 * @param discountRate real discount rate per year, in [0, 1) (e.g. 0.04)
 */
public record Economics(String currency, Uncertain discountRate) {

    /**
     * Validates the fields.
     *
     * @param currency label of the currency of all amounts, such as {@code "USD"}
     * @param discountRate real discount rate per year, in [0, 1) (e.g. 0.04)
     */
    public Economics {
        Problems p = new Problems();
        p.nonBlank(currency, "currency");
        p.within(discountRate, 0, 0.99, "discountRate");
        p.throwIfAny();
    }
}
