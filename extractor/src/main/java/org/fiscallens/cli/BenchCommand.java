package org.fiscallens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fiscal bench}: benchmark commands (icdar; more to come). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {IcdarBenchCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
