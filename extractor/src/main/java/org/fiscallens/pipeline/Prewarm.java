package org.fiscallens.pipeline;

import org.fiscallens.model.FiscalJson;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cold-start help: while the first document's pages are being parsed, a background thread initialises what
 * the later stages need once per JVM (the libraries' java.util.logging levels, the JSON serializers of the model,
 * HanLP's dictionaries, the rule catalogue and its patterns), so that these one-time costs leave the critical path. It changes no result:
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

    /**
     * One-time static initialisations of PDFBox that the first page would otherwise wait for, in the order
     * the reading thread needs them: the document class (its initialiser is PDFBox's first string
     * concatenation, which sets up the JDK's concatenation bootstraps), the I/O utilities, the Adobe glyph
     * list, and fontbox's table of every one- and two-byte CMap string (65,792 strings, a quarter of a second
     * in a cold JVM).
     */
    private static final String[] PDFBOX_STATICS = {
            "org.apache.pdfbox.pdmodel.PDDocument",
            "org.apache.pdfbox.io.IOUtils",
            "org.apache.pdfbox.pdmodel.font.encoding.GlyphList",
            "org.apache.fontbox.cmap.CMapStrings",
    };

    private static void run() {
        try {
            LibraryLogging.julLevels();
            ClassLoader loader = Prewarm.class.getClassLoader();
            for (String name : PDFBOX_STATICS) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException e) {
                    // a PDFBox version without it: nothing to warm
                }
            }
            FiscalJson.prewarm();
            org.fiscallens.facts.LabelCutter.cut("一般公共预算财政拨款支出");
            org.fiscallens.checks.Checker.catalogue();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the stages initialise themselves anyway.
        }
    }
}
