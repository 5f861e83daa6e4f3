package dev.autarky.internal.engine;

import dev.autarky.internal.design.GaussianCopula;
import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.math.MarkovMatrices;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.internal.sampling.QuantileFunction;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.Correlation;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.Ramp;
import dev.autarky.scenario.RampShape;
import dev.autarky.scenario.Regime;
import dev.autarky.scenario.RegimeDynamics;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.SupplyTerms;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Uniform;
import dev.autarky.uncertain.Uncertain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Scenario} flattened once into primitive arrays indexed by material, stage, project,
 * supplier, regime and step, so that the per-path loop reads arrays only.
 *
 * <p>Every numeric parameter gets a slot in a parameter vector: fixed values are written once per
 * worker, uncertain ones ({@link #inputs}) are drawn per path. Per-step random processes (demand
 * shocks, outages, regime chains) are channels with their own stream keys. Immutable and shared
 * by all workers.
 */
public final class CompiledScenario {

    /** The scenario compiled. */
    public final Scenario scenario;

    // time
    final int steps;
    final int stepsPerYear;
    final int years;
    final double dt;
    final int startYear;

    // parameters
    /** Values of all slots; uncertain slots hold their distribution's mean (overwritten per path). */
    final double[] baseParameters;
    /** The uncertain inputs, in compile order. */
    public final List<InputSpec> inputs;
    /** The same inputs as an array, for the per-path loop. */
    final InputSpec[] inputArray;
    final int discountSlot;

    // materials
    final int materialCount;
    final String[] materialIds;
    final int[] demandBase;
    final int[] demandGrowth;
    final QuantileFunction[] shockQuantile; // null: fixed shock (shockFixed)
    final double[] shockFixed;
    final long[] shockKey;
    final CompiledRamp[] substitution; // null: none
    final int[] priceSlot;
    final int[] penaltySlot;
    final boolean[] hasStockpile;
    final int[] stockInitialDays;
    final int[] stockTargetDays;
    final int[] stockMaxRelease;
    final int[] stockMaxRefill;
    final boolean[] stockRefillUntrusted;
    final int[] stockHolding;
    final CompiledRamp[] recyclingShare; // null: none
    final int[] recyclingCost;

    // domestic chain
    final int stageCount;
    final int[][] conversionSlots;
    final boolean[] inputBasis;
    final int[] availabilityLevel;
    final double[][] season; // [stage][step]
    final QuantileFunction[] outageQuantile; // null: fixed (outageFixed)
    final double[] outageFixed;
    final long[] outageKey;
    final double[] composition; // per material

    // projects, in dependency order
    final int projectCount;
    final String[] projectIds;
    final int[] projectStage; // -1: none
    final int[] nameplate;
    final int[] successProbability;
    final int[] outcomeSlot;
    final int[] attempts;
    final int[] decisionDelay;
    final int[] leadTime;
    final int[] retryDelay;
    final int[][] dependsOn; // indices in dependency order
    final RampShape[] rampShape;
    final int[] rampYears;
    final int[] plateau;
    final int[] fixedCapex;
    final int[] capexPerTonne;
    final int[] overrun;
    final int[] fixedOpex;
    final int[] opexPerTonne;
    final int[] learningRate;

    // regimes
    final int regimeCount;
    final String[] regimeIds;
    final String[][] regimeStates;
    final double[][] initialCumulative;
    /** Cumulative per-step transition rows [regime][from][to]; null when rates are uncertain. */
    final double[][][] stepCumulative;
    /** Rate slots [regime][from*n+to] (-1 on the diagonal) for regimes with uncertain rates; else null. */
    final int[][] rateSlots;
    final long[] regimeKey;

    // suppliers, in dispatch order (trusted first)
    final int supplierCount;
    final String[] supplierIds;
    final boolean[] trusted;
    final int[] supplierRegime; // -1: none
    final boolean[][] supplies; // [s][m]
    final boolean[][] unlimited; // [s][m]
    final boolean[][] unlimitedByMaterial; // [m][s]
    final CompiledRamp[][] capacity; // [s][m]
    final int[][] realisation;
    final int[][] supplierPrice;
    final int[][][] deliverable; // [s][m][state]
    final int[][][] priceMultiplier; // [s][m][state]

    // criteria
    final int criterionCount;
    final String[] criterionIds;
    final CriterionKind[] criterionKind;
    final double[] threshold;
    final boolean[][] criterionMaterials; // [c][m]
    final int[] consecutive;

    /** Names of the per-path cost outcomes, in output order. */
    public static final List<String> COSTS = List.of("programmeCapex", "programmeOpex", "importSpend", "stockpileCost",
            "shortageCost", "recyclingCost", "surplusRevenue", "systemCost", "levelizedDomesticCostPerKg");
    static final int COST_CAPEX = 0;
    static final int COST_OPEX = 1;
    static final int COST_IMPORTS = 2;
    static final int COST_STOCKPILE = 3;
    static final int COST_SHORTAGE = 4;
    static final int COST_RECYCLING = 5;
    static final int COST_REVENUE = 6;
    static final int COST_SYSTEM = 7;
    static final int COST_LCOS = 8;

    /** The per-step series, in output order. */
    public final List<SeriesSpec> series;
    final int seriesUntrustedShare; // first per-material block; material m at +m
    final int seriesDomesticShare;
    final int seriesShortfall;
    final int seriesStockpile;
    final int seriesDomesticOutput;
    final int seriesCapability;
    final int seriesUntrustedShareAll;
    final int seriesPriceIndex;
    final int seriesCumulativeCost;

    /** Compiles {@code scenario}; throws {@link ScenarioException} when its regimes cannot be put on the step. */
    public static CompiledScenario of(Scenario scenario) {
        return new CompiledScenario(scenario);
    }

    /**
     * Every named parameter of the scenario (fixed or uncertain) with its stable name, in compile
     * order; for documentation and reports.
     */
    public final List<NamedParameter> parameters;

    /**
     * A scenario parameter under its stable name.
     *
     * @param name  stable name, e.g. {@code domestic.projects.lifting-system.leadTimeYears}
     * @param value its value, distribution and source
     */
    public record NamedParameter(String name, Uncertain value) {
    }

    private final List<NamedParameter> parameterList = new ArrayList<>();
    private final List<Double> slotValues = new ArrayList<>();
    private final List<InputSpec> inputList = new ArrayList<>();
    private final Map<Long, String> keysSeen = new HashMap<>();

    private CompiledScenario(Scenario s) {
        // Processes with equal distributions (the same demand shock for every material) share one
        // table: the same numbers, and a quarter of the cache footprint for four materials.
        final Map<Distribution, QuantileFunction> repeatedDraws = new HashMap<>();
        this.scenario = s;
        var time = s.time();
        steps = time.steps();
        stepsPerYear = time.stepsPerYear();
        years = time.horizonYears();
        dt = time.stepYears();
        startYear = time.startYear();
        discountSlot = slot(s.economics().discountRate(), "economics.discountRate");

        // materials
        List<Material> materials = s.materials();
        materialCount = materials.size();
        materialIds = materials.stream().map(Material::id).toArray(String[]::new);
        demandBase = new int[materialCount];
        demandGrowth = new int[materialCount];
        shockQuantile = new QuantileFunction[materialCount];
        shockFixed = new double[materialCount];
        shockKey = new long[materialCount];
        substitution = new CompiledRamp[materialCount];
        priceSlot = new int[materialCount];
        penaltySlot = new int[materialCount];
        hasStockpile = new boolean[materialCount];
        stockInitialDays = new int[materialCount];
        stockTargetDays = new int[materialCount];
        stockMaxRelease = new int[materialCount];
        stockMaxRefill = new int[materialCount];
        stockRefillUntrusted = new boolean[materialCount];
        stockHolding = new int[materialCount];
        recyclingShare = new CompiledRamp[materialCount];
        recyclingCost = new int[materialCount];
        for (int m = 0; m < materialCount; m++) {
            Material mat = materials.get(m);
            String base = "materials." + mat.id();
            demandBase[m] = slot(mat.demand().baseTonnesPerYear(), base + ".demand.baseTonnesPerYear");
            demandGrowth[m] = slot(mat.demand().growthPerYear(), base + ".demand.growthPerYear");
            Uncertain shock = mat.demand().yearlyShock();
            shockFixed[m] = shock == null ? 1 : shock.mean();
            if (shock != null && !shock.isFixed()) {
                shockQuantile[m] = repeatedDraws.computeIfAbsent(shock.distribution(), QuantileFunction::compileForRepeatedDraws);
                shockKey[m] = channel(base + ".demand.yearlyShock");
            }
            if (mat.demand().substitution() != null) {
                substitution[m] = ramp(mat.demand().substitution(), base + ".demand.substitution");
            }
            priceSlot[m] = slot(mat.pricePerKg(), base + ".pricePerKg");
            penaltySlot[m] = slot(mat.shortagePenaltyPerKg(), base + ".shortagePenaltyPerKg");
            var sp = mat.stockpile();
            if (sp != null) {
                hasStockpile[m] = true;
                stockInitialDays[m] = slot(sp.initialDays(), base + ".stockpile.initialDays");
                stockTargetDays[m] = slot(sp.targetDays(), base + ".stockpile.targetDays");
                stockMaxRelease[m] = slot(sp.maxReleaseTonnesPerYear(), base + ".stockpile.maxReleaseTonnesPerYear");
                stockMaxRefill[m] = slot(sp.maxRefillTonnesPerYear(), base + ".stockpile.maxRefillTonnesPerYear");
                stockRefillUntrusted[m] = sp.refillFromUntrusted();
                stockHolding[m] = slot(sp.holdingCostPerKgYear(), base + ".stockpile.holdingCostPerKgYear");
            }
            var rec = mat.recycling();
            if (rec != null) {
                recyclingShare[m] = ramp(rec.shareOfDemand(), base + ".recycling.shareOfDemand");
                recyclingCost[m] = slot(rec.costPerKg(), base + ".recycling.costPerKg");
            }
        }
        Map<String, Integer> materialIndex = index(materialIds);

        // stages
        DomesticChain chain = s.domestic();
        List<Stage> stages = chain.stages();
        stageCount = stages.size();
        conversionSlots = new int[stageCount][];
        inputBasis = new boolean[stageCount];
        availabilityLevel = new int[stageCount];
        season = new double[stageCount][];
        outageQuantile = new QuantileFunction[stageCount];
        outageFixed = new double[stageCount];
        outageKey = new long[stageCount];
        for (int j = 0; j < stageCount; j++) {
            Stage st = stages.get(j);
            String base = "domestic.stages." + st.id();
            conversionSlots[j] = new int[st.conversionFactors().size()];
            for (int f = 0; f < conversionSlots[j].length; f++) {
                conversionSlots[j][f] = slot(st.conversionFactors().get(f), base + ".conversionFactors[" + f + "]");
            }
            inputBasis[j] = st.capacityBasis() == CapacityBasis.INPUT;
            availabilityLevel[j] = slot(st.availability().level(), base + ".availability.level");
            season[j] = seasonFactors(st.availability().monthlyFactors(), steps, stepsPerYear);
            Uncertain outage = st.availability().outagePerStep();
            outageFixed[j] = outage == null ? 0 : outage.mean();
            if (outage != null && !outage.isFixed()) {
                outageQuantile[j] = repeatedDraws.computeIfAbsent(outage.distribution(), QuantileFunction::compileForRepeatedDraws);
                outageKey[j] = channel(base + ".availability.outagePerStep");
            }
        }
        Map<String, Integer> stageIndex = index(stages.stream().map(Stage::id).toArray(String[]::new));
        composition = new double[materialCount];
        chain.composition().forEach((k, v) -> {
            Integer m = materialIndex.get(k);
            if (m != null) {
                composition[m] = v;
            }
        });

        // projects in dependency order
        List<Project> ordered = dependencyOrder(chain.projects());
        projectCount = ordered.size();
        projectIds = ordered.stream().map(Project::id).toArray(String[]::new);
        Map<String, Integer> projectIndex = index(projectIds);
        projectStage = new int[projectCount];
        nameplate = new int[projectCount];
        successProbability = new int[projectCount];
        outcomeSlot = new int[projectCount];
        attempts = new int[projectCount];
        decisionDelay = new int[projectCount];
        leadTime = new int[projectCount];
        retryDelay = new int[projectCount];
        dependsOn = new int[projectCount][];
        rampShape = new RampShape[projectCount];
        rampYears = new int[projectCount];
        plateau = new int[projectCount];
        fixedCapex = new int[projectCount];
        capexPerTonne = new int[projectCount];
        overrun = new int[projectCount];
        fixedOpex = new int[projectCount];
        opexPerTonne = new int[projectCount];
        learningRate = new int[projectCount];
        for (int q = 0; q < projectCount; q++) {
            Project pr = ordered.get(q);
            String base = "domestic.projects." + pr.id();
            projectStage[q] = pr.stage() == null ? -1 : stageIndex.get(pr.stage());
            nameplate[q] = slot(pr.nameplate(), base + ".nameplate");
            successProbability[q] = slot(pr.successProbability(), base + ".successProbability");
            boolean certain = pr.successProbability().isFixed() && pr.successProbability().mean() == 1;
            outcomeSlot[q] = certain ? constant(1) : slot(Uncertain.of(new Uniform(0, 1)), base + ".outcome");
            attempts[q] = pr.attempts();
            decisionDelay[q] = slot(pr.decisionDelayYears(), base + ".decisionDelayYears");
            leadTime[q] = slot(pr.leadTimeYears(), base + ".leadTimeYears");
            retryDelay[q] = slot(pr.retryDelayYears(), base + ".retryDelayYears");
            dependsOn[q] = pr.dependsOn().stream().mapToInt(projectIndex::get).toArray();
            rampShape[q] = pr.rampUp().shape();
            rampYears[q] = slot(pr.rampUp().yearsToNameplate(), base + ".rampUp.yearsToNameplate");
            plateau[q] = slot(pr.rampUp().plateauFraction(), base + ".rampUp.plateauFraction");
            var c = pr.costs();
            fixedCapex[q] = slot(c.fixedCapex(), base + ".costs.fixedCapex");
            capexPerTonne[q] = slot(c.capexPerTonnePerYear(), base + ".costs.capexPerTonnePerYear");
            overrun[q] = slot(c.capexOverrun(), base + ".costs.capexOverrun");
            fixedOpex[q] = slot(c.fixedOpexPerYear(), base + ".costs.fixedOpexPerYear");
            opexPerTonne[q] = slot(c.opexPerTonne(), base + ".costs.opexPerTonne");
            learningRate[q] = slot(c.learningRate(), base + ".costs.learningRate");
        }

        // regimes
        List<Regime> regimes = s.regimes();
        regimeCount = regimes.size();
        regimeIds = regimes.stream().map(Regime::id).toArray(String[]::new);
        regimeStates = new String[regimeCount][];
        initialCumulative = new double[regimeCount][];
        stepCumulative = new double[regimeCount][][];
        rateSlots = new int[regimeCount][];
        regimeKey = new long[regimeCount];
        List<dev.autarky.scenario.Problem> regimeProblems = new ArrayList<>();
        for (int r = 0; r < regimeCount; r++) {
            Regime reg = regimes.get(r);
            int n = reg.states().size();
            regimeStates[r] = reg.states().toArray(String[]::new);
            initialCumulative[r] = cumulative(reg.initialDistribution().stream().mapToDouble(Double::doubleValue).toArray());
            regimeKey[r] = channel("regimes." + reg.id());
            if (reg.dynamics() instanceof RegimeDynamics.AnnualProbabilities annual) {
                try {
                    stepCumulative[r] = cumulativeRows(MarkovMatrices.stepMatrixFromAnnual(annual.toArray(), stepsPerYear));
                } catch (IllegalArgumentException e) {
                    regimeProblems.add(dev.autarky.scenario.Problem.at("$.regimes[" + r + "].transitions", e.getMessage()));
                }
            } else if (reg.dynamics() instanceof RegimeDynamics.TransitionRates rates) {
                boolean allFixed = rates.ratesPerYear().stream().flatMap(List::stream).allMatch(Uncertain::isFixed);
                if (allFixed) {
                    double[][] q = rates.ratesPerYear().stream()
                            .map(row -> row.stream().mapToDouble(Uncertain::mean).toArray()).toArray(double[][]::new);
                    stepCumulative[r] = cumulativeRows(MarkovMatrices.stepMatrixFromRates(q, dt));
                } else {
                    rateSlots[r] = new int[n * n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            rateSlots[r][i * n + j] = i == j ? -1 : slot(rates.ratesPerYear().get(i).get(j),
                                    "regimes." + reg.id() + ".ratesPerYear[" + i + "][" + j + "]");
                        }
                    }
                }
            }
        }
        if (!regimeProblems.isEmpty()) {
            throw new ScenarioException(regimeProblems);
        }
        Map<String, Integer> regimeIndex = index(regimeIds);

        // suppliers: trusted first, each group in listed order
        List<ExternalSupplier> dispatch = new ArrayList<>();
        s.suppliers().stream().filter(ExternalSupplier::trusted).forEach(dispatch::add);
        s.suppliers().stream().filter(x -> !x.trusted()).forEach(dispatch::add);
        supplierCount = dispatch.size();
        supplierIds = dispatch.stream().map(ExternalSupplier::id).toArray(String[]::new);
        trusted = new boolean[supplierCount];
        supplierRegime = new int[supplierCount];
        supplies = new boolean[supplierCount][materialCount];
        unlimited = new boolean[supplierCount][materialCount];
        capacity = new CompiledRamp[supplierCount][materialCount];
        realisation = new int[supplierCount][materialCount];
        supplierPrice = new int[supplierCount][materialCount];
        deliverable = new int[supplierCount][materialCount][];
        priceMultiplier = new int[supplierCount][materialCount][];
        for (int sIdx = 0; sIdx < supplierCount; sIdx++) {
            ExternalSupplier sup = dispatch.get(sIdx);
            String base = "suppliers." + sup.id();
            trusted[sIdx] = sup.trusted();
            supplierRegime[sIdx] = sup.regime() == null ? -1 : regimeIndex.get(sup.regime());
            String[] states = supplierRegime[sIdx] < 0 ? new String[0] : regimeStates[supplierRegime[sIdx]];
            Map<String, int[]> supplierEffects = new HashMap<>();
            for (String state : states) {
                StateEffect e = sup.stateEffects().get(state);
                String ep = base + ".stateEffects." + state;
                supplierEffects.put(state, new int[] {slot(e.deliverableFraction(), ep + ".deliverableFraction"),
                        slot(e.priceMultiplier(), ep + ".priceMultiplier")});
            }
            for (SupplyTerms terms : sup.materials()) {
                int m = materialIndex.get(terms.material());
                String tb = base + ".materials." + terms.material();
                supplies[sIdx][m] = true;
                unlimited[sIdx][m] = terms.unlimited();
                if (!terms.unlimited()) {
                    capacity[sIdx][m] = ramp(terms.capacityTonnesPerYear(), tb + ".capacityTonnesPerYear");
                }
                realisation[sIdx][m] = slot(terms.realisation(), tb + ".realisation");
                supplierPrice[sIdx][m] = slot(terms.pricePerKg(), tb + ".pricePerKg");
                int n = Math.max(1, states.length);
                deliverable[sIdx][m] = new int[n];
                priceMultiplier[sIdx][m] = new int[n];
                if (states.length == 0) {
                    deliverable[sIdx][m][0] = constant(1);
                    priceMultiplier[sIdx][m][0] = constant(1);
                }
                for (int st = 0; st < states.length; st++) {
                    StateEffect override = terms.stateEffects().get(states[st]);
                    if (override != null) {
                        String ep = tb + ".stateEffects." + states[st];
                        deliverable[sIdx][m][st] = slot(override.deliverableFraction(), ep + ".deliverableFraction");
                        priceMultiplier[sIdx][m][st] = slot(override.priceMultiplier(), ep + ".priceMultiplier");
                    } else {
                        deliverable[sIdx][m][st] = supplierEffects.get(states[st])[0];
                        priceMultiplier[sIdx][m][st] = supplierEffects.get(states[st])[1];
                    }
                }
            }
            for (int m = 0; m < materialCount; m++) {
                if (!supplies[sIdx][m]) {
                    deliverable[sIdx][m] = new int[] {constant(0)};
                    priceMultiplier[sIdx][m] = new int[] {constant(1)};
                    realisation[sIdx][m] = constant(0);
                    supplierPrice[sIdx][m] = constant(0);
                }
            }
        }

        unlimitedByMaterial = new boolean[materialCount][supplierCount];
        for (int sIdx = 0; sIdx < supplierCount; sIdx++) {
            for (int m = 0; m < materialCount; m++) {
                unlimitedByMaterial[m][sIdx] = unlimited[sIdx][m];
            }
        }

        // criteria
        List<SelfRelianceCriterion> criteria = s.criteria();
        criterionCount = criteria.size();
        criterionIds = criteria.stream().map(SelfRelianceCriterion::id).toArray(String[]::new);
        criterionKind = new CriterionKind[criterionCount];
        threshold = new double[criterionCount];
        criterionMaterials = new boolean[criterionCount][materialCount];
        consecutive = new int[criterionCount];
        for (int c = 0; c < criterionCount; c++) {
            SelfRelianceCriterion cr = criteria.get(c);
            criterionKind[c] = cr.kind();
            threshold[c] = cr.threshold();
            consecutive[c] = cr.consecutiveSteps();
            for (int m = 0; m < materialCount; m++) {
                criterionMaterials[c][m] = cr.materials().isEmpty() || cr.materials().contains(materialIds[m]);
            }
        }

        // series
        List<SeriesSpec> ss = new ArrayList<>();
        String currency = s.economics().currency();
        seriesUntrustedShare = ss.size();
        for (String id : materialIds) {
            ss.add(new SeriesSpec("untrustedShare." + id, "fraction of demand", true));
        }
        seriesDomesticShare = ss.size();
        for (String id : materialIds) {
            ss.add(new SeriesSpec("domesticShare." + id, "fraction of demand", true));
        }
        seriesShortfall = ss.size();
        for (String id : materialIds) {
            ss.add(new SeriesSpec("shortfall." + id, "t/yr", false));
        }
        seriesStockpile = ss.size();
        for (String id : materialIds) {
            ss.add(new SeriesSpec("stockpile." + id, "t", false));
        }
        seriesDomesticOutput = ss.size();
        for (String id : materialIds) {
            ss.add(new SeriesSpec("domesticOutput." + id, "t/yr", false));
        }
        seriesCapability = ss.size();
        for (String id : materialIds) {
            ss.add(new SeriesSpec("capabilityShare." + id,
                    "fraction of demand coverable without untrusted suppliers (capped at 1)", true));
        }
        seriesUntrustedShareAll = ss.size();
        ss.add(new SeriesSpec("untrustedShare.all", "fraction of demand (tonnage-weighted)", true));
        seriesPriceIndex = ss.size();
        ss.add(new SeriesSpec("importPriceIndex", "price paid / base price of the same imports", false));
        seriesCumulativeCost = ss.size();
        ss.add(new SeriesSpec("cumulativeSystemCost", currency + " (discounted to the start)", false));
        series = List.copyOf(ss);

        baseParameters = slotValues.stream().mapToDouble(Double::doubleValue).toArray();
        inputs = List.copyOf(inputList);
        inputArray = inputs.toArray(InputSpec[]::new);
        parameters = List.copyOf(parameterList);
        // sampling designs and correlations (issue 5)
        copula = copulaOf(s, inputs);
    }

    // ---- sampling designs and correlations ----

    /** The Gaussian copula of the scenario's correlations over {@link #inputs}; null when it has none. */
    public final GaussianCopula copula;

    /**
     * How a run with {@code paths} paths in blocks of {@code blockSize} draws the inputs' uniforms
     * under {@code kind}, with this scenario's copula.
     */
    public InputDesign design(InputDesign.Kind kind, long paths, int blockSize) {
        return InputDesign.of(kind, inputKeys(), copula, paths, blockSize);
    }

    /** Plain Monte Carlo for any path (the default of a kernel). */
    InputDesign plainDesign() {
        return InputDesign.plain(inputKeys(), copula);
    }

    private long[] inputKeys() {
        long[] keys = new long[inputArray.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = inputArray[i].key();
        }
        return keys;
    }

    private static GaussianCopula copulaOf(Scenario s, List<InputSpec> inputs) {
        List<Correlation> correlations = s.correlations();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            index.put(inputs.get(i).name(), i);
        }
        int n = correlations.size();
        int[] first = new int[n];
        int[] second = new int[n];
        double[] spearman = new double[n];
        for (int p = 0; p < n; p++) {
            Correlation c = correlations.get(p);
            Integer a = index.get(c.first());
            Integer b = index.get(c.second());
            if (a == null || b == null) {
                // the scenario checks the names; reaching here means the two namings disagree
                throw new IllegalStateException("correlation names an input the engine does not draw: " + c.inputs());
            }
            first[p] = a;
            second[p] = b;
            spearman[p] = c.spearman();
        }
        return GaussianCopula.of(first, second, spearman);
    }

    /** Number of parameter slots. */
    public int parameterCount() {
        return baseParameters.length;
    }

    /** Number of steps. */
    public int steps() {
        return steps;
    }

    /** Names of the criteria, in scenario order. */
    public List<String> criterionIds() {
        return List.of(criterionIds);
    }

    /**
     * Random draws one path consumes: {@code [inputs, per-step process uniforms]}. Every path
     * consumes exactly this many, whatever happens on it.
     */
    public long[] drawsPerPath() {
        long process = 0;
        for (int m = 0; m < materialCount; m++) {
            process += shockQuantile[m] == null ? 0 : years;
        }
        for (int j = 0; j < stageCount; j++) {
            process += outageQuantile[j] == null ? 0 : steps;
        }
        process += (long) regimeCount * steps;
        return new long[] {inputs.size(), process};
    }

    private int slot(Uncertain u, String name) {
        int slot = slotValues.size();
        if (!name.endsWith(".outcome")) {
            parameterList.add(new NamedParameter(name, u));
        }
        slotValues.add(u.isFixed() ? u.mean() : u.distribution().mean());
        if (!u.isFixed()) {
            Distribution d = u.distribution();
            inputList.add(new InputSpec(name, d, QuantileFunction.compile(d), channel(name), slot));
        }
        return slot;
    }

    private int constant(double value) {
        slotValues.add(value);
        return slotValues.size() - 1;
    }

    private long channel(String name) {
        long key = StreamKeys.keyOf(name);
        String previous = keysSeen.putIfAbsent(key, name);
        if (previous != null) {
            // Astronomically unlikely; refusing is better than two inputs sharing draws.
            throw ScenarioException.of("$", "names \"" + previous + "\" and \"" + name
                    + "\" hash to the same random-stream key; rename one");
        }
        return key;
    }

    private CompiledRamp ramp(Ramp r, String name) {
        int listed = parameterList.size();
        CompiledRamp compiled = new CompiledRamp(r.shape(), slot(r.startYear(), name + ".startYear"),
                slot(r.durationYears(), name + ".durationYears"), slot(r.from(), name + ".from"),
                slot(r.to(), name + ".to"), startYear);
        if (r.isConstant()) {
            // a bare value in the file: list it once, under the ramp's own name
            parameterList.subList(listed, parameterList.size()).clear();
            parameterList.add(new NamedParameter(name, r.to()));
        }
        return compiled;
    }

    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            map.put(ids[i], i);
        }
        return map;
    }

    /** Projects ordered so that every project comes after its dependencies (stable otherwise). */
    private static List<Project> dependencyOrder(List<Project> projects) {
        List<Project> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        while (out.size() < projects.size()) {
            for (Project p : projects) {
                if (!placed.contains(p.id()) && placed.containsAll(p.dependsOn())) {
                    out.add(p);
                    placed.add(p.id());
                }
            }
        }
        return out;
    }

    /** Mean of the monthly factors over the months each step covers (all 1 when none are given). */
    private static double[] seasonFactors(List<Double> monthly, int steps, int stepsPerYear) {
        double[] out = new double[steps];
        int monthsPerStep = 12 / stepsPerYear;
        for (int k = 0; k < steps; k++) {
            if (monthly.isEmpty()) {
                out[k] = 1;
                continue;
            }
            int first = (k % stepsPerYear) * monthsPerStep;
            double sum = 0;
            for (int i = 0; i < monthsPerStep; i++) {
                sum += monthly.get(first + i);
            }
            out[k] = sum / monthsPerStep;
        }
        return out;
    }

    static double[] cumulative(double[] probabilities) {
        double[] c = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += probabilities[i];
            c[i] = sum;
        }
        return c;
    }

    private static double[][] cumulativeRows(double[][] matrix) {
        double[][] out = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = cumulative(matrix[i]);
        }
        return out;
    }

    /** The index {@code i} of the first cumulative entry above {@code u}; the last positive state if rounding leaves none. */
    static int pick(double[] cumulative, double u) {
        int n = cumulative.length;
        for (int i = 0; i < n; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            if (cumulative[i] > cumulative[i - 1]) {
                return i;
            }
        }
        return 0;
    }
}
