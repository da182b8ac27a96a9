package org.fiscallens.tables.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Box;
import org.fiscallens.pdf.PageLayoutReader;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.CellTextFiller;
import org.fiscallens.tables.grid.PageTables;
import org.fiscallens.tables.grid.RuleMerger;
import org.fiscallens.tables.lattice.LatticeDetector;
import org.fiscallens.tables.stream.StreamDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the ICDAR 2013 table competition measures over a folder of {@code NAME.pdf} with {@code NAME-reg.xml}
 * and {@code NAME-str.xml}: (a) structure recognition on the ground-truth regions, (b) complete detection plus
 * structure on whole pages (adjacency relations, precision/recall/F1), and region detection by characters
 * (the share of ground-truth table characters inside detected tables, and of detected characters inside
 * ground-truth tables).
 */
public final class IcdarBench {

    /** Sums over documents and per-document F1 values for averaging. */
    public static final class Score {
        long tp, detected, truth;
        final List<Double> docF1 = new ArrayList<>();

        void add(long tp, long detected, long truth) {
            this.tp += tp; this.detected += detected; this.truth += truth;
            double p = detected == 0 ? (truth == 0 ? 1 : 0) : (double) tp / detected;
            double r = truth == 0 ? 1 : (double) tp / truth;
            docF1.add(p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        public double precision() { return detected == 0 ? 0 : (double) tp / detected; }
        public double recall() { return truth == 0 ? 0 : (double) tp / truth; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        public double meanDocF1() { return docF1.stream().mapToDouble(Double::doubleValue).average().orElse(0); }
        public int documents() { return docF1.size(); }
        public long tp() { return tp; }
        public long detected() { return detected; }
        public long truth() { return truth; }
    }

    public record Result(Score structure, Score complete, Score detection, int documents, List<String> skipped) {}

    public static Result run(Path dir) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(dir)) {
            pdfs = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        Score structure = new Score(), complete = new Score(), detection = new Score();
        List<String> skipped = new ArrayList<>();
        int docs = 0;
        for (Path pdf : pdfs) {
            String base = Regexes.replaceFirst(pdf.getFileName().toString(), "(?i)\\.pdf$", "");
            Path str = pdf.resolveSibling(base + "-str.xml"), reg = pdf.resolveSibling(base + "-reg.xml");
            if (!Files.exists(str) || !Files.exists(reg)) { skipped.add(base + ": no ground truth"); continue; }
            try (PDDocument doc = PdfOpener.open(pdf, null)) {
                PageLayoutReader reader = new PageLayoutReader(doc);
                Map<Integer, PageLayout> pages = new HashMap<>();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) pages.put(i, reader.read(i));
                java.util.function.IntFunction<double[]> frame = n -> {
                    PDRectangle crop = doc.getPage(n - 1).getCropBox();
                    return new double[]{crop.getLowerLeftX(), crop.getUpperRightY()};
                };
                List<IcdarRegion> truth = IcdarGroundTruth.read(str, frame);
                List<IcdarRegion> regions = IcdarGroundTruth.regions(reg, frame);
                docs++;
                // (a) structure on the given regions
                long tp = 0, det = 0, gt = 0;
                Map<String, Integer> allTruth = new HashMap<>();
                for (IcdarRegion r : truth) {
                    Map<String, Integer> t = AdjacencyRelations.of(r.cells());
                    AdjacencyRelations.addAll(allTruth, t);
                    PageLayout page = pages.get(r.page());
                    Map<String, Integer> d = page == null ? Map.of() : AdjacencyRelations.of(AdjacencyRelations.cells(structureIn(page, r.box())));
                    tp += AdjacencyRelations.matched(d, t); det += AdjacencyRelations.size(d); gt += AdjacencyRelations.size(t);
                }
                structure.add(tp, det, gt);
                // (b) detection + structure on whole pages
                Map<String, Integer> found = new HashMap<>();
                long inBoth = 0, inDetected = 0, inTruth = 0;
                for (PageLayout page : pages.values()) {
                    List<CellGrid> grids = PageTables.find(page);
                    for (CellGrid g : grids) AdjacencyRelations.addAll(found, AdjacencyRelations.of(AdjacencyRelations.cells(g)));
                    for (Glyph gl : page.glyphs()) {
                        if (gl.isSpace()) continue;
                        double x = gl.box().centerX(), y = gl.box().centerY();
                        boolean d = grids.stream().anyMatch(g -> g.area().contains(x, y));
                        boolean t = regions.stream().anyMatch(r -> r.page() == page.number() && r.box().contains(x, y));
                        if (d) inDetected++;
                        if (t) inTruth++;
                        if (d && t) inBoth++;
                    }
                }
                complete.add(AdjacencyRelations.matched(found, allTruth), AdjacencyRelations.size(found), AdjacencyRelations.size(allTruth));
                detection.add(inBoth, inDetected, inTruth);
            } catch (Exception e) {
                skipped.add(base + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return new Result(structure, complete, detection, docs, skipped);
    }

    /** Our structure recognition inside a given region: the lattice grid filling it, else stream mode. */
    static CellGrid structureIn(PageLayout page, Box region) {
        Box grown = new Box(region.x0() - 4, region.top() - 4, region.x1() + 4, region.bottom() + 4);
        CellGrid best = null;
        double bestArea = 0;
        for (CellGrid g : LatticeDetector.detect(page.number(), RuleMerger.of(page).within(grown, 2))) {
            Box a = g.area();
            double ov = Math.max(0, Math.min(a.x1(), region.x1()) - Math.max(a.x0(), region.x0()))
                    * Math.max(0, Math.min(a.bottom(), region.bottom()) - Math.max(a.top(), region.top()));
            if (ov > bestArea) { bestArea = ov; best = g; }
        }
        if (best != null && bestArea >= 0.6 * region.width() * region.height()) {
            CellGrid filled = CellTextFiller.fill(best, page.glyphs());
            if (LatticeDetector.isTable(filled)) return filled;
        }
        CellGrid s = StreamDetector.structure(page, grown);
        return s == null ? new CellGrid(page.number(), region, List.of(region.x0(), region.x1()), List.of(region.top(), region.bottom()), List.of(), "stream") : s;
    }
}
