package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * A strategic stockpile of one material.
 *
 * <p>It starts at {@code initialDays} of the first step's demand; each step it releases up to
 * {@code maxReleaseTonnesPerYear / stepsPerYear} tonnes to cover what suppliers could not, then
 * refills towards {@code targetDays} of current demand, at most
 * {@code maxRefillTonnesPerYear / stepsPerYear} tonnes a step, from supply left over (domestic and
 * recycled surplus, then trusted suppliers, then untrusted suppliers if
 * {@code refillFromUntrusted}). Days are of 365 days.
 *
 * @param initialDays             initial stock in days of demand, >= 0
 * @param targetDays              refill target in days of current demand, >= 0
 * @param maxReleaseTonnesPerYear largest release rate, t/yr, >= 0
 * @param maxRefillTonnesPerYear  largest refill rate, t/yr, >= 0
 * @param refillFromUntrusted     whether refills may be bought from untrusted suppliers
 * @param holdingCostPerKgYear    cost of holding one kg for a year (currency/kg/yr), >= 0
 */
public record Stockpile(Uncertain initialDays, Uncertain targetDays, Uncertain maxReleaseTonnesPerYear,
        Uncertain maxRefillTonnesPerYear, boolean refillFromUntrusted, Uncertain holdingCostPerKgYear) {

    /**
     * Validates the fields.
     *
     * @param initialDays initial stock in days of demand, >= 0
     * @param targetDays refill target in days of current demand, >= 0
     * @param maxReleaseTonnesPerYear largest release rate, t/yr, >= 0
     * @param maxRefillTonnesPerYear largest refill rate, t/yr, >= 0
     * @param refillFromUntrusted whether refills may be bought from untrusted suppliers
     * @param holdingCostPerKgYear cost of holding one kg for a year (currency/kg/yr), >= 0
     */
    public Stockpile {
        Problems p = new Problems();
        p.nonNegative(initialDays, "initialDays");
        p.nonNegative(targetDays, "targetDays");
        p.nonNegative(maxReleaseTonnesPerYear, "maxReleaseTonnesPerYear");
        p.nonNegative(maxRefillTonnesPerYear, "maxRefillTonnesPerYear");
        p.nonNegative(holdingCostPerKgYear, "holdingCostPerKgYear");
        p.throwIfAny();
    }
}
