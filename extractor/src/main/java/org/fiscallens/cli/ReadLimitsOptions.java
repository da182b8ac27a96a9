package org.fiscallens.cli;

import org.fiscallens.batch.IsolatedRun;
import org.fiscallens.batch.InputScanner;
import org.fiscallens.pdf.Limits;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits every reading command shares with {@code fiscal batch}: wall time per file, the reading process's heap,
 * and the reader's {@link Limits} ({@code --limit NAME=N}).
 */
final class ReadLimitsOptions {
    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "wall-time limit per file in seconds (default ${DEFAULT-VALUE})")
    double timeLimit = 300;

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "heap limit of the reading process, as for -Xmx (default ${DEFAULT-VALUE})")
    String maxHeap = "512m";

    @Option(names = "--limit", paramLabel = "NAME=N", description = "raise or lower one of the reader's limits: pages, page-bytes, "
            + "font-bytes, page-glyphs, page-paths, image-pixels (README: Limits); repeatable")
    List<String> limits = new ArrayList<>();

    /** Applies the --limit settings to this JVM (and so to its workers); false after printing what is wrong. */
    boolean apply(PrintWriter err) {
        try {
            for (String l : limits) Limits.apply(l);
            return true;
        } catch (IllegalArgumentException e) {
            err.println("fiscal: " + e.getMessage());
            return false;
        }
    }

    /** A worker for the documents, or null after printing why the options are wrong. */
    IsolatedRun isolated(PrintWriter err) {
        try {
            return new IsolatedRun(Duration.ofMillis(Math.round(timeLimit * 1000)), maxHeap);
        } catch (IllegalArgumentException e) {
            err.println("fiscal: " + e.getMessage());
            return null;
        }
    }

    /** The files named by the inputs (folders searched for *.pdf), each problem printed; the count of problems. */
    static int files(List<Path> inputs, List<Path> files, PrintWriter err) {
        List<String> args = new ArrayList<>();
        for (Path p : inputs) args.add(p.toString());
        InputScanner.Result scan = InputScanner.scan(args);
        scan.problems().forEach(p -> err.println("fiscal: " + p));
        scan.inputs().forEach(in -> files.add(in.file()));
        return scan.problems().size();
    }
}
