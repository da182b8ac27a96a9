package org.fiscallens.bench;

import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.fiscallens.layout.Chars;
import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.ocr.PageOcr;
import org.fiscallens.pdf.PageLayoutReader;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pipeline.DocumentExtractor;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The OCR oracle: every text PDF is its own answer key. Table pages of a text PDF are rendered (at a given
 * dpi, clean or degraded: ±1° skew, blur, JPEG, colour), written as an image-only PDF ({@code page} mode: a
 * scan) or as the text page with only its table areas replaced by pictures ({@code area} mode: pasted
 * tables), extracted, and every cell of every table compared with the text layer's reading of the same page
 * (cells paired by their boxes). Prints cells exact, figures exact and standard tables found and typed.
 */
public final class OcrOracle {
    /** One configuration: resolution, whether the image is degraded, and page or area mode. */
    public record Config(int dpi, boolean degraded, boolean areaMode) {
        String label() { return dpi + " dpi " + (degraded ? "degraded" : "clean") + (areaMode ? " table pictures" : " scans"); }
    }

    /** Running totals of one configuration. */
    static final class Totals {
        int cells, exact, figures, figuresExact, tables, typed, pages;
        long ocrNanos, rawNanos;
        final List<String> misses = new ArrayList<>();
    }

    private final PageOcr ocr;
    private final PrintWriter out;
    private final int maxPages;
    private final Path keep;
    private int shownMisses = 25;
    private java.util.function.Predicate<String> kinds = k -> true;

    public OcrOracle(PageOcr ocr, int maxPages, Path keep, PrintWriter out) {
        this.ocr = ocr;
        this.maxPages = maxPages;
        this.keep = keep;
        this.out = out;
    }

    private boolean vsTesseract;

    /**
     * Also time raw {@code tesseract -l chi_sim --psm 1 hocr} on the same page images the extraction reads (the twin's
     * pages rendered at the engine's resolution, one process per page), and print OCR pages per second and the ratio.
     */
    public OcrOracle vsTesseract(boolean on) { this.vsTesseract = on; return this; }

    /** How many misreadings to list per configuration (default 25). */
    public OcrOracle showMisses(int n) { this.shownMisses = n; return this; }

    /** Only the pages of tables whose kind starts with one of these (default: every standard table). */
    public OcrOracle kinds(List<String> prefixes) {
        if (prefixes != null && !prefixes.isEmpty()) this.kinds = k -> prefixes.stream().anyMatch(k::startsWith);
        return this;
    }

