package org.fiscallens.checks.bench;

import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.pipeline.DocumentExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the checker (scripts/bench-checks.sh): precision of error findings on the real corpus against the
 * hand-reviewed verdicts of corpus/expected/checks/findings-review.tsv (an error finding not in the review counts
 * as not true), precision of warning and info findings against findings-review-warnings.tsv, recall on the seed (corpus/expected/checks/seed-errors.tsv) and on the known defects
 * (corpus/expected/checks/known-defects.tsv). With --dump FILE it writes the error, warning and info findings as review rows.
 */
public final class ChecksBench {

    record Row(String file, String rule, int page, String quote) {}

    public static void main(String[] args) throws IOException {
        for (String name : new String[]{"org.apache.pdfbox", "org.apache.fontbox", "org.apache"})
            java.util.logging.Logger.getLogger(name).setLevel(java.util.logging.Level.OFF);
        System.setProperty("fiscal.checks.strict", "true");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path corpus = Path.of(args.length > 1 ? args[1] : root.resolve("../shared/corpus/real").toString()).normalize();
        Path dump = args.length > 3 && args[2].equals("--dump") ? Path.of(args[3]) : null;
        Path expected = root.resolve("corpus/expected/checks");
        DocumentExtractor ex = new DocumentExtractor();

        List<Map<String, String>> review = tsv(expected.resolve("findings-review.tsv"));
        List<Map<String, String>> reviewWarnings = tsv(expected.resolve("findings-review-warnings.tsv"));
        int[] warn = new int[3], info = new int[3]; // all, reviewed true, not reviewed
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(corpus)) {
            pdfs = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        int errors = 0, trueErrors = 0, unreviewed = 0;
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        StringBuilder dumpRows = new StringBuilder("file\trule\tpage\tquote\tverdict\twhy\n");
        System.out.printf("%-60s %6s %6s %6s%n", "file", "error", "warn", "info");
        for (Path pdf : pdfs) {
            String rel = corpus.relativize(pdf).toString();
            FiscalDocument doc;
            try {
                doc = ex.extract(pdf, null);
            } catch (Exception e) {
                System.out.println(rel + ": cannot read: " + e.getMessage());
                continue;
            }
            byFile.put(rel, doc.findings());
            long e = 0, w = 0, i = 0;
            for (Finding f : doc.findings()) {
                if (f.severity() == Severity.ERROR) e++; else if (f.severity() == Severity.WARNING) w++; else i++;
                Evidence ev = f.evidence().isEmpty() ? null : f.evidence().get(0);
                int page = ev == null ? 0 : ev.page();
                String quote = ev == null ? "" : Regexes.replaceAll(ev.quote(), "\\s+", "");
                if (f.severity() != Severity.ERROR) {
                    String v = verdict(reviewWarnings, rel, f.rule(), page, quote);
                    int[] c = f.severity() == Severity.WARNING ? warn : info;
                    c[0]++;
                    if ("true".equals(v)) c[1]++;
                    if (v == null) c[2]++;
                    dumpRows.append(rel).append('\t').append(f.rule()).append('\t').append(page).append('\t')
                            .append(quote.length() > 40 ? quote.substring(0, 40) : quote).append('\t')
                            .append(v == null ? "?" : v).append('\t').append(f.severity().id()).append("; ")
                            .append(f.message().replace('\t', ' ')).append('\n');
                    continue;
                }
                errors++;
                String verdict = null;
                for (Map<String, String> r : review) {
                    if (r.get("file").equals(rel) && r.get("rule").equals(f.rule()) && Integer.parseInt(r.get("page")) == page
                            && quote.contains(Regexes.replaceAll(r.get("quote"), "\\s+", ""))) { verdict = r.get("verdict"); break; }
                }
                if (verdict == null) unreviewed++;
                else if (verdict.equals("true")) trueErrors++;
                dumpRows.append(rel).append('\t').append(f.rule()).append('\t').append(page).append('\t')
                        .append(quote.length() > 40 ? quote.substring(0, 40) : quote).append('\t')
                        .append(verdict == null ? "?" : verdict).append('\t').append(f.message().replace('\t', ' ')).append('\n');
            }
            System.out.printf("%-60s %6d %6d %6d%n", rel, e, w, i);
        }
        System.out.printf("%nprecision of error findings on the real corpus: %d true / %d = %.1f%% (%d not yet reviewed, counted as not true)%n",
                trueErrors, errors, errors == 0 ? 100.0 : 100.0 * trueErrors / errors, unreviewed);
        System.out.printf("precision of warning findings on the real corpus: %d true / %d = %.1f%% (%d not yet reviewed, counted as not true)%n",
                warn[1], warn[0], warn[0] == 0 ? 100.0 : 100.0 * warn[1] / warn[0], warn[2]);
        System.out.printf("precision of info findings on the real corpus: %d true / %d = %.1f%% (%d not yet reviewed); reviewed false and fixed since: %d%n",
                info[1], info[0], info[0] == 0 ? 100.0 : 100.0 * info[1] / info[0], info[2],
                reviewWarnings.stream().filter(r -> r.get("verdict").equals("false") && !r.get("file").startsWith("corpus/seed/")).count());

        // recall on the known defects
        int known = 0, knownFound = 0, knownSkipped = 0;
        for (Map<String, String> r : tsv(expected.resolve("known-defects.tsv"))) {
            List<Finding> fs = byFile.get(r.get("file"));
            if (fs == null) continue;
            if (r.get("needs").equals("tables") && fs.stream().noneMatch(f -> f.category().equals("arithmetic") || f.category().equals("cross_table"))
                    && !hasTables(corpus.resolve(r.get("file")), ex)) { knownSkipped++; continue; }
            known++;
            if (found(fs, r.get("rule"), Integer.parseInt(r.get("page")), r.get("quote"))) knownFound++;
            else System.out.println("  known defect missed: " + r.get("file") + " p." + r.get("page") + " " + r.get("rule"));
        }
        System.out.printf("recall on KNOWN_DEFECTS: %d / %d%s%n", knownFound, known,
                knownSkipped == 0 ? "" : " (" + knownSkipped + " table-dependent rows not measurable: no tables in the model)");

        // recall on the seed
        Path seed = root.resolve("corpus/seed/000_f643c22fe8df2981.pdf");
        List<Finding> sf;
        try {
            sf = ex.extract(seed, null).findings();
        } catch (Exception e) {
            System.out.println("seed: cannot read: " + e.getMessage());
            return;
        }
        int notes = 0, findable = 0, seedFound = 0;
        java.util.Set<String> noteIds = new java.util.HashSet<>(), foundIds = new java.util.HashSet<>(), findableIds = new java.util.HashSet<>();
        for (Map<String, String> r : tsv(expected.resolve("seed-errors.tsv"))) {
            noteIds.add(r.get("note"));
            if (!r.get("findable").equals("yes")) continue;
            findableIds.add(r.get("note"));
            if (found(sf, r.get("rule"), Integer.parseInt(r.get("page")), r.get("quote"))) foundIds.add(r.get("note"));
            else System.out.println("  seed error missed: note " + r.get("note") + " " + r.get("rule") + " p." + r.get("page"));
        }
        long seedErrors = sf.stream().filter(f -> f.severity() == Severity.ERROR).count();
        System.out.printf("recall on the seed: %d / %d findable notes found (NOTES.md lists %d; the rest are not findable yet: reasons in seed-errors.tsv); %d error findings%n",
                foundIds.size(), findableIds.size(), noteIds.size(), seedErrors);
        if (dump != null) Files.writeString(dump, dumpRows.toString(), StandardCharsets.UTF_8);
    }

