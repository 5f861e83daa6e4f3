package dev.autarky.io;

import dev.autarky.io.JsonTree.Member;
import dev.autarky.io.JsonTree.Node;
import dev.autarky.io.JsonTree.Null;
import dev.autarky.io.JsonTree.Obj;
import dev.autarky.scenario.Problem;
import dev.autarky.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The members of one JSON object being read into one model record.
 *
 * <p>Creating it rejects unknown members (with a "did you mean" hint). Members are then read with
 * {@link #required} and {@link #optional}; a member that fails records its problems and yields
 * null (or a placeholder). {@link #build} finally calls the record's constructor and records every
 * problem it reports under this object's path — except problems at, above or below a member that
 * already failed, since those would only repeat (or follow from) the first report.
 */
final class Fields {

    private final ReadContext cx;
    private final String path;
    private final Obj obj;
    private final int start;
    /** Model path prefix → JSON member name, where the record's component is named differently. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** Members written as a bare value that the model holds as a constant ramp. */
    private final List<String> constantRamps = new ArrayList<>();
    /** Relative paths whose constructor problems are not reported (they follow from other problems). */
    private final List<String> suppressed = new ArrayList<>();

    private Fields(ReadContext cx, String path, Obj obj) {
        this.cx = cx;
        this.path = path;
        this.obj = obj;
        this.start = cx.count();
    }

    /**
     * The members of {@code node}, which must be an object whose member names are all in
     * {@code allowed}; null (with a problem) when it is not an object.
     */
    static Fields of(ReadContext cx, Node node, String path, List<String> allowed) {
        if (!(node instanceof Obj o)) {
            cx.add(path, "must be an object, was " + JsonTree.describe(node), node);
            return null;
        }
        Fields f = new Fields(cx, path, o);
        for (Member m : o.members().values()) {
            if (!allowed.contains(m.key())) {
                String hint = Suggestions.didYouMean(m.key(), allowed);
                if (hint.isEmpty()) {
                    hint = "; expected one of: " + String.join(", ", allowed);
                }
                cx.add(new Problem(Problem.join(path, m.key()), "unknown field " + JsonTree.quote(m.key()) + hint,
                        m.line(), m.column()));
            }
        }
        return f;
    }

    /** The path of a member. */
    String at(String key) {
        return Problem.join(path, key);
    }

    /** The value of a member, or null when it is absent or JSON {@code null}. */
    Node get(String key) {
        Node n = obj.get(key);
        return n instanceof Null ? null : n;
    }

    /** Whether a member is present and not {@code null}. */
    boolean has(String key) {
        return get(key) != null;
    }

    /** A member that must be present (and not null); null (with a problem) when absent or invalid. */
    <T> T required(String key, ReadContext.Read<T> read) {
        Node n = get(key);
        if (n == null) {
            Node raw = obj.get(key);
            cx.add(at(key), "must be present, was " + (raw == null ? "missing" : "null"), raw == null ? obj : raw);
            return null;
        }
        return read.read(n, at(key));
    }

    /** A member that may be absent (or null), then {@code absent}; null (with a problem) when invalid. */
    <T> T optional(String key, T absent, ReadContext.Read<T> read) {
        Node n = get(key);
        return n == null ? absent : read.read(n, at(key));
    }

    /** Whether any problem has been recorded since this object was opened. */
    boolean anyFailed() {
        return cx.count() > start;
    }

    /** Problems the constructor reports at, above or below {@code relativePath} are not recorded. */
    void suppress(String relativePath) {
        suppressed.add(relativePath);
    }

    /** Constructor problems under model path {@code modelName} are recorded under {@code jsonName}. */
    void alias(String modelName, String jsonName) {
        aliases.put(modelName, jsonName);
    }

    /** Member {@code key} was a bare value: constructor problems at {@code key.from} and {@code key.to} go to {@code key}. */
    void constantRamp(String key) {
        constantRamps.add(key);
    }

    /**
     * Calls the record's constructor and records every problem it reports under this object's path
     * (except those suppressed as explained above); returns the record, or null when it or any
     * member had a problem.
     */
    <T> T build(Supplier<T> constructor) {
        List<String> failedPaths = new ArrayList<>();
        for (Problem p : cx.since(start)) {
            failedPaths.add(p.path());
        }
        for (String s : suppressed) {
            failedPaths.add(at(s));
        }
        T built;
        try {
            built = constructor.get();
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                String where = at(rename(p.path()));
                if (!related(where, failedPaths)) {
                    cx.add(where, p.message());
                }
            }
            return null;
        } catch (RuntimeException e) {
            // only possible with placeholders standing in for members that already failed
            if (failedPaths.isEmpty()) {
                cx.add(path, "invalid: " + e.getMessage());
            }
            return null;
        }
        return failedPaths.isEmpty() ? built : null;
    }

    private String rename(String modelPath) {
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            if (ReadContext.isUnder(modelPath, a.getKey())) {
                return a.getValue() + modelPath.substring(a.getKey().length());
            }
        }
        for (String k : constantRamps) {
            for (String end : new String[] {".from", ".to"}) {
                if (ReadContext.isUnder(modelPath, k + end)) {
                    return k + modelPath.substring((k + end).length());
                }
            }
        }
        return modelPath;
    }

    private static boolean related(String where, List<String> failedPaths) {
        for (String f : failedPaths) {
            if (ReadContext.isUnder(where, f) || ReadContext.isUnder(f, where)) {
                return true;
            }
        }
        return false;
    }
}