    public void run(List<Path> pdfs, List<Config> configs, Path work) throws IOException, org.fiscallens.pdf.PdfReadException {
        List<Totals> totals = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) totals.add(new Totals());
        for (Path pdf : pdfs) {
            FiscalDocument text = new DocumentExtractor(null).extract(pdf, null);
            List<Integer> pages = tablePages(text, pdf);
            if (pages.isEmpty()) continue;
            for (int c = 0; c < configs.size(); c++) {
                Config cfg = configs.get(c);
                Path twin = work.resolve("twin-" + c + ".pdf");
                List<Integer> used = makeTwin(pdf, text, pages, cfg, twin);
                if (used.isEmpty()) continue;
                long t0 = System.nanoTime();
                FiscalDocument read = new DocumentExtractor(ocr).extract(twin, null);
                long dt = System.nanoTime() - t0;
                Totals t = totals.get(c);
                Totals one = new Totals();
                if (vsTesseract) t.rawNanos += rawTesseract(twin, ocr.dpi(), work);
                compare(text, read, used, one);
                t.cells += one.cells; t.exact += one.exact; t.figures += one.figures; t.figuresExact += one.figuresExact;
                t.tables += one.tables; t.typed += one.typed; t.pages += used.size(); t.ocrNanos += dt;
                for (String m : one.misses) t.misses.add(pdf.getFileName() + " " + m);
                out.printf(Locale.ROOT, "%-48s %-32s pages %-14s cells %4d/%4d exact (%.1f %%), figures %4d/%4d, tables typed %d/%d, %.1f s%n",
                        shorten(pdf.getFileName().toString()), cfg.label(), used, one.exact, one.cells, pct(one.exact, one.cells),
                        one.figuresExact, one.figures, one.typed, one.tables, dt / 1e9);
                out.flush();
                if (keep != null) java.nio.file.Files.copy(twin, keep.resolve(pdf.getFileName().toString().replace(".pdf", "")
                        + "-" + cfg.dpi() + (cfg.degraded() ? "-degraded" : "-clean") + (cfg.areaMode() ? "-area" : "-page") + ".pdf"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        out.println();
        out.println("| configuration | pages | cells exact | figures exact | standard tables found and typed | s per page |"
                + (vsTesseract ? " pages/s | raw tesseract s per page | ratio (target <= " + TARGET_RATIO + "x) |" : ""));
        out.println("|---|---|---|---|---|---|" + (vsTesseract ? "---|---|---|" : ""));
        for (int c = 0; c < configs.size(); c++) {
            Totals t = totals.get(c);
            out.printf(Locale.ROOT, "| %s | %d | %d / %d (%.1f %%) | %d / %d (%.1f %%) | %d / %d | %.1f |", configs.get(c).label(), t.pages,
                    t.exact, t.cells, pct(t.exact, t.cells), t.figuresExact, t.figures, pct(t.figuresExact, t.figures), t.typed, t.tables,
                    t.pages == 0 ? 0 : t.ocrNanos / 1e9 / t.pages);
            if (vsTesseract && t.pages > 0 && t.rawNanos > 0) {
                out.printf(Locale.ROOT, " %.2f | %.1f | %.2fx |", t.pages / (t.ocrNanos / 1e9), t.rawNanos / 1e9 / t.pages, (double) t.ocrNanos / t.rawNanos);
            }
            out.println();
        }
        if (vsTesseract) out.println("(extraction time is the whole pipeline on the image-only twin: rendering, rules, OCR, cells re-read, tables)");
        for (int c = 0; c < configs.size(); c++) {
            List<String> m = totals.get(c).misses;
            if (m.isEmpty()) continue;
            out.println();
            out.println("first misreadings, " + configs.get(c).label() + " (text layer → OCR):");
            for (String s : m.subList(0, Math.min(shownMisses, m.size()))) out.println("  " + s);
        }
        out.flush();
    }

    /** Target: OCR extraction of scanned pages at most this many times raw tesseract on the same page images. */
    public static final double TARGET_RATIO = 1.5;

    /**
     * Nanoseconds raw {@code tesseract -l chi_sim --psm 1 hocr} takes over the twin's pages, rendered at {@code dpi} in
     * grey as the extraction renders them, one process per page (the rendering itself is not timed).
     */
    static long rawTesseract(Path twin, int dpi, Path work) throws IOException {
        long total = 0;
        try (PDDocument d = PdfOpener.open(twin, null)) {
            PDFRenderer r = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                Path png = work.resolve("raw-" + i + ".png");
                javax.imageio.ImageIO.write(r.renderImageWithDPI(i, dpi, ImageType.GRAY), "png", png.toFile());
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(org.apache.tika.parser.ocr.TesseractOCRParser.getTesseractProg(), png.toString(), "stdout",
                        "-l", "chi_sim", "--psm", "1", "hocr").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
                total += System.nanoTime() - t0;
                java.nio.file.Files.deleteIfExists(png);
            }
        } catch (org.fiscallens.pdf.PdfReadException e) {
            throw new IOException(e.getMessage(), e);
        }
        return total;
    }

    private static String shorten(String s) { return s.length() > 46 ? s.substring(0, 45) + "…" : s; }

    private static double pct(int a, int b) { return b == 0 ? 0 : 100.0 * a / b; }

    /** The first pages holding a standard table whose text is upright on the page as rendered. */
    List<Integer> tablePages(FiscalDocument doc, Path pdf) throws IOException, org.fiscallens.pdf.PdfReadException {
        Set<Integer> pages = new LinkedHashSet<>();
        for (Table t : doc.tables()) {
            if ("other".equals(t.kind()) || t.cells() == null || !kinds.test(t.kind())) continue;
            pages.addAll(t.pages());
        }
        List<Integer> out = new ArrayList<>();
        try (PDDocument d = PdfOpener.open(pdf, null)) {
            PageLayoutReader reader = new PageLayoutReader(d);
            for (int p : pages) {
                if (out.size() >= maxPages) break;
                int rot = ((d.getPage(p - 1).getRotation() % 360) + 360) % 360;
                if (reader.read(p).rotation() != rot) continue; // a table drawn sideways: the scan would need its orientation found
                out.add(p);
            }
        }
        return out;
    }

    /** Writes the twin; returns the source pages it holds, in order. */
    List<Integer> makeTwin(Path pdf, FiscalDocument text, List<Integer> pages, Config cfg, Path target) throws IOException, org.fiscallens.pdf.PdfReadException {
        List<Integer> used = new ArrayList<>();
        try (PDDocument in = PdfOpener.open(pdf, null); PDDocument outDoc = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            LayerUtility layers = new LayerUtility(outDoc);
            int k = 0;
            for (int p : pages) {
                BufferedImage img = renderer.renderImageWithDPI(p - 1, cfg.dpi(), cfg.degraded() ? ImageType.RGB : ImageType.GRAY);
                float w = img.getWidth() * 72f / cfg.dpi(), h = img.getHeight() * 72f / cfg.dpi();
                PDPage page = new PDPage(new PDRectangle(w, h));
                if (!cfg.areaMode()) {
                    if (cfg.degraded()) img = degrade(img, k % 2 == 0 ? 1.0 : -1.0);
                    outDoc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(outDoc, page)) {
                        cs.drawImage(image(outDoc, img, cfg), 0, 0, w, h);
                    }
                } else {
                    PDPage src = in.getPage(p - 1);
                    if (src.getRotation() != 0) continue;
                    List<Box> areas = tableAreas(text, p);
                    if (areas.isEmpty()) continue;
                    PDRectangle crop = src.getCropBox();
                    page = new PDPage(new PDRectangle(crop.getWidth(), crop.getHeight()));
                    outDoc.addPage(page);
                    PDFormXObject form = layers.importPageAsForm(in, p - 1);
                    try (PDPageContentStream cs = new PDPageContentStream(outDoc, page)) {
                        cs.saveGraphicsState();
                        // everything of the page but its tables: an even-odd clip of the page minus the table areas
                        cs.addRect(0, 0, crop.getWidth(), crop.getHeight());
                        for (Box b : areas) cs.addRect((float) b.x0(), (float) (crop.getHeight() - b.bottom()), (float) b.width(), (float) b.height());
                        cs.clipEvenOdd();
                        cs.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, -crop.getLowerLeftX(), -crop.getLowerLeftY()));
                        cs.drawForm(form);
                        cs.restoreGraphicsState();
                        for (Box b : areas) {
                            int x0 = (int) Math.floor(b.x0() * cfg.dpi() / 72), y0 = (int) Math.floor(b.top() * cfg.dpi() / 72);
                            int x1 = Math.min(img.getWidth(), (int) Math.ceil(b.x1() * cfg.dpi() / 72)), y1 = Math.min(img.getHeight(), (int) Math.ceil(b.bottom() * cfg.dpi() / 72));
                            BufferedImage part = img.getSubimage(x0, y0, x1 - x0, y1 - y0);
                            if (cfg.degraded()) part = degrade(part, k % 2 == 0 ? 1.0 : -1.0);
                            float bx = x0 * 72f / cfg.dpi(), by = y0 * 72f / cfg.dpi(), bw = (x1 - x0) * 72f / cfg.dpi(), bh = (y1 - y0) * 72f / cfg.dpi();
                            cs.drawImage(image(outDoc, part, cfg), bx, crop.getHeight() - by - bh, bw, bh);
                        }
                    }
                }
                used.add(p);
                k++;
            }
            outDoc.save(target.toFile());
        }
        return used;
    }

    private static PDImageXObject image(PDDocument doc, BufferedImage img, Config cfg) throws IOException {
        return cfg.degraded() ? JPEGFactory.createFromImage(doc, img, 0.6f) : LosslessFactory.createFromImage(doc, img);
    }

    /** The areas of the page's standard tables (their cells' extent, a little larger). */
    static List<Box> tableAreas(FiscalDocument doc, int page) {
        List<Box> out = new ArrayList<>();
        for (Table t : doc.tables()) {
            if (t.cells() == null) continue;
            Box area = null;
            for (Cell c : t.cells()) if (c.page() == page && c.box() != null) area = area == null ? c.box() : area.union(c.box());
            if (area != null) out.add(new Box(area.x0() - 3, area.top() - 3, area.x1() + 3, area.bottom() + 3));
        }
        return out;
    }

    /** A scan's flaws: turned by {@code degrees}, blurred a little (JPEG noise comes with the encoding). */
    static BufferedImage degrade(BufferedImage img, double degrees) {
        BufferedImage rot = org.fiscallens.ocr.RasterRulings.rotate(img, degrees, BufferedImage.TYPE_INT_RGB);
        float[] k = new float[9];
        java.util.Arrays.fill(k, 0.06f);
        k[4] = 0.52f;
        BufferedImage blurred = new BufferedImage(rot.getWidth(), rot.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(rot, blurred);
        return blurred;
    }

    /** Pairs each non-blank text-layer cell of the used pages with the OCR cell over the same box. */
    static void compare(FiscalDocument text, FiscalDocument read, List<Integer> used, Totals t) {
        for (int k = 0; k < used.size(); k++) {
            int src = used.get(k), twin = k + 1;
            List<Cell> ocrCells = new ArrayList<>();
            for (Table r : read.tables()) if (r.cells() != null) for (Cell c : r.cells()) if (c.page() == twin) ocrCells.add(c);
            for (Table tb : text.tables()) {
                if (tb.cells() == null) continue;
                if (!"other".equals(tb.kind()) && !tb.pages().isEmpty() && tb.pages().get(0) == src) {
                    t.tables++;
                    boolean typed = read.tables().stream().anyMatch(r -> r.kind().equals(tb.kind()) && r.pages().contains(twin));
                    if (typed) t.typed++;
                    else t.misses.add("p" + src + " table " + tb.kind() + " not found/typed");
                }
                for (Cell c : tb.cells()) {
                    if (c.page() != src || c.box() == null) continue;
                    String want = Chars.compact(c.text() == null ? "" : c.text());
                    if (want.isEmpty()) continue;
                    Cell best = null;
                    double bestIou = 0.5;
                    for (Cell o : ocrCells) {
                        double iou = iou(c.box(), o.box());
                        if (iou > bestIou) { bestIou = iou; best = o; }
                    }
                    String got = best == null ? "" : Chars.compact(best.text() == null ? "" : best.text());
                    boolean figure = org.fiscallens.tables.structure.Amounts.parse(want) != null;
                    t.cells++;
                    if (figure) t.figures++;
                    if (want.equals(got)) {
                        t.exact++;
                        if (figure) t.figuresExact++;
                    } else if (t.misses.size() < 2000) {
                        t.misses.add(String.format(Locale.ROOT, "p%d [%.0f,%.0f,%.0f,%.0f] %s → %s", src, c.box().x0(), c.box().top(), c.box().x1(),
                                c.box().bottom(), want, best == null ? "(no cell)" : got.isEmpty() ? "(blank)" : got));
                    }
                }
            }
        }
    }

    static double iou(Box a, Box b) {
        double ix = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()), iy = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        if (ix <= 0 || iy <= 0) return 0;
        double inter = ix * iy;
        return inter / (a.width() * a.height() + b.width() * b.height() - inter);
    }
}
