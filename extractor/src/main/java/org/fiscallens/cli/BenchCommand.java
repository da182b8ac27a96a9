package org.fiscallens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fiscal bench}: benchmarks: icdar (table structure against ICDAR 2013), speed (extract and batch against PDFBox and pdftotext), fuzz (hostile input), mutate (detection of changed figures). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {IcdarBenchCommand.class, BenchSpeedCommand.class, BenchFuzzCommand.class, BenchOcrCommand.class, BenchMutateCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
