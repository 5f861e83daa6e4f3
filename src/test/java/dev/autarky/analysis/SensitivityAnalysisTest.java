package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.StopRule;
import dev.autarky.result.Estimate;
import dev.autarky.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Sensitivity of a scenario: known answers on a one-plant scenario, then the shape of a run on the default scenario. */
class SensitivityAnalysisTest {

    private static final String LEAD = "domestic.projects.plant.leadTimeYears";
    private static final String PRICE = "materials.X.pricePerKg";

    @Test
    void onePlantsLeadTimeDrivesTheTimelineAndNothingElseDoes() {
        Scenario s = AnalysisFixtures.onePlant();
        SensitivityResult r = SensitivityAnalysis.run(s, SensitivitySettings.defaults().withPaths(4000).withThreads(2)
                .withByYear(2030).withTornado(500, 10).withSobol(512, 100, SobolGrouping.INPUT)
                .withSeries(List.of("domesticShare.X")));
        assertEquals(List.of(PRICE, LEAD), r.inputs());
        RankCorrelations ranks = r.ranks();
        Estimate lead = ranks.spearman("timeToSelfReliance.all", LEAD);
        Estimate price = ranks.spearman("timeToSelfReliance.all", PRICE);
        System.out.printf(Locale.ROOT, "one plant: spearman(lead) %.4f, spearman(price) %.4f [%.4f, %.4f]%n",
                lead.value(), price.value(), price.lower(), price.upper());
        // T = 2026 + ceil(L): a step function of L, so the rank correlation is 1 up to ties
        assertTrue(lead.value() > 0.99, lead.toString());
        assertTrue(price.contains(0), price.toString());
        assertTrue(ranks.spearman("shortageCost", LEAD).value() > 0.99, "later plant, longer shortage");
        assertTrue(Double.isNaN(ranks.spearman("importSpend", LEAD).value()), "no imports on any path");

        // tornado: L at P10 = 2 gives 2028 on every path, at P90 = 10 gives 2036: a swing of exactly 8 years
        Tornado p50 = r.tornado("p50@all");
        assertEquals(LEAD, p50.bars().get(0).input());
        assertEquals(2.0, p50.bars().get(0).inputLow(), 1e-12);
        assertEquals(10.0, p50.bars().get(0).inputHigh(), 1e-12);
        assertEquals(2028, p50.bars().get(0).atLow().value());
        assertEquals(2036, p50.bars().get(0).atHigh().value());
        assertEquals(8, p50.bars().get(0).swing().value());
        assertEquals(0, p50.bars().get(1).swing().value(), "the price moves no time");
        Tornado by = r.tornado("pby2030@all");
        assertEquals(-1, by.bars().get(0).swing().value());
        assertEquals(1, by.bars().get(0).atLow().value());
        assertTrue(by.baseline().contains(0.3), "T <= 2030 means ceil(L) <= 4: P(L <= 4) = 0.3, was " + by.baseline());
        Tornado cost = r.tornado("mean:systemCost");
        assertEquals(LEAD, cost.bars().get(0).input());
        assertEquals(8 * 1000 * 1000.0, cost.bars().get(0).swing().value(), 1e-6, "8 more years short of 1,000 t at 1 USD/kg");
        assertEquals(0, cost.bars().get(0).swing().halfWidth(), 1e-6, "the same on every path");

        // Sobol: the time depends on L alone, exactly: the price's indices are exactly 0
        SobolResult sobol = r.sobol().orElseThrow().indices();
        assertEquals(List.of(PRICE, LEAD, SensitivityAnalysis.PROCESSES), sobol.factors());
        Estimate sLead = sobol.firstOrder("timeToSelfReliance.all", LEAD);
        System.out.printf(Locale.ROOT, "one plant: S(lead) %.4f [%.4f, %.4f]%n", sLead.value(), sLead.lower(), sLead.upper());
        assertTrue(sLead.contains(1) && sLead.lower() > 0.8, "the only factor: S = 1, was " + sLead);
        assertTrue(sobol.total("timeToSelfReliance.all", LEAD).contains(1));
        assertEquals(0.0, sobol.total("timeToSelfReliance.all", PRICE).value());
        assertEquals(0.0, sobol.total("timeToSelfReliance.all", SensitivityAnalysis.PROCESSES).value());

        // over time: the domestic share jumps from 0 to 1 when the plant starts, so in the middle years it follows L
        SensitivityResult.SeriesSensitivity share = r.overTime("domesticShare.X");
        assertEquals(20, share.years().size());
        int li = r.inputs().indexOf(LEAD);
        assertTrue(Double.isNaN(share.spearman().get(li).get(0).value()), "2026: no plant yet on any path");
        assertTrue(share.spearman().get(li).get(6).value() < -0.7, "2032: the later the plant, the lower the share");
        assertTrue(share.spearman().get(1 - li).get(6).contains(0), "the price has nothing to do with it");
    }

