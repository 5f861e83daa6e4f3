package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.io.MutableJson.Arr;
import dev.autarky.io.MutableJson.Bool;
import dev.autarky.io.MutableJson.Null;
import dev.autarky.io.MutableJson.Num;
import dev.autarky.io.MutableJson.Obj;
import dev.autarky.io.MutableJson.Slot;
import dev.autarky.io.MutableJson.Str;
import dev.autarky.io.MutableJson.Value;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the loader with mutated valid files: the shipped scenarios, the worked example and random
 * valid scenarios, with members deleted, keys duplicated, values retyped and perturbed, unknown
 * members inserted, array items swapped, dropped and repeated, values moved elsewhere, and the text
 * truncated, garbled or given bad bytes. For every case the loader must either return a scenario
 * or throw {@link ScenarioException} — never another exception — within 5 seconds; the string and
 * stream readers must agree; a loaded scenario must round-trip, and the published JSON Schema must
 * accept its text (a file the schema rejects, the loader rejects).
 *
 * <p>Tries come from {@code jqwik.tries.default}: 10,000 in {@code junit-platform.properties};
 * more with {@code mvn test -Dtest=LoaderFuzzTest -Djqwik.tries.default=1000000}. The seed is fixed,
 * so a run is reproducible; jqwik prints the seed and the failing sample on a failure.
 */
class LoaderFuzzTest {

    /** The documents mutated: every shipped scenario, the worked example and random valid scenarios. */
    private static final List<String> BASES = baseTexts();

    private static final long RANDOM_SEED = 20_260_302L;
    private static final int RANDOM_BASES = 40;
    /** Detects hangs, not slowness: a case takes milliseconds, but a loaded CI machine can stall for seconds. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static List<String> baseTexts() {
        List<String> out = new ArrayList<>();
        try {
            for (String name : Scenarios.builtInNames()) {
                out.add(ScenarioJsonTest.resource("/dev/autarky/scenarios/" + name + ".json"));
            }
            out.add(ScenarioJsonTest.exampleText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RandomScenarios random = new RandomScenarios(RANDOM_SEED);
        for (int i = 0; i < RANDOM_BASES; i++) {
            out.add(ScenarioJson.write(random.next()));
        }
        return List.copyOf(out);
    }

    /** What a mutation does. */
    enum Op {
        DELETE, DUPLICATE_KEY, RETYPE, PERTURB_NUMBER, INSERT_MEMBER, SWAP_ITEMS, DROP_ITEM, REPEAT_ITEM,
        CHANGE_STRING, TRANSPLANT, TRUNCATE, GARBLE_TEXT, BAD_BYTES
    }

