package dev.autarky.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.SimulationFailedException;
import dev.autarky.engine.TaskRunner;
import dev.autarky.io.AnalysisJson;
import dev.autarky.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The analyses through a {@link TaskRunner}: every batch of paths cut into tasks, run in order or
 * shuffled through Java serialization, gives the local result bit for bit.
 */
class TaskRunnerAnalysisTest {

    private static final Scenario JAPAN = AnalysisFixtures.japan();

    /** Runs the tasks one after the other on the calling thread; counts them. */
    static class Sequential implements TaskRunner {
        final AtomicInteger tasks = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public int parallelism() {
            return 4;
        }

        @Override
        public <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) {
            calls.incrementAndGet();
            this.tasks.addAndGet(tasks.size());
            List<R> results = new ArrayList<>();
            for (Task<R> t : tasks) {
                results.add(t.run());
            }
            return results;
        }
    }

    /**
     * Runs the tasks last first, each a copy made through Java serialization, and returns copies of
     * their results: what a task needs travels with it.
     */
    static final class Serializing implements TaskRunner {
        final AtomicInteger tasks = new AtomicInteger();

        @Override
        public int parallelism() {
            return 3;
        }

        @Override
        public <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) throws Exception {
            this.tasks.addAndGet(tasks.size());
            List<R> results = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                results.add(null);
            }
            for (int i = tasks.size() - 1; i >= 0; i--) {
                @SuppressWarnings("unchecked")
                Task<R> copy = (Task<R>) copy(tasks.get(i));
                @SuppressWarnings("unchecked")
                R result = (R) copy(copy.run());
                results.set(i, result);
            }
            return results;
        }

        private static Object copy(Serializable value) throws IOException, ClassNotFoundException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return in.readObject();
            }
        }
    }

    @Test
    void aComparisonThroughARunnerEqualsTheLocalOne() {
        Scenario more = Levers.stockpileScale("Dy", "Tb").apply(JAPAN, 2);
        Scenario lifting = Levers.liftingTonnesPerDay("lifting-system").apply(JAPAN, 7000);
        // blocks of 100 under Latin hypercube sampling: the design depends on the whole run, not the slice
        ComparisonSettings settings = ComparisonSettings.defaults()
                .withRun(new RunSettings(2_000, 11, 2, 100, SamplingDesign.LHS));
        ComparisonResult local = PolicyComparison.run(JAPAN, List.of(more, lifting), settings);
        Sequential sequential = new Sequential();
        assertEquals(local, PolicyComparison.run(JAPAN, List.of(more, lifting), settings, sequential));
        // baseline, two alternatives and their independent runs: five requests of 2,000 paths in 4 tasks each
        assertEquals(5, sequential.calls.get());
        assertEquals(20, sequential.tasks.get());
        Serializing serializing = new Serializing();
        assertEquals(AnalysisJson.toJson(local),
                AnalysisJson.toJson(PolicyComparison.run(JAPAN, List.of(more, lifting), settings, serializing)));
        assertEquals(local, PolicyComparison.run(JAPAN, List.of(more, lifting), settings, serializing));
    }

    @Test
    void aSweepThroughARunnerEqualsTheLocalOne() {
        PolicySweep.Settings settings = PolicySweep.Settings.defaults().withPaths(1_500).withByYear(2045);
        double[] tonnesPerDay = {350, 3500, 10_000};
        Lever lever = Levers.liftingTonnesPerDay("lifting-system");
        SweepResult local = PolicySweep.run(JAPAN, lever, tonnesPerDay, settings);
        assertEquals(local, PolicySweep.run(JAPAN, lever, tonnesPerDay, settings, new Sequential()));
        assertEquals(local, PolicySweep.run(JAPAN, lever, tonnesPerDay, settings, new Serializing()));
    }

    @Test
    void aSensitivityAnalysisThroughARunnerEqualsTheLocalOne() {
        SensitivitySettings settings = SensitivitySettings.defaults().withPaths(1_500).withThreads(2).withByYear(2040)
                .withTornado(700, 2).withSobol(64, 20, SobolGrouping.COMPONENT)
                .withSeries(List.of("capabilityShare.Dy"));
        SensitivityResult local = SensitivityAnalysis.run(JAPAN, settings);
        Serializing serializing = new Serializing();
        SensitivityResult remote = SensitivityAnalysis.run(JAPAN, settings, serializing);
        assertTrue(serializing.tasks.get() > 3 + 5 * 2, "several tasks per request: " + serializing.tasks.get());
        assertEquals(AnalysisJson.toJson(local), AnalysisJson.toJson(remote));
        assertEquals(local.tornadoes(), remote.tornadoes());
        assertEquals(local.overTime(), remote.overTime());
        SobolResult a = local.sobol().orElseThrow().indices();
        SobolResult b = remote.sobol().orElseThrow().indices();
        assertTrue(a.evaluations() > 2 * 512, "the Sobol design is cut into several tasks: " + a.evaluations());
        for (int o = 0; o < a.outputs().size(); o++) {
            for (int f = 0; f < a.factors().size(); f++) {
                assertEquals(a.firstOrder(o, f), b.firstOrder(o, f));
                assertEquals(a.total(o, f), b.total(o, f));
            }
        }
        for (int o = 0; o < local.outcomes().size(); o++) {
            for (int i = 0; i < local.inputs().size(); i++) {
                assertEquals(local.ranks().spearman(o, i), remote.ranks().spearman(o, i));
                assertEquals(local.ranks().prcc(o, i), remote.ranks().prcc(o, i));
            }
        }
        assertEquals(AnalysisJson.toJson(local),
                AnalysisJson.toJson(SensitivityAnalysis.run(JAPAN, settings, new Sequential())));
    }

    @Test
    void aFailedTaskFailsTheAnalysisWithItsCause() {
        IOException lost = new IOException("executor lost");
        TaskRunner failing = new Sequential() {
            @Override
            public <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) {
                List<R> results = super.runAll(tasks);
                if (calls.get() == 2) {
                    throw new UncheckedIOException(lost);
                }
                return results;
            }
        };
        ComparisonSettings settings = ComparisonSettings.defaults().withPaths(600);
        Scenario more = Levers.stockpileScale("Dy").apply(JAPAN, 2);
        UncheckedIOException unchecked = assertThrows(UncheckedIOException.class,
                () -> PolicyComparison.run(JAPAN, List.of(more), settings, failing));
        assertSame(lost, unchecked.getCause());
        TaskRunner checked = new TaskRunner() {
            @Override
            public int parallelism() {
                return 1;
            }

            @Override
            public <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) throws IOException {
                throw lost;
            }
        };
        SimulationFailedException e = assertThrows(SimulationFailedException.class,
                () -> PolicySweep.run(JAPAN, Levers.stockpileScale("Dy"), new double[] {1, 2},
                        PolicySweep.Settings.defaults().withPaths(100), checked));
        assertSame(lost, e.getCause());
        TaskRunner wrongCount = new TaskRunner() {
            @Override
            public int parallelism() {
                return 1;
            }

            @Override
            public <R extends Serializable> List<R> runAll(List<? extends Task<R>> tasks) {
                return List.of();
            }
        };
        assertThrows(IllegalStateException.class, () -> SensitivityAnalysis.run(JAPAN,
                SensitivitySettings.defaults().withPaths(100).withTornado(0, 1).withSobol(0, 0, SobolGrouping.INPUT),
                wrongCount));
    }
}
