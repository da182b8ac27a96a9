package org.fiscallens.cli;

import org.fiscallens.batch.BatchOptions;
import org.fiscallens.batch.BatchRunner;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.batch.InputScanner;
import org.fiscallens.batch.Progress;
import org.fiscallens.pairing.BatchPairs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fiscal batch}: many PDFs to one result JSON each, in parallel worker JVMs, resumable. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Extract many PDFs in parallel worker processes into OUTDIR/<relative path>.json and OUTDIR/summary.json.",
                "INPUT: PDF files, directories (searched recursively for *.pdf) or quoted patterns ('in/**/*.pdf').",
                "A report published as two files (narrative + tables: same entity, year, kind, scope) is also checked as one: "
                        + "OUTDIR/pairs/<narrative>+<companion>.pair.json.",
                "A rerun skips every input whose result for the same content and tool version is there (and files that "
                        + "failed before, unless --retry-failed or a larger limit); results are written atomically, "
                        + "so an interrupted run loses nothing finished.",
                "Each file gets a time limit and each worker a heap limit: a file past them is abandoned with its reason "
                        + "and the run goes on.",
                "Exit code: 0 every input has a result, 2 otherwise."})
final class BatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "PDF files, directories or patterns")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "output folder")
    Path output;

    @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "worker processes run at once (default: the cores, ${DEFAULT-VALUE})")
    int workers = BatchOptions.defaultWorkers();

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "per-file wall-time limit in seconds (default ${DEFAULT-VALUE})")
    double timeLimit = 300;

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "heap limit of each worker, as for -Xmx (default ${DEFAULT-VALUE})")
    String maxHeap = "512m";

    @Option(names = "--retry-failed", description = "try again files that failed in an earlier run")
    boolean retryFailed;

    @Option(names = "--progress", paramLabel = "MODE", description = "auto (bar on a terminal, lines otherwise), bar, lines, none (default ${DEFAULT-VALUE})")
    String progress = "auto";

    @Option(names = "--debug", description = "keep the workers' standard error in OUTDIR/.fiscal-batch/worker.log")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BatchOptions options;
        try {
            Progress.Mode mode;
            try {
                mode = Progress.Mode.valueOf(progress.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--progress must be auto, bar, lines or none");
            }
            options = new BatchOptions(output, workers, Duration.ofMillis(Math.round(timeLimit * 1000)), maxHeap,
                    retryFailed, mode, debug);
        } catch (IllegalArgumentException e) {
            err.println("fiscal: " + e.getMessage());
            return FiscalCli.EXIT_UNREADABLE;
        }
        if (java.nio.file.Files.exists(output) && !java.nio.file.Files.isDirectory(output)) {
            err.println("fiscal: " + output + ": -o must name a folder, and this is a file");
            return FiscalCli.EXIT_UNREADABLE;
        }
        InputScanner.Result scan = InputScanner.scan(inputs);
        scan.problems().forEach(p -> err.println("fiscal: " + p));
        if (scan.inputs().isEmpty()) {
            err.println("fiscal: no input file found");
            return FiscalCli.EXIT_UNREADABLE;
        }
        BatchSummary s = new BatchRunner(options, err).run(scan.inputs());
        // Reports published as two files (narrative + tables) among the results: each pair checked as one report.
        int pairs = BatchPairs.run(output, s.files(), err);
        if (pairs > 0) err.printf("fiscal: %d reports published as two files checked as pairs: %s%n", pairs, output.resolve(BatchPairs.DIR));
        for (BatchSummary.Failure f : s.failures()) {
            err.println("fiscal: " + f.input() + ": " + f.reason() + (f.earlierRun() ? " (earlier run)" : ""));
        }
        err.printf("fiscal: %d inputs: %d done, %d skipped, %d failed in %.1f s; summary: %s%n", s.inputs(), s.done(),
                s.skipped(), s.failed(), s.wallSeconds(), output.resolve(BatchRunner.SUMMARY));
        err.flush();
        return s.allSucceeded() && scan.problems().isEmpty() ? FiscalCli.EXIT_OK : FiscalCli.EXIT_UNREADABLE;
    }
}
