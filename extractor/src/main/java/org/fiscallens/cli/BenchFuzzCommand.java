package org.fiscallens.cli;

import org.fiscallens.batch.BatchOptions;
import org.fiscallens.bench.FuzzBench;
import org.fiscallens.bench.SpeedBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fiscal bench fuzz N}: hostile cases made from the real corpus, read as `fiscal batch` reads. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Generates N hostile cases (byte flips, truncation, broken xref/trailer/streams, page-tree loops, "
                + "decompression bombs, huge pages, many pages, odd files) from the PDFs of a folder (default: the real corpus, "
                + "../shared/corpus/real or $FISCAL_CORPUS), reproducible by --seed, and reads them one after another in persistent worker JVMs under the "
                + "batch limits (a worker past the time limit, out of heap or crashed is replaced).",
                "Prints the outcomes per class, the slowest cases, the peak heap and the reasons given.",
                "Exit code: 0 every case read or refused with a plain reason, 1 otherwise."})
final class BenchFuzzCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "N", description = "number of cases")
    int cases;

    @Option(names = "--corpus", paramLabel = "DIR", description = "folder of the PDFs the damaged cases are made from")
    Path corpus;

    @Option(names = "--seed", description = "seed of the cases (default ${DEFAULT-VALUE})")
    long seed = 17;

    @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "worker processes (default: the cores, ${DEFAULT-VALUE})")
    int workers = BatchOptions.defaultWorkers();

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "per-case wall-time limit (default ${DEFAULT-VALUE})")
    double timeLimit = 60;

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "heap limit of each worker (default ${DEFAULT-VALUE})")
    String maxHeap = "512m";

    @Option(names = "--budget", paramLabel = "SECONDS", description = "take no new case after this many seconds; "
            + "the cases begun are finished and reported (default: none)")
    Double budget;

    @Option(names = "--log", paramLabel = "FILE", description = "one tab-separated line per case as it ends "
            + "(index, class, kind, outcome, ms, peak heap bytes, reason)")
    Path log;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = corpus;
        if (dir == null) dir = BenchInputs.defaultCorpus();
        if (!Files.isDirectory(dir)) {
            err.println("fiscal: no corpus at " + dir + " (set FISCAL_CORPUS or --corpus)");
            return FiscalCli.EXIT_UNREADABLE;
        }
        List<Path> pdfs = SpeedBench.findPdfs(List.of(dir));
        if (pdfs.isEmpty() || cases < 1 || workers < 1) {
            err.println("fiscal: " + (pdfs.isEmpty() ? "no PDF in " + dir : "N and --workers must be at least 1"));
            return FiscalCli.EXIT_UNREADABLE;
        }
        Path work = Files.createTempDirectory("fiscal-fuzz-");
        try {
            FuzzBench.Settings s = new FuzzBench.Settings(seed, cases, workers, Duration.ofMillis(Math.round(timeLimit * 1000)),
                    maxHeap, work,
                    budget == null ? null : Duration.ofMillis(Math.round(budget * 1000)), log);
            List<FuzzBench.Result> results = new FuzzBench(pdfs, s, spec.commandLine().getOut()).run();
            return results.stream().allMatch(r -> FuzzBench.acceptable(r.outcome())) ? FiscalCli.EXIT_OK : FiscalCli.EXIT_FINDINGS;
        } finally {
            ExtractCommand.deleteQuietly(work);
        }
    }
}
