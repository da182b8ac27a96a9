package org.fiscallens.cli;

import org.fiscallens.export.CsvExporter;
import org.fiscallens.export.HtmlReporter;
import org.fiscallens.export.PdfLocator;
import org.fiscallens.export.ResultLoader;
import org.fiscallens.export.XlsxExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code fiscal export}: result JSON files to CSV files, one workbook, or HTML reports. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export result JSON files (from extract or batch; files or folders) for spreadsheets and auditors.",
                "csv:  OUT/ with documents.csv, cells.csv, values.csv (every table value with measure, fund, spending and its amount in 元), "
                        + "panel.csv (headline figures per report in 元), facts.csv, projects.csv, indicators.csv, findings.csv "
                        + "(with the cross_year findings of the set); UTF-8 with BOM. See docs/export.md.",
                "xlsx: one workbook OUT (or OUT/fiscal-lens.xlsx when OUT is a folder): a sheet per table kind with every "
                        + "document's rows side by side, and facts, projects, indicators, findings sheets.",
                "html: OUT/ with one self-contained page per document (facts, findings by severity with highlighted page "
                        + "crops) and index.html; source PDFs are found through batch summaries or --pdf-dir.",
                "Exit code: 0 all inputs exported, 2 some input could not be read."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "csv, xlsx or html")
    String format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "result JSON files or folders (searched recursively)")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "output folder (csv, html) or .xlsx file")
    Path output;

    @Option(names = "--pdf-dir", paramLabel = "DIR", description = "folder(s) holding the source PDFs, for the page crops of html reports")
    List<Path> pdfDirs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx", "html").contains(f)) {
            err.println("fiscal: unknown format '" + format + "' (csv, xlsx or html)");
            return FiscalCli.EXIT_UNREADABLE;
        }
        String outName = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && (Files.isRegularFile(output) || outName.matches(".*\\.(xlsx|xls|csv|html?|json|pdf)"))) {
            err.println("fiscal: " + output + ": --format " + f + " writes a folder; name a folder with -o (a file name is for xlsx)");
            return FiscalCli.EXIT_UNREADABLE;
        }
        if (f.equals("xlsx") && outName.matches(".*\\.(csv|html?|json|pdf)")) {
            err.println("fiscal: " + output + ": --format xlsx writes a .xlsx workbook (or a folder)");
            return FiscalCli.EXIT_UNREADABLE;
        }
        ResultLoader results = ResultLoader.scan(inputs);
        if (results.size() == 0) {
            results.problems().forEach(p -> err.println("fiscal: " + p));
            err.println("fiscal: no result JSON found in the inputs");
            return FiscalCli.EXIT_UNREADABLE;
        }
        switch (f) {
            case "csv" -> {
                Map<String, Integer> counts = CsvExporter.write(results, output);
                counts.forEach((name, n) -> out.printf("%s: %d rows%n", output.resolve(name), n));
            }
            case "xlsx" -> {
                Path file = Files.isDirectory(output) || output.toString().endsWith("/") ? output.resolve("fiscal-lens.xlsx") : output;
                Map<String, Integer> counts = XlsxExporter.write(results, file);
                out.printf("%s: %d sheets%n", file, counts.size());
                counts.forEach((name, n) -> out.printf("  %s: %d rows%n", name, n));
            }
            default -> {
                PdfLocator locator = new PdfLocator(results.sourcesBySha(), pdfDirs);
                List<HtmlReporter.Report> reports = HtmlReporter.write(results, output, locator, w -> err.println("fiscal: " + w));
                out.printf("%s: %d reports, %d findings, %d page crops%n", output.resolve("index.html"), reports.size(),
                        reports.stream().mapToInt(HtmlReporter.Report::findings).sum(),
                        reports.stream().mapToInt(HtmlReporter.Report::crops).sum());
            }
        }
        List<String> problems = results.problems();
        problems.forEach(p -> err.println("fiscal: " + p));
        return problems.isEmpty() ? FiscalCli.EXIT_OK : FiscalCli.EXIT_UNREADABLE;
    }
}
