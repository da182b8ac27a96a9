package org.fiscallens.cli;

import org.fiscallens.model.FiscalDocument;
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
                        + "and go on past failures.",
                "Without -o the JSON goes to standard output: one document as one object; several documents (or --jsonl) "
                        + "as JSON Lines, one object a line. FILE - reads a PDF from standard input.",
                "Exit code: 0 all read, 2 some file could not be read."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF files or directories (searched recursively for *.pdf); - reads standard input")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output JSON file (one input) or directory")
    Path output;

    @Option(names = "--password", paramLabel = "PW", description = "password of encrypted PDFs")
    String password;

    @Option(names = "--debug", description = "print stack traces and library warnings")
    boolean debug;

    @Option(names = "--no-ocr", description = "do not OCR pages that have no text layer (scans)")
    boolean noOcr;

    @Option(names = "--jsonl", description = "JSON Lines on standard output: one document object a line, also for one input")
    boolean jsonl;

    @Option(names = "--compact", description = "JSON without indentation (standard output and files)")
    boolean compact;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        boolean anyDirectory = false;
        int failures = 0;
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                anyDirectory = true;
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".pdf"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("fiscal: " + in + ": cannot list directory: " + e.getMessage());
                    failures++;
                }
            } else if (Stdin.is(in)) {
                try {
                    files.add(Stdin.copy());
                } catch (IOException e) {
                    err.println("fiscal: -: cannot read standard input: " + e.getMessage());
                    failures++;
                }
            } else {
                files.add(in);
            }
        }
        boolean many = files.size() > 1 || anyDirectory;
        if (many && output != null && Files.exists(output) && !Files.isDirectory(output)) {
            err.println("fiscal: " + output + ": several inputs need -o to name a directory");
            return FiscalCli.EXIT_UNREADABLE;
        }
        DocumentExtractor extractor = noOcr ? new DocumentExtractor(null) : new DocumentExtractor();
        JsonOut stdout = new JsonOut(spec.commandLine().getOut(), jsonl, compact, many);
        for (Path file : files) {
            FiscalDocument doc;
            try {
                doc = extractor.extract(file, password);
            } catch (PdfReadException e) {
                err.println("fiscal: " + file + ": " + e.getMessage());
                if (debug && e.getCause() != null) e.getCause().printStackTrace(err);
                failures++;
                continue;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                err.println("fiscal: " + file + ": internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                if (debug) e.printStackTrace(err);
                failures++;
                continue;
            }
            try {
                if (output == null) {
                    stdout.write(doc);
                    continue;
                }
                String json = compact ? FiscalJson.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(doc) : FiscalJson.write(doc);
                if (!many) {
                    writeAtomically(output, json);
                } else {
                    writeAtomically(output.resolve(baseName(file) + ".json"), json);
                }
            } catch (IOException e) {
                err.println("fiscal: " + file + ": cannot write output: " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? FiscalCli.EXIT_OK : FiscalCli.EXIT_UNREADABLE;
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
