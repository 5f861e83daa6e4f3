package dev.autarky.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small mutable JSON tree for fuzzing: objects keep their members as parallel lists, so that a
 * key can appear twice, and numbers keep their text, so that any number text can be written.
 */
final class MutableJson {

    private MutableJson() {
    }

    /** A JSON value. */
    sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        /** A deep copy. */
        Value copy();
    }

    /** An object; {@code keys.get(i)} names {@code values.get(i)}; keys may repeat. */
    record Obj(List<String> keys, List<Value> values) implements Value {
        Obj() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(String key, Value value) {
            keys.add(key);
            values.add(value);
        }

        @Override
        public Obj copy() {
            Obj o = new Obj();
            for (int i = 0; i < keys.size(); i++) {
                o.add(keys.get(i), values.get(i).copy());
            }
            return o;
        }
    }

    /** An array. */
    record Arr(List<Value> items) implements Value {
        Arr() {
            this(new ArrayList<>());
        }

        @Override
        public Arr copy() {
            Arr a = new Arr();
            items.forEach(v -> a.items.add(v.copy()));
            return a;
        }
    }

    /** A string. */
    record Str(String value) implements Value {
        @Override
        public Str copy() {
            return this;
        }
    }

    /** A number, written exactly as {@code text} (which need not be valid JSON). */
    record Num(String text) implements Value {
        @Override
        public Num copy() {
            return this;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Value {
        @Override
        public Bool copy() {
            return this;
        }
    }

    /** {@code null}. */
    record Null() implements Value {
        @Override
        public Null copy() {
            return this;
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The tree of a valid JSON document. */
    static Value parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return value(p, p.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Value value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Obj o = new Obj();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    o.add(key, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                Arr a = new Arr();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.items.add(value(p, next));
                }
                return a;
            }
            case VALUE_STRING -> {
                return new Str(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Num(p.getText());
            }
            case VALUE_TRUE -> {
                return new Bool(true);
            }
            case VALUE_FALSE -> {
                return new Bool(false);
            }
            case VALUE_NULL -> {
                return new Null();
            }
            default -> throw new IllegalStateException("unexpected " + t);
        }
    }

    /** The value as JSON text with two-space indentation. */
    static String write(Value v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb, 0);
        return sb.append('\n').toString();
    }

    private static void write(Value v, StringBuilder sb, int depth) {
        if (v instanceof Obj o) {
            if (o.keys.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            for (int i = 0; i < o.keys.size(); i++) {
                sb.append(i == 0 ? "\n" : ",\n");
                indent(sb, depth + 1);
                quote(o.keys.get(i), sb);
                sb.append(": ");
                write(o.values.get(i), sb, depth + 1);
            }
            sb.append('\n');
            indent(sb, depth);
            sb.append('}');
        } else if (v instanceof Arr a) {
            sb.append('[');
            for (int i = 0; i < a.items.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                write(a.items.get(i), sb, depth + 1);
            }
            sb.append(']');
        } else if (v instanceof Str s) {
            quote(s.value, sb);
        } else if (v instanceof Num n) {
            sb.append(n.text);
        } else if (v instanceof Bool b) {
            sb.append(b.value);
        } else {
            sb.append("null");
        }
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth));
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }

    /** A place holding a value: member or item {@code index} of {@code container}. */
    record Slot(Value container, int index) {
        Value get() {
            return container instanceof Obj o ? o.values.get(index) : ((Arr) container).items.get(index);
        }

        void set(Value v) {
            if (container instanceof Obj o) {
                o.values.set(index, v);
            } else {
                ((Arr) container).items.set(index, v);
            }
        }
    }

    /** Every slot under {@code v}, depth first. */
    static List<Slot> slots(Value v) {
        List<Slot> out = new ArrayList<>();
        collect(v, out);
        return out;
    }

    private static void collect(Value v, List<Slot> out) {
        if (v instanceof Obj o) {
            for (int i = 0; i < o.values.size(); i++) {
                out.add(new Slot(o, i));
                collect(o.values.get(i), out);
            }
        } else if (v instanceof Arr a) {
            for (int i = 0; i < a.items.size(); i++) {
                out.add(new Slot(a, i));
                collect(a.items.get(i), out);
            }
        }
    }
}
