package org.fiscallens.pipeline;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.document.DocumentFactsDetector;
import org.fiscallens.layout.Chars;
import org.fiscallens.layout.PageFurniture;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.RuledRegions;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Project;
import org.fiscallens.model.Table;
import org.fiscallens.facts.NarrativeFacts;
import org.fiscallens.projects.ProjectReader;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Section;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.model.Table;
import org.fiscallens.ocr.PageOcr;
import org.fiscallens.ocr.TesseractOcr;
import org.fiscallens.tables.TableExtractor;
import org.fiscallens.pdf.ParallelPageReader;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.sections.HeadingDetector;
import org.fiscallens.sections.Paragraph;
import org.fiscallens.sections.ParagraphBuilder;
import org.fiscallens.sections.SectionTreeBuilder;
import org.fiscallens.sections.TableOfContents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction pipeline for one file: PDF → page layouts → furniture and contents → paragraphs →
 * section tree and document facts → {@link FiscalDocument}.
 */
public final class DocumentExtractor {

    public static final String TOOL = "fiscal-lens " + Version.VERSION;

    /** The intermediate result of the layout stage, kept for debugging views and later stages. */
    public record Layout(List<PageLayout> pages, TableOfContents.Result toc, Map<Integer, List<Box>> ruledRegions,
                         List<Table> tables) {}

    private final PageOcr ocr;

    /** An extractor that reads scanned pages with Tesseract when it is installed (looked for at the first scan). */
    public DocumentExtractor() {
        this(TesseractOcr.lazy());
    }

    /** @param ocr the OCR engine for pages without a text layer, or null to leave such pages empty */
    public DocumentExtractor(PageOcr ocr) {
        this.ocr = ocr;
    }

    public FiscalDocument extract(Path file, String password) throws PdfReadException {
        Prewarm.start();
        // before the hash is read beside the parsing: a named pipe or a device given as the file would never end
        PdfOpener.checkFile(file);
        StageTimer timer = new StageTimer(file.getFileName().toString());
        // the file's hash is computed beside the reading (a cold digest is 25 ms of a start's critical path)
        java.util.concurrent.FutureTask<String> shaTask = new java.util.concurrent.FutureTask<>(() -> sha256(file));
        Thread shaThread = new Thread(shaTask, "fiscal-sha256");
        shaThread.setDaemon(true);
        shaThread.start();
        PDDocument opened;
        try {
            opened = PdfOpener.open(file, password);
        } catch (PdfReadException e) {
            await(shaThread, shaTask); // a file that cannot be read at all is reported as such, as before it is opened
            throw e;
        }
        try (PDDocument pdf = opened) {
            timer.lap("open");
            // the threads of this document: its pages, then the independent steps of the later stages
            int threads = ParallelPageReader.threads();
            // the page layouts live only inside read(): by the checks, which read the model alone, they are garbage,
            // so a long report's glyphs are not held while its rules run
            FiscalDocument doc = read(pdf, file, password, threads, timer, shaThread, shaTask);
            FiscalDocument checked = org.fiscallens.checks.Checker.withFindings(doc, null, threads);
            timer.lap("checks");
            return checked;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw org.fiscallens.pdf.Reasons.unreadable(e);
        }
    }

    /**
     * The stages after the pdf stage over page layouts already read (layout → tables → sections → facts → checks),
     * in memory: what {@link #extract(Path, String)} gives for the file the pages were read from, given its
     * {@code source}. The mutation bench reads a PDF once and reruns this on changed page texts.
     */
    public static FiscalDocument fromPages(List<PageLayout> read, SourceInfo source, int threads) {
        FiscalDocument doc = beforeChecks(layout(read), source, threads, new StageTimer(source == null ? "pages" : source.file()));
        return org.fiscallens.checks.Checker.withFindings(doc, null, threads);
    }

    /** The pages read and taken through every stage before the checks (the model with its body lines, no findings). */
    private FiscalDocument read(PDDocument pdf, Path file, String password, int threads, StageTimer timer,
                                Thread shaThread, java.util.concurrent.FutureTask<String> shaTask) throws IOException, PdfReadException {
        List<PageLayout> pageLayouts = ParallelPageReader.readAll(pdf, file, password, ocr, threads);
        timer.lap("pages");
        Layout layout = layout(pageLayouts);
        timer.lap("tables");
        String producer = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getProducer();
        int imageOnly = (int) layout.pages().stream().filter(p -> p.imageOnly() || p.source().equals("ocr")).count();
        List<Integer> ocrPages = layout.pages().stream().filter(p -> !p.source().equals("text")).map(PageLayout::number).toList();
        List<org.fiscallens.model.SkippedPage> skipped = layout.pages().stream().filter(p -> p.skipped() != null)
                .map(p -> new org.fiscallens.model.SkippedPage(p.number(), p.skipped())).toList();
        List<org.fiscallens.model.SkippedPage> unreadText = layout.pages().stream().filter(p -> p.unreadText() != null)
                .map(p -> new org.fiscallens.model.SkippedPage(p.number(), p.unreadText())).toList();
        SourceInfo source = new SourceInfo(file.getFileName().toString(), await(shaThread, shaTask), pdf.getNumberOfPages(), producer,
                imageOnly > 0 ? imageOnly : null, ocrPages, skipped, unreadText);
        return beforeChecks(layout, source, threads, timer);
    }

