package dev.autarky.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autarky.uncertain.Uncertain;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The factory methods equal the full constructors with the documented defaults, and validate as they do. */
class FactoriesTest {

    private static final Uncertain ONE = Uncertain.fixed(1);

    @Test
    void eachFactoryIsItsConstructorWithTheDocumentedDefaults() {
        Demand demand = Demand.of(Uncertain.fixed(100), Uncertain.fixed(0.02));
        Material m = Material.of("Ga", "Gallium", demand, Uncertain.fixed(400), Uncertain.fixed(2_000));
        assertEquals(new Material("Ga", "Gallium", demand, Uncertain.fixed(400), Uncertain.fixed(2_000), null, null), m);
        Recycling r = new Recycling(Ramp.constant(Uncertain.fixed(0.1)), Uncertain.fixed(50));
        assertEquals(new Material("Ga", "Gallium", demand, Uncertain.fixed(400), Uncertain.fixed(2_000), null, r),
                m.withRecycling(r));
        assertEquals(m, m.withRecycling(r).withRecycling(null));

        Availability a = Availability.of(Uncertain.fixed(0.9));
        assertEquals(new Stage("s", "S", List.of(), CapacityBasis.INPUT, a), Stage.of("s", "S", CapacityBasis.INPUT, a));

        Ramp capacity = Ramp.constant(Uncertain.fixed(30));
        assertEquals(new SupplyTerms("Ga", capacity, ONE, Uncertain.fixed(350), Map.of()),
                SupplyTerms.of("Ga", capacity, Uncertain.fixed(350)));
        assertEquals(new SupplyTerms("Ga", null, ONE, Uncertain.fixed(350), Map.of()),
                SupplyTerms.ofUnlimited("Ga", Uncertain.fixed(350)));

        List<SupplyTerms> terms = List.of(SupplyTerms.ofUnlimited("Ga", Uncertain.fixed(350)));
        assertEquals(new ExternalSupplier("ally", "Ally", true, null, Map.of(), terms),
                ExternalSupplier.trusted("ally", "Ally", terms));
        Map<String, StateEffect> effects = Map.of("open", StateEffect.of(1, 1), "shut", StateEffect.of(0, 1));
        assertEquals(new ExternalSupplier("c", "C", false, "r", effects, terms),
                ExternalSupplier.untrusted("c", "C", "r", effects, terms));

        List<List<Double>> p = List.of(List.of(0.9, 0.1), List.of(0.5, 0.5));
        assertEquals(new Regime("r", "R", List.of("open", "shut"), List.of(1.0, 0.0),
                new RegimeDynamics.AnnualProbabilities(p), null),
                Regime.annual("r", "R", List.of("open", "shut"), List.of(1.0, 0.0), p));

        assertEquals(new DomesticChain(List.of(), List.of(), Map.of(), null), DomesticChain.of(List.of(), List.of(), Map.of()));
    }

    @Test
    void factoriesValidateAsTheConstructorsDo() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Regime.annual("r", "R",
                List.of("open", "shut"), List.of(1.0, 0.0), List.of(List.of(0.9, 0.2), List.of(0.5, 0.5))));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertThrows(ScenarioException.class, () -> SupplyTerms.ofUnlimited("Ga", Uncertain.fixed(-1)));
    }
}
