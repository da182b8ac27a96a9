package org.fiscallens.pipeline;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the libraries' logging is set up, once per process (the CLI and every batch worker). PDFBox and fontbox
 * report every font oddity; that stays off the user's terminal unless asked for with --debug.
 */
public final class LibraryLogging {
    private LibraryLogging() {}

    /**
     * PDFBox and fontbox log through Apache Commons Logging, which on its own discovers the Log4j API (brought
     * by POI) and routes it to java.util.logging through log4j-to-jul: the same destination, after a Log4j
     * provider search that cost about a tenth of a second of every start. Naming the java.util.logging
     * binding directly keeps the destination and skips the search; a user's own setting wins. Then the
     * libraries' loggers are silenced ({@code debug}: warnings shown).
     */
    public static void quiet(boolean debug) {
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            if (System.getProperty("org.apache.commons.logging.Log") == null) {
                System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
            }
        }
        Level level = debug ? Level.WARNING : Level.OFF;
        for (String name : new String[]{"org.apache.pdfbox", "org.apache.fontbox", "org.apache"}) {
            Logger.getLogger(name).setLevel(level);
        }
    }
}
