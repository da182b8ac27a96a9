package org.fiscallens.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code fiscal layout}: prints what the layout stage sees on each page (lines, boxes, fonts, roles, rulings). */
@Command(name = "layout", mixinStandardHelpOptions = true,
        description = "Debug view: print the text lines of pages with their boxes, font sizes and roles, and ruled regions.")
final class LayoutCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the PDF") Path file;

    @Option(names = {"-p", "--pages", "--page"}, split = ",", paramLabel = "N", description = "1-based pages to show, e.g. 3,4 (default all)")
    List<Integer> pages;

    @Option(names = "--password", paramLabel = "PW", description = "password of an encrypted PDF") String password;

    @Option(names = "--words", description = "print words too") boolean words;

    @Option(names = "--no-ocr", description = "do not OCR pages without a text layer") boolean noOcr;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PDDocument pdf = PdfOpener.open(file, password)) {
            int n = pdf.getNumberOfPages();
            if (pages != null) for (int p : pages) if (p < 1 || p > n) {
                spec.commandLine().getErr().println("fiscal: page " + p + " out of range 1.." + n);
                return FiscalCli.EXIT_UNREADABLE;
            }
            DocumentExtractor.Layout layout = DocumentExtractor.layout(pdf,
                    noOcr ? null : org.fiscallens.ocr.TesseractOcr.detect().orElse(null));
            for (PageLayout p : layout.pages()) {
                if (pages != null && !pages.contains(p.number())) continue;
                out.printf(Locale.ROOT, "=== page %d  %.0fx%.0f  rotation %d  %s glyphs %d  rulings %d  rects %d  images %d%s%n",
                        p.number(), p.width(), p.height(), p.rotation(), p.source(), p.glyphs().size(), p.rulings().size(),
                        p.rects().size(), p.images().size(), layout.toc().pages().contains(p.number()) ? "  [contents]" : "");
                for (Box r : layout.ruledRegions().getOrDefault(p.number(), List.of())) out.println("  ruled region " + r.toList());
                for (TextLine l : p.lines()) {
                    out.printf(Locale.ROOT, "%-11s %6.1f %6.1f %6.1f %6.1f %5.1f %s %s|%s%n", l.role(), l.box().x0(), l.box().top(),
                            l.box().x1(), l.box().bottom(), l.fontSize(), l.isBold() ? "B" : "-",
                            layout.toc().lines().contains(l) ? "T" : " ", l.text());
                    if (words) l.words().forEach(w -> out.printf(Locale.ROOT, "      word %s %s %s%n", w.box().toList(), w.font(), w.text()));
                }
            }
        } catch (PdfReadException e) {
            spec.commandLine().getErr().println("fiscal: " + file + ": " + e.getMessage());
            return FiscalCli.EXIT_UNREADABLE;
        }
        return FiscalCli.EXIT_OK;
    }
}
