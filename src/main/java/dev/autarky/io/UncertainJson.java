package dev.autarky.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.autarky.io.JsonTree.Node;
import dev.autarky.io.JsonTree.Num;
import dev.autarky.io.JsonTree.Obj;
import dev.autarky.scenario.Problem;
import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Discrete;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Empirical;
import dev.autarky.uncertain.Exponential;
import dev.autarky.uncertain.Fixed;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Pert;
import dev.autarky.uncertain.Triangular;
import dev.autarky.uncertain.Uncertain;
import dev.autarky.uncertain.Uniform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Uncertain values in JSON: a bare number (fixed), {@code {"value": x, "source"?, "note"?}}, or
 * {@code {"dist": kind, <parameters>, "source"?, "note"?}} with one parameter form per kind (see
 * {@code docs/scenario-format.md}). Reading records every problem; writing gives the canonical form.
 */
final class UncertainJson {

    private UncertainJson() {
    }

    /** Members that every object form may have besides its parameters. */
    private static final List<String> VALUE_MEMBERS = List.of("value", "source", "note");

    /** Distribution parameters as read: a number or an array of numbers each. */
    private record Params(Map<String, Object> values) {
        double d(String key) {
            return (Double) values.get(key);
        }

        double d(String key, double absent) {
            Object v = values.get(key);
            return v == null ? absent : (Double) v;
        }

        double[] array(String key) {
            return (double[]) values.get(key);
        }
    }

    /**
     * One parameter form of a kind: the parameters it requires and allows, how to build the
     * distribution, and the JSON names of constructor parameters named differently.
     */
    private record Form(List<String> required, List<String> optional, Function<Params, Distribution> make,
            Map<String, String> paramNames) {

        Form(List<String> required, List<String> optional, Function<Params, Distribution> make) {
            this(required, optional, make, Map.of());
        }

        Set<String> all() {
            Set<String> s = new LinkedHashSet<>(required);
            s.addAll(optional);
            return s;
        }

        String describe() {
            List<String> parts = new ArrayList<>(required);
            optional.forEach(o -> parts.add(o + "?"));
            return "{" + String.join(", ", parts) + "}";
        }
    }

    /** Members that hold arrays of numbers rather than numbers. */
    private static final Set<String> ARRAY_PARAMS = Set.of("values", "weights", "samples");

    /** The kinds and their parameter forms, in the order the documentation lists them. */
    private static final Map<String, List<Form>> KINDS;

    static {
        Map<String, List<Form>> kinds = new LinkedHashMap<>();
        kinds.put("uniform", List.of(new Form(List.of("min", "max"), List.of(),
                p -> new Uniform(p.d("min"), p.d("max")))));
        kinds.put("triangular", List.of(new Form(List.of("min", "mode", "max"), List.of(),
                p -> new Triangular(p.d("min"), p.d("mode"), p.d("max")))));
        kinds.put("pert", List.of(new Form(List.of("min", "mode", "max"), List.of("lambda"),
                p -> new Pert(p.d("min"), p.d("mode"), p.d("max"), p.d("lambda", Pert.DEFAULT_LAMBDA)))));
        kinds.put("normal", List.of(new Form(List.of("mean", "sd"), List.of("min", "max"),
                p -> Normal.truncated(p.d("mean"), p.d("sd"), p.d("min", Double.NEGATIVE_INFINITY),
                        p.d("max", Double.POSITIVE_INFINITY)),
                Map.of("mu", "mean", "sigma", "sd"))));
        kinds.put("lognormal", List.of(
                new Form(List.of("mu", "sigma"), List.of(), p -> new LogNormal(p.d("mu"), p.d("sigma"))),
                new Form(List.of("median", "p90"), List.of(), p -> LogNormal.ofMedianP90(p.d("median"), p.d("p90"))),
                new Form(List.of("mean", "sd"), List.of(), p -> LogNormal.ofMeanSd(p.d("mean"), p.d("sd")))));
        kinds.put("beta", List.of(
                new Form(List.of("alpha", "beta"), List.of("min", "max"),
                        p -> new Beta(p.d("alpha"), p.d("beta"), p.d("min", 0), p.d("max", 1))),
                new Form(List.of("mean", "sd"), List.of("min", "max"),
                        p -> Beta.ofMeanSd(p.d("mean"), p.d("sd"), p.d("min", 0), p.d("max", 1)))));
        kinds.put("exponential", List.of(
                new Form(List.of("mean"), List.of(), p -> new Exponential(p.d("mean"))),
                new Form(List.of("rate"), List.of(), p -> Exponential.ofRate(p.d("rate")))));
        kinds.put("gamma", List.of(
                new Form(List.of("shape", "scale"), List.of(), p -> new Gamma(p.d("shape"), p.d("scale"))),
                new Form(List.of("mean", "sd"), List.of(), p -> Gamma.ofMeanSd(p.d("mean"), p.d("sd")))));
        kinds.put("discrete", List.of(new Form(List.of("values", "weights"), List.of(),
                p -> new Discrete(p.array("values"), p.array("weights")))));
        kinds.put("bernoulli", List.of(new Form(List.of("p"), List.of(), p -> Discrete.bernoulli(p.d("p")))));
        kinds.put("empirical", List.of(new Form(List.of("samples"), List.of(), p -> new Empirical(p.array("samples")))));
        KINDS = Collections.unmodifiableMap(kinds);
    }

