package dev.autarky.io;

import dev.autarky.io.JsonTree.Arr;
import dev.autarky.io.JsonTree.Bool;
import dev.autarky.io.JsonTree.Node;
import dev.autarky.io.JsonTree.Num;
import dev.autarky.io.JsonTree.Str;
import dev.autarky.scenario.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state of one read: every problem found so far (each with the line and column of its value,
 * or of the nearest enclosing value that has one), and readers for JSON scalars that record a
 * problem and return null when the value has the wrong type.
 *
 * <p>Not thread-safe; one per read.
 */
final class ReadContext {

    /** Reads one JSON value at a path; records problems in the context and may return null. */
    @FunctionalInterface
    interface Read<T> {
        T read(Node node, String path);
    }

    private final Map<String, Node> byPath;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    ReadContext(Map<String, Node> byPath, List<Problem> initial) {
        this.byPath = byPath;
        initial.forEach(this::add);
    }

    /** Number of problems recorded so far. */
    int count() {
        return problems.size();
    }

    /** Every problem recorded, in the order found. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The problems recorded from index {@code start} on. */
    List<Problem> since(int start) {
        return List.copyOf(problems.subList(start, problems.size()));
    }

    /** Records a problem at {@code path} located at {@code at}. Identical problems are kept once. */
    void add(String path, String message, Node at) {
        add(new Problem(path, message, at.line(), at.column()));
    }

    /** Records a problem at {@code path}, located at the nearest value of the path or its ancestors. */
    void add(String path, String message) {
        add(Problem.at(path, message));
    }

    /** Records a problem, giving it the location of its path (or an ancestor's) if it has none. */
    void add(Problem p) {
        Problem located = p;
        if (p.line() <= 0) {
            Node at = locate(p.path());
            if (at != null) {
                located = new Problem(p.path(), p.message(), at.line(), at.column());
            }
        }
        if (seen.add(located.path() + "\u0000" + located.message())) {
            problems.add(located);
        }
    }

    /** The value at {@code path} or at its nearest ancestor that was read, or null. */
    Node locate(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Node n = byPath.get(p);
            if (n != null) {
                return n;
            }
            p = parent(p);
        }
        return null;
    }

    /** The path one level up: {@code $.a.b[2]} gives {@code $.a.b}, {@code $.a.b} gives {@code $.a}. */
    static String parent(String path) {
        int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** Whether {@code path} is {@code ancestor} or lies under it. */
    static boolean isUnder(String path, String ancestor) {
        return path.equals(ancestor) || (path.startsWith(ancestor)
                && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '['));
    }

    // ---- scalars ----

    /** A finite JSON number, or null (with a problem). */
    Double number(Node node, String path) {
        if (!(node instanceof Num n)) {
            add(path, "must be a number, was " + JsonTree.describe(node), node);
            return null;
        }
        if (!Double.isFinite(n.value())) {
            add(path, "must be a finite number, was " + n.text() + " (beyond the range of a double)", node);
            return null;
        }
        return n.value();
    }

    /** A JSON integer that fits an int, or null (with a problem). */
    Integer integer(Node node, String path) {
        if (!(node instanceof Num n)) {
            add(path, "must be an integer, was " + JsonTree.describe(node), node);
            return null;
        }
        if (!n.integral()) {
            add(path, "must be an integer (no fraction or exponent), was " + n.text(), node);
            return null;
        }
        Integer v = n.intValue();
        if (v == null) {
            add(path, "must be an integer in [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "], was "
                    + n.text(), node);
        }
        return v;
    }

    /** A JSON string, or null (with a problem). */
    String string(Node node, String path) {
        if (node instanceof Str s) {
            return s.value();
        }
        add(path, "must be a string, was " + JsonTree.describe(node), node);
        return null;
    }

    /** {@code true} or {@code false}, or null (with a problem). */
    Boolean bool(Node node, String path) {
        if (node instanceof Bool b) {
            return b.value();
        }
        add(path, "must be true or false, was " + JsonTree.describe(node), node);
        return null;
    }

    /** The JSON spelling of an enum constant: lower case, {@code _} as {@code -}. */
    static String jsonName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An enum constant from its JSON spelling, or null (with a problem listing the allowed values). */
    <E extends Enum<E>> E enumValue(Class<E> type, Node node, String path) {
        E[] constants = type.getEnumConstants();
        List<String> names = Arrays.stream(constants).map(ReadContext::jsonName).toList();
        String allowed = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        if (!(node instanceof Str s)) {
            add(path, "must be one of " + allowed + ", was " + JsonTree.describe(node), node);
            return null;
        }
        int i = names.indexOf(s.value());
        if (i >= 0) {
            return constants[i];
        }
        add(path, "must be one of " + allowed + ", was " + JsonTree.quote(s.value())
                + Suggestions.didYouMean(s.value(), names), node);
        return null;
    }

    /** A JSON array, or null (with a problem). */
    List<Node> array(Node node, String path) {
        if (node instanceof Arr a) {
            return a.items();
        }
        add(path, "must be an array, was " + JsonTree.describe(node), node);
        return null;
    }

    /**
     * A list read element by element; an element that fails (reads as null) is replaced by {@code placeholder}
     * (so that indices, and the paths of later problems, stay those of the document), or dropped
     * when the placeholder is null. Null (with a problem) when the value is not an array.
     */
    <T> List<T> list(Node node, String path, Read<T> element, T placeholder) {
        List<Node> items = array(node, path);
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T v = element.read(items.get(i), path + "[" + i + "]");
            if (v == null) {
                if (placeholder != null) {
                    out.add(placeholder);
                }
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * An object read as a map from member name to value, in document order; members that fail
     * are left out. Null (with a problem) when the value is not an object.
     */
    <T> Map<String, T> map(Node node, String path, Read<T> value) {
        if (!(node instanceof JsonTree.Obj o)) {
            add(path, "must be an object, was " + JsonTree.describe(node), node);
            return null;
        }
        Map<String, T> out = new LinkedHashMap<>();
        for (JsonTree.Member m : o.members().values()) {
            T v = value.read(m.value(), Problem.join(path, m.key()));
            if (v != null) {
                out.put(m.key(), v);
            }
        }
        return out;
    }

    /** A list of finite numbers (failed elements read as 0). */
    List<Double> numbers(Node node, String path) {
        return list(node, path, this::number, 0.0);
    }
}
