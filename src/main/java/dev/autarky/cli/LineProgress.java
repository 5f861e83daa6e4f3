package dev.autarky.cli;

import dev.autarky.engine.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** Progress as plain lines on stderr, at most one a second. */
final class LineProgress implements ProgressListener {
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    LineProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void onProgress(long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrint < 1_000_000_000L || done == total) {
            return;
        }
        lastPrint = now;
        double s = (now - start) / 1e9;
        double rate = done / s;
        err.printf(Locale.ROOT, "  %,d / %,d paths (%.0f %%), %,.0f paths/s, about %.0f s left%n", done, total,
                100.0 * done / total, rate, (total - done) / rate);
    }
}
