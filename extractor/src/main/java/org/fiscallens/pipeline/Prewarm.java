package org.fiscallens.pipeline;

import org.fiscallens.model.FiscalJson;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cold-start help: while the first document's pages are being parsed, a background thread initialises what
 * the later stages need once per JVM (the JSON serializers of the model, HanLP's dictionaries, the rule
 * catalogue and its patterns), so that these one-time costs leave the critical path. It changes no result:
 * every step is an idempotent, thread-safe initialisation that the stage would otherwise do itself.
 */
public final class Prewarm {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Prewarm() {}

    /** Starts the background initialisation once per JVM (later calls do nothing). */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(Prewarm::run, "fiscal-prewarm");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            FiscalJson.prewarm();
            org.fiscallens.facts.LabelCutter.cut("一般公共预算财政拨款支出");
            org.fiscallens.checks.Checker.catalogue();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the stages initialise themselves anyway.
        }
    }
}