    /** The kinds accepted in {@code "dist"}. */
    static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    /** Whether {@code node} is an object in one of the uncertain-value forms ({@code value} or {@code dist}). */
    static boolean looksUncertain(Node node) {
        return node instanceof Obj o && (o.get("value") != null || o.get("dist") != null);
    }

    /** Reads an uncertain value; null (with problems) when it is invalid. */
    static Uncertain read(ReadContext cx, Node node, String path) {
        if (node instanceof Num) {
            Double v = cx.number(node, path);
            return v == null ? null : Uncertain.fixed(v);
        }
        if (!(node instanceof Obj o)) {
            cx.add(path, "must be a number, {\"value\": ...} or {\"dist\": ...}, was " + JsonTree.describe(node), node);
            return null;
        }
        boolean hasValue = o.members().containsKey("value");
        boolean hasDist = o.members().containsKey("dist");
        if (hasValue && hasDist) {
            cx.add(path, "must have either \"value\" (a known value) or \"dist\" (a distribution), not both", node);
            return null;
        }
        if (!hasValue && !hasDist) {
            cx.add(path, "must be a number, {\"value\": ...} or {\"dist\": ...}, was an object without \"value\" or \"dist\"",
                    node);
            return null;
        }
        if (hasValue) {
            Fields f = Fields.of(cx, node, path, VALUE_MEMBERS);
            Double v = f.required("value", cx::number);
            String source = f.optional("source", null, cx::string);
            String note = f.optional("note", null, cx::string);
            return f.anyFailed() ? null : new Uncertain(new Fixed(v), source, note);
        }
        return readDistribution(cx, o, path);
    }

