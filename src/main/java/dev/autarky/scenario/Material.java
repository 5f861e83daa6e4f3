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
}
