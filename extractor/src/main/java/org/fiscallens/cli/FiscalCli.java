package org.fiscallens.cli;

import org.fiscallens.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.nio.charset.StandardCharsets;

/** {@code fiscal}: the command-line entry point. */
@Command(name = "fiscal", mixinStandardHelpOptions = true, versionProvider = FiscalCli.VersionProvider.class,
        description = "Reads Chinese government fiscal disclosures (部门预算/部门决算) into a checked JSON model.")
public final class FiscalCli implements Runnable {

    /** Exit codes: 0 fine, 1 findings of severity error, 2 a document could not be read or bad usage. */
    public static final int EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands in usage order, made on demand. Picocli reflects over a command's annotations when it
     * is added, which on a cold JVM costs tens of milliseconds a command: a run that names its subcommand
     * first (as every real run does) adds only that one; anything else (help, a version or usage request,
     * a mistyped name) gets them all, so usage messages and suggestions are complete.
     */
    private static final List<String> SUBCOMMANDS = List.of("extract", "layout", "check", "debug", "tables", "bench", "batch",
            "export");

    /** A new instance of the named subcommand, or null (a switch rather than a table of lambdas: no bootstraps). */
    private static Object subcommand(String name) {
        return switch (name) {
            case "extract" -> new ExtractCommand();
            case "layout" -> new LayoutCommand();
            case "check" -> new CheckCommand();
            case "debug" -> new DebugCommand();
            case "tables" -> new TablesCommand();
            case "bench" -> new BenchCommand();
            case "batch" -> new BatchCommand();
            case "export" -> new ExportCommand();
            default -> null;
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /** Runs the CLI with the given standard output and error streams (UTF-8); returns the exit code. */
    public static int run(java.io.OutputStream stdout, java.io.OutputStream stderr, String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        Object named = args.length > 0 ? subcommand(args[0]) : null;
        if (named != null && (args[0].equals("extract") || args[0].equals("check")) && debug) {
            // a document will be read in this JVM (--debug; otherwise a worker JVM reads it): let a second core
            // initialise PDFBox and the later stages (java.util.logging among them) while this one parses the options
            org.fiscallens.pipeline.LibraryLogging.quietCommonsLogging(debug);
            org.fiscallens.pipeline.Prewarm.start();
        } else {
            org.fiscallens.pipeline.LibraryLogging.quiet(debug);
        }
        CommandLine cli = new CommandLine(new FiscalCli());
        if (named != null) {
            cli.addSubcommand(named);
        } else {
            for (String name : SUBCOMMANDS) cli.addSubcommand(subcommand(name));
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("fiscal: " + org.fiscallens.pdf.Reasons.of(ex));
            if (java.util.Arrays.asList(args).contains("--debug")) ex.printStackTrace(cmd.getErr());
            return EXIT_UNREADABLE;
        });
        return cli.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"fiscal-lens " + Version.VERSION};
        }
    }
}
