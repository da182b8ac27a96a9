package org.fiscallens.pipeline;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall time of each pipeline stage of one extraction, printed to standard error when the system property
 * {@code fiscal.timing} is set (e.g. {@code FISCAL_JAVA_OPTS=-Dfiscal.timing=true ./fiscal extract f.pdf}):
 * the profile of a cold start, stage by stage, since JVM start. Silent otherwise.
 */
final class StageTimer {
    private static final boolean ON = Boolean.getBoolean("fiscal.timing");
    private final String file;
    private long last = System.nanoTime();

    StageTimer(String file) {
        this.file = file;
        if (ON) System.err.printf(Locale.ROOT, "timing %s: start at %d ms after JVM start%n", file,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    void lap(String stage) {
        if (!ON) return;
        long now = System.nanoTime();
        System.err.printf(Locale.ROOT, "timing %s: %-10s %6d ms%n", file, stage, (now - last) / 1_000_000);
        last = now;
    }
}
