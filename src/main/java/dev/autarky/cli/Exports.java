package dev.autarky.cli;

import dev.autarky.io.ResultCsv;
import dev.autarky.io.SipMathJson;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.SimulationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The files {@code run --export} can write, by name. */
final class Exports {

    /** Export names and their files, in writing order. */
    static final List<String> NAMES = List.of("summary", "series", "survival", "paths", "sipmath");

    private Exports() {
    }

    /** A comma-separated list of export names, or {@code all}. */
    static Set<String> parse(String list) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : list.split(",", -1)) {
            String name = part.trim();
            if (name.equals("all")) {
                names.addAll(NAMES);
            } else if (NAMES.contains(name)) {
                names.add(name);
            } else {
                throw new IllegalArgumentException("unknown file \"" + name + "\"; expected " + NAMES + " or all");
            }
        }
        return names;
    }

    /** The file name of an export. */
    static String fileName(String name) {
        return switch (name) {
            case "summary" -> "summary.json";
            case "series" -> "series.csv";
            case "survival" -> "survival.csv";
            case "paths" -> "paths.csv";
            case "sipmath" -> "sipmath.json";
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Writes the chosen exports into {@code dir}, each atomically; returns the files written. */
    static List<Path> write(SimulationResult r, Path dir, Set<String> names) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String name : NAMES) {
            if (!names.contains(name)) {
                continue;
            }
            Path file = dir.resolve(fileName(name));
            switch (name) {
                case "summary" -> SummaryJson.write(r, file);
                case "series" -> ResultCsv.writeSeries(r, file);
                case "survival" -> ResultCsv.writeSurvival(r, file);
                case "paths" -> ResultCsv.writePaths(r, file);
                case "sipmath" -> SipMathJson.write(r, file);
                default -> throw new IllegalStateException(name);
            }
            written.add(file);
        }
        return written;
    }
}
