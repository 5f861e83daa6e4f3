package dev.autarky.internal.engine;

import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.math.MarkovMatrices;
import dev.autarky.internal.random.Lxm;
import dev.autarky.scenario.RampShape;
import java.util.Arrays;

/**
 * Simulates one path at a time of a {@link CompiledScenario}, on arrays allocated once per
 * worker. Owned by one thread; {@link #simulate} allocates nothing.
 *
 * <p>A path is computed in passes over the whole time grid rather than step by step, because
 * everything but the stockpile depends only on the path's draws and the time: draw the inputs,
 * draw every per-step process (demand shocks, outages, regime states) from its keyed stream,
 * derive each project's timeline, then fill per-step arrays — demand, project and stage
 * capacities, domestic flow, supplier availability — and only then dispatch each material step
 * by step (the stockpile carries from one step to the next), book the ledger and evaluate the
 * criteria. The result is the same as evaluating the documented step order (docs/model.md), with
 * tight loops that the JIT compiles well.
 */
public final class PathKernel {

    private static final double KG_PER_TONNE = 1000;
    private static final double DAYS_PER_YEAR = 365;
    private static final long EXPONENT_BITS = 0x7ff0_0000_0000_0000L;
    private static final long EXPONENT_ONE = 1L << 52;

    private final CompiledScenario c;
    private final Lxm rng = new Lxm();
    private final int steps;
    private final int materials;
    private final int suppliers;

    /** Parameter vector of the current path. */
    final double[] p;
    /** Uniforms of the inputs of the current path (before the quantile transform). */
    final double[] u;

    // per-path derived values
    final double[] clockStart;
    final double[] operatingFrom;
    final int[] attemptsMade;
    final double[] conversion;
    final int[][] regimeState; // [regime][step]
    final double[][] shock; // [material][year]
    final double[][] outage; // [stage][step]
    final double[] capexPerAttempt;
    private final double[] rateScratch;
    private final double[] matrixScratch;
    private final double[] workScratch;
    private final double[][] pathStepCumulative;
    private final double[] rampScratch;

    // per-step arrays: [index][step]
    final double[][] demand; // t/yr
    final double[][] recycled; // t/yr
    final double[][] projectCapacity; // t/yr on the stage's basis
    final double[][] stageCapacity;
    final double[][] stageAvailability;
    final double[][] stageThroughput;
    final double[][] stageOutput;
    final double[] domesticTotal; // t/yr out of the last stage
    final double[][][] delta; // [material][supplier][step] deliverable fraction of the state in force
    final double[][][] priceFactor; // [material][supplier][step] price x multiplier, currency/kg
    final double[][][] available; // [material][supplier][step] t/yr (infinity: unlimited)
    final double[][][] delivered; // [material][supplier][step] tonnes in the step
    final double[][] basePrice; // [material][supplier] currency/kg
    final double[][] domesticUsed; // tonnes in the step
    final double[][] recycledUsed;
    final double[][] untrustedDelivered;
    final double[][] capability; // t/yr
    final double[][] release;
    final double[][] refill;
    final double[][] shortfall; // tonnes in the step
    final double[][] stock; // t at the end of the step
    final double[] capex; // currency in the step, undiscounted
    final double[] opex;
    final double[] imports;
    final double[] stockpileCost;
    final double[] shortageCost;
    final double[] recyclingCost;
    final double[] revenue;
    final double[] discount;
    private final double[] importsAtBase;
    // dispatch scratch, per step of the material being dispatched
    private final double[] remainingScratch;
    private final double[] afterTrustedScratch;
    private final double[] domSurplusScratch;
    private final double[] recSurplusScratch;
    private final double[] needAll;
    private final double[] untrustedAll;
    final boolean[][] criterionMet; // [criterion][step]
    final int[][] criterionRun;

    /** The outcome of the last path simulated. */
    public final PathOutcome outcome;

