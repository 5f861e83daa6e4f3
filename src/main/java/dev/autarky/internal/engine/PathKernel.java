package dev.autarky.internal.engine;

import dev.autarky.internal.math.MarkovMatrices;
import dev.autarky.internal.random.Lxm;
import dev.autarky.internal.random.StreamKeys;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.RampShape;

/**
 * Simulates one path at a time of a {@link CompiledScenario}, on arrays allocated once per
 * worker. Owned by one thread; {@link #simulate} allocates nothing.
 *
 * <p>Order of work in a path: draw the inputs, draw every per-step process (demand shocks,
 * outages, regime states) from its keyed stream, derive each project's timeline, then step
 * through time. Within step {@code k} (time {@code t = k / stepsPerYear} years): demand, domestic
 * flow, recycling, supplier availability, dispatch (domestic, recycling, trusted, untrusted,
 * stockpile release, shortfall), stockpile refill, ledger, series, criteria. Every flow is
 * evaluated with the state at the start of the step and discounted to the start of the step.
 */
public final class PathKernel {

    private static final double KG_PER_TONNE = 1000;
    private static final double DAYS_PER_YEAR = 365;

    private final CompiledScenario c;
    private final Lxm rng = new Lxm();

    /** Parameter vector of the current path. */
    final double[] p;
    /** Uniforms of the inputs of the current path (before the quantile transform). */
    final double[] u;

    // per-path derived
    final double[] clockStart;
    final double[] operatingFrom;
    final int[] attemptsMade;
    final double[] conversion;
    final int[][] regimeState;
    final double[][] shock;
    final double[][] outage;
    final double[] stepGrowth;
    final double[] learningExponent;
    final double[] capexPerAttempt;
    private final double[] rateScratch;
    private final double[] matrixScratch;
    private final double[] workScratch;
    private final double[][] pathStepCumulative; // [maxStates] rows reused per regime

    // per-step state (public to the trace recorder in this package)
    final double[] demand;
    final double[] growthFactor;
    final double[] projectCapacity;
    final double[] stageCapacity;
    final double[] stageAvailability;
    final double[] stageThroughput;
    final double[] stageOutput;
    final double[] domesticOutput;
    final double[] recycled;
    final double[] domesticUsed;
    final double[] recycledUsed;
    final double[][] delivered; // [s][m] tonnes in the step
    final double[][] available; // [s][m] t/yr after realisation and regime
    final double[] untrustedDelivered;
    final double[] trustedCapability;
    final double[] release;
    final double[] refill;
    final double[] shortfall;
    final double[] stock;
    final double[] cumulativeThroughput;
    final boolean[] criterionMet;
    final int[] run;
    double stepCapex;
    double stepOpex;
    double stepImports;
    double stepStockpile;
    double stepShortage;
    double stepRecycling;
    double stepRevenue;
    double discount;

    /** The outcome of the last path simulated. */
    public final PathOutcome outcome;

    /** A kernel for {@code compiled}; one per worker thread. */
    public PathKernel(CompiledScenario compiled) {
        this.c = compiled;
        int m = c.materialCount;
        int s = c.supplierCount;
        p = c.baseParameters.clone();
        u = new double[c.inputs.size()];
        clockStart = new double[c.projectCount];
        operatingFrom = new double[c.projectCount];
        attemptsMade = new int[c.projectCount];
        conversion = new double[c.stageCount];
        regimeState = new int[c.regimeCount][c.steps];
        shock = new double[m][c.years];
        outage = new double[c.stageCount][c.steps];
        stepGrowth = new double[m];
        learningExponent = new double[c.projectCount];
        capexPerAttempt = new double[c.projectCount];
        int maxStates = 1;
        for (String[] states : c.regimeStates) {
            maxStates = Math.max(maxStates, states.length);
        }
        rateScratch = new double[maxStates * maxStates];
        matrixScratch = new double[maxStates * maxStates];
        workScratch = new double[MarkovMatrices.workLength(maxStates)];
        pathStepCumulative = new double[maxStates][maxStates];
        demand = new double[m];
        growthFactor = new double[m];
        projectCapacity = new double[c.projectCount];
        stageCapacity = new double[c.stageCount];
        stageAvailability = new double[c.stageCount];
        stageThroughput = new double[c.stageCount];
        stageOutput = new double[c.stageCount];
        domesticOutput = new double[m];
        recycled = new double[m];
        domesticUsed = new double[m];
        recycledUsed = new double[m];
        delivered = new double[s][m];
        available = new double[s][m];
        untrustedDelivered = new double[m];
        trustedCapability = new double[m];
        release = new double[m];
        refill = new double[m];
        shortfall = new double[m];
        stock = new double[m];
        cumulativeThroughput = new double[c.projectCount];
        criterionMet = new boolean[c.criterionCount];
        run = new int[c.criterionCount];
        outcome = new PathOutcome(c.criterionCount, CompiledScenario.COSTS.size(), c.series.size(), c.steps);
    }

