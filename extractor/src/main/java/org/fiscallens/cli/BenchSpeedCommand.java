package org.fiscallens.cli;

import org.fiscallens.bench.SpeedBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code fiscal bench speed}: per-page time of extraction against PDFBox's text stripper and pdftotext, batch
 * throughput with 1 and 2 workers, cold start and peak heap, with ratios against the targets.
 */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = {"Speed benchmark over a folder of PDFs (default: the real corpus, ../shared/corpus/real or $FISCAL_CORPUS).",
                "Prints per-page times of extract vs PDFBox PDFTextStripper vs pdftotext -layout, batch throughput, cold start "
                        + "and peak heap, with the ratios against the targets (batch <= 5x pdftotext -layout, cold start <= 1.5 s, "
                        + "heap <= 512 MB per worker)."})
public final class BenchSpeedCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PDF_OR_DIR", description = "PDF files or folders")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--workers", split = ",", paramLabel = "N", description = "worker counts of the batch runs (default ${DEFAULT-VALUE})")
    List<Integer> workers = new ArrayList<>(List.of(1, 2));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> pdfs = BenchInputs.pdfs(inputs, err);
        if (pdfs == null) return FiscalCli.EXIT_UNREADABLE;
        Path work = Files.createTempDirectory("fiscal-bench-");
        try {
            new SpeedBench(pdfs, workers, work, spec.commandLine().getOut()).run();
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return FiscalCli.EXIT_OK;
    }
}
