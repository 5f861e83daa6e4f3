package dev.autarky.engine;

import dev.autarky.internal.engine.CaptureBuffer;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.ResultAssembler;
import dev.autarky.internal.engine.RunAccumulator;
import dev.autarky.result.Convergence;
import dev.autarky.result.PathOutcomes;
import dev.autarky.result.SimulationResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

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

    /** Simulates blocks {@code [from, to)}, capturing paths into {@code capture} if not null; null when cancelled. */
    @FunctionalInterface
    interface RangeExec {
        RunAccumulator run(long from, long to, CaptureBuffer capture) throws ExecutionException, InterruptedException;
    }

    /**
     * Where a run stands between chunks of blocks: the merged partial, the current round's range,
     * the next block, and the stop rule's memory. Saved by checkpoints and restored by a resume.
     */
    static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        final String run;
        final String rule;
        int round = 1;
        long roundTo;
        long next;
        RunAccumulator total;
        int[] metSince;
        final List<Convergence.Round> history = new ArrayList<>();

        State(String run, String rule, int targets, long roundTo) {
            this.run = run;
            this.rule = rule;
            this.metSince = new int[targets];
            this.roundTo = roundTo;
        }
    }

    /** The state a new run starts from. */
    static State start(String run, RunSettings settings, long totalBlocks) {
        StopRule rule = settings.stopRule();
        long to = rule.active() ? Math.min(totalBlocks, ceilDiv(rule.firstRoundPaths(), settings.blockSize())) : totalBlocks;
        return new State(run, ruleKey(rule), rule.targets().size(), to);
    }

    /**
     * Runs {@code settings} from {@code state} to the end and returns the result, or null if
     * cancelled. With {@code checkpointing}, the state is written after every chunk of blocks and
     * at the end of every round. {@code listener} is told the precision reached after each round
     * of an active stop rule.
     */
    static SimulationResult run(CompiledScenario compiled, RunSettings settings, long totalBlocks, RangeExec exec,
            State state, Checkpointing checkpointing, ProgressListener listener)
            throws ExecutionException, InterruptedException {
        StopRule rule = settings.stopRule();
        long start = System.nanoTime();
        List<CaptureBuffer> captures = new ArrayList<>();
        List<Target> targets = rule.targets();
        while (true) {
            while (state.next < state.roundTo) {
                long chunkEnd = checkpointing == null ? state.roundTo
                        : Math.min(state.roundTo, state.next + checkpointing.everyBlocks());
                CaptureBuffer capture = null;
                if (settings.capture() != PathCapture.NONE) {
                    long first = firstPathOf(settings, state.next);
                    capture = new CaptureBuffer(compiled, first, (int) (firstPathOf(settings, chunkEnd) - first),
                            settings.capture() == PathCapture.OUTCOMES_AND_INPUTS);
                    captures.add(capture);
                }
                RunAccumulator part = exec.run(state.next, chunkEnd, capture);
                if (part == null) {
                    return null;
                }
                if (state.total == null) {
                    state.total = part;
                } else {
                    state.total.combine(part);
                }
                state.next = chunkEnd;
                if (checkpointing != null && state.next < state.roundTo) {
                    save(state, checkpointing);
                }
            }
            RunAccumulator total = state.total;
            SimulationResult r = ResultAssembler.assemble(compiled, total, settings.seed(), settings.threads(),
                    settings.blockSize(), settings.sampling().id());
            if (!rule.active()) {
                if (checkpointing != null) {
                    save(state, checkpointing);
                }
                return finish(compiled, r, Convergence.fixed(total.paths()), captures, total.paths());
            }
            List<Double> achieved = new ArrayList<>(targets.size());
            List<Convergence.TargetStatus> statuses = new ArrayList<>(targets.size());
            boolean allMet = true;
            double growth = MIN_GROWTH;
            int[] metSince = state.metSince;
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                Target.Measurement m = t.measure(r, rule.confidence());
                achieved.add(m.halfWidth());
                if (m.met()) {
                    if (metSince[i] == 0) {
                        metSince[i] = state.round;
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
            Convergence.Round done = new Convergence.Round(state.round, total.paths(), achieved);
            state.history.add(done);
            listener.onRound(done, List.copyOf(statuses));
            Convergence.StopReason reason = null;
            if (!targets.isEmpty() && allMet) {
                reason = Convergence.StopReason.TARGETS_MET;
            } else if (state.roundTo >= totalBlocks) {
                reason = Convergence.StopReason.PATH_BUDGET;
            } else if (rule.timeBudget() != null && System.nanoTime() - start >= rule.timeBudget().toNanos()) {
                reason = Convergence.StopReason.TIME_BUDGET;
            }
            if (reason != null) {
                Convergence c = new Convergence(reason, settings.paths(), state.round, rule.confidence(), statuses,
                        List.copyOf(state.history));
                if (checkpointing != null) {
                    save(state, checkpointing);
                }
                return finish(compiled, r, c, captures, total.paths());
            }
            growth = Math.min(MAX_GROWTH, growth);
            long nextPaths = (long) Math.ceil(total.paths() * growth);
            long to = state.roundTo;
            state.round++;
            state.roundTo = Math.min(totalBlocks, Math.max(to + 1, ceilDiv(nextPaths, settings.blockSize())));
            if (checkpointing != null) {
                save(state, checkpointing);
            }
        }
    }

    /** What of a stop rule decides where a run stops (its time budget is not reproducible anyway). */
    static String ruleKey(StopRule rule) {
        if (!rule.active()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (Target t : rule.targets()) {
            sb.append(t.spec()).append(',');
        }
        return sb.append(" at ").append(rule.confidence()).append(", first round ").append(rule.firstRoundPaths())
                .toString();
    }

    private static long firstPathOf(RunSettings settings, long block) {
        return Math.min(block * settings.blockSize(), settings.paths());
    }

    /** Writes the state to the checkpoint file atomically (a temporary file, then a move). */
    static void save(State state, Checkpointing checkpointing) {
        Path file = checkpointing.file().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeObject(state);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    /** Reads a checkpoint and checks that it belongs to this run and stop rule. */
    static State load(Checkpointing checkpointing, String run, RunSettings settings) throws IOException {
        State state;
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(
                Files.newInputStream(checkpointing.file())))) {
            state = (State) in.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(checkpointing.file() + " is not an autarky checkpoint", e);
        }
        if (!state.run.equals(run)) {
            throw new IllegalArgumentException("checkpoint " + checkpointing.file() + " belongs to another run ("
                    + state.run + "), not " + run);
        }
        if (!state.rule.equals(ruleKey(settings.stopRule()))) {
            throw new IllegalArgumentException("checkpoint " + checkpointing.file() + " was made with stop rule "
                    + state.rule + ", not " + ruleKey(settings.stopRule()));
        }
        return state;
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
