package org.fiscallens.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows how a batch run is going on standard error: on a terminal a bar redrawn in place with counts,
 * rate and ETA; elsewhere (a log, CI) one plain line per file with the same counts.
 */
public abstract class Progress {

    public enum Mode { AUTO, BAR, LINES, NONE }

    protected final PrintWriter out;
    protected int total, done, skipped, failed;
    protected long startNanos;
    /** Files actually run (not skipped) and the time they took, for the ETA. */
    private int processed;

    protected Progress(PrintWriter out) {
        this.out = out;
    }

    public static Progress create(Mode mode, PrintWriter err) {
        Mode m = mode;
        if (m == Mode.AUTO) {
            String term = System.getenv("TERM");
            m = System.console() != null && term != null && !term.equals("dumb") ? Mode.BAR : Mode.LINES;
        }
        return switch (m) {
            case BAR -> new Bar(err);
            case LINES -> new Lines(err);
            default -> new Progress(err) {
                @Override protected void show(FileOutcome o) {}
                @Override protected void end() {}
            };
        };
    }

    public final synchronized void start(int totalFiles) {
        total = totalFiles;
        startNanos = System.nanoTime();
        started();
    }

    /** Called once the run starts. */
    protected void started() {}

    public final synchronized void update(FileOutcome o) {
        switch (o.status()) {
            case DONE -> done++;
            case SKIPPED, FAILED_BEFORE -> skipped++;
            case FAILED -> failed++;
        }
        if (o.processed()) processed++;
        show(o);
    }

    public final synchronized void finish() {
        end();
    }

    protected abstract void show(FileOutcome o);

    protected abstract void end();

    protected int completed() { return done + skipped + failed; }

    protected Duration elapsed() { return Duration.ofNanos(System.nanoTime() - startNanos); }

    /** Remaining time from the pace of the files run so far (skipped files cost next to nothing); null until known. */
    protected Duration eta() {
        if (processed == 0) return null;
        double perFile = elapsed().toMillis() / (double) completed();
        return Duration.ofMillis(Math.round(perFile * (total - completed())));
    }

    protected String counts() {
        return String.format(Locale.ROOT, "done %d, skipped %d, failed %d", done, skipped, failed);
    }

    static String clock(Duration d) {
        if (d == null) return "--:--";
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    /** A bar redrawn in place with a carriage return. */
    static final class Bar extends Progress {
        private static final int WIDTH = 30;
        private long lastDraw;
        private boolean ended;

        Bar(PrintWriter out) { super(out); }

        /** Redraws every second, so that the elapsed time and ETA move during a long file. */
        @Override
        protected void started() {
            Thread ticker = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    synchronized (Bar.this) {
                        if (ended) return;
                        draw();
                    }
                }
            }, "fiscal-progress");
            ticker.setDaemon(true);
            ticker.start();
        }

        @Override
        protected void show(FileOutcome o) {
            if (o.status() == FileOutcome.Status.FAILED) {
                out.print("\r\033[K");
                out.println("failed: " + o.input().relative() + ": " + o.reason());
            }
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && completed() < total) return;
            lastDraw = now;
            draw();
        }

        private void draw() {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * completed() / total);
            double rate = completed() / Math.max(0.001, elapsed().toMillis() / 1000.0);
            out.print(String.format(Locale.ROOT, "\r\033[K[%s%s] %d/%d  %s  %.1f files/s  elapsed %s  ETA %s",
                    "#".repeat(filled), " ".repeat(WIDTH - filled), completed(), total, counts(), rate,
                    clock(elapsed()), clock(eta())));
            out.flush();
        }

        @Override
        protected void end() {
            ended = true;
            draw();
            out.println();
        }
    }

    /** One line per file, for logs. */
    static final class Lines extends Progress {
        Lines(PrintWriter out) { super(out); }

        @Override
        protected void show(FileOutcome o) {
            String what = switch (o.status()) {
                case DONE -> String.format(Locale.ROOT, "done %s (%d pages, %.1f s)", o.input().relative(), o.pages(), o.millis() / 1000.0);
                case SKIPPED -> "skipped " + o.input().relative() + " (result up to date)";
                case FAILED_BEFORE -> "skipped " + o.input().relative() + " (failed in an earlier run: " + o.reason() + ")";
                case FAILED -> "FAILED " + o.input().relative() + ": " + o.reason();
            };
            out.println(String.format(Locale.ROOT, "[%d/%d] %s  | %s, elapsed %s, ETA %s",
                    completed(), total, what, counts(), clock(elapsed()), clock(eta())));
            out.flush();
        }

        @Override
        protected void end() {
            out.println(String.format(Locale.ROOT, "finished %d files in %s: %s", total, clock(elapsed()), counts()));
            out.flush();
        }
    }
}
