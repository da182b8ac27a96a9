package org.fiscallens.cli;

import org.fiscallens.checks.Checker;
import org.fiscallens.checks.report.TextReport;
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
        description = {"Check each document (PDF, or a JSON model written by `fiscal extract`) and report its findings,",
                "grouped by severity, with pages, quotes and the arithmetic (rules: docs/rules.md).",
                "A report published as two files (its narrative in one, its tables in the other: same entity, year, kind",
                "and scope) is checked as one document when both are given; each evidence then names its file.",
                "Exit code: 0 no error-severity finding, 1 some, 2 a document could not be read."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF or JSON files, or directories (searched for *.pdf)")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FMT", description = "text (default) or json (the findings)")
    String format = "text";

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
        List<Path> files = new ArrayList<>();
        boolean unreadable = ReadLimitsOptions.files(inputs, files, err) > 0, errors = false;
        Map<String, List<Finding>> json = new LinkedHashMap<>();
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
                    doc = Checker.withFindings(FiscalJson.read(f), null);
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
                        err.println("fiscal: " + f + ": " + o.reason());
                        unreadable = true;
                        continue;
                    }
                    doc = FiscalJson.read(result);
                    Files.deleteIfExists(result);
                }
            } catch (PdfReadException e) {
                err.println("fiscal: " + f + ": " + e.getMessage());
                if (debug && e.getCause() != null) e.getCause().printStackTrace(err);
                unreadable = true;
                continue;
            } catch (IOException e) {
                err.println("fiscal: " + f + ": not a Fiscal Lens JSON model: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                unreadable = true;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                err.println("fiscal: " + f + ": " + org.fiscallens.pdf.Reasons.of(e));
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
            List<String> names = new ArrayList<>(), keys = new ArrayList<>();
            List<List<Finding>> reports = new ArrayList<>();
            if (!paired.contains(i)) {
                names.add(read.get(i).toString());
                keys.add(read.get(i).getFileName().toString());
                reports.add(docs.get(i).findings());
            }
            for (Pairs.Pair<Integer> p : pairs) {
                if (p.narrative().ref() != i) continue;
                Path companion = read.get(p.companion().ref());
                names.add(read.get(i) + " + " + companion);
                keys.add(read.get(i).getFileName() + " + " + companion.getFileName());
                reports.add(PairedReport.check(docs.get(i), docs.get(p.companion().ref()), 1).findings());
            }
            for (int k = 0; k < names.size(); k++) {
                List<Finding> findings = reports.get(k);
                if (Checker.hasErrors(findings)) errors = true;
                if (format.equals("json")) json.put(keys.get(k), findings);
                else out.print(TextReport.render(names.get(k), findings) + "\n");
            }
        }
        if (format.equals("json")) {
            try {
                Object payload = json.size() == 1 && files.size() == 1 ? json.values().iterator().next() : json;
                out.println(FiscalJson.mapper().writeValueAsString(payload));
            } catch (IOException e) {
                err.println("fiscal: cannot write JSON: " + e.getMessage());
                return FiscalCli.EXIT_UNREADABLE;
            }
        }
        out.flush();
        if (unreadable) return FiscalCli.EXIT_UNREADABLE;
        return errors ? FiscalCli.EXIT_FINDINGS : FiscalCli.EXIT_OK;
    }
}
