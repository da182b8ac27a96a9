package org.fiscallens.cli;

import org.fiscallens.batch.IsolatedRun;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code fiscal extract}: PDFs to the JSON document model. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract each PDF into the JSON document model.",
                "One FILE with -o x.json writes that file; several FILEs or a directory with -o DIR write DIR/<name>.json "
                        + "and go on past failures; without -o the JSON goes to standard output.",
                "Each file is read in a separate process under --time-limit and --max-heap (as by `fiscal batch`).",
                "Exit code: 0 all read, 2 some file could not be read."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF files or directories (searched recursively for *.pdf)")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output JSON file (one input) or directory")
    Path output;

    @Option(names = "--password", paramLabel = "PW", description = "password of encrypted PDFs")
    String password;

    @Option(names = "--debug", description = "read in this process, printing stack traces and library warnings (no time or heap limit)")
    boolean debug;

    @Option(names = "--no-ocr", description = "do not OCR pages that have no text layer (scans)")
    boolean noOcr;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitsOptions limits = new ReadLimitsOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!limits.apply(err)) return FiscalCli.EXIT_UNREADABLE;
        List<Path> files = new ArrayList<>();
        int failures = ReadLimitsOptions.files(inputs, files, err);
        boolean anyDirectory = inputs.stream().anyMatch(Files::isDirectory);
        boolean many = files.size() > 1 || anyDirectory;
        if (many && output != null && Files.exists(output) && !Files.isDirectory(output)) {
            err.println("fiscal: " + output + ": several inputs need -o to name a directory");
            return FiscalCli.EXIT_UNREADABLE;
        }
        if (files.isEmpty()) return FiscalCli.EXIT_UNREADABLE;
        // Each document is read in a worker JVM under the time and heap limits, as by `fiscal batch`; --debug reads
        // in this JVM instead, to print the stack trace of a failure (without those two limits).
        IsolatedRun isolated = debug ? null : limits.isolated(err);
        if (!debug && isolated == null) return FiscalCli.EXIT_UNREADABLE;
        DocumentExtractor extractor = !debug ? null : noOcr ? new DocumentExtractor(null) : new DocumentExtractor();
        List<String> stdoutDocs = new ArrayList<>();
        Path scratch = null;
        try {
            for (Path file : files) {
                String json;
                if (isolated != null) {
                    if (scratch == null) scratch = Files.createTempDirectory("fiscal-extract-");
                    Path result = scratch.resolve("result.json");
                    IsolatedRun.Outcome o = isolated.extract(file, result, password, noOcr);
                    if (!o.ok()) {
                        err.println("fiscal: " + file + ": " + o.reason());
                        failures++;
                        continue;
                    }
                    json = Files.readString(result, StandardCharsets.UTF_8).stripTrailing();
                    Files.deleteIfExists(result);
                } else {
                    try {
                        json = FiscalJson.write(extractor.extract(file, password));
                    } catch (PdfReadException e) {
                        err.println("fiscal: " + file + ": " + e.getMessage());
                        if (e.getCause() != null) e.getCause().printStackTrace(err);
                        failures++;
                        continue;
                    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                        err.println("fiscal: " + file + ": " + org.fiscallens.pdf.Reasons.of(e));
                        e.printStackTrace(err);
                        failures++;
                        continue;
                    }
                }
                try {
                    if (output == null) {
                        stdoutDocs.add(json);
                    } else if (!many) {
                        writeAtomically(output, json);
                    } else {
                        writeAtomically(output.resolve(baseName(file) + ".json"), json);
                    }
                } catch (IOException e) {
                    err.println("fiscal: " + file + ": cannot write output: " + e.getMessage());
                    failures++;
                }
            }
        } catch (IOException e) {
            err.println("fiscal: cannot use a temporary folder: " + e.getMessage());
            failures++;
        } finally {
            if (isolated != null) isolated.close();
            deleteQuietly(scratch);
        }
        if (output == null && !stdoutDocs.isEmpty()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(stdoutDocs.size() == 1 && !many ? stdoutDocs.get(0) : "[" + String.join(",\n", stdoutDocs) + "]");
            out.flush();
        }
        return failures == 0 ? FiscalCli.EXIT_OK : FiscalCli.EXIT_UNREADABLE;
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try { Files.deleteIfExists(p); } catch (IOException ignored) { }
            });
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase().endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
    }

    /** Writes through a temporary file and a rename, so that a reader never sees half a result. */
    static void writeAtomically(Path target, String content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced by a rename.
            Files.writeString(target, content + "\n", StandardCharsets.UTF_8);
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = org.fiscallens.batch.AtomicFiles.temporaryBeside(dir, ".tmp");
        try {
            Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
