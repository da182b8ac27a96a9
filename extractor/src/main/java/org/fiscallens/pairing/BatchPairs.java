package org.fiscallens.pairing;

import org.fiscallens.batch.AtomicFiles;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * After a batch run: the reports published as two files among its results, each pair checked as one report
 * and written to {@code OUTDIR/pairs/<narrative>+<companion>.pair.json} — the narrative's model with
 * {@code document.companion} and the pair's findings, every evidence naming its file. The members' own results
 * are left as they are (each file checked alone). Pair files of an earlier run that no longer pair are removed.
 */
public final class BatchPairs {

    public static final String DIR = "pairs";
    public static final String SUFFIX = ".pair.json";

    private BatchPairs() {}

    /** Pairs the results of {@code files} (paths relative to {@code outDir}); returns how many pairs were written. */
    public static int run(Path outDir, List<BatchSummary.FileEntry> files, PrintWriter err) throws IOException {
        List<Pairs.Member<Path>> members = new ArrayList<>();
        for (BatchSummary.FileEntry f : files) {
            if (f.result() == null) continue;
            Path result = outDir.resolve(f.result());
            try {
                members.add(Pairs.Member.of(FiscalJson.read(result), result));
            } catch (IOException e) {
                err.println("fiscal: " + result + ": cannot read result for pairing: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
        Path dir = outDir.resolve(DIR);
        Set<Path> written = new HashSet<>();
        for (Pairs.Pair<Path> p : Pairs.find(members)) {
            FiscalDocument narrative = FiscalJson.read(p.narrative().ref());
            FiscalDocument companion = FiscalJson.read(p.companion().ref());
            FiscalDocument pair = PairedReport.check(narrative, companion, 1);
            Path target = dir.resolve(stem(outDir.relativize(p.narrative().ref())) + "+" + stem(p.companion().ref().getFileName()) + SUFFIX);
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, FiscalJson.write(pair));
            written.add(target.toAbsolutePath().normalize());
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path old : s.filter(x -> x.getFileName().toString().endsWith(SUFFIX)).toList()) {
                    if (!written.contains(old.toAbsolutePath().normalize())) Files.deleteIfExists(old);
                }
            }
        }
        return written.size();
    }

    private static String stem(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.endsWith(".json") ? s.substring(0, s.length() - 5) : s;
    }
}
