package dev.autarky.cli;

import dev.autarky.engine.ProgressListener;
import dev.autarky.result.Convergence;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a run on standard error, once it has taken longer than {@link #DELAY_NANOS}: paths
 * done, paths per second, the time left and, under a stop rule, the precision of its targets after
 * the last round.
 *
 * <p>On a terminal one line is redrawn in place ({@code \r}) at most every {@link #BAR_INTERVAL_NANOS};
 * elsewhere (a log, a pipe) a plain line is printed at most every {@link #LINE_INTERVAL_NANOS}.
 * Under a stop rule the path count is a budget the run may stop well short of, so the time left is
 * an upper bound ("at most"). Thread-safe: workers report from several threads.
 */
final class ProgressBar implements ProgressListener {

    /** Runs shorter than this show no progress. */
    static final long DELAY_NANOS = 1_000_000_000L;
    /** Redraw interval on a terminal. */
    static final long BAR_INTERVAL_NANOS = 200_000_000L;
    /** Interval between plain lines. */
    static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    /** Width of the bar in characters. */
    static final int WIDTH = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean budget;
    private final LongSupplier clock;
    private final long start;
    private long last = Long.MIN_VALUE;
    private long done;
    private long total;
    private String precision = "";
    private int shownWidth;
    private boolean shown;

    /**
     * @param err      where to draw
     * @param terminal redraw one line in place (else print plain lines)
     * @param budget   the run has a stop rule: its path count is a budget
     * @param clock    nanosecond clock ({@code System::nanoTime})
     */
    ProgressBar(PrintStream err, boolean terminal, boolean budget, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.budget = budget;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** A bar on a terminal, plain lines otherwise ({@code System.console() == null}, or not {@code System.err}). */
    static ProgressBar on(PrintStream err, boolean budget) {
        boolean terminal = err == System.err && System.console() != null;
        return new ProgressBar(err, terminal, budget, System::nanoTime);
    }

    @Override
    public synchronized void onProgress(long pathsDone, long pathsTotal) {
        done = Math.max(done, pathsDone);
        total = pathsTotal;
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || (last != Long.MIN_VALUE
                && now - last < (terminal ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS))) {
            return;
        }
        last = now;
        draw(now);
    }

    @Override
    public synchronized void onRound(Convergence.Round round, List<Convergence.TargetStatus> targets) {
        StringBuilder sb = new StringBuilder();
        for (Convergence.TargetStatus t : targets) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.target()).append(' ').append(halfWidth(t))
                    .append(t.met() ? " met" : "");
        }
        precision = "round " + round.round() + ": " + sb;
    }

    /** Ends the display: the last state on its own line (nothing if nothing was shown). */
    synchronized void finish() {
        if (shown && terminal) {
            draw(clock.getAsLong());
            err.println();
        }
        err.flush();
    }

    /** The status line, without a line end. */
    synchronized String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        double fraction = total == 0 ? 0 : Math.min(1, (double) done / total);
        StringBuilder sb = new StringBuilder();
        if (terminal) {
            int filled = (int) Math.round(fraction * WIDTH);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        }
        sb.append(String.format(Locale.ROOT, "%3.0f %% %,d/%,d paths%s, %,.0f paths/s", 100 * fraction, done, total,
                budget ? " (budget)" : "", rate));
        if (rate > 0 && done < total) {
            sb.append(budget ? ", at most " : ", ").append(duration((total - done) / rate)).append(" left");
        }
        if (!precision.isEmpty()) {
            sb.append("; ").append(precision);
        }
        return sb.toString();
    }

    private void draw(long now) {
        String line = line(now);
        if (terminal) {
            int pad = Math.max(0, shownWidth - line.length());
            err.print('\r' + line + " ".repeat(pad));
            shownWidth = line.length();
        } else {
            err.println("  " + line);
        }
        err.flush();
        shown = true;
    }

    private static String halfWidth(Convergence.TargetStatus t) {
        if (Double.isInfinite(t.achieved()) || Double.isNaN(t.achieved())) {
            return "±unbounded";
        }
        return t.relative() ? String.format(Locale.ROOT, "±%.3g %%", 100 * t.achieved())
                : String.format(Locale.ROOT, "±%.3g", t.achieved());
    }

    /** Seconds as {@code 45 s}, {@code 3 min 05 s} or {@code 2 h 07 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
