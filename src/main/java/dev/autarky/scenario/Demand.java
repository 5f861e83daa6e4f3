package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * Demand for one material, in tonnes per year:
 * {@code D(t) = base × (1 + growth)^τ × shock(year) × (1 − substitution(t))}, where {@code τ} is
 * years since the start of the first step.
 *
 * @param baseTonnesPerYear demand at the start of the first step, t/yr, >= 0
 * @param growthPerYear     growth per year as a fraction (0.05 = 5 %/yr), >= -1
 * @param yearlyShock       optional multiplicative shock drawn afresh for every calendar year of a
 *                          path (mean about 1), >= 0; null for none
 * @param substitution      optional thrifting curve: the fraction of demand removed by
 *                          substitution, a ramp of levels in [0, 1]; null for none
 */
public record Demand(Uncertain baseTonnesPerYear, Uncertain growthPerYear, Uncertain yearlyShock, Ramp substitution) {

    /**
     * Validates the fields.
     *
     * @param baseTonnesPerYear demand at the start of the first step, t/yr, >= 0
     * @param growthPerYear growth per year as a fraction (0.05 = 5 %/yr), >= -1
     * @param yearlyShock optional multiplicative shock drawn afresh for every calendar year of a path (mean
     *                    about 1), >= 0; null for none
     * @param substitution optional thrifting curve: the fraction of demand removed by substitution, a ramp
     *                     of levels in [0, 1]; null for none
     */
    public Demand {
        Problems p = new Problems();
        p.nonNegative(baseTonnesPerYear, "baseTonnesPerYear");
        p.within(growthPerYear, -1, 10, "growthPerYear");
        if (yearlyShock != null) {
            p.nonNegative(yearlyShock, "yearlyShock");
        }
        if (substitution != null) {
            substitution.requireLevels(p, 0, 1, "substitution");
        }
        p.throwIfAny();
    }

    /**
     * Demand with a base and a growth rate, no shocks and no substitution.
     *
     * @param baseTonnesPerYear demand at the start of the first step, t/yr, >= 0
     * @param growthPerYear growth per year as a fraction (0.05 = 5 %/yr), >= -1
     * @return demand with a base and a growth rate, no shocks and no substitution
     */
    public static Demand of(Uncertain baseTonnesPerYear, Uncertain growthPerYear) {
        return new Demand(baseTonnesPerYear, growthPerYear, null, null);
    }
}
