package dev.autarky.internal.tasks;

import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.internal.engine.PathEvaluator;
import dev.autarky.io.ScenarioJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evaluators (compiled scenarios) of one JVM, keyed by the scenario's canonical JSON: the
 * tasks of an analysis that run on the same JVM compile their scenario once. Keying by the text
 * itself is exact. At most {@value #CAPACITY} scenarios are kept, least recently used first out
 * (a sweep or a comparison evaluates one scenario after another). Thread-safe.
 */
final class Evaluators {

    static final int CAPACITY = 8;

    private static final Map<String, PathEvaluator> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PathEvaluator> eldest) {
            return size() > CAPACITY;
        }
    };

    private Evaluators() {
    }

    /** An evaluator of the scenario written as {@code canonicalJson}. */
    static PathEvaluator of(String canonicalJson) {
        synchronized (CACHE) {
            PathEvaluator evaluator = CACHE.get(canonicalJson);
            if (evaluator == null) {
                evaluator = new PathEvaluator(CompiledScenario.of(ScenarioJson.read(canonicalJson)));
                CACHE.put(canonicalJson, evaluator);
            }
            return evaluator;
        }
    }
}
