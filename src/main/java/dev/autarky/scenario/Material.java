package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * A critical material whose supply is simulated, such as Dy oxide. Quantities are tonnes (of
 * oxide, for rare earths) and prices currency per kg.
 *
 * @param id                   short stable identifier, such as {@code "Dy"}, used in references and
 *                             random-stream keys (letters, digits, '-', '_')
 * @param name                 readable name
 * @param demand               the demand process
 * @param pricePerKg           reference market price, used to value surplus domestic output
 *                             (currency/kg), >= 0
 * @param shortagePenaltyPerKg economic loss per kg of unmet demand (currency/kg), >= 0
 * @param stockpile            the strategic stockpile, or null for none
 * @param recycling            domestic recycling, or null for none
 */
public record Material(String id, String name, Demand demand, Uncertain pricePerKg, Uncertain shortagePenaltyPerKg,
        Stockpile stockpile, Recycling recycling) {

    /**
     * Validates the fields.
     *
     * @param id short stable identifier, such as {@code "Dy"}, used in references and random-stream keys
     *           (letters, digits, '-', '_')
     * @param name readable name
     * @param demand the demand process
     * @param pricePerKg reference market price, used to value surplus domestic output (currency/kg), >= 0
     * @param shortagePenaltyPerKg economic loss per kg of unmet demand (currency/kg), >= 0
     * @param stockpile the strategic stockpile, or null for none
     * @param recycling domestic recycling, or null for none
     */
    public Material {
        Problems p = new Problems();
        Ids.check(p, id, "id");
        p.nonBlank(name, "name");
        p.present(demand, "demand");
        p.nonNegative(pricePerKg, "pricePerKg");
        p.nonNegative(shortagePenaltyPerKg, "shortagePenaltyPerKg");
        p.throwIfAny();
    }

    /**
     * A material without a stockpile or recycling; add them with {@link #withStockpile} and
     * {@link #withRecycling}.
     *
     * @param id short stable identifier, such as {@code "Dy"}
     * @param name readable name
     * @param demand the demand process
     * @param pricePerKg reference market price, currency/kg, >= 0
     * @param shortagePenaltyPerKg economic loss per kg of unmet demand (currency/kg), >= 0
     * @return the material
     */
    public static Material of(String id, String name, Demand demand, Uncertain pricePerKg,
            Uncertain shortagePenaltyPerKg) {
        return new Material(id, name, demand, pricePerKg, shortagePenaltyPerKg, null, null);
    }

    /**
     * This material with a strategic stockpile.
     *
     * @param s the stockpile, or null for none
     * @return this material with stockpile {@code s}
     */
    public Material withStockpile(Stockpile s) {
        return new Material(id, name, demand, pricePerKg, shortagePenaltyPerKg, s, recycling);
    }

    /**
     * This material with domestic recycling.
     *
     * @param r the recycling, or null for none
     * @return this material with recycling {@code r}
     */
    public Material withRecycling(Recycling r) {
        return new Material(id, name, demand, pricePerKg, shortagePenaltyPerKg, stockpile, r);
    }
}
