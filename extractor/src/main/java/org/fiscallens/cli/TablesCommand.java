package org.fiscallens.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fiscal tables}: prints the typed tables of a document as tab-separated rows (the golden format). */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Print the tables found in a document: kind, title, unit, pages, then block/code/name/values as TSV.")
final class TablesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the PDF") Path file;

    @Option(names = "--summary", description = "one line per table only") boolean summary;

    @Option(names = "--password", paramLabel = "PW", description = "password of an encrypted PDF") String password;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PDDocument pdf = PdfOpener.open(file, password)) {
            DocumentExtractor.Layout layout = DocumentExtractor.layout(pdf);
            for (Table t : layout.tables()) {
                out.printf("## %s\t%s\t%s\tpages %s\t%s\t%d rows%s%n", t.kind(), t.title(), t.unit(), t.pages(), t.method(),
                        t.rows().size(), t.note() == null ? "" : "\tnote: " + t.note());
                if (summary) continue;
                List<String> head = new ArrayList<>(List.of("block", "code", "name"));
                head.addAll(t.columns());
                out.println(String.join("\t", head));
                for (TableRow r : t.rows()) {
                    List<String> line = new ArrayList<>();
                    line.add(r.block() == null ? "" : r.block());
                    line.add(r.code() == null ? "" : r.code());
                    line.add(r.name() == null ? "" : r.name());
                    for (String c : t.columns()) {
                        BigDecimal v = r.values().get(c);
                        line.add(v == null ? "" : v.toPlainString());
                    }
                    out.println(String.join("\t", line));
                }
            }
        } catch (PdfReadException e) {
            spec.commandLine().getErr().println("fiscal: " + file + ": " + e.getMessage());
            return FiscalCli.EXIT_UNREADABLE;
        }
        return FiscalCli.EXIT_OK;
    }
}
