package dev.autarky.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every example main runs with a tiny path count, so none can rot. */
class ExamplesSmokeTest {

    private static String capture(Runnable main) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void japanRareEarthsAnswersInPlainWords() {
        String out = capture(() -> JapanRareEarths.main(new String[] {"2000", "1"}));
        assertTrue(out.contains("Heavy rare earths"), out);
        assertTrue(out.contains("by 2030"), out);
        assertTrue(out.contains("China's share of Japan's demand"), out);
    }

    @Test
    void whatDrivesTheTimelineAnswersInPlainWords() {
        String out = capture(() -> WhatDrivesTheTimeline.main(new String[] {"400", "1"}));
        assertTrue(out.contains("What moves the heavy-50 timeline most"), out);
        assertTrue(out.contains("Held at its P10 and then at its P90"), out);
        assertTrue(out.contains("Share of the uncertainty"), out);
        assertTrue(out.contains("Over time"), out);
    }

    @Test
    void whichPolicyBuysTheMostYearsAnswersInPlainWords() {
        String out = capture(() -> WhichPolicyBuysTheMostYears.main(new String[] {"300", "1"}));
        assertTrue(out.contains("under the scenario's own goals almost no future gets there"), out);
        assertTrue(out.contains("Ranked by years saved towards heavy-50"), out);
        assertTrue(out.contains("Twice the Dy and Tb stockpiles"), out);
        assertTrue(out.contains("Why the intervals are narrow"), out);
        assertTrue(out.contains("t/day"), out);
    }
}