    /** The verdict of the first row for this finding (file, rule, page, quote containing the row's), or null. */
    private static String verdict(List<Map<String, String>> review, String file, String rule, int page, String quote) {
        for (Map<String, String> r : review) {
            if (r.get("file").equals(file) && r.get("rule").equals(rule) && Integer.parseInt(r.get("page")) == page
                    && quote.contains(Regexes.replaceAll(r.get("quote"), "\\s+", ""))) return r.get("verdict");
        }
        return null;
    }

    private static boolean hasTables(Path pdf, DocumentExtractor ex) {
        try { return !ex.extract(pdf, null).tables().isEmpty(); } catch (Exception e) { return false; }
    }

    static boolean found(List<Finding> fs, String rule, int page, String quote) {
        String q = Regexes.replaceAll(quote, "\\s+", "");
        for (Finding f : fs) {
            if (!f.rule().equals(rule) && !f.category().equals(rule)) continue;
            for (Evidence e : f.evidence())
                if (e.page() == page && (Regexes.replaceAll(e.quote(), "\\s+", "").contains(q) || Regexes.replaceAll(f.message(), "\\s+", "").contains(q))) return true;
        }
        return false;
    }

    static List<Map<String, String>> tsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        if (!Files.exists(file)) return rows;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] h = lines.get(0).split("\t", -1);
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < h.length; i++) m.put(h[i], i < c.length ? c[i] : "");
            rows.add(m);
        }
        return rows;
    }
}
