package dev.autarky.engine;

import dev.autarky.internal.engine.BlockRunner;
import dev.autarky.internal.engine.CaptureBuffer;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.ResultAssembler;
import dev.autarky.internal.engine.RunAccumulator;
import dev.autarky.result.Convergence;
import dev.autarky.result.PathOutcomes;
import dev.autarky.result.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.LongConsumer;

/**
 * Runs a simulation as rounds of whole blocks: one round without an active stop rule, else rounds
 * until the {@link StopRule} says stop; merges the rounds exactly, captures paths when asked, and
 * assembles the result with its {@link Convergence}.
 */
final class Rounds {

    /** Growth of a round's paths, at least and at most (see {@link StopRule}). */
    static final double MIN_GROWTH = 1.25;
    static final double MAX_GROWTH = 2.0;

    private Rounds() {
    }

    /** Fails before a run starts when its targets name unknown criteria or costs, or its capture is too large. */
    static void check(CompiledScenario compiled, RunSettings settings) {
        List<String> criteria = compiled.criterionIds();
        for (Target t : settings.stopRule().targets()) {
            t.checkAgainst(criteria, CompiledScenario.COSTS);
        }
        PathCapture capture = settings.capture();
        long perPath = capture.bytesPerPath(criteria.size(), CompiledScenario.COSTS.size(), compiled.inputs.size());
        if (perPath > 0 && (settings.paths() > Integer.MAX_VALUE - 8 || perPath * settings.paths() > PathCapture.MAX_BYTES)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "per-path capture (%s) of %,d paths needs %,d MiB, above the limit of %,d MiB: capture fewer paths%s",
                    capture, settings.paths(), perPath * settings.paths() >> 20, PathCapture.MAX_BYTES >> 20,
                    capture == PathCapture.OUTCOMES_AND_INPUTS ? " or outcomes only" : ""));
        }
    }

    /**
     * Runs {@code settings} and returns the result, or null if {@code simulation} was cancelled.
     *
     * @param progress told the paths of each completed block
     * @param listener told the precision reached after each round of an active stop rule
     */
    static SimulationResult run(CompiledScenario compiled, RunSettings settings, BlockRunner runner,
            ExecutorService pool, int workers, Simulation simulation, LongConsumer progress, ProgressListener listener)
            throws ExecutionException, InterruptedException {
        StopRule rule = settings.stopRule();
        long totalBlocks = runner.blocks();
        long start = System.nanoTime();
        List<CaptureBuffer> captures = new ArrayList<>();
        RunAccumulator total = null;
        List<Target> targets = rule.targets();
        int[] metSince = new int[targets.size()];
        List<Convergence.Round> history = new ArrayList<>();
        long from = 0;
        long to = rule.active() ? Math.min(totalBlocks, ceilDiv(rule.firstRoundPaths(), settings.blockSize())) : totalBlocks;
        int round = 0;
        while (true) {
            round++;
            CaptureBuffer capture = null;
            if (settings.capture() != PathCapture.NONE) {
                long first = runner.firstPathOf(from);
                capture = new CaptureBuffer(compiled, first, (int) (runner.firstPathOf(to) - first),
                        settings.capture() == PathCapture.OUTCOMES_AND_INPUTS);
                captures.add(capture);
            }
            RunAccumulator part = runner.run(pool, workers, from, to, simulation.cancelled, progress, capture);
            if (part == null) {
                return null;
            }
            if (total == null) {
                total = part;
            } else {
                total.combine(part);
            }
            SimulationResult r = ResultAssembler.assemble(compiled, total, settings.seed(), settings.threads(),
                    settings.blockSize(), settings.sampling().id());
            if (!rule.active()) {
                return finish(compiled, r, Convergence.fixed(total.paths()), captures, total.paths());
            }
            List<Double> achieved = new ArrayList<>(targets.size());
            List<Convergence.TargetStatus> statuses = new ArrayList<>(targets.size());
            boolean allMet = true;
            double growth = MIN_GROWTH;
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                Target.Measurement m = t.measure(r, rule.confidence());
                achieved.add(m.halfWidth());
                if (m.met()) {
                    if (metSince[i] == 0) {
                        metSince[i] = round;
                    }
                } else {
                    metSince[i] = 0;
                    allMet = false;
                    double ratio = m.halfWidth() / t.tolerance();
                    growth = Math.max(growth, Double.isFinite(ratio) ? 1.1 * ratio * ratio : MAX_GROWTH);
                }
                statuses.add(new Convergence.TargetStatus(t.spec(), t.tolerance(), t.relative(), m.estimate(),
                        m.halfWidth(), m.met(), metSince[i]));
            }
            Convergence.Round done = new Convergence.Round(round, total.paths(), achieved);
            history.add(done);
            listener.onRound(done, List.copyOf(statuses));
            Convergence.StopReason reason = null;
            if (!targets.isEmpty() && allMet) {
                reason = Convergence.StopReason.TARGETS_MET;
            } else if (to >= totalBlocks) {
                reason = Convergence.StopReason.PATH_BUDGET;
            } else if (rule.timeBudget() != null && System.nanoTime() - start >= rule.timeBudget().toNanos()) {
                reason = Convergence.StopReason.TIME_BUDGET;
            }
            if (reason != null) {
                Convergence c = new Convergence(reason, settings.paths(), round, rule.confidence(), statuses, history);
                return finish(compiled, r, c, captures, total.paths());
            }
            growth = Math.min(MAX_GROWTH, growth);
            long nextPaths = (long) Math.ceil(total.paths() * growth);
            from = to;
            to = Math.min(totalBlocks, Math.max(to + 1, ceilDiv(nextPaths, settings.blockSize())));
        }
    }

    private static SimulationResult finish(CompiledScenario compiled, SimulationResult r, Convergence c,
            List<CaptureBuffer> captures, long paths) {
        PathOutcomes captured = captures.isEmpty() ? null : CaptureBuffer.join(compiled, captures, (int) paths);
        return new SimulationResult(r.run(), r.title(), r.timesToSelfReliance(), r.costs(), r.series(), r.inputNames(),
                r.designErrors(), c, captured);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
