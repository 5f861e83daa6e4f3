package dev.autarky.analysis;

import dev.autarky.io.Scenarios;
import dev.autarky.scenario.Availability;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.Economics;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.TimeGrid;
import dev.autarky.uncertain.Uncertain;
import dev.autarky.uncertain.Uniform;
import java.util.List;
import java.util.Map;

/** Scenarios shared by the analysis tests. */
final class AnalysisFixtures {

    private AnalysisFixtures() {
    }

    /** The default scenario with a less strict criterion, {@code heavy-50}, that some futures reach. */
    static Scenario japan() {
        return Scenarios.japanRareEarths().toBuilder().criterion(new SelfRelianceCriterion("heavy-50",
                "Dy and Tb: 50 % of demand covered without China, two years running", CriterionKind.CAPABILITY, 0.5,
                List.of("Dy", "Tb"), 2)).build();
    }

    /**
     * One plant whose lead time is uniform on [1, 11] years supplies all of a fixed demand from the
     * step it starts: the time to self-reliance is {@code 2026 + ⌈L⌉} (censored never: the horizon is
     * 20 years); until then the whole demand is short, at 1 USD/kg. The material's price (uniform
     * on [1, 3]) changes nothing: there are neither imports nor surplus.
     */
    static Scenario onePlant() {
        Project plant = Project.builder("plant").stage("s").nameplate(1000)
                .leadTimeYears(Uncertain.of(new Uniform(1, 11))).build();
        Stage stage = new Stage("s", "s", List.of(), CapacityBasis.OUTPUT, Availability.of(Uncertain.fixed(1)));
        Material x = new Material("X", "X", Demand.of(Uncertain.fixed(1000), Uncertain.fixed(0)),
                Uncertain.of(new Uniform(1, 3)), Uncertain.fixed(1), null, null);
        return Scenario.builder("one-plant").time(new TimeGrid(2026, 20, 1))
                .economics(new Economics("USD", Uncertain.fixed(0))).material(x)
                .domestic(new DomesticChain(List.of(stage), List.of(plant), Map.of("X", 1.0), null))
                .criterion(new SelfRelianceCriterion("all", "all of demand at home", CriterionKind.DOMESTIC_SHARE, 1,
                        List.of(), 1))
                .build();
    }
}