    /** A kernel for {@code compiled}; one per worker thread. */
    public PathKernel(CompiledScenario compiled) {
        this.c = compiled;
        steps = c.steps;
        materials = c.materialCount;
        suppliers = c.supplierCount;
        int k = steps;
        p = c.baseParameters.clone();
        u = new double[c.inputs.size()];
        clockStart = new double[c.projectCount];
        operatingFrom = new double[c.projectCount];
        attemptsMade = new int[c.projectCount];
        conversion = new double[c.stageCount];
        regimeState = new int[c.regimeCount][k];
        shock = new double[materials][c.years];
        outage = new double[c.stageCount][k];
        capexPerAttempt = new double[c.projectCount];
        int maxStates = 1;
        for (String[] states : c.regimeStates) {
            maxStates = Math.max(maxStates, states.length);
        }
        rateScratch = new double[maxStates * maxStates];
        matrixScratch = new double[maxStates * maxStates];
        workScratch = new double[MarkovMatrices.workLength(maxStates)];
        pathStepCumulative = new double[maxStates][maxStates];
        rampScratch = new double[k];
        demand = new double[materials][k];
        recycled = new double[materials][k];
        projectCapacity = new double[c.projectCount][k];
        stageCapacity = new double[c.stageCount][k];
        stageAvailability = new double[c.stageCount][k];
        stageThroughput = new double[c.stageCount][k];
        stageOutput = new double[c.stageCount][k];
        domesticTotal = new double[k];
        delta = new double[materials][suppliers][k];
        priceFactor = new double[materials][suppliers][k];
        available = new double[materials][suppliers][k];
        delivered = new double[materials][suppliers][k];
        basePrice = new double[materials][suppliers];
        domesticUsed = new double[materials][k];
        recycledUsed = new double[materials][k];
        untrustedDelivered = new double[materials][k];
        capability = new double[materials][k];
        release = new double[materials][k];
        refill = new double[materials][k];
        shortfall = new double[materials][k];
        stock = new double[materials][k];
        capex = new double[k];
        opex = new double[k];
        imports = new double[k];
        stockpileCost = new double[k];
        shortageCost = new double[k];
        recyclingCost = new double[k];
        revenue = new double[k];
        discount = new double[k];
        importsAtBase = new double[k];
        remainingScratch = new double[k];
        afterTrustedScratch = new double[k];
        domSurplusScratch = new double[k];
        recSurplusScratch = new double[k];
        needAll = new double[k];
        untrustedAll = new double[k];
        criterionMet = new boolean[c.criterionCount][k];
        criterionRun = new int[c.criterionCount][k];
        outcome = new PathOutcome(c.criterionCount, CompiledScenario.COSTS.size(), c.series.size(), k);
        inputSampler = c.plainDesign().sampler();
    }

    /** Draws the inputs' uniforms of each path under the run's sampling design (plain MC until set). */
    private InputDesign.Sampler inputSampler;

    /** Draws the inputs of the following paths under {@code design} (a design of this kernel's scenario). */
    public void useDesign(InputDesign design) {
        if (design.dimensions() != u.length) {
            throw new IllegalArgumentException("design for " + design.dimensions() + " inputs, scenario has " + u.length);
        }
        inputSampler = design.sampler();
    }

    /** Simulates path {@code path} of the run with {@code seed}; the result is in {@link #outcome}. */
    public void simulate(long seed, long path) {
        drawInputs(seed, path);
        simulateDrawn(seed, path);
    }

    /**
     * Simulates path {@code path} of the run with {@code seed} with the inputs' uniforms already in
     * {@link #u} (after any copula) instead of the design's: for analyses that choose the inputs
     * themselves (a Sobol design, an input held at a quantile) while the path's processes keep
     * their keyed streams. The result is in {@link #outcome}.
     */
    void simulateWithUniforms(long seed, long path) {
        applyQuantiles();
        simulateDrawn(seed, path);
    }

    private void simulateDrawn(long seed, long path) {
        drawProcesses(seed, path);
        preparePath();
        demandAndRecycling();
        domesticChain();
        supplierAvailability();
        clearStepSums();
        for (int m = 0; m < materials; m++) {
            dispatch(m);
        }
        ledger();
        criteria();
        requireFinite(seed, path);
    }

