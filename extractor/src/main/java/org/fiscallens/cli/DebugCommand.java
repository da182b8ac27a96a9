package org.fiscallens.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.pdf.PageLayoutReader;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.tables.debug.OverlayPainter;
import org.fiscallens.tables.debug.PageRenderer;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;
import org.fiscallens.tables.grid.PageTables;
import org.fiscallens.tables.grid.RuleMerger;
import org.fiscallens.tables.grid.Rules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fiscal debug}: renders a page with words, rulings, detected cells and table areas drawn over it. */
@Command(name = "debug", mixinStandardHelpOptions = true,
        description = "Debug view of table detection: render page N to a PNG with words (blue), rules (red), cells (green) and tables (magenta); --cells prints the grids.")
final class DebugCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the PDF") Path file;

    @Option(names = {"-p", "--pages", "--page"}, required = true, paramLabel = "N", description = "the 1-based page to draw (one page)") int pageNumber;

    @Option(names = {"-o", "--output"}, paramLabel = "PNG", description = "image to write") Path output;

    @Option(names = "--scale", paramLabel = "S", description = "pixels per point (default ${DEFAULT-VALUE})") float scale = 2f;

    @Option(names = "--cells", description = "print every grid cell (row, col, spans, text)") boolean cells;

    @Option(names = "--password", paramLabel = "PW", description = "password of an encrypted PDF") String password;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PDDocument pdf = PdfOpener.open(file, password)) {
            if (pageNumber < 1 || pageNumber > pdf.getNumberOfPages()) {
                spec.commandLine().getErr().println("fiscal: page " + pageNumber + " out of range 1.." + pdf.getNumberOfPages());
                return FiscalCli.EXIT_UNREADABLE;
            }
            PageLayout page = new PageLayoutReader(pdf).read(pageNumber);
            Rules rules = RuleMerger.of(page);
            List<CellGrid> grids = PageTables.find(page);
            out.printf("page %d rotation %d: %d rules (%d h, %d v), %d tables%n", pageNumber, page.rotation(),
                    rules.horizontal().size() + rules.vertical().size(), rules.horizontal().size(), rules.vertical().size(), grids.size());
            for (CellGrid g : grids) {
                out.printf("  %s %dx%d %s%n", g.method(), g.rows(), g.cols(), g.area().toList());
                org.fiscallens.tables.structure.TableLayout tl = org.fiscallens.tables.structure.LayoutAnalyzer.analyze(g);
                out.printf("  header rows %d, skip %s, roles %s%n  blocks %s%n  paths %s%n", tl.headerRows(), tl.skipRows(), tl.roles(), tl.blocks(), tl.paths());
                if (cells) for (GridCell c : g.cells()) if (!c.isEmpty())
                    out.printf("    r%d c%d %dx%d %s%n", c.row(), c.col(), c.rowSpan(), c.colSpan(), String.join(" | ", c.lines()));
            }
            if (output != null) {
                BufferedImage img = PageRenderer.render(pdf, pageNumber, page.rotation(), scale);
                OverlayPainter.paint(img, scale, page, rules, grids);
                ImageIO.write(img, "png", output.toFile());
                out.println("wrote " + output);
            }
        } catch (PdfReadException e) {
            spec.commandLine().getErr().println("fiscal: " + file + ": " + e.getMessage());
            return FiscalCli.EXIT_UNREADABLE;
        }
        return FiscalCli.EXIT_OK;
    }
}