    /** Simulates path {@code path} of the run with {@code seed}; the result is in {@link #outcome}. */
    public void simulate(long seed, long path) {
        simulate(seed, path, null);
    }

    void simulate(long seed, long path, TraceRecorder trace) {
        drawInputs(seed, path);
        drawProcesses(seed, path);
        preparePath();
        stepThrough(trace);
    }

    /** Draws every uncertain input from its own (seed, path, input) stream. */
    private void drawInputs(long seed, long path) {
        var inputs = c.inputs;
        for (int i = 0; i < u.length; i++) {
            InputSpec in = inputs.get(i);
            double ui = StreamKeys.inputUniform(seed, path, in.key());
            u[i] = ui;
            p[in.slot()] = in.quantile().quantile(ui);
        }
    }

    /** Draws every per-step random process from its own (seed, path, channel) stream. */
    private void drawProcesses(long seed, long path) {
        for (int m = 0; m < c.materialCount; m++) {
            double[] row = shock[m];
            if (c.shockQuantile[m] == null) {
                java.util.Arrays.fill(row, c.shockFixed[m]);
            } else {
                rng.seed(seed, path, c.shockKey[m]);
                for (int y = 0; y < row.length; y++) {
                    row[y] = c.shockQuantile[m].quantile(rng.nextOpenDouble());
                }
            }
        }
        for (int j = 0; j < c.stageCount; j++) {
            double[] row = outage[j];
            if (c.outageQuantile[j] == null) {
                java.util.Arrays.fill(row, c.outageFixed[j]);
            } else {
                rng.seed(seed, path, c.outageKey[j]);
                for (int k = 0; k < row.length; k++) {
                    row[k] = c.outageQuantile[j].quantile(rng.nextOpenDouble());
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

    /** Project timelines, conversion products and per-path constants. */
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
            double lr = p[c.learningRate[q]];
            learningExponent[q] = lr == 0 ? 0 : Math.log(1 - lr) / Math.log(2);
            capexPerAttempt[q] = (p[c.fixedCapex[q]] + p[c.capexPerTonne[q]] * p[c.nameplate[q]]) * p[c.overrun[q]];
            cumulativeThroughput[q] = 0;
        }
        for (int m = 0; m < c.materialCount; m++) {
            stepGrowth[m] = Math.pow(1 + p[c.demandGrowth[m]], c.dt);
            growthFactor[m] = 1;
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

    private void stepThrough(TraceRecorder trace) {
        final CompiledScenario c = this.c;
        final double[] p = this.p;
        final double dt = c.dt;
        final int materials = c.materialCount;
        final PathOutcome out = outcome;
        out.reset();
        double discountStep = Math.pow(1 + p[c.discountSlot], -dt);
        discount = 1;
        double cumulativeCost = 0;
        double pvDomesticCost = 0;
        double pvDomesticOutput = 0;
        for (int m = 0; m < materials; m++) {
            stock[m] = 0;
        }
        java.util.Arrays.fill(run, 0);

        for (int k = 0; k < c.steps; k++) {
            final double t = k * dt;
            final int year = k / c.stepsPerYear;

            // demand, t/yr
            for (int m = 0; m < materials; m++) {
                double d = p[c.demandBase[m]] * growthFactor[m] * shock[m][year];
                CompiledRamp sub = c.substitution[m];
                if (sub != null) {
                    d *= 1 - sub.valueAt(p, t);
                }
                demand[m] = d;
                if (k == 0 && c.hasStockpile[m]) {
                    stock[m] = p[c.stockInitialDays[m]] / DAYS_PER_YEAR * d;
                }
            }

            // domestic chain, t/yr
            stepCapex = 0;
            stepOpex = 0;
            java.util.Arrays.fill(stageCapacity, 0);
            for (int q = 0; q < c.projectCount; q++) {
                stepCapex += capexInStep(q, t, dt);
                double cap = 0;
                double on = operatingFrom[q];
                if (t >= on) {
                    double full = p[c.nameplate[q]] * p[c.plateau[q]];
                    double years = p[c.rampYears[q]];
                    double elapsed = t - on;
                    RampShape shape = c.rampShape[q];
                    cap = shape == RampShape.STEP || elapsed >= years ? full : full * shape.fraction(elapsed / years);
                    stepOpex += p[c.fixedOpex[q]] * dt;
                }
                projectCapacity[q] = cap;
                int stage = c.projectStage[q];
                if (stage >= 0) {
                    stageCapacity[stage] += cap;
                }
            }
            double flow = 0;
            for (int j = 0; j < c.stageCount; j++) {
                double a = p[c.availabilityLevel[j]] * c.season[j][k] * (1 - outage[j][k]);
                stageAvailability[j] = a;
                double usable = stageCapacity[j] * a;
                double conv = conversion[j];
                double throughput;
                if (c.inputBasis[j]) {
                    throughput = j == 0 ? usable : Math.min(flow, usable);
                    flow = conv * throughput;
                } else {
                    flow = j == 0 ? usable : Math.min(conv * flow, usable);
                    throughput = flow;
                }
                stageThroughput[j] = throughput;
                stageOutput[j] = flow;
            }
            for (int q = 0; q < c.projectCount; q++) {
                int stage = c.projectStage[q];
                if (stage < 0 || projectCapacity[q] == 0) {
                    continue;
                }
                double share = stageThroughput[stage] * (projectCapacity[q] / stageCapacity[stage]) * dt;
                double learning = 1;
                double reference = p[c.nameplate[q]];
                if (learningExponent[q] != 0 && cumulativeThroughput[q] > reference) {
                    learning = Math.pow(cumulativeThroughput[q] / reference, learningExponent[q]);
                }
                stepOpex += p[c.opexPerTonne[q]] * learning * share;
                cumulativeThroughput[q] += share;
            }
            double domesticTotal = c.stageCount == 0 ? 0 : stageOutput[c.stageCount - 1];

            // suppliers: what each can deliver this step, t/yr
            for (int s = 0; s < c.supplierCount; s++) {
                int r = c.supplierRegime[s];
                int state = r < 0 ? 0 : regimeState[r][k];
                for (int m = 0; m < materials; m++) {
                    double delta = p[c.deliverable[s][m][state]];
                    if (c.unlimited[s][m]) {
                        available[s][m] = delta > 0 ? Double.POSITIVE_INFINITY : 0;
                    } else if (c.supplies[s][m]) {
                        available[s][m] = c.capacity[s][m].valueAt(p, t) * p[c.realisation[s][m]] * delta;
                    } else {
                        available[s][m] = 0;
                    }
                }
            }

            // dispatch per material
            stepImports = 0;
            stepStockpile = 0;
            stepShortage = 0;
            stepRecycling = 0;
            stepRevenue = 0;
            double needAll = 0;
            double untrustedAll = 0;
            double paidAll = 0;
            double basePaidAll = 0;
            for (int m = 0; m < materials; m++) {
                double d = demand[m];
                double need = d * dt;
                double dom = domesticTotal * c.composition[m];
                domesticOutput[m] = dom;
                double domTonnes = dom * dt;
                double used = Math.min(domTonnes, need);
                domesticUsed[m] = used;
                double remaining = need - used;
                double domSurplus = domTonnes - used;

                double rec = 0;
                CompiledRamp recShare = c.recyclingShare[m];
                if (recShare != null) {
                    rec = recShare.valueAt(p, t) * d;
                    stepRecycling += rec * dt * p[c.recyclingCost[m]] * KG_PER_TONNE;
                }
                recycled[m] = rec;
                double recTonnes = rec * dt;
                double recUsed = Math.min(recTonnes, remaining);
                recycledUsed[m] = recUsed;
                remaining -= recUsed;
                double recSurplus = recTonnes - recUsed;

                double capability = dom + rec;
                double untrusted = 0;
                for (int s = 0; s < c.supplierCount; s++) {
                    double avail = available[s][m];
                    int r = c.supplierRegime[s];
                    int state = r < 0 ? 0 : regimeState[r][k];
                    double take;
                    if (c.unlimited[s][m]) {
                        take = p[c.deliverable[s][m][state]] * remaining;
                    } else {
                        take = Math.min(avail * dt, remaining);
                    }
                    delivered[s][m] = take;
                    remaining -= take;
                    if (take > 0) {
                        double base = take * p[c.supplierPrice[s][m]] * KG_PER_TONNE;
                        double paid = base * p[c.priceMultiplier[s][m][state]];
                        stepImports += paid;
                        paidAll += paid;
                        basePaidAll += base;
                    }
                    if (c.trusted[s]) {
                        capability += avail;
                    } else {
                        untrusted += take;
                    }
                }
                trustedCapability[m] = capability;
                untrustedDelivered[m] = untrusted;

                double rel = 0;
                double ref = 0;
                if (c.hasStockpile[m]) {
                    rel = Math.min(Math.min(stock[m], p[c.stockMaxRelease[m]] * dt), remaining);
                    stock[m] -= rel;
                    remaining -= rel;
                    double target = p[c.stockTargetDays[m]] / DAYS_PER_YEAR * d;
                    double want = Math.min(Math.max(target - stock[m], 0), p[c.stockMaxRefill[m]] * dt);
                    if (want > 0) {
                        double fromDom = Math.min(want, domSurplus);
                        domSurplus -= fromDom;
                        double fromRec = Math.min(want - fromDom, recSurplus);
                        recSurplus -= fromRec;
                        ref = fromDom + fromRec;
                        for (int s = 0; s < c.supplierCount && ref < want; s++) {
                            if (!c.trusted[s] && !c.stockRefillUntrusted[m]) {
                                continue;
                            }
                            int r = c.supplierRegime[s];
                            int state = r < 0 ? 0 : regimeState[r][k];
                            double left = want - ref;
                            double buy = c.unlimited[s][m] ? p[c.deliverable[s][m][state]] * left
                                    : Math.min(Math.max(available[s][m] * dt - delivered[s][m], 0), left);
                            if (buy > 0) {
                                ref += buy;
                                stepStockpile += buy * p[c.supplierPrice[s][m]] * p[c.priceMultiplier[s][m][state]]
                                        * KG_PER_TONNE;
                            }
                        }
                        stock[m] += ref;
                    }
                    stepStockpile += stock[m] * p[c.stockHolding[m]] * KG_PER_TONNE * dt;
                }
                release[m] = rel;
                refill[m] = ref;
                shortfall[m] = remaining;
                stepShortage += remaining * p[c.penaltySlot[m]] * KG_PER_TONNE;
                stepRevenue += (domSurplus + recSurplus) * p[c.priceSlot[m]] * KG_PER_TONNE;

                needAll += need;
                untrustedAll += untrusted;
                out.series[c.seriesUntrustedShare + m][k] = need > 0 ? untrusted / need : 0;
                out.series[c.seriesDomesticShare + m][k] = need > 0 ? used / need : 0;
                out.series[c.seriesShortfall + m][k] = remaining / dt;
                out.series[c.seriesStockpile + m][k] = stock[m];
                out.series[c.seriesDomesticOutput + m][k] = dom;
                out.series[c.seriesCapability + m][k] = d > 0 ? Math.min(1, capability / d) : 1;
            }

            // ledger, discounted to the start of the first step
            double stepSystem = stepCapex + stepOpex + stepImports + stepStockpile + stepShortage + stepRecycling
                    - stepRevenue;
            out.costs[CompiledScenario.COST_CAPEX] += discount * stepCapex;
            out.costs[CompiledScenario.COST_OPEX] += discount * stepOpex;
            out.costs[CompiledScenario.COST_IMPORTS] += discount * stepImports;
            out.costs[CompiledScenario.COST_STOCKPILE] += discount * stepStockpile;
            out.costs[CompiledScenario.COST_SHORTAGE] += discount * stepShortage;
            out.costs[CompiledScenario.COST_RECYCLING] += discount * stepRecycling;
            out.costs[CompiledScenario.COST_REVENUE] += discount * stepRevenue;
            cumulativeCost += discount * stepSystem;
            pvDomesticCost += discount * (stepCapex + stepOpex);
            pvDomesticOutput += discount * domesticTotal * dt;
            out.series[c.seriesUntrustedShareAll][k] = needAll > 0 ? untrustedAll / needAll : 0;
            out.series[c.seriesPriceIndex][k] = basePaidAll > 0 ? paidAll / basePaidAll : 1;
            out.series[c.seriesCumulativeCost][k] = cumulativeCost;

            // criteria
            for (int cr = 0; cr < c.criterionCount; cr++) {
                boolean met = true;
                CriterionKind kind = c.criterionKind[cr];
                double x = c.threshold[cr];
                for (int m = 0; m < materials && met; m++) {
                    if (!c.criterionMaterials[cr][m] || demand[m] <= 0) {
                        continue;
                    }
                    double need = demand[m] * dt;
                    met = switch (kind) {
                        case CAPABILITY -> trustedCapability[m] >= x * demand[m];
                        case UNTRUSTED_SHARE -> untrustedDelivered[m] <= x * need && shortfall[m] == 0;
                        case DOMESTIC_SHARE -> domesticUsed[m] >= x * need;
                    };
                }
                criterionMet[cr] = met;
                run[cr] = met ? run[cr] + 1 : 0;
                if (run[cr] == c.consecutive[cr] && out.timeToSelfReliance[cr] < 0) {
                    out.timeToSelfReliance[cr] = k - c.consecutive[cr] + 1;
                }
            }

            if (trace != null) {
                trace.capture(k, this);
            }

            // advance to the next step
            discount *= discountStep;
            for (int m = 0; m < materials; m++) {
                growthFactor[m] *= stepGrowth[m];
            }
        }
        out.costs[CompiledScenario.COST_SYSTEM] = cumulativeCost;
        out.costs[CompiledScenario.COST_LCOS] = pvDomesticOutput > 0
                ? pvDomesticCost / (pvDomesticOutput * KG_PER_TONNE) : Double.NaN;
    }

    /** Capital spent on project {@code q} in the step {@code [t, t + dt)}: attempts spread evenly over their lead time. */
    private double capexInStep(int q, double t, double dt) {
        int made = attemptsMade[q];
        if (made == 0 || capexPerAttempt[q] == 0) {
            return 0;
        }
        double lead = p[c.leadTime[q]];
        double cycle = lead + p[c.retryDelay[q]];
        double first = clockStart[q] + p[c.decisionDelay[q]];
        double amount = 0;
        for (int a = 0; a < made; a++) {
            double begin = first + a * cycle;
            if (begin >= t + dt) {
                break;
            }
            if (lead == 0) {
                amount += begin >= t ? capexPerAttempt[q] : 0;
            } else {
                double overlap = Math.min(t + dt, begin + lead) - Math.max(t, begin);
                if (overlap > 0) {
                    amount += capexPerAttempt[q] * overlap / lead;
                }
            }
        }
        return amount;
    }
}
