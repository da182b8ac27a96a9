package org.fiscallens.cli;

import org.fiscallens.bench.MutationBench;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.pdf.ParallelPageReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fiscal bench mutate}: one printed figure changed at a time; the share of changes the checks detect, per class. */
@Command(name = "mutate", mixinStandardHelpOptions = true,
        description = {"Mutation bench over PDFs or folders (default: the real corpus, ../shared/corpus/real or $FISCAL_CORPUS).",
                "Each document is read once; then one figure at a time is changed in the page text (positions kept) and "
                        + "layout, tables, sections, facts and checks run again. Classes: amount (a digit of an amount), rate "
                        + "(a digit of a %), year (the year a comparison is made with), name (a 科目 name to its old name or "
                        + "two words swapped), empty (an amount removed, its slot left empty), cell (a digit of a standard "
                        + "table's cell). A mutant is detected when a finding the unchanged document lacks cites the changed "
                        + "place (same page and overlapping box, or a quote holding the changed text).",
                "Mutants are drawn reproducibly (--seed), --per-class N per class and document, among the figures with a "
                        + "counterpart (a fact the tie-out agrees with a source, a standard-table cell, a 科目 name a standard table's "
                        + "row bears or marked 类/款/项; every year and emptied amount) and among all figures; both tables are printed."})
final class BenchMutateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PDF_OR_DIR", description = "PDF files or folders")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--seed", description = "seed of the draws (default ${DEFAULT-VALUE})")
    long seed = 12;

    @Option(names = "--per-class", paramLabel = "N", description = "mutants per class and document (default ${DEFAULT-VALUE})")
    int perClass = 4;

    @Option(names = "--max-docs", paramLabel = "N", description = "documents to run in this call (those in --state not counted)")
    int maxDocs = Integer.MAX_VALUE;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "stop starting mutants after this time; "
            + "a document cut short is run again by the next call with the same --state")
    Double timeLimit;

    @Option(names = "--state", paramLabel = "FILE", description = "JSON Lines of finished documents: read to skip them, appended to")
    Path state;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default ${DEFAULT-VALUE})")
    String format = "text";

    @Option(names = "--examples", paramLabel = "N", description = "missed mutants listed per class with their sentence (text; default ${DEFAULT-VALUE})")
    int examples = 5;

    @Option(names = "--threads", paramLabel = "N", description = "threads of a document's reading (default ${DEFAULT-VALUE})")
    int threads = ParallelPageReader.threads();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("fiscal: --format must be text or json, not " + format);
            return FiscalCli.EXIT_UNREADABLE;
        }
        if (perClass < 1 || maxDocs < 1 || threads < 1 || (timeLimit != null && timeLimit <= 0)) {
            err.println("fiscal: --per-class, --max-docs, --threads and --time-limit must be positive");
            return FiscalCli.EXIT_UNREADABLE;
        }
        List<Path> pdfs = BenchInputs.pdfs(inputs, err);
        if (pdfs == null) return FiscalCli.EXIT_UNREADABLE;
        MutationBench.Settings s = new MutationBench.Settings(seed, perClass, maxDocs,
                timeLimit == null ? null : Duration.ofMillis(Math.round(timeLimit * 1000)), state, threads);
        MutationBench.Run run = new MutationBench(pdfs, s, err).run();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(FiscalJson.mapper().writeValueAsString(MutationBench.json(run, s)));
            out.flush();
        } else {
            MutationBench.printText(run, s, examples, out);
        }
        return FiscalCli.EXIT_OK;
    }
}
