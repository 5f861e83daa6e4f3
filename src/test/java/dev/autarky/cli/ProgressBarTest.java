package dev.autarky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.result.Convergence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress display, on a clock the test moves. */
class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShortRunShowsNothing() {
        ProgressBar bar = new ProgressBar(err, true, false, now::get);
        now.addAndGet(SECOND / 2);
        bar.onProgress(5_000, 10_000);
        now.addAndGet(SECOND / 4);
        bar.onProgress(10_000, 10_000);
        bar.finish();
        assertEquals("", shown());
    }

    @Test
    void onATerminalOneLineIsRedrawnWithRateAndTimeLeft() {
        ProgressBar bar = new ProgressBar(err, true, false, now::get);
        now.addAndGet(2 * SECOND);
        bar.onProgress(20_000, 100_000);
        assertEquals("\r[#####...................]  20 % 20,000/100,000 paths, 10,000 paths/s, 8 s left", shown());
        now.addAndGet(SECOND / 10);
        bar.onProgress(21_000, 100_000);
        assertEquals(1, shown().chars().filter(c -> c == '\r').count(), "not redrawn within 0.2 s");
        now.addAndGet(SECOND * 8);
        bar.onProgress(100_000, 100_000);
        bar.finish();
        String[] draws = shown().split("\r");
        assertTrue(draws[draws.length - 1].startsWith("[########################] 100 % 100,000/100,000 paths"), shown());
        assertTrue(shown().endsWith("\n"), "the last state stays on its own line");
        assertTrue(!draws[draws.length - 1].contains("left"), shown());
    }

    @Test
    void elsewherePlainLinesAtMostEveryFiveSeconds() {
        ProgressBar bar = new ProgressBar(err, false, false, now::get);
        for (int i = 1; i <= 120; i++) {
            now.addAndGet(SECOND / 10);
            bar.onProgress(1_000L * i, 120_000);
        }
        bar.finish();
        List<String> lines = shown().lines().toList();
        assertEquals(3, lines.size(), shown()); // at 1.0 s, 6.0 s and 11.0 s of 12 s
        assertTrue(!shown().contains("\r"), shown());
        assertEquals("    8 % 10,000/120,000 paths, 10,000 paths/s, 11 s left", lines.get(0));
    }

    @Test
    void underAStopRuleThePrecisionOfTheLastRoundIsShownAndTheTimeLeftIsABound() {
        ProgressBar bar = new ProgressBar(err, false, true, now::get);
        bar.onRound(new Convergence.Round(1, 10_000, List.of(0.31, 0.04)), List.of(
                new Convergence.TargetStatus("p50:0.25", 0.25, false, 2041, 0.31, false, 0),
                new Convergence.TargetStatus("mean:systemCost:5%", 0.05, true, 5e10, 0.04, true, 1)));
        now.addAndGet(3 * SECOND);
        bar.onProgress(12_000, 1_000_000);
        String line = shown().strip();
        assertTrue(line.contains("12,000/1,000,000 paths (budget)"), line);
        assertTrue(line.contains("at most 4 min 07 s left"), line);
        assertTrue(line.endsWith("round 1: p50:0.25 ±0.310, mean:systemCost:5% ±4.00 % met"), line);
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("0 s", ProgressBar.duration(0.2));
        assertEquals("59 s", ProgressBar.duration(59.4));
        assertEquals("1 min 00 s", ProgressBar.duration(60));
        assertEquals("2 h 05 min", ProgressBar.duration(2 * 3600 + 5 * 60 + 30));
    }
}
