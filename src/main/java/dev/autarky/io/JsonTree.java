package dev.autarky.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.autarky.scenario.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into a small tree whose every value knows where it starts in the text.
 *
 * <p>The text is read with Jackson's streaming parser under strict limits (see {@link #FACTORY});
 * no data binding and no polymorphic typing is involved. Duplicate keys are collected as problems
 * (all of them, not just the first). The location of every value is kept by its JSON path
 * ({@code $.materials[0].demand}) so that problems found later can be given a line and column.
 */
final class JsonTree {

    /** Deepest nesting of objects and arrays accepted (a scenario needs about 10). */
    static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted, in characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Longest document accepted, in bytes or characters. */
    static final long MAX_DOCUMENT_LENGTH = 16_000_000L;
    /** Most tokens accepted (bounds the memory of the tree; a scenario has a few thousand). */
    static final long MAX_TOKEN_COUNT = 1_000_000L;

    /** The parser factory: strict JSON (no comments, no NaN, no leading zeros) within the limits above. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxTokenCount(MAX_TOKEN_COUNT)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A JSON value and the 1-based line and column where it starts. */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        /** 1-based line of the first character. */
        int line();

        /** 1-based column of the first character. */
        int column();
    }

    /** One member of an object: its value and where its key starts. */
    record Member(String key, Node value, int line, int column) {
    }

    /** An object; members in document order, the first of duplicate keys kept. */
    record Obj(Map<String, Member> members, int line, int column) implements Node {
        /** The value of {@code key}, or null when absent. */
        Node get(String key) {
            Member m = members.get(key);
            return m == null ? null : m.value();
        }
    }

    /** An array. */
    record Arr(List<Node> items, int line, int column) implements Node {
    }

    /** A string. */
    record Str(String value, int line, int column) implements Node {
    }

    /**
     * A number as written, with whether it was written as an integer (no fraction, no exponent).
     * {@link #value()} is the nearest double (infinite when the number is too large for one).
     */
    record Num(String text, boolean integral, double value, int line, int column) implements Node {
        /** The value as an int, or null when it is not an integer token or does not fit in an int. */
        Integer intValue() {
            if (!integral) {
                return null;
            }
            BigInteger b = new BigInteger(text);
            return b.bitLength() < 32 ? b.intValue() : null;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, int line, int column) implements Node {
    }

    /** {@code null}. */
    record Null(int line, int column) implements Node {
    }

    /** Outcome of parsing: a root (null on a syntax error) and the problems found while parsing. */
    record Parsed(Node root, Map<String, Node> byPath, List<Problem> problems) {
    }

    private final JsonParser parser;
    private final Map<String, Node> byPath = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    /** Parses {@code json}; never throws. */
    static Parsed parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return new JsonTree(p).document();
        } catch (IOException e) {
            // createParser on a String does no I/O; close cannot fail either
            return syntax("$", e, -1, -1);
        }
    }

    /**
     * Parses the UTF-8 bytes of {@code in} (a byte order mark is skipped); throws only for I/O
     * failures of the stream, never for bad content (bad encodings and overlong documents are
     * problems). The text is decoded first so that columns count characters, not bytes.
     */
    static Parsed parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
        if (bytes.length > MAX_DOCUMENT_LENGTH) {
            return new Parsed(null, Map.of(), List.of(Problem.at("$", "the document is longer than "
                    + MAX_DOCUMENT_LENGTH + " bytes")));
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(buffer, chars, true);
        if (result.isError()) {
            int offset = buffer.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Parsed(null, Map.of(), List.of(new Problem("$", "invalid UTF-8: malformed byte sequence at byte "
                    + offset, line, offset - lineStart + 1)));
        }
        utf8.flush(chars);
        chars.flip();
        String text = chars.toString();
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private Parsed document() throws IOException {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                problems.add(Problem.at("$", "must be a JSON object, the text is empty"));
                return new Parsed(null, byPath, problems);
            }
            Node root = value(t, "$");
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.clear();
                problems.add(new Problem("$", "unexpected content after the end of the document",
                        at.getLineNr(), at.getColumnNr()));
                return new Parsed(null, byPath, problems);
            }
            return new Parsed(root, Collections.unmodifiableMap(byPath), List.copyOf(problems));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return syntax(where(), e, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr());
        }
    }

    /**
     * The path where the parser stopped, from its own context (the parser reads a member's value
     * together with its name, so the last value this class saw may be a sibling).
     */
    private String where() {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                if (c.getCurrentName() != null) {
                    segments.add(c.getCurrentName());
                }
            } else if (c.getCurrentIndex() >= 0) {
                segments.add("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = "$";
        for (int i = segments.size() - 1; i >= 0; i--) {
            path = Problem.join(path, segments.get(i));
        }
        return path;
    }

    private static Parsed syntax(String path, Exception e, int line, int column) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message != null) {
            // Jackson's advice to turn on a lenient feature does not apply to scenario files
            message = message.replaceAll("[:;] enable `[^`]*` to allow.*", "").strip();
        }
        return new Parsed(null, Map.of(),
                List.of(new Problem(path, "invalid JSON: " + (message == null ? e.toString() : message), line, column)));
    }

    private Node value(JsonToken t, String path) throws IOException {
        if (t == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        Node node = switch (t) {
            case START_OBJECT -> object(path, line, column);
            case START_ARRAY -> array(path, line, column);
            case VALUE_STRING -> new Str(parser.getText(), line, column);
            case VALUE_NUMBER_INT -> number(true, line, column);
            case VALUE_NUMBER_FLOAT -> number(false, line, column);
            case VALUE_TRUE -> new Bool(true, line, column);
            case VALUE_FALSE -> new Bool(false, line, column);
            case VALUE_NULL -> new Null(line, column);
            default -> throw new JsonParseException(parser, "unexpected token " + t);
        };
        byPath.putIfAbsent(path, node);
        return node;
    }

    private Num number(boolean integral, int line, int column) throws IOException {
        String text = parser.getText();
        // JSON number syntax is a subset of Java's; the length is bounded by MAX_NUMBER_LENGTH
        return new Num(text, integral, Double.parseDouble(text), line, column);
    }

    private Obj object(String path, int line, int column) throws IOException {
        Map<String, Member> members = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            String child = Problem.join(path, key);
            Node value = value(parser.nextToken(), child);
            Member previous = members.get(key);
            if (previous != null) {
                problems.add(new Problem(child, "duplicate key \"" + key + "\" (first at line " + previous.line()
                        + ", column " + previous.column() + ")", keyAt.getLineNr(), keyAt.getColumnNr()));
            } else {
                members.put(key, new Member(key, value, keyAt.getLineNr(), keyAt.getColumnNr()));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "unexpected end of input in an object");
        }
        return new Obj(Collections.unmodifiableMap(members), line, column);
    }

    private Arr array(String path, int line, int column) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(parser, "unexpected end of input in an array");
            }
            items.add(value(t, path + "[" + items.size() + "]"));
        }
        return new Arr(List.copyOf(items), line, column);
    }

    /** A short description of a value for messages: {@code a string "abc"}, {@code a number 2.5}, ... */
    static String describe(Node node) {
        if (node == null) {
            return "missing";
        }
        if (node instanceof Str s) {
            return "a string " + quote(s.value());
        }
        if (node instanceof Num n) {
            return "a number " + n.text();
        }
        if (node instanceof Bool b) {
            return "a boolean " + b.value();
        }
        if (node instanceof Null) {
            return "null";
        }
        if (node instanceof Arr) {
            return "an array";
        }
        return "an object";
    }

    /** A string in double quotes, shortened to 60 characters, with control characters escaped. */
    static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
