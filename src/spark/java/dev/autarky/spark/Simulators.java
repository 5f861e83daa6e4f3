package dev.autarky.spark;

import dev.autarky.engine.Simulator;
import dev.autarky.io.ScenarioJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulators (compiled scenarios) of one JVM (an executor, or the driver), keyed by the scenario's canonical
 * JSON: every task of every call that simulates the same scenario on an executor compiles it once
 * (reading and compiling the default scenario takes 14–30 ms). Keying by the text itself is exact,
 * and cheap: the text comes from one broadcast value, whose hash is computed once and whose
 * equality with itself is an identity check. At most {@value #CAPACITY} scenarios are kept, least
 * recently used first out, so a sensitivity design over thousands of scenarios does not fill the
 * heap. Thread-safe: tasks of one executor compile one at a time.
 */
final class Simulators {

    static final int CAPACITY = 16;

    private static final Map<String, Simulator> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Simulator> eldest) {
            return size() > CAPACITY;
        }
    };
    private static final AtomicLong COMPILATIONS = new AtomicLong();

    private Simulators() {
    }

    /** A simulator of the scenario written as {@code canonicalJson}. */
    static Simulator of(String canonicalJson) {
        synchronized (CACHE) {
            Simulator compiled = CACHE.get(canonicalJson);
            if (compiled == null) {
                compiled = Simulator.of(ScenarioJson.read(canonicalJson));
                COMPILATIONS.incrementAndGet();
                CACHE.put(canonicalJson, compiled);
            }
            return compiled;
        }
    }

    /** Scenarios compiled by this JVM so far (for tests and diagnostics). */
    static long compilations() {
        return COMPILATIONS.get();
    }
}
