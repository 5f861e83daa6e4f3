package dev.autarky.engine;

import dev.autarky.scenario.Availability;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.Economics;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.Ramp;
import dev.autarky.scenario.Recycling;
import dev.autarky.scenario.Regime;
import dev.autarky.scenario.RegimeDynamics;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.Stockpile;
import dev.autarky.scenario.SupplyTerms;
import dev.autarky.scenario.TimeGrid;
import dev.autarky.uncertain.Uncertain;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small scenario-building shortcuts for hand-computed tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Uncertain fixed(double v) {
        return Uncertain.fixed(v);
    }

    static Scenario.Builder base(int horizonYears, int stepsPerYear, double discountRate) {
        return Scenario.builder("test").time(new TimeGrid(2026, horizonYears, stepsPerYear))
                .economics(new Economics("USD", fixed(discountRate)));
    }

    static Material material(String id, double demand, Stockpile stockpile, Recycling recycling) {
        return new Material(id, id, Demand.of(fixed(demand), fixed(0)), fixed(1), fixed(0), stockpile, recycling);
    }

    static Material material(String id, double demand) {
        return material(id, demand, null, null);
    }

    static Stage stage(String id, CapacityBasis basis, double availability, double... conversion) {
        return new Stage(id, id, Arrays.stream(conversion).mapToObj(Uncertain::fixed).toList(), basis,
                Availability.of(fixed(availability)));
    }

    static Project plant(String id, String stage, double nameplate) {
        return Project.builder(id).stage(stage).nameplate(nameplate).build();
    }

    static DomesticChain chain(List<Stage> stages, List<Project> projects, String material) {
        return new DomesticChain(stages, projects, Map.of(material, 1.0), null);
    }

    static ExternalSupplier supplier(String id, boolean trusted, String material, Double capacity, double pricePerKg) {
        Ramp cap = capacity == null ? null : Ramp.constant(fixed(capacity));
        return new ExternalSupplier(id, id, trusted, null, Map.of(),
                List.of(new SupplyTerms(material, cap, fixed(1), fixed(pricePerKg), Map.of())));
    }

    static ExternalSupplier regimeSupplier(String id, boolean trusted, String material, Double capacity,
            double pricePerKg, String regime, Map<String, StateEffect> effects) {
        Ramp cap = capacity == null ? null : Ramp.constant(fixed(capacity));
        return new ExternalSupplier(id, id, trusted, regime, new LinkedHashMap<>(effects),
                List.of(new SupplyTerms(material, cap, fixed(1), fixed(pricePerKg), Map.of())));
    }

    static Regime regime(String id, List<String> states, List<Double> initial, double[][] annual) {
        List<List<Double>> rows = Arrays.stream(annual).map(r -> Arrays.stream(r).boxed().toList()).toList();
        return new Regime(id, id, states, initial, new RegimeDynamics.AnnualProbabilities(rows), null);
    }

    static SelfRelianceCriterion criterion(CriterionKind kind, double threshold, int consecutive, String... materials) {
        return new SelfRelianceCriterion("c", "test criterion", kind, threshold, List.of(materials), consecutive);
    }

    /** Path 0 of the run with seed 1, with its full per-step state (every input is fixed in these scenarios). */
    static PathTrace trace(Scenario s) {
        return Simulator.of(s).trace(1, 0);
    }

    /**
     * The documented dispatch order's scenario over one year: material X with demand 1,000 t/yr,
     * domestic plant 100 t/yr, recycling 5 % of demand at 2 USD/kg, the unlimited untrusted U at
     * 5 USD/kg, trusted T1 200 t/yr at 10 and T2 300 t/yr at 20.
     */
    static Scenario dispatchOrderScenario(int stepsPerYear) {
        Recycling recycling = new Recycling(Ramp.constant(fixed(0.05)), fixed(2));
        return base(1, stepsPerYear, 0)
                .material(material("X", 1000, null, recycling))
                .domestic(chain(List.of(stage("s", CapacityBasis.OUTPUT, 1)), List.of(plant("p", "s", 100)), "X"))
                .supplier(supplier("U", false, "X", null, 5))
                .supplier(supplier("T1", true, "X", 200.0, 10))
                .supplier(supplier("T2", true, "X", 300.0, 20))
                .criterion(criterion(CriterionKind.UNTRUSTED_SHARE, 0.5, 1)).build();
    }
}
