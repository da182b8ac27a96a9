package org.fiscallens.pipeline;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the libraries' logging is set up, once per process (the CLI and every batch worker). PDFBox and fontbox
 * report every font oddity; that stays off the user's terminal unless asked for with --debug.
 *
 * <p>Two routes are set. PDFBox and fontbox log through Apache Commons Logging: without --debug it is bound to
 * its no-op logger, with --debug to java.util.logging (warnings shown). Naming the binding also skips Commons
 * Logging's discovery of the Log4j API (brought by POI), a Log4j provider search that cost about a tenth of a
 * second of every start; a user's own setting wins. Tika and POI log through SLF4J and the Log4j API, both bound
 * to java.util.logging, whose {@code org.apache} loggers are set to the same level ({@link #julLevels()}).
 */
public final class LibraryLogging {
    private LibraryLogging() {}

    private static volatile boolean debug;
    private static boolean julDone;
    /**
     * The configured loggers, held: java.util.logging keeps loggers only weakly, and a logger collected before a
     * library first logs would come back without its level.
     */
    private static final java.util.List<Logger> CONFIGURED = new java.util.ArrayList<>();

    /** Sets both routes now: for commands that may use any library at once (batch, export). */
    public static void quiet(boolean debug) {
        quietCommonsLogging(debug);
        julLevels();
    }

    /**
     * Sets the Commons Logging route now and leaves java.util.logging for later: a command that reads a document
     * uses Tika (OCR) only for scanned pages and calls {@link #julLevels()} first, and {@link Prewarm} sets it in
     * the background. Initialising java.util.logging's LogManager took 30 ms of a cold start's critical path.
     */
    public static void quietCommonsLogging(boolean debug) {
        LibraryLogging.debug = debug;
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            if (System.getProperty("org.apache.commons.logging.Log") == null) {
                System.setProperty("org.apache.commons.logging.Log", debug
                        ? "org.apache.commons.logging.impl.Jdk14Logger" : "org.apache.commons.logging.impl.NoOpLog");
            }
        }
    }

    /** Sets the level of the libraries' java.util.logging loggers (once; later calls do nothing). */
    public static synchronized void julLevels() {
        if (julDone) return;
        julDone = true;
        Level level = debug ? Level.WARNING : Level.OFF;
        for (String name : new String[]{"org.apache.pdfbox", "org.apache.fontbox", "org.apache"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(level);
            CONFIGURED.add(logger);
        }
    }
}
