package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;

/**
 * How a project's capacity grows once it starts operating: along {@code shape} to
 * {@code plateauFraction × nameplate} in {@code yearsToNameplate} years. A plateau below 1 is a
 * plant that stalls below design capacity, as real plants do.
 *
 * @param shape            the curve
 * @param yearsToNameplate years from first output to the plateau, >= 0
 * @param plateauFraction  final fraction of nameplate reached, in [0, 1]
 */
public record RampUp(RampShape shape, Uncertain yearsToNameplate, Uncertain plateauFraction) {

    /**
     * Validates the fields.
     *
     * @param shape the curve
     * @param yearsToNameplate years from first output to the plateau, >= 0
     * @param plateauFraction final fraction of nameplate reached, in [0, 1]
     */
    public RampUp {
        Problems p = new Problems();
        p.present(shape, "shape");
        p.nonNegative(yearsToNameplate, "yearsToNameplate");
        p.probability(plateauFraction, "plateauFraction");
        p.throwIfAny();
    }

    /**
     * Full nameplate from the first day.
     *
     * @return full nameplate from the first day
     */
    public static RampUp immediate() {
        return new RampUp(RampShape.STEP, Uncertain.fixed(0), Uncertain.fixed(1));
    }
}