    /** Sections, facts and projects over the layout; the model keeps the body lines the checks will read. */
    private static FiscalDocument beforeChecks(Layout layout, SourceInfo source, int threads, StageTimer timer) {
        DocumentInfo info = DocumentFactsDetector.detect(layout.pages(), layout.toc().lines());
        List<Paragraph> paragraphs = paragraphs(layout);
        List<Section> sections = sections(layout, paragraphs);
        timer.lap("sections");
        List<Table> tables = layout.tables();
        List<Fact> facts = NarrativeFacts.extract(paragraphs, sections, info, threads);
        List<Project> projects = ProjectReader.read(ProjectReader.fromTables(tables), facts,
                org.fiscallens.projects.NarrativeGrades.read(paragraphs, sections));
        timer.lap("facts");
        return new FiscalDocument(FiscalDocument.SCHEMA_VERSION, TOOL, source, info, sections,
                tables, facts, projects, List.of()).withLines(org.fiscallens.checks.text.DocText.bodyLines(layout.pages()));
    }

    public static Layout layout(PDDocument pdf) throws IOException {
        return layout(pdf, null);
    }

    public static Layout layout(PDDocument pdf, PageOcr ocr) throws IOException {
        return layout(pdf, ocr, null, null);
    }

    /**
     * The layout of every page; with the document's file given, its pages are read on
     * {@link ParallelPageReader#threads()} threads (each extra thread opens its own copy of the file).
     */
    public static Layout layout(PDDocument pdf, PageOcr ocr, Path file, String password) throws IOException {
        return layout(ParallelPageReader.readAll(pdf, file, password, ocr, ParallelPageReader.threads()));
    }

    /** Page furniture, ruled regions, table of contents and tables over pages already read. */
    public static Layout layout(List<PageLayout> read) {
        List<PageLayout> pages = PageFurniture.mark(read);
        Map<Integer, List<Box>> regions = new HashMap<>();
        for (PageLayout p : pages) regions.put(p.number(), new ArrayList<>(RuledRegions.of(p)));
        TableOfContents.Result toc = TableOfContents.find(pages);
        // Detected table areas (lattice and stream) join the ruled regions: table rows never become narrative.
        TableExtractor.Result tables = TableExtractor.extract(pages, new java.util.HashSet<>(toc.pages()), ParallelPageReader.threads());
        tables.areas().forEach((page, boxes) -> regions.computeIfAbsent(page, k -> new ArrayList<>()).addAll(boxes));
        // the self-check: a table whose own identities fail in bulk is marked not understood
        return new Layout(pages, toc, regions, org.fiscallens.checks.TableSelfCheck.apply(tables.tables()));
    }

    public static List<Section> sections(Layout layout) {
        return sections(layout, paragraphs(layout));
    }

    /** The paragraphs of the body flow (contents and ruled tables left out), in reading order. */
    public static List<Paragraph> paragraphs(Layout layout) {
        Set<TextLine> toc = layout.toc().lines();
        return ParagraphBuilder.build(layout.pages(),
                l -> !toc.contains(l) && !insideRegion(l, layout.ruledRegions().getOrDefault(l.page(), List.of())),
                l -> !toc.contains(l) && insideRegion(l, layout.ruledRegions().getOrDefault(l.page(), List.of())));
    }

    public static List<Section> sections(Layout layout, List<Paragraph> paragraphs) {
        double[] sizes = bodyFont(paragraphs);
        // Front matter: up to the last contents page; without contents, a sparse first page is a cover.
        int frontMatter = layout.toc().pages().stream().mapToInt(Integer::intValue).max()
                .orElse(!layout.pages().isEmpty() && layout.pages().get(0).bodyLines().size() <= 12 ? 1 : 0);
        // the printed titles of the tables, by page: text of their section, not chapter titles
        Set<String> tableTitles = new HashSet<>();
        for (Table t : layout.tables()) {
            if (t.title() == null || t.pages().isEmpty()) continue;
            tableTitles.add(t.pages().get(0) + "|" + Chars.compact(t.title()));
        }
        return SectionTreeBuilder.build(paragraphs, new HeadingDetector(sizes[0], sizes[1] > 0.5, bodyFace(paragraphs)), frontMatter,
                p -> tableTitles.contains(p.page() + "|" + Chars.compact(p.text())));
    }

    /** Median font size of body text by characters, and the share of bold characters. */
    private static double[] bodyFont(List<Paragraph> paragraphs) {
        Map<Double, Integer> bySize = new HashMap<>();
        long bold = 0, all = 0;
        for (Paragraph p : paragraphs) {
            if (p.text().isEmpty()) continue;
            for (TextLine l : p.lines()) {
                int n = l.text().length();
                bySize.merge(Math.round(l.fontSize() * 2) / 2.0, n, Integer::sum);
                all += n;
                if (l.isBold()) bold += n;
            }
        }
        double size = bySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12.0);
        return new double[]{size, all == 0 ? 0 : (double) bold / all};
    }

    /** The typeface most Chinese body text is set in. */
    private static String bodyFace(List<Paragraph> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.text().isEmpty()) continue;
            for (TextLine l : p.lines()) {
                String f = l.cjkFont();
                if (f != null) counts.merge(f, l.text().length(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean insideRegion(TextLine l, List<Box> regions) {
        for (Box r : regions) if (r.contains(l.box().centerX(), l.box().centerY())) return true;
        return false;
    }

    /** The hash computed by the task on its thread, or the task's error. */
    private static String await(Thread thread, java.util.concurrent.FutureTask<String> task) throws PdfReadException {
        org.fiscallens.parallel.ParallelMap.joinQuietly(thread);
        try {
            return task.get(); // done: returns at once
        } catch (InterruptedException e) {
            throw new IllegalStateException("a finished task was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof PdfReadException p) throw p;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    static String sha256(Path file) throws PdfReadException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw org.fiscallens.pdf.Reasons.unreadable(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