    @Test
    void theDefaultScenarioGivesEveryPartInItsShape() {
        Scenario japan = AnalysisFixtures.japan();
        SensitivitySettings settings = SensitivitySettings.defaults().withPaths(1500).withByYear(2040)
                .withTornado(200, 3).withSobol(16, 10, SobolGrouping.COMPONENT).withSeries(List.of("capabilityShare.Dy"));
        SensitivityResult r = SensitivityAnalysis.run(japan, settings.withThreads(2));
        int d = r.inputs().size();
        assertEquals(d, r.ranks().inputs().size());
        assertEquals(4 + 9, r.outcomes().size());
        assertEquals(2040, r.byYear());
        assertEquals(4 * 2 + 1, r.tornadoes().size());
        for (Tornado t : r.tornadoes()) {
            assertEquals(3, t.bars().size());
            for (int i = 1; i < t.bars().size(); i++) {
                double a = t.bars().get(i - 1).size();
                double b = t.bars().get(i).size();
                assertTrue(Double.isNaN(b) || a >= b, t.outcome());
            }
        }
        assertEquals(List.of(d), List.of(r.overTime("capabilityShare.Dy").spearman().size()));
        SensitivityResult.Sobol sobol = r.sobol().orElseThrow();
        assertTrue(sobol.factors().containsKey("domestic.projects.lifting-system"));
        assertEquals(SensitivityAnalysis.PROCESSES, sobol.indices().factors().get(sobol.indices().factors().size() - 1));
        assertEquals(sobol.outcomes().size(), sobol.indices().outputs().size());
        // the same on one thread, bit for bit
        SensitivityResult one = SensitivityAnalysis.run(japan, settings.withThreads(1));
        assertEquals(r.tornadoes(), one.tornadoes());
        assertEquals(r.ranks().prcc(0, 5), one.ranks().prcc(0, 5));
        assertEquals(r.sobol().get().indices().total(1, 2), one.sobol().get().indices().total(1, 2));
        assertThrows(IllegalArgumentException.class, () -> r.tornado("nope"));
        assertThrows(IllegalArgumentException.class, () -> r.overTime("nope"));
    }

    @Test
    void refusesWhatItCannotDo() {
        Scenario s = AnalysisFixtures.onePlant();
        SensitivitySettings small = SensitivitySettings.defaults().withPaths(100).withTornado(0, 1).withSobol(0, 0,
                SobolGrouping.INPUT);
        assertThrows(IllegalArgumentException.class, () -> SensitivityAnalysis.run(s, small.withByYear(2100)));
        assertThrows(IllegalArgumentException.class, () -> SensitivityAnalysis.run(s, small.withSeries(List.of("nope"))));
        assertThrows(IllegalArgumentException.class, () -> small.withRun(RunSettings.defaults().withPaths(100)
                .withStopRule(StopRule.until("p50:1"))));
        assertThrows(IllegalArgumentException.class, () -> small.withPaths(5));
        assertThrows(IllegalArgumentException.class, () -> small.withSobol(1, 0, SobolGrouping.INPUT));
        assertThrows(IllegalArgumentException.class, () -> small.withConfidence(1));
        SensitivityResult r = SensitivityAnalysis.run(s, small);
        assertTrue(r.tornadoes().isEmpty() && r.sobol().isEmpty());
        assertEquals(2045, r.byYear(), "the last year of the horizon");
    }

    @Test
    void componentsGroupInputsByWhatTheyDescribe() {
        SobolGrouping g = SobolGrouping.COMPONENT;
        assertEquals("economics", g.groupOf("economics.discountRate"));
        assertEquals("materials.Dy.demand", g.groupOf("materials.Dy.demand.baseTonnesPerYear"));
        assertEquals("domestic.projects.lifting-system", g.groupOf("domestic.projects.lifting-system.outcome"));
        assertEquals("domestic.stages.lifting", g.groupOf("domestic.stages.lifting.availability.level"));
        assertEquals("regimes.china", g.groupOf("regimes.china.ratesPerYear[0][1]"));
        assertEquals("suppliers.allied-new.materials.Dy", g.groupOf("suppliers.allied-new.materials.Dy.capacityTonnesPerYear.to"));
        assertEquals("suppliers.china", g.groupOf("suppliers.china.stateEffects.embargo.deliverableFraction"));
        assertEquals("other", g.groupOf("other"));
        assertEquals("x.y", SobolGrouping.INPUT.groupOf("x.y"));
        assertEquals(SobolGrouping.INPUT, SobolGrouping.of("Input"));
        assertEquals("component", SobolGrouping.COMPONENT.id());
        assertThrows(IllegalArgumentException.class, () -> SobolGrouping.of("nope"));
    }
}
