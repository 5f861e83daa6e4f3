package dev.autarky.scenario;

import dev.autarky.uncertain.Uncertain;
import dev.autarky.uncertain.Uniform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable names of a scenario's parameters, as the engine names them when it compiles the
 * scenario (each names a random stream): {@code economics.discountRate},
 * {@code materials.<id>.demand.baseTonnesPerYear}, {@code domestic.projects.<id>.leadTimeYears},
 * {@code suppliers.<id>.materials.<material>.capacityTonnesPerYear.from}, and so on, plus
 * {@code domestic.projects.<id>.outcome} for the uniform that decides an uncertain project's
 * success. Kept identical to the engine's names by a test over random scenarios.
 */
final class InputNames {

    private static final Uncertain OUTCOME = Uncertain.of(new Uniform(0, 1));

    private final Map<String, Uncertain> names = new LinkedHashMap<>();

    private InputNames() {
    }

    /** Every parameter by stable name (fixed ones included), for valid, cross-checked parts. */
    static Map<String, Uncertain> of(Economics economics, List<Material> materials, DomesticChain domestic,
            List<Regime> regimes, List<ExternalSupplier> suppliers) {
        InputNames n = new InputNames();
        n.add("economics.discountRate", economics.discountRate());
        for (Material m : materials) {
            String base = "materials." + m.id();
            n.add(base + ".demand.baseTonnesPerYear", m.demand().baseTonnesPerYear());
            n.add(base + ".demand.growthPerYear", m.demand().growthPerYear());
            n.ramp(base + ".demand.substitution", m.demand().substitution());
            n.add(base + ".pricePerKg", m.pricePerKg());
            n.add(base + ".shortagePenaltyPerKg", m.shortagePenaltyPerKg());
            Stockpile sp = m.stockpile();
            if (sp != null) {
                n.add(base + ".stockpile.initialDays", sp.initialDays());
                n.add(base + ".stockpile.targetDays", sp.targetDays());
                n.add(base + ".stockpile.maxReleaseTonnesPerYear", sp.maxReleaseTonnesPerYear());
                n.add(base + ".stockpile.maxRefillTonnesPerYear", sp.maxRefillTonnesPerYear());
                n.add(base + ".stockpile.holdingCostPerKgYear", sp.holdingCostPerKgYear());
            }
            if (m.recycling() != null) {
                n.ramp(base + ".recycling.shareOfDemand", m.recycling().shareOfDemand());
                n.add(base + ".recycling.costPerKg", m.recycling().costPerKg());
            }
        }
        for (Stage st : domestic.stages()) {
            String base = "domestic.stages." + st.id();
            for (int f = 0; f < st.conversionFactors().size(); f++) {
                n.add(base + ".conversionFactors[" + f + "]", st.conversionFactors().get(f));
            }
            n.add(base + ".availability.level", st.availability().level());
        }
        for (Project pr : domestic.projects()) {
            String base = "domestic.projects." + pr.id();
            n.add(base + ".nameplate", pr.nameplate());
            n.add(base + ".successProbability", pr.successProbability());
            boolean certain = pr.successProbability().isFixed() && pr.successProbability().mean() == 1;
            if (!certain) {
                n.add(base + ".outcome", OUTCOME);
            }
            n.add(base + ".decisionDelayYears", pr.decisionDelayYears());
            n.add(base + ".leadTimeYears", pr.leadTimeYears());
            n.add(base + ".retryDelayYears", pr.retryDelayYears());
            n.add(base + ".rampUp.yearsToNameplate", pr.rampUp().yearsToNameplate());
            n.add(base + ".rampUp.plateauFraction", pr.rampUp().plateauFraction());
            ProjectCosts c = pr.costs();
            n.add(base + ".costs.fixedCapex", c.fixedCapex());
            n.add(base + ".costs.capexPerTonnePerYear", c.capexPerTonnePerYear());
            n.add(base + ".costs.capexOverrun", c.capexOverrun());
            n.add(base + ".costs.fixedOpexPerYear", c.fixedOpexPerYear());
            n.add(base + ".costs.opexPerTonne", c.opexPerTonne());
            n.add(base + ".costs.learningRate", c.learningRate());
        }
        Map<String, Regime> regimeById = new LinkedHashMap<>();
        for (Regime r : regimes) {
            regimeById.put(r.id(), r);
            if (r.dynamics() instanceof RegimeDynamics.TransitionRates rates) {
                int size = r.states().size();
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        if (i != j) {
                            n.add("regimes." + r.id() + ".ratesPerYear[" + i + "][" + j + "]",
                                    rates.ratesPerYear().get(i).get(j));
                        }
                    }
                }
            }
        }
        for (ExternalSupplier sup : suppliers) {
            String base = "suppliers." + sup.id();
            Regime regime = sup.regime() == null ? null : regimeById.get(sup.regime());
            List<String> states = regime == null ? List.of() : regime.states();
            for (String state : states) {
                StateEffect e = sup.stateEffects().get(state);
                if (e != null) {
                    n.add(base + ".stateEffects." + state + ".deliverableFraction", e.deliverableFraction());
                    n.add(base + ".stateEffects." + state + ".priceMultiplier", e.priceMultiplier());
                }
            }
            for (SupplyTerms terms : sup.materials()) {
                String tb = base + ".materials." + terms.material();
                if (!terms.unlimited()) {
                    n.ramp(tb + ".capacityTonnesPerYear", terms.capacityTonnesPerYear());
                }
                n.add(tb + ".realisation", terms.realisation());
                n.add(tb + ".pricePerKg", terms.pricePerKg());
                for (String state : states) {
                    StateEffect o = terms.stateEffects().get(state);
                    if (o != null) {
                        n.add(tb + ".stateEffects." + state + ".deliverableFraction", o.deliverableFraction());
                        n.add(tb + ".stateEffects." + state + ".priceMultiplier", o.priceMultiplier());
                    }
                }
            }
        }
        return n.names;
    }

    private void add(String name, Uncertain value) {
        if (value != null) {
            names.put(name, value);
        }
    }

    private void ramp(String name, Ramp r) {
        if (r != null) {
            add(name + ".startYear", r.startYear());
            add(name + ".durationYears", r.durationYears());
            add(name + ".from", r.from());
            add(name + ".to", r.to());
        }
    }
}