    /**
     * Fails the run if any series value or cost (other than a levelized cost, which is NaN by
     * definition on a path with no domestic output) is NaN or infinite. One pass of integer ORs
     * checks everything: adding one to the biggest exponent (all ones: NaN or infinity) carries
     * into the sign bit, any other exponent does not. Only when a value is not finite are the values
     * scanned again to name the first culprit.
     */
    private void requireFinite(long seed, long path) {
        final double[][] series = outcome.series;
        final double[] costs = outcome.costs;
        long carry = 0;
        for (double[] row : series) {
            for (int k = 0; k < steps; k++) {
                carry |= (Double.doubleToRawLongBits(row[k]) & EXPONENT_BITS) + EXPONENT_ONE;
            }
        }
        for (int i = 0; i < costs.length; i++) {
            if (i != CompiledScenario.COST_LCOS) {
                carry |= (Double.doubleToRawLongBits(costs[i]) & EXPONENT_BITS) + EXPONENT_ONE;
            }
        }
        if (carry >= 0) {
            return;
        }
        for (int s = 0; s < series.length; s++) {
            for (int k = 0; k < steps; k++) {
                if (!Double.isFinite(series[s][k])) {
                    throw new dev.autarky.engine.NumericalException(seed, path, k, "series." + c.series.get(s).name(),
                            series[s][k]);
                }
            }
        }
        for (int i = 0; i < costs.length; i++) {
            if (i != CompiledScenario.COST_LCOS && !Double.isFinite(costs[i])) {
                throw new dev.autarky.engine.NumericalException(seed, path, -1, "costs." + CompiledScenario.COSTS.get(i),
                        costs[i]);
            }
        }
    }

    /**
     * Draws every uncertain input: the design gives its uniform (under plain MC the first output of
     * its own (seed, path, input) stream; correlated through the copula if the scenario has one),
     * the input's quantile function its value.
     */
    private void drawInputs(long seed, long path) {
        inputSampler.fill(seed, path, u);
        applyQuantiles();
    }

    /** Turns the uniforms in {@link #u} into the inputs' values in the parameter vector. */
    private void applyQuantiles() {
        InputSpec[] inputs = c.inputArray;
        for (int i = 0; i < inputs.length; i++) {
            InputSpec in = inputs[i];
            p[in.slot()] = in.quantile().quantile(u[i]);
        }
    }

    /** Draws every per-step random process from its own (seed, path, channel) stream. */
    private void drawProcesses(long seed, long path) {
        for (int m = 0; m < materials; m++) {
            double[] row = shock[m];
            if (c.shockQuantile[m] == null) {
                Arrays.fill(row, c.shockFixed[m]);
            } else {
                rng.seed(seed, path, c.shockKey[m]);
                var q = c.shockQuantile[m];
                for (int y = 0; y < row.length; y++) {
                    row[y] = q.quantile(rng.nextOpenDouble());
                }
            }
        }
        for (int j = 0; j < c.stageCount; j++) {
            double[] row = outage[j];
            if (c.outageQuantile[j] == null) {
                Arrays.fill(row, c.outageFixed[j]);
            } else {
                rng.seed(seed, path, c.outageKey[j]);
                var q = c.outageQuantile[j];
                for (int k = 0; k < row.length; k++) {
                    row[k] = q.quantile(rng.nextOpenDouble());
                }
            }
        }
        for (int r = 0; r < c.regimeCount; r++) {
            double[][] rows = c.stepCumulative[r];
            if (rows == null) {
                rows = pathStepMatrix(r);
            }
            rng.seed(seed, path, c.regimeKey[r]);
            int[] states = regimeState[r];
            int state = CompiledScenario.pick(c.initialCumulative[r], rng.nextOpenDouble());
            states[0] = state;
            for (int k = 1; k < states.length; k++) {
                state = CompiledScenario.pick(rows[state], rng.nextOpenDouble());
                states[k] = state;
            }
        }
    }