    private static Uncertain readDistribution(ReadContext cx, Obj o, String path) {
        String kind = cx.string(o.get("dist"), Problem.join(path, "dist"));
        if (kind == null) {
            return null;
        }
        List<Form> forms = KINDS.get(kind);
        if (forms == null) {
            String allowed = KINDS.keySet().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
            cx.add(Problem.join(path, "dist"), "must be one of " + allowed + ", was " + JsonTree.quote(kind)
                    + Suggestions.didYouMean(kind, KINDS.keySet()), o.get("dist"));
            return null;
        }
        Set<String> known = new LinkedHashSet<>(List.of("dist"));
        forms.forEach(form -> known.addAll(form.all()));
        known.addAll(List.of("source", "note"));
        Fields f = Fields.of(cx, o, path, List.copyOf(known));
        String source = f.optional("source", null, cx::string);
        String note = f.optional("note", null, cx::string);
        if (f.anyFailed()) {
            return null; // an unknown or misspelt parameter: the form cannot be told reliably
        }
        Set<String> given = new LinkedHashSet<>();
        for (String key : o.members().keySet()) {
            if (known.contains(key) && !List.of("dist", "source", "note").contains(key) && f.has(key)) {
                given.add(key);
            }
        }
        List<Form> candidates = forms.stream().filter(form -> form.all().containsAll(given)).toList();
        String formsText = describeForms(forms);
        if (candidates.isEmpty()) {
            cx.add(path, kind + " takes exactly one parameter form, " + formsText + "; got {"
                    + String.join(", ", given) + "}", o);
            return null;
        }
        List<Form> complete = candidates.stream().filter(form -> given.containsAll(form.required())).toList();
        if (complete.isEmpty()) {
            if (candidates.size() == 1) {
                for (String r : candidates.get(0).required()) {
                    if (!given.contains(r)) {
                        cx.add(f.at(r), "must be present (" + kind + " " + candidates.get(0).describe()
                                + "), was missing", o);
                    }
                }
            } else {
                cx.add(path, kind + " needs the parameters of one form, " + formsText + "; got {"
                        + String.join(", ", given) + "}", o);
            }
            return null;
        }
        Form form = complete.get(0);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : given) {
            Object v = ARRAY_PARAMS.contains(key) ? f.required(key, (n, p) -> numberArray(cx, n, p))
                    : f.required(key, cx::number);
            values.put(key, v);
        }
        if (f.anyFailed()) {
            return null;
        }
        Distribution d;
        try {
            d = form.make().apply(new Params(values));
        } catch (RuntimeException e) {
            reportParameterProblem(cx, path, e, form, given);
            return null;
        }
        return new Uncertain(d, source, note);
    }

    private static String describeForms(List<Form> forms) {
        List<String> texts = forms.stream().map(Form::describe).toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " or " + texts.get(texts.size() - 1);
    }

    private static double[] numberArray(ReadContext cx, Node node, String path) {
        int before = cx.count();
        List<Double> list = cx.numbers(node, path);
        if (list == null || cx.count() > before) {
            return null;
        }
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code name}, {@code name[3]} or {@code name.length} at the start of a message from {@code Checks}. */
    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z0-9]+)((?:\\[\\d+])*)(\\.length)?");

    /**
     * Records a constructor's complaint ({@code "<param>: must be ..., was ..."}) at
     * {@code <path>.<param>} when the parameter is a member of the object, else at {@code <path>}.
     */
    private static void reportParameterProblem(ReadContext cx, String path, RuntimeException e, Form form,
            Set<String> given) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int colon = message.indexOf(": ");
        if (colon > 0) {
            Matcher m = PARAMETER.matcher(message.substring(0, colon));
            if (m.matches()) {
                String name = form.paramNames().getOrDefault(m.group(1), m.group(1));
                if (given.contains(name)) {
                    String rest = message.substring(colon + 2);
                    cx.add(Problem.join(path, name) + m.group(2), m.group(3) == null ? rest : "length " + rest);
                    return;
                }
            }
        }
        cx.add(path, message);
    }

    // ---- writing ----

    /** Writes {@code u} in canonical form: a bare number when fixed without source or note. */
    static void write(JsonGenerator g, Uncertain u) throws IOException {
        Distribution d = u.distribution();
        if (d instanceof Fixed fixed) {
            if (u.source() == null && u.note() == null) {
                number(g, fixed.value());
                return;
            }
            g.writeStartObject();
            g.writeFieldName("value");
            number(g, fixed.value());
            provenance(g, u);
            g.writeEndObject();
            return;
        }
        g.writeStartObject();
        g.writeStringField("dist", d.kind());
        if (d instanceof Uniform x) {
            field(g, "min", x.min());
            field(g, "max", x.max());
        } else if (d instanceof Triangular x) {
            field(g, "min", x.min());
            field(g, "mode", x.mode());
            field(g, "max", x.max());
        } else if (d instanceof Pert x) {
            field(g, "min", x.min());
            field(g, "mode", x.mode());
            field(g, "max", x.max());
            field(g, "lambda", x.lambda());
        } else if (d instanceof Normal x) {
            field(g, "mean", x.mu());
            field(g, "sd", x.sigma());
            if (x.min() > Double.NEGATIVE_INFINITY) {
                field(g, "min", x.min());
            }
            if (x.max() < Double.POSITIVE_INFINITY) {
                field(g, "max", x.max());
            }
        } else if (d instanceof LogNormal x) {
            field(g, "mu", x.mu());
            field(g, "sigma", x.sigma());
        } else if (d instanceof Beta x) {
            field(g, "alpha", x.alpha());
            field(g, "beta", x.beta());
            field(g, "min", x.min());
            field(g, "max", x.max());
        } else if (d instanceof Exponential x) {
            field(g, "mean", x.mean());
        } else if (d instanceof Gamma x) {
            field(g, "shape", x.shape());
            field(g, "scale", x.scale());
        } else if (d instanceof Discrete x) {
            array(g, "values", x.values());
            array(g, "weights", x.weights());
        } else if (d instanceof Empirical x) {
            array(g, "samples", x.samples());
        } else {
            throw new IllegalStateException("no JSON form for " + d.kind());
        }
        provenance(g, u);
        g.writeEndObject();
    }

    private static void provenance(JsonGenerator g, Uncertain u) throws IOException {
        if (u.source() != null) {
            g.writeStringField("source", u.source());
        }
        if (u.note() != null) {
            g.writeStringField("note", u.note());
        }
    }

    private static void field(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        number(g, v);
    }

    private static void array(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            number(g, v);
        }
        g.writeEndArray();
    }

    /**
     * Writes a finite double so that it reads back exactly: integers below 1e15 without a fraction
     * ({@code 2026}, not {@code 2026.0}), others in Java's round-trip decimal form; {@code -0.0} as is.
     */
    static void number(JsonGenerator g, double v) throws IOException {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("value: must be finite to be written as JSON, was " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }
}
