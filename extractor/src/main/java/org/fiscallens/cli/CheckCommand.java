package org.fiscallens.cli;

import org.fiscallens.checks.Checker;
import org.fiscallens.checks.report.Review;
import org.fiscallens.checks.report.TextReport;
import org.fiscallens.checks.report.TickMarks;
import org.fiscallens.tieout.TieSummary;
import org.fiscallens.batch.IsolatedRun;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.pairing.PairedReport;
import org.fiscallens.pairing.Pairs;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code fiscal check}: the consistency findings of each document (docs/rules.md). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check each document (PDF, or a JSON model written by `fiscal extract`) and report its findings, "
                        + "grouped by severity, with pages, quotes and the arithmetic (rules: docs/rules.md).",
                "A report published as two files (its narrative in one, its tables in the other: same entity, year, kind "
                        + "and scope) is checked as one document when both are given; each evidence then names its file.",
                "Each document ends with its tie-out: how many narrative figures agree with their sources (✓), contradict "
                        + "one (✗) or are untied (○), and how many of those have no claim subject: \"0 errors\" with nothing tied "
                        + "means nothing could be checked. --tickmarks lists every figure with its mark and sources.",
                "--format json prints one object per document: {\"file\", \"sha256\", \"tieout\", \"findings\": [...]}; several documents "
                        + "(or --jsonl) as JSON Lines, one object a line. FILE - reads a PDF or a JSON model from standard input.",
                "--baseline FILE hides the findings a person has already accepted or dismissed (matched by rule and place: "
                        + "the document's sha256, page, table/row/column or quote; written by the HTML report).",
                "Exit code: 0 no (new) error-severity finding, 1 some, 2 a document could not be read."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF or JSON files, or directories (searched for *.pdf); - reads standard input")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "text (default) or json (an object per document)")
    String format = "text";

    @Option(names = "--jsonl", description = "with --format json: JSON Lines, one document object a line, also for one input")
    boolean jsonl;

    @Option(names = "--compact", description = "with --format json: no indentation")
    boolean compact;

    @Option(names = "--baseline", paramLabel = "REVIEWED", description = "reviewed-findings file (from the HTML report): "
            + "hide the findings it accepts or dismisses, show only new ones")
    Path baseline;

    @Option(names = "--tickmarks", description = "list every narrative figure with its tie-out mark (✓ agrees, ✗ contradicts, "
            + "○ untied), page, quote, value and sources; with --format json each document object also holds its \"facts\" "
            + "(as in the model, each with its \"tie\")")
    boolean tickmarks;

    @Option(names = "--password", paramLabel = "PW", description = "password of encrypted PDFs")
    String password;

    @Option(names = "--debug", description = "read PDFs in this process, printing stack traces (no time or heap limit)")
    boolean debug;

    @CommandLine.Mixin
    ReadLimitsOptions limits = new ReadLimitsOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("fiscal: --format must be text or json");
            return FiscalCli.EXIT_UNREADABLE;
        }
        if (!limits.apply(err)) return FiscalCli.EXIT_UNREADABLE;
        Review review = Review.empty();
        if (baseline != null) {
            try {
                review = Review.read(baseline);
            } catch (IOException e) {
                err.println("fiscal: " + baseline + ": " + e.getMessage());
                return FiscalCli.EXIT_UNREADABLE;
            }
        }
        List<Path> files = new ArrayList<>();
        java.util.Set<Path> fromStdin = new java.util.HashSet<>();
        List<Path> named = new ArrayList<>();
        if (!Stdin.split(inputs, files, fromStdin, named, err)) return FiscalCli.EXIT_UNREADABLE;
        boolean unreadable = !named.isEmpty() && ReadLimitsOptions.files(named, files, err) > 0, errors = false;
        JsonOut json = new JsonOut(out, jsonl, compact, files.size() > 1);
        // PDFs are read in a worker JVM under the time and heap limits, as by `fiscal batch` (--debug: in this JVM)
        IsolatedRun isolated = null;
        DocumentExtractor extractor = null;
        Path scratch = null;
        List<Path> read = new ArrayList<>();
        List<FiscalDocument> docs = new ArrayList<>();
        try {
          for (Path f : files) {
            FiscalDocument doc;
            try {
                if (f.getFileName().toString().toLowerCase().endsWith(".json")) {
                    doc = Checker.withFindings(FiscalJson.readModel(f), null);
                } else if (debug) {
                    if (extractor == null) extractor = new DocumentExtractor();
                    doc = extractor.extract(f, password);
                } else {
                    if (isolated == null && (isolated = limits.isolated(err)) == null) return FiscalCli.EXIT_UNREADABLE;
                    if (scratch == null) {
                        try {
                            scratch = Files.createTempDirectory("fiscal-check-");
                        } catch (IOException e) {
                            err.println("fiscal: cannot create a temporary folder: " + e.getMessage());
                            return FiscalCli.EXIT_UNREADABLE;
                        }
                    }
                    Path result = scratch.resolve("result.json");
                    IsolatedRun.Outcome o = isolated.extract(f, result, password, false);
                    if (!o.ok()) {
                        err.println("fiscal: " + (fromStdin.contains(f) ? Stdin.NAME : f) + ": " + o.reason());
                        unreadable = true;
                        continue;
                    }
                    doc = FiscalJson.read(result);
                    Files.deleteIfExists(result);
                }
            } catch (PdfReadException e) {
                err.println("fiscal: " + (fromStdin.contains(f) ? Stdin.NAME : f) + ": " + e.getMessage());
                if (debug && e.getCause() != null) e.getCause().printStackTrace(err);
                unreadable = true;
                continue;
            } catch (IOException e) {
                err.println("fiscal: " + (fromStdin.contains(f) ? Stdin.NAME : f) + ": not a Fiscal Lens JSON model: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                unreadable = true;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                err.println("fiscal: " + (fromStdin.contains(f) ? Stdin.NAME : f) + ": " + org.fiscallens.pdf.Reasons.of(e));
                if (debug) e.printStackTrace(err);
                unreadable = true;
                continue;
            }
            read.add(f);
            docs.add(doc);
          }
        } finally {
            if (isolated != null) isolated.close();
            ExtractCommand.deleteQuietly(scratch);
        }
        // A report published as two files (narrative + tables) is checked as one: the pair's findings replace
        // each member's own, every evidence naming its file.
        List<Pairs.Member<Integer>> members = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) members.add(Pairs.Member.of(docs.get(i), i));
        List<Pairs.Pair<Integer>> pairs = Pairs.find(members);
        java.util.Set<Integer> paired = new java.util.HashSet<>();
        for (Pairs.Pair<Integer> p : pairs) { paired.add(p.narrative().ref()); paired.add(p.companion().ref()); }
        for (int i = 0; i < docs.size(); i++) {
            List<String> names = new ArrayList<>();
            List<FiscalDocument> reports = new ArrayList<>();
            if (!paired.contains(i)) {
                names.add(fromStdin.contains(read.get(i)) ? Stdin.NAME : read.get(i).toString());
                reports.add(docs.get(i));
            }
            for (Pairs.Pair<Integer> p : pairs) {
                if (p.narrative().ref() != i) continue;
                Path companion = read.get(p.companion().ref());
                names.add(read.get(i) + " + " + companion);
                reports.add(PairedReport.check(docs.get(i), docs.get(p.companion().ref()), 1));
            }
            String sha = docs.get(i).source() == null ? null : docs.get(i).source().sha256();
            for (int k = 0; k < names.size(); k++) {
                FiscalDocument report = reports.get(k);
                List<Finding> all = report.findings(), findings = review.unreviewed(sha, all);
                TieSummary tieout = TieSummary.of(report.facts());
                if (Checker.hasErrors(findings)) errors = true;
                if (format.equals("json")) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("file", names.get(k));
                    o.put("sha256", sha);
                    if (baseline != null) o.put("reviewedHidden", all.size() - findings.size());
                    o.put("tieout", tieout);
                    o.put("findings", findings);
                    if (tickmarks) o.put("facts", report.facts());
                    try {
                        json.write(o);
                    } catch (IOException e) {
                        err.println("fiscal: cannot write JSON: " + e.getMessage());
                        return FiscalCli.EXIT_UNREADABLE;
                    }
                } else {
                    out.print(TextReport.render(names.get(k), findings) + (baseline == null ? ""
                            : "   (" + (all.size() - findings.size()) + " 条已复核，未列出 / reviewed, hidden)\n")
                            + (tickmarks ? TickMarks.render(report.facts(), report.tables()) : "")
                            + "\n" + TickMarks.summaryLine(tieout) + "\n");
                }
            }
        }
        out.flush();
        if (unreadable) return FiscalCli.EXIT_UNREADABLE;
        return errors ? FiscalCli.EXIT_FINDINGS : FiscalCli.EXIT_OK;
    }
}
