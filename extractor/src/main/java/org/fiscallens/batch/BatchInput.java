package org.fiscallens.batch;

import java.nio.file.Path;

/**
 * One file to process and where its result goes.
 *
 * @param file     the input file
 * @param relative its path relative to the input root it was found under (its file name for a file given by name),
 *                 with '/' separators: the result is {@code OUTDIR/<relative without .pdf>.json}
 */
public record BatchInput(Path file, String relative) {

    /** The result's path relative to the output folder. */
    public String resultName() {
        String r = relative.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? relative.substring(0, relative.length() - 4) : relative;
        String name = r + ".json";
        // keep clear of the name of a run's summary, at any depth (exports read every summary.json as one)
        return name.equals(BatchRunner.SUMMARY) || name.endsWith("/" + BatchRunner.SUMMARY) ? r + ".pdf.json" : name;
    }
}