    /** The cumulative per-step matrix of a regime whose rates were drawn for this path. */
    private double[][] pathStepMatrix(int r) {
        int n = c.regimeStates[r].length;
        int[] slots = c.rateSlots[r];
        for (int i = 0; i < n * n; i++) {
            rateScratch[i] = slots[i] < 0 ? 0 : p[slots[i]];
        }
        MarkovMatrices.stepMatrixFromRates(rateScratch, n, c.dt, matrixScratch, workScratch);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double[] row = pathStepCumulative[i];
            for (int j = 0; j < n; j++) {
                sum += matrixScratch[i * n + j];
                row[j] = sum;
            }
        }
        return pathStepCumulative;
    }

    /** Project timelines, conversion products and capital cost per attempt. */
    private void preparePath() {
        for (int j = 0; j < c.stageCount; j++) {
            double product = 1;
            for (int slot : c.conversionSlots[j]) {
                product *= p[slot];
            }
            conversion[j] = product;
        }
        for (int q = 0; q < c.projectCount; q++) {
            double start = 0;
            for (int d : c.dependsOn[q]) {
                start = Math.max(start, operatingFrom[d]);
            }
            clockStart[q] = start;
            if (start == Double.POSITIVE_INFINITY) {
                attemptsMade[q] = 0;
                operatingFrom[q] = Double.POSITIVE_INFINITY;
            } else {
                int needed = attemptsNeeded(p[c.successProbability[q]], p[c.outcomeSlot[q]]);
                int max = c.attempts[q];
                double lead = p[c.leadTime[q]];
                double cycle = lead + p[c.retryDelay[q]];
                double first = start + p[c.decisionDelay[q]];
                if (needed <= max) {
                    attemptsMade[q] = needed;
                    operatingFrom[q] = first + (needed - 1) * cycle + lead;
                } else {
                    attemptsMade[q] = max;
                    operatingFrom[q] = Double.POSITIVE_INFINITY;
                }
            }
            capexPerAttempt[q] = (p[c.fixedCapex[q]] + p[c.capexPerTonne[q]] * p[c.nameplate[q]]) * p[c.overrun[q]];
        }
    }

    /**
     * Attempts needed until the first success, a geometric variable by inversion of the path's
     * outcome uniform {@code v}: the first {@code k} with {@code v > (1 - p)^k}, so larger
     * {@code v} means earlier success. Returns {@code Integer.MAX_VALUE} when {@code p == 0}.
     */
    static int attemptsNeeded(double probability, double v) {
        if (probability >= 1) {
            return 1;
        }
        if (probability <= 0) {
            return Integer.MAX_VALUE;
        }
        // With v uniform on (0, 1): success on attempt k iff (1-p)^k < v <= (1-p)^(k-1).
        double k = Math.ceil(Math.log(v) / Math.log1p(-probability));
        return k < 1 ? 1 : k > Integer.MAX_VALUE - 1 ? Integer.MAX_VALUE : (int) k;
    }

    /** Demand and recycled supply, t/yr, for every material and step. */
    private void demandAndRecycling() {
        final double dt = c.dt;
        final int perYear = c.stepsPerYear;
        for (int m = 0; m < materials; m++) {
            final double[] d = demand[m];
            final double[] shocks = shock[m];
            final double base = p[c.demandBase[m]];
            final double growthStep = Math.pow(1 + p[c.demandGrowth[m]], dt);
            double growth = 1;
            // the year of step k is k / perYear, counted rather than divided (an integer division per step)
            for (int k = 0, year = 0, stepOfYear = 0; k < steps; k++) {
                d[k] = base * growth * shocks[year];
                growth *= growthStep;
                if (++stepOfYear == perYear) {
                    stepOfYear = 0;
                    year++;
                }
            }
            CompiledRamp substitution = c.substitution[m];
            if (substitution != null) {
                substitution.fill(p, dt, rampScratch);
                for (int k = 0; k < steps; k++) {
                    d[k] *= 1 - rampScratch[k];
                }
            }
            final double[] rec = recycled[m];
            CompiledRamp share = c.recyclingShare[m];
            if (share == null) {
                Arrays.fill(rec, 0);
            } else {
                share.fill(p, dt, rec);
                for (int k = 0; k < steps; k++) {
                    rec[k] *= d[k];
                }
            }
        }
    }

    /** Project capacities, stage flows and the domestic programme's costs. */
    private void domesticChain() {
        final double dt = c.dt;
        Arrays.fill(capex, 0);
        Arrays.fill(opex, 0);
        for (int j = 0; j < c.stageCount; j++) {
            Arrays.fill(stageCapacity[j], 0);
        }
        for (int q = 0; q < c.projectCount; q++) {
            final double[] cap = projectCapacity[q];
            final double on = operatingFrom[q];
            final double full = p[c.nameplate[q]] * p[c.plateau[q]];
            final double rampYears = p[c.rampYears[q]];
            final RampShape shape = c.rampShape[q];
            final double fixedOpexStep = p[c.fixedOpex[q]] * dt;
            final int stage = c.projectStage[q];
            for (int k = 0; k < steps; k++) {
                double t = k * dt;
                double value = 0;
                if (t >= on) {
                    double elapsed = t - on;
                    value = shape == RampShape.STEP || elapsed >= rampYears ? full
                            : full * shape.fraction(elapsed / rampYears);
                    opex[k] += fixedOpexStep;
                }
                cap[k] = value;
            }
            if (stage >= 0) {
                final double[] stageCap = stageCapacity[stage];
                for (int k = 0; k < steps; k++) {
                    stageCap[k] += cap[k];
                }
            }
            addCapex(q);
        }

        // flow stage by stage: the first stage has unlimited input
        for (int j = 0; j < c.stageCount; j++) {
            final double level = p[c.availabilityLevel[j]];
            final double[] season = c.season[j];
            final double[] out = outage[j];
            final double[] capJ = stageCapacity[j];
            final double[] avail = stageAvailability[j];
            final double[] through = stageThroughput[j];
            final double[] output = stageOutput[j];
            final double conv = conversion[j];
            final boolean inputBasis = c.inputBasis[j];
            final double[] upstream = j == 0 ? null : stageOutput[j - 1];
            for (int k = 0; k < steps; k++) {
                double a = level * season[k] * (1 - out[k]);
                avail[k] = a;
                double usable = capJ[k] * a;
                if (inputBasis) {
                    double in = upstream == null ? usable : Math.min(upstream[k], usable);
                    through[k] = in;
                    output[k] = conv * in;
                } else {
                    double o = upstream == null ? usable : Math.min(conv * upstream[k], usable);
                    through[k] = o;
                    output[k] = o;
                }
            }
        }
        if (c.stageCount == 0) {
            Arrays.fill(domesticTotal, 0);
        } else {
            System.arraycopy(stageOutput[c.stageCount - 1], 0, domesticTotal, 0, steps);
        }

        // operating cost per tonne, with learning on each project's cumulative throughput
        for (int q = 0; q < c.projectCount; q++) {
            final int stage = c.projectStage[q];
            final double unitOpex = p[c.opexPerTonne[q]];
            if (stage < 0 || unitOpex == 0 || operatingFrom[q] == Double.POSITIVE_INFINITY) {
                continue;
            }
            final double[] cap = projectCapacity[q];
            final double[] stageCap = stageCapacity[stage];
            final double[] through = stageThroughput[stage];
            final double reference = p[c.nameplate[q]];
            final double lr = p[c.learningRate[q]];
            final double exponent = lr == 0 ? 0 : Math.log(1 - lr) / Math.log(2);
            double cumulative = 0;
            for (int k = 0; k < steps; k++) {
                if (cap[k] == 0) {
                    continue;
                }
                double tonnes = through[k] * (cap[k] / stageCap[k]) * dt;
                double learning = exponent != 0 && cumulative > reference ? Math.pow(cumulative / reference, exponent) : 1;
                opex[k] += unitOpex * learning * tonnes;
                cumulative += tonnes;
            }
        }
    }

    /** Capital spent on project {@code q}: each attempt spread evenly over its lead time. */
    private void addCapex(int q) {
        final int made = attemptsMade[q];
        final double amount = capexPerAttempt[q];
        if (made == 0 || amount == 0) {
            return;
        }
        final double dt = c.dt;
        final double lead = p[c.leadTime[q]];
        final double cycle = lead + p[c.retryDelay[q]];
        final double first = clockStart[q] + p[c.decisionDelay[q]];
        for (int a = 0; a < made; a++) {
            double begin = first + a * cycle;
            if (lead == 0) {
                int k = (int) Math.floor(begin / dt);
                // the step whose [t, t + dt) contains begin; guard against rounding at step edges
                while (k > 0 && k * dt > begin) {
                    k--;
                }
                while ((k + 1) * dt <= begin) {
                    k++;
                }
                if (k < steps) {
                    capex[k] += amount;
                }
                continue;
            }
            double end = begin + lead;
            int firstStep = Math.max(0, (int) Math.floor(begin / dt) - 1);
            for (int k = firstStep; k < steps; k++) {
                double t = k * dt;
                if (t >= end) {
                    break;
                }
                double overlap = Math.min(t + dt, end) - Math.max(t, begin);
                if (overlap > 0) {
                    capex[k] += amount * overlap / lead;
                }
            }
        }
    }

    /** What each supplier can deliver of each material at each step, and at what price. */
    private void supplierAvailability() {
        final double dt = c.dt;
        for (int s = 0; s < suppliers; s++) {
            final int r = c.supplierRegime[s];
            final int[] states = r < 0 ? null : regimeState[r];
            for (int m = 0; m < materials; m++) {
                final double[] d = delta[m][s];
                final double[] price = priceFactor[m][s];
                final double[] avail = available[m][s];
                if (!c.supplies[s][m]) {
                    Arrays.fill(d, 0);
                    Arrays.fill(price, 0);
                    Arrays.fill(avail, 0);
                    basePrice[m][s] = 0;
                    continue;
                }
                final int[] deliverSlots = c.deliverable[s][m];
                final int[] multiplierSlots = c.priceMultiplier[s][m];
                final double base = p[c.supplierPrice[s][m]];
                basePrice[m][s] = base;
                for (int k = 0; k < steps; k++) {
                    int state = states == null ? 0 : states[k];
                    d[k] = p[deliverSlots[state]];
                    price[k] = base * p[multiplierSlots[state]];
                }
                if (c.unlimited[s][m]) {
                    for (int k = 0; k < steps; k++) {
                        avail[k] = d[k] > 0 ? Double.POSITIVE_INFINITY : 0;
                    }
                } else {
                    final double realisation = p[c.realisation[s][m]];
                    c.capacity[s][m].fill(p, dt, avail);
                    for (int k = 0; k < steps; k++) {
                        avail[k] = avail[k] * realisation * d[k];
                    }
                }
            }
        }
    }

    /**
     * Dispatch of one material, step by step (the stockpile carries over): domestic output,
     * recycling, trusted then untrusted suppliers, stockpile release, shortfall; then refill.
     * Money is in currency per step, undiscounted.
     */
    private void dispatch(int m) {
        final double dt = c.dt;
        final double[] d = demand[m];
        final double[] rec = recycled[m];
        final double composition = c.composition[m];
        final boolean hasStockpile = c.hasStockpile[m];
        final double maxRelease = hasStockpile ? p[c.stockMaxRelease[m]] * dt : 0;
        final double maxRefill = hasStockpile ? p[c.stockMaxRefill[m]] * dt : 0;
        final double targetYears = hasStockpile ? p[c.stockTargetDays[m]] / DAYS_PER_YEAR : 0;
        final double holding = hasStockpile ? p[c.stockHolding[m]] * KG_PER_TONNE * dt : 0;
        final boolean refillUntrusted = c.stockRefillUntrusted[m];
        final double recCost = c.recyclingShare[m] == null ? 0 : p[c.recyclingCost[m]] * KG_PER_TONNE;
        final double penalty = p[c.penaltySlot[m]] * KG_PER_TONNE;
        final double marketPrice = p[c.priceSlot[m]] * KG_PER_TONNE;
        final boolean[] trusted = c.trusted;
        final boolean[] unlimited = c.unlimitedByMaterial[m];
        final double[][] availableM = available[m];
        final double[][] deltaM = delta[m];
        final double[][] priceM = priceFactor[m];
        final double[][] deliveredM = delivered[m];
        final double[] basePriceM = basePrice[m];
        final double[] domUsedRow = domesticUsed[m];
        final double[] recUsedRow = recycledUsed[m];
        final double[] untrustedRow = untrustedDelivered[m];
        final double[] capabilityRow = capability[m];
        final double[] releaseRow = release[m];
        final double[] refillRow = refill[m];
        final double[] shortfallRow = shortfall[m];
        final double[] stockRow = stock[m];
        final double[][] series = outcome.series;
        final double[] untrustedShare = series[c.seriesUntrustedShare + m];
        final double[] domesticShare = series[c.seriesDomesticShare + m];
        final double[] shortfallRate = series[c.seriesShortfall + m];
        final double[] stockSeries = series[c.seriesStockpile + m];
        final double[] domesticOut = series[c.seriesDomesticOutput + m];
        final double[] capabilityShare = series[c.seriesCapability + m];

        // Domestic output and recycling first, then the suppliers in order; a pass over the steps
        // for each, since nothing here depends on the stockpile (it comes after the suppliers).
        final double[] remainingRow = remainingScratch;
        final double[] afterTrustedRow = afterTrustedScratch;
        final double[] domSurplusRow = domSurplusScratch;
        final double[] recSurplusRow = recSurplusScratch;
        for (int k = 0; k < steps; k++) {
            final double need = d[k] * dt;
            final double dom = domesticTotal[k] * composition;
            final double domTonnes = dom * dt;
            final double used = Math.min(domTonnes, need);
            final double recTonnes = rec[k] * dt;
            final double recUsed = Math.min(recTonnes, need - used);
            domUsedRow[k] = used;
            recUsedRow[k] = recUsed;
            domSurplusRow[k] = domTonnes - used;
            recSurplusRow[k] = recTonnes - recUsed;
            remainingRow[k] = need - used - recUsed;
            afterTrustedRow[k] = remainingRow[k];
            recyclingCost[k] += recTonnes * recCost;
            capabilityRow[k] = dom + rec[k];
        }
        // trusted suppliers come first; what the untrusted ones deliver is the difference of the
        // remainder before and after them, hence never more than the need (monotone rounding)
        for (int s = 0; s < suppliers; s++) {
            final double[] availS = availableM[s];
            final double[] deltaS = deltaM[s];
            final double[] priceS = priceM[s];
            final double[] deliveredS = deliveredM[s];
            final double basePriceS = basePriceM[s];
            final boolean unlimitedS = unlimited[s];
            final boolean trustedS = trusted[s];
            for (int k = 0; k < steps; k++) {
                final double remaining = remainingRow[k];
                final double avail = availS[k];
                final double take = unlimitedS ? deltaS[k] * remaining : Math.min(avail * dt, remaining);
                deliveredS[k] = take;
                remainingRow[k] = remaining - take;
                if (take > 0) {
                    imports[k] += take * priceS[k] * KG_PER_TONNE;
                    importsAtBase[k] += take * basePriceS * KG_PER_TONNE;
                }
                if (trustedS) {
                    capabilityRow[k] += avail;
                    afterTrustedRow[k] = remaining - take;
                }
            }
        }

        double stockLevel = hasStockpile ? p[c.stockInitialDays[m]] / DAYS_PER_YEAR * d[0] : 0;
        for (int k = 0; k < steps; k++) {
            final double dk = d[k];
            final double need = dk * dt;
            final double dom = domesticTotal[k] * composition;
            final double used = domUsedRow[k];
            final double recUsed = recUsedRow[k];
            double remaining = remainingRow[k];
            double domSurplus = domSurplusRow[k];
            double recSurplus = recSurplusRow[k];
            final double capable = capabilityRow[k];
            final double untrusted = afterTrustedRow[k] - remaining;

            double rel = 0;
            double ref = 0;
            if (hasStockpile) {
                rel = Math.min(Math.min(stockLevel, maxRelease), remaining);
                stockLevel -= rel;
                remaining -= rel;
                double want = Math.min(Math.max(targetYears * dk - stockLevel, 0), maxRefill);
                if (want > 0) {
                    double fromDom = Math.min(want, domSurplus);
                    domSurplus -= fromDom;
                    double fromRec = Math.min(want - fromDom, recSurplus);
                    recSurplus -= fromRec;
                    ref = fromDom + fromRec;
                    for (int s = 0; s < suppliers && ref < want; s++) {
                        if (!trusted[s] && !refillUntrusted) {
                            continue;
                        }
                        double left = want - ref;
                        double buy = unlimited[s] ? deltaM[s][k] * left
                                : Math.min(Math.max(availableM[s][k] * dt - deliveredM[s][k], 0), left);
                        if (buy > 0) {
                            ref += buy;
                            stockpileCost[k] += buy * priceM[s][k] * KG_PER_TONNE;
                        }
                    }
                    stockLevel += ref;
                }
                stockpileCost[k] += stockLevel * holding;
            }
            shortageCost[k] += remaining * penalty;
            revenue[k] += (domSurplus + recSurplus) * marketPrice;

            untrustedRow[k] = untrusted;
            releaseRow[k] = rel;
            refillRow[k] = ref;
            shortfallRow[k] = remaining;
            stockRow[k] = stockLevel;
            needAll[k] += need;
            untrustedAll[k] += untrusted;

            untrustedShare[k] = need > 0 ? untrusted / need : 0;
            domesticShare[k] = need > 0 ? used / need : 0;
            // debug runs (-ea) check the shares' bounds; NaN is left to requireFinite, which names the path
            assert !(untrustedShare[k] < 0 || untrustedShare[k] > 1) : "untrusted share " + untrustedShare[k];
            assert !(domesticShare[k] < 0 || domesticShare[k] > 1) : "domestic share " + domesticShare[k];
            assert !(remaining < -1e-9 * need || stockLevel < 0) : "negative shortfall or stock";
            shortfallRate[k] = remaining / dt;
            stockSeries[k] = stockLevel;
            domesticOut[k] = dom;
            capabilityShare[k] = dk > 0 ? Math.min(1, capable / dk) : 1;
        }
    }

    /** The per-step sums that every material's dispatch adds to start afresh. */
    private void clearStepSums() {
        Arrays.fill(imports, 0);
        Arrays.fill(importsAtBase, 0);
        Arrays.fill(stockpileCost, 0);
        Arrays.fill(shortageCost, 0);
        Arrays.fill(recyclingCost, 0);
        Arrays.fill(revenue, 0);
        Arrays.fill(needAll, 0);
        Arrays.fill(untrustedAll, 0);
    }

    /** Discounting, the cost outcomes, and the aggregate series. */
    private void ledger() {
        final PathOutcome out = outcome;
        final double[] costs = out.costs;
        final double discountStep = Math.pow(1 + p[c.discountSlot], -c.dt);
        final double[] untrustedShareAll = out.series[c.seriesUntrustedShareAll];
        final double[] priceIndex = out.series[c.seriesPriceIndex];
        final double[] cumulative = out.series[c.seriesCumulativeCost];
        double df = 1;
        double capexPv = 0;
        double opexPv = 0;
        double importsPv = 0;
        double stockpilePv = 0;
        double shortagePv = 0;
        double recyclingPv = 0;
        double revenuePv = 0;
        double systemPv = 0;
        double outputPv = 0;
        for (int k = 0; k < steps; k++) {
            discount[k] = df;
            capexPv += df * capex[k];
            opexPv += df * opex[k];
            importsPv += df * imports[k];
            stockpilePv += df * stockpileCost[k];
            shortagePv += df * shortageCost[k];
            recyclingPv += df * recyclingCost[k];
            revenuePv += df * revenue[k];
            double system = capex[k] + opex[k] + imports[k] + stockpileCost[k] + shortageCost[k] + recyclingCost[k]
                    - revenue[k];
            systemPv += df * system;
            outputPv += df * domesticTotal[k] * c.dt;
            cumulative[k] = systemPv;
            untrustedShareAll[k] = needAll[k] > 0 ? untrustedAll[k] / needAll[k] : 0;
            priceIndex[k] = importsAtBase[k] > 0 ? imports[k] / importsAtBase[k] : 1;
            df *= discountStep;
        }
        costs[CompiledScenario.COST_CAPEX] = capexPv;
        costs[CompiledScenario.COST_OPEX] = opexPv;
        costs[CompiledScenario.COST_IMPORTS] = importsPv;
        costs[CompiledScenario.COST_STOCKPILE] = stockpilePv;
        costs[CompiledScenario.COST_SHORTAGE] = shortagePv;
        costs[CompiledScenario.COST_RECYCLING] = recyclingPv;
        costs[CompiledScenario.COST_REVENUE] = revenuePv;
        costs[CompiledScenario.COST_SYSTEM] = systemPv;
        costs[CompiledScenario.COST_LCOS] = outputPv > 0 ? (capexPv + opexPv) / (outputPv * KG_PER_TONNE) : Double.NaN;
    }

    /** Each criterion per step, and the first step of its first run of K met steps. */
    private void criteria() {
        final double dt = c.dt;
        for (int cr = 0; cr < c.criterionCount; cr++) {
            final boolean[] met = criterionMet[cr];
            Arrays.fill(met, true);
            final double x = c.threshold[cr];
            for (int m = 0; m < materials; m++) {
                if (!c.criterionMaterials[cr][m]) {
                    continue;
                }
                final double[] d = demand[m];
                switch (c.criterionKind[cr]) {
                    case CAPABILITY -> {
                        final double[] capable = capability[m];
                        for (int k = 0; k < steps; k++) {
                            met[k] &= d[k] <= 0 | capable[k] >= x * d[k];
                        }
                    }
                    case UNTRUSTED_SHARE -> {
                        final double[] untrusted = untrustedDelivered[m];
                        final double[] short_ = shortfall[m];
                        for (int k = 0; k < steps; k++) {
                            met[k] &= d[k] <= 0 | untrusted[k] <= x * d[k] * dt & short_[k] == 0;
                        }
                    }
                    case DOMESTIC_SHARE -> {
                        final double[] used = domesticUsed[m];
                        for (int k = 0; k < steps; k++) {
                            met[k] &= d[k] <= 0 | used[k] >= x * d[k] * dt;
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            final int needed = c.consecutive[cr];
            final int[] runs = criterionRun[cr];
            int run = 0;
            int first = -1;
            for (int k = 0; k < steps; k++) {
                run = met[k] ? run + 1 : 0;
                runs[k] = run;
                if (run == needed && first < 0) {
                    first = k - needed + 1;
                }
            }
            outcome.timeToSelfReliance[cr] = first;
        }
    }
}
