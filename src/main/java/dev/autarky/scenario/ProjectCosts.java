package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * What a project costs, in the scenario's currency.
 *
 * <p>Capital cost of one attempt is {@code (fixedCapex + capexPerTonnePerYear × nameplate) × capexOverrun},
 * spread evenly over the attempt's lead time (spent on failed attempts too). Operating cost while
 * operating is {@code fixedOpexPerYear} plus {@code opexPerTonne} per tonne of throughput (on the
 * stage's capacity basis), the latter falling with cumulative throughput {@code Q} by the learning
 * curve {@code (Q / Q1)^log2(1 − learningRate)} once {@code Q} exceeds {@code Q1}, one year of
 * nameplate throughput.
 *
 * @param fixedCapex            capital cost independent of size, >= 0
 * @param capexPerTonnePerYear  capital cost per t/yr of nameplate, >= 0
 * @param capexOverrun          multiplier on budgeted capital cost, >= 0 (1.4 = 40 % overrun)
 * @param fixedOpexPerYear      operating cost per year while operating, >= 0
 * @param opexPerTonne          operating cost per tonne of throughput, >= 0
 * @param learningRate          fractional cost reduction per doubling of cumulative throughput, in [0, 1)
 */
public record ProjectCosts(Uncertain fixedCapex, Uncertain capexPerTonnePerYear, Uncertain capexOverrun,
        Uncertain fixedOpexPerYear, Uncertain opexPerTonne, Uncertain learningRate) {

    /**
     * Validates the fields.
     *
     * @param fixedCapex capital cost independent of size, >= 0
     * @param capexPerTonnePerYear capital cost per t/yr of nameplate, >= 0
     * @param capexOverrun multiplier on budgeted capital cost, >= 0 (1.4 = 40 % overrun)
     * @param fixedOpexPerYear operating cost per year while operating, >= 0
     * @param opexPerTonne operating cost per tonne of throughput, >= 0
     * @param learningRate fractional cost reduction per doubling of cumulative throughput, in [0, 1)
     */
    public ProjectCosts {
        Problems p = new Problems();
        p.nonNegative(fixedCapex, "fixedCapex");
        p.nonNegative(capexPerTonnePerYear, "capexPerTonnePerYear");
        p.nonNegative(capexOverrun, "capexOverrun");
        p.nonNegative(fixedOpexPerYear, "fixedOpexPerYear");
        p.nonNegative(opexPerTonne, "opexPerTonne");
        p.within(learningRate, 0, 0.95, "learningRate");
        p.throwIfAny();
    }

    /**
     * A project that costs nothing.
     *
     * @return a project that costs nothing
     */
    public static ProjectCosts none() {
        Uncertain zero = Uncertain.fixed(0);
        return new ProjectCosts(zero, zero, Uncertain.fixed(1), zero, zero, zero);
    }
}