    /** One mutation: what, where ({@code target} modulo the candidates), which variant, and a salt for further choices. */
    record Mutation(Op op, int target, int variant, long salt) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Op.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 999),
                Arbitraries.longs()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(seed = "20260302")
    void loaderReturnsAValidScenarioOrThrowsScenarioException(@ForAll("mutations") List<Mutation> mutations,
            @ForAll("bases") int base) {
        Value root = MutableJson.parse(BASES.get(base));
        Arr holder = new Arr(); // so that the root too sits in a slot
        holder.items().add(root);
        boolean badBytes = false;
        for (Mutation m : mutations) {
            if (m.op() == Op.BAD_BYTES) {
                badBytes = true;
            } else if (m.op() != Op.TRUNCATE && m.op() != Op.GARBLE_TEXT) {
                mutateTree(holder, m);
            }
        }
        String text = MutableJson.write(holder.items().get(0));
        for (Mutation m : mutations) {
            if (m.op() == Op.TRUNCATE || m.op() == Op.GARBLE_TEXT) {
                text = mutateText(text, m);
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            if (m.op() == Op.BAD_BYTES) {
                bytes = mutateBytes(bytes, m);
            }
        }
        // which readers: the stream reader alone for bad bytes; otherwise the string reader, and in
        // a quarter of the cases (chosen by the first mutation) the stream reader too, to compare them
        Input input = badBytes ? Input.STREAM
                : Math.floorMod(mutations.get(0).salt(), 4) == 0 && encodable(text) ? Input.BOTH : Input.STRING;
        String finalText = text;
        byte[] finalBytes = bytes;
        String outcome = assertTimeoutPreemptively(TIMEOUT, () -> check(finalText, finalBytes, input),
                () -> "no answer within " + TIMEOUT + " for mutations " + mutations + " of base " + base);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("input").collect(input);
        Statistics.label("base").collect(base < Scenarios.builtInNames().size() ? "shipped"
                : base == Scenarios.builtInNames().size() ? "example" : "random");
    }

    /** Which readers a case goes through. */
    enum Input {
        STRING, STREAM, BOTH
    }

    /** Whether the text is the same after a round trip through UTF-8 (it has no lone surrogate). */
    private static boolean encodable(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
    }

    /** Which base: a shipped scenario in 10 % of the cases, the worked example in 5 %, a random scenario in the rest. */
    @Provide
    Arbitrary<Integer> bases() {
        int shipped = Scenarios.builtInNames().size();
        int random = BASES.size() - shipped - 1;
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(0, shipped - 1)),
                net.jqwik.api.Tuple.of(5, Arbitraries.just(shipped)),
                net.jqwik.api.Tuple.of(85, Arbitraries.integers().between(shipped + 1, shipped + random)));
    }

    /** Reads the input; returns "loaded" or "rejected"; any other exception fails the property. */
    private static String check(String text, byte[] bytes, Input input) throws IOException {
        Scenario loaded = null;
        List<?> problems = null;
        if (input != Input.STREAM) {
            try {
                loaded = ScenarioJson.read(text);
            } catch (ScenarioException e) {
                assertFalse(e.problems().isEmpty());
                problems = e.problems();
            }
        }
        if (input != Input.STRING) {
            Scenario fromStream = null;
            List<?> streamProblems = null;
            try {
                fromStream = ScenarioJson.read(new ByteArrayInputStream(bytes), "fuzz");
            } catch (ScenarioException e) {
                assertFalse(e.problems().isEmpty());
                streamProblems = e.problems();
            }
            if (input == Input.BOTH) {
                assertEquals(loaded, fromStream, "string and stream readers disagree");
                assertEquals(problems, streamProblems, "string and stream readers disagree");
            }
            loaded = fromStream;
        }
        if (loaded == null) {
            return "rejected";
        }
        // loaded: valid by construction; it round-trips, and the schema accepts what the loader accepts
        assertEquals(loaded, ScenarioJson.read(ScenarioJson.write(loaded)), "a loaded scenario does not round-trip");
        if (input != Input.STREAM) {
            assertTrue(ScenarioSchema.accepts(text), "the loader accepts a file that the schema rejects:\n" + text);
        }
        return "loaded";
    }

    // ---- mutations of the tree ----

    private static final String[] NUMBERS = {"0", "-0", "-1", "1", "0.5", "1.5", "-0.5", "2", "12", "100", "2026",
        "1e308", "-1e308", "1e309", "-1e309", "1e999", "4.9e-324", "1e-400", "2147483647", "2147483648",
        "-2147483649", "9223372036854775808", "1.0", "4.0", "1E2", "123456789012345678901234567890", "0.1e1",
        "3.141592653589793", "0.99", "0.95", "200", "201", "2400", "1900", "2300", "1899", "2301"};
    private static final String[] STRINGS = {"", " ", "NaN", "Infinity", "-Infinity", "unlimited", "unlimted",
        "s-curve", "S-Curve", "step", "input", "output", "capability", "untrusted-share", "triangular", "gamma",
        "other", "normal", "embargo", "1", "true", "null", "\u0000", "\t", "é", "南鳥島", "😀", "a b", "-x", "_",
        "x".repeat(65), "y".repeat(5_000)};
    private static final String[] KEYS = {"value", "dist", "shape", "min", "max", "mode", "mean", "sd", "mu",
        "sigma", "median", "p90", "alpha", "beta", "rate", "scale", "lambda", "p", "samples", "values", "weights",
        "source", "note", "$schema", "id", "name", "stage", "regime", "material", "materials", "from", "to",
        "startYear", "durationYears", "capacityTonnesPerYear", "annualProbabilities", "ratesPerYear", "dependsOn",
        "stateEffects", "other", "schemaVersion", "unknownField", "", " "};

    private static void mutateTree(Arr holder, Mutation m) {
        SplittableRandom rng = new SplittableRandom(m.salt());
        List<Slot> all = MutableJson.slots(holder);
        switch (m.op()) {
            case DELETE -> {
                List<Slot> inner = all.stream().filter(s -> s.container() != holder).toList();
                if (!inner.isEmpty()) {
                    Slot s = pick(inner, m.target());
                    if (s.container() instanceof Obj o) {
                        o.keys().remove(s.index());
                        o.values().remove(s.index());
                    } else {
                        ((Arr) s.container()).items().remove(s.index());
                    }
                }
            }
            case DUPLICATE_KEY -> {
                List<Slot> members = all.stream().filter(s -> s.container() instanceof Obj).toList();
                if (!members.isEmpty()) {
                    Slot s = pick(members, m.target());
                    Obj o = (Obj) s.container();
                    Value v = switch (m.variant() % 3) {
                        case 0 -> s.get().copy();
                        case 1 -> new Num("1");
                        default -> new Null();
                    };
                    int at = rng.nextInt(o.keys().size() + 1);
                    o.keys().add(at, o.keys().get(s.index()));
                    o.values().add(at, v);
                }
            }
            case RETYPE -> {
                Slot s = pick(all, m.target());
                s.set(retyped(s.get(), m.variant()));
            }
            case PERTURB_NUMBER -> {
                List<Slot> numbers = all.stream().filter(s -> s.get() instanceof Num).toList();
                if (!numbers.isEmpty()) {
                    Slot s = pick(numbers, m.target());
                    s.set(new Num(perturbed(((Num) s.get()).text(), m.variant())));
                }
            }
            case INSERT_MEMBER -> {
                List<Slot> objects = all.stream().filter(s -> s.get() instanceof Obj).toList();
                if (!objects.isEmpty()) {
                    Obj o = (Obj) pick(objects, m.target()).get();
                    String key = m.variant() % 4 == 0 && !o.keys().isEmpty()
                            ? typo(o.keys().get(rng.nextInt(o.keys().size())), rng)
                            : KEYS[m.variant() % KEYS.length];
                    Value v = switch (rng.nextInt(5)) {
                        case 0 -> new Num(NUMBERS[rng.nextInt(NUMBERS.length)]);
                        case 1 -> new Str(STRINGS[rng.nextInt(STRINGS.length)]);
                        case 2 -> new Null();
                        case 3 -> new Obj();
                        default -> o.values().isEmpty() ? new Arr() : o.values().get(rng.nextInt(o.values().size())).copy();
                    };
                    int at = rng.nextInt(o.keys().size() + 1);
                    o.keys().add(at, key);
                    o.values().add(at, v);
                }
            }
            case SWAP_ITEMS, DROP_ITEM, REPEAT_ITEM -> {
                int min = m.op() == Op.SWAP_ITEMS ? 2 : 1;
                List<Slot> arrays = all.stream().filter(s -> s.get() instanceof Arr a && a.items().size() >= min).toList();
                if (!arrays.isEmpty()) {
                    List<Value> items = ((Arr) pick(arrays, m.target()).get()).items();
                    int i = m.variant() % items.size();
                    int j = rng.nextInt(items.size());
                    switch (m.op()) {
                        case SWAP_ITEMS -> {
                            Value t = items.get(i);
                            items.set(i, items.get(j));
                            items.set(j, t);
                        }
                        case DROP_ITEM -> items.remove(i);
                        default -> items.add(j, items.get(i).copy());
                    }
                }
            }
            case CHANGE_STRING -> {
                List<Slot> strings = all.stream().filter(s -> s.get() instanceof Str).toList();
                if (!strings.isEmpty()) {
                    Slot s = pick(strings, m.target());
                    String old = ((Str) s.get()).value();
                    String neu = switch (m.variant() % 4) {
                        case 0 -> STRINGS[m.variant() / 4 % STRINGS.length];
                        case 1 -> typo(old, rng);
                        case 2 -> ((Str) pick(strings, rng.nextInt(Integer.MAX_VALUE)).get()).value(); // another reference
                        default -> old + old;
                    };
                    s.set(new Str(neu));
                }
            }
            case TRANSPLANT -> {
                Slot to = pick(all, m.target());
                Slot from = pick(all, rng.nextInt(Integer.MAX_VALUE));
                to.set(from.get().copy());
            }
            default -> throw new IllegalStateException("not a tree mutation: " + m.op());
        }
    }

    private static Slot pick(List<Slot> slots, int target) {
        return slots.get(Math.floorMod(target, slots.size()));
    }

    private static Value retyped(Value v, int variant) {
        return switch (variant % 10) {
            case 0 -> v instanceof Num n ? new Str(n.text()) : new Str("x");
            case 1 -> v instanceof Str s ? new Num(s.value().isEmpty() ? "0" : String.valueOf(s.value().length())) : new Num("1");
            case 2 -> new Obj();
            case 3 -> new Arr();
            case 4 -> new Null();
            case 5 -> new Bool(variant % 20 < 10);
            case 6 -> {
                Arr a = new Arr();
                a.items().add(v.copy());
                yield a;
            }
            case 7 -> {
                Obj o = new Obj();
                o.add("value", v.copy());
                yield o;
            }
            case 8 -> {
                Obj o = new Obj();
                o.add("dist", v.copy());
                yield o;
            }
            default -> v instanceof Obj o && !o.values().isEmpty() ? o.values().get(0).copy() : new Str("unlimited");
        };
    }

    private static String perturbed(String text, int variant) {
        if (variant % 2 == 0) {
            return NUMBERS[variant / 2 % NUMBERS.length];
        }
        double v = Double.parseDouble(text);
        double w = switch (variant / 2 % 8) {
            case 0 -> -v;
            case 1 -> v * 1e6;
            case 2 -> v * 1e-6;
            case 3 -> v + 1;
            case 4 -> v - 1;
            case 5 -> v / 3;
            case 6 -> Math.nextUp(v);
            default -> v * 1.1;
        };
        return Double.isFinite(w) ? Double.toString(w) : "1e999";
    }

    private static String typo(String s, SplittableRandom rng) {
        if (s.isEmpty()) {
            return "x";
        }
        int i = rng.nextInt(s.length());
        return switch (rng.nextInt(4)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + (char) ('a' + rng.nextInt(26)) + s.substring(i);
            case 2 -> s.toUpperCase(java.util.Locale.ROOT);
            default -> s.substring(0, i) + s.substring(i, i + 1).repeat(2) + s.substring(i + 1);
        };
    }

    // ---- mutations of the text and bytes ----

    private static final String GARBAGE = "{}[]:,\"\\ 0-.eE+x\n\ttrue";

    private static String mutateText(String text, Mutation m) {
        int at = Math.floorMod(m.target(), text.length() + 1);
        if (m.op() == Op.TRUNCATE) {
            return text.substring(0, at);
        }
        SplittableRandom rng = new SplittableRandom(m.salt());
        String piece = String.valueOf(GARBAGE.charAt(rng.nextInt(GARBAGE.length())));
        return switch (m.variant() % 3) {
            case 0 -> text.substring(0, at) + piece + text.substring(Math.min(text.length(), at + 1)); // replace
            case 1 -> text.substring(0, at) + piece.repeat(1 + rng.nextInt(3)) + text.substring(at); // insert
            default -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + rng.nextInt(20))); // delete
        };
    }

    private static final byte[][] BAD = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {0},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};

    private static byte[] mutateBytes(byte[] bytes, Mutation m) {
        int at = Math.floorMod(m.target(), bytes.length + 1);
        byte[] bad = BAD[m.variant() % BAD.length];
        if (m.variant() % BAD.length == BAD.length - 1 && m.variant() % 2 == 0) {
            at = 0; // a byte order mark where it belongs
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bad.length);
        out.write(bytes, 0, at);
        out.write(bad, 0, bad.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
