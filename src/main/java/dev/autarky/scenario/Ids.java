package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import java.util.regex.Pattern;

/** The rule for identifiers: they key random streams and appear in paths, so they are plain. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-]{0,63}");

    private Ids() {
    }

    static void check(Problems p, String id, String path) {
        if (p.present(id, path) && !ID.matcher(id).matches()) {
            p.add(path, "must be 1–64 letters, digits, '-' or '_' starting with a letter or digit, was \"" + id + "\"");
        }
    }
}
