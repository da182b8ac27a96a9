package org.fiscallens.cli;

import org.fiscallens.bench.SpeedBench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The PDFs a bench command reads: the files and folders named, else the default corpus. */
final class BenchInputs {
    private BenchInputs() {}

    /** The corpus a bench reads when no input is named: $FISCAL_CORPUS, else ../shared/corpus/real. */
    static Path defaultCorpus() {
        String env = System.getenv("FISCAL_CORPUS");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared/corpus/real");
    }

    /**
     * The PDFs under {@code inputs} (or the default corpus when none is named), or null after a one-line reason on
     * {@code err}: no corpus to default to, a named path that does not exist, no PDF found.
     */
    static List<Path> pdfs(List<Path> inputs, PrintWriter err) throws java.io.IOException {
        List<Path> in = new ArrayList<>(inputs);
        if (in.isEmpty()) {
            Path corpus = defaultCorpus();
            if (!Files.isDirectory(corpus)) {
                err.println("fiscal: no input given and no corpus at " + corpus + " (set FISCAL_CORPUS or name PDFs/folders)");
                return null;
            }
            in.add(corpus);
        }
        for (Path p : in) {
            if (!Files.exists(p)) {
                err.println("fiscal: no such file or folder: " + p);
                return null;
            }
        }
        List<Path> pdfs = SpeedBench.findPdfs(in);
        if (pdfs.isEmpty()) {
            err.println("fiscal: no PDF found in " + in);
            return null;
        }
        return pdfs;
    }
}
