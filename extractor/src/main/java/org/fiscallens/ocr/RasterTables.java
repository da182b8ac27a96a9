package org.fiscallens.ocr;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Ruling;
import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.Word;
import org.fiscallens.layout.WordBuilder;
import org.fiscallens.model.Box;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;
import org.fiscallens.tables.grid.PageTables;
import org.fiscallens.tables.structure.Amounts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page image (a scan, or a picture of a table pasted into a text page) into what a text PDF gives:
 * ruling lines in points ({@link RasterRulings}) and OCR glyphs with their confidence. Where the rules make
 * a grid, every cell that OCR read as a figure or a code (or that holds ink OCR did not read) is read again
 * on its own from its crop, with digits and signs only and one line per cell, and that reading replaces the
 * page reading when it is a well-formed figure or code. Nothing is ever changed to make a sum work.
 */
public final class RasterTables {
    /** Share of a cell's non-blank characters that must be digits or signs for it to be re-read as a figure. */
    private static final double NUMERIC_SHARE = 0.6;

    /** Development aid: -Dfiscal.ocr.debug=DIR prints every re-read cell's readings and writes its crop into DIR. */
    private static final String DEBUG = System.getProperty("fiscal.ocr.debug");

    private RasterTables() {}

    private static void debug(BufferedImage img, Job j, int page, String kind, String... readings) {
        if (DEBUG == null) return;
        String name = String.format(java.util.Locale.ROOT, "p%d-%.0f-%.0f-%s", page, j.cell().x0(), j.cell().top(), kind);
        System.err.println("ocr-debug " + name + " " + String.join(" | ", readings));
        try {
            javax.imageio.ImageIO.write(img.getSubimage(j.x0(), j.y0(), j.x1() - j.x0() + 1, j.y1() - j.y0() + 1), "png",
                    new java.io.File(DEBUG, name + ".png"));
        } catch (IOException | RuntimeException ignored) { }
    }

    /**
     * A whole page image: its rulings are added to {@code rulingsOut}; returns its glyphs in points.
     */
    public static List<Glyph> read(BufferedImage image, double ppp, double offX, double offY, PageOcr ocr,
                                   int pageNumber, double pageWidth, double pageHeight, List<Ruling> rulingsOut) throws IOException {
        RasterRulings.Result rr = RasterRulings.find(image, ppp, offX, offY);
        List<Job> cells = cells(rr, ppp, offX, offY, pageNumber, pageWidth, pageHeight);
        List<Glyph> glyphs = shift(pageReading(ocr, rr.image(), cells, ppp), offX, offY);
        rulingsOut.addAll(rr.rulings());
        return reread(glyphs, rr, cells, ppp, offX, offY, pageNumber);
    }

    /**
     * A picture inside a text page, given by its box in points on a rendering of the whole page: read only when
     * its rules make a table grid (a photo or a logo is left alone). Returns null when it holds no table.
     */
    public static List<Glyph> readArea(BufferedImage page, double ppp, Box area, PageOcr ocr, int pageNumber,
                                       double pageWidth, double pageHeight, List<Ruling> rulingsOut) throws IOException {
        int x0 = clamp((int) Math.floor(area.x0() / ppp), page.getWidth()), y0 = clamp((int) Math.floor(area.top() / ppp), page.getHeight());
        int x1 = clamp((int) Math.ceil(area.x1() / ppp), page.getWidth()), y1 = clamp((int) Math.ceil(area.bottom() / ppp), page.getHeight());
        if (x1 - x0 < 20 || y1 - y0 < 20) return null;
        BufferedImage crop = page.getSubimage(x0, y0, x1 - x0, y1 - y0);
        double offX = x0 * ppp, offY = y0 * ppp;
        RasterRulings.Result rr = RasterRulings.find(crop, ppp, offX, offY);
        PageLayout probe = layout(pageNumber, pageWidth, pageHeight, List.of(), rr.rulings());
        boolean grid = org.fiscallens.tables.lattice.LatticeDetector.detect(pageNumber, org.fiscallens.tables.grid.RuleMerger.of(probe))
                .stream().anyMatch(g -> g.rows() >= 2 && g.cols() >= 2);
        if (!grid) return null;
        List<Job> cells = cells(rr, ppp, offX, offY, pageNumber, pageWidth, pageHeight);
        List<Glyph> glyphs = shift(pageReading(ocr, rr.image(), cells, ppp), offX, offY);
        rulingsOut.addAll(rr.rulings());
        return reread(glyphs, rr, cells, ppp, offX, offY, pageNumber);
    }

    private static int clamp(int v, int max) { return Math.max(0, Math.min(max, v)); }

    static List<Glyph> shift(List<Glyph> in, double dx, double dy) {
        if (dx == 0 && dy == 0) return in;
        List<Glyph> out = new ArrayList<>(in.size());
        for (Glyph g : in) {
            Box b = g.box();
            out.add(new Glyph(g.text(), new Box(b.x0() + dx, b.top() + dy, b.x1() + dx, b.bottom() + dy), g.font(), g.size(), g.direction(), g.confidence()));
        }
        return out;
    }

    static PageLayout layout(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings) {
        List<Word> words = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        for (List<Word> lw : WordBuilder.lines(glyphs)) {
            if (lw.isEmpty()) continue;
            words.addAll(lw);
            Box lb = lw.get(0).box();
            for (Word w : lw) lb = lb.union(w.box());
            lines.add(new TextLine(lw, lb, WordBuilder.lineText(lw), LineRole.BODY, number));
        }
        return new PageLayout(number, width, height, 0, glyphs, words, lines, rulings, List.of(), List.of(), "ocr");
    }

    /** A cell to read again: its grid, row and column, its box in points and the ink's box in image pixels. */
    private record Job(int grid, int row, int col, Box cell, int x0, int y0, int x1, int y1) {}

    /**
     * The cells with ink of the grids the image's rules make (two rows and two columns at least), in reading order.
     * Found from the rules and the ink alone (the ink's sample points stand for text where the lattice asks whether a
     * narrow strip holds any), so that the page reading can leave them out. Empty when Tesseract cannot be run for
     * the cells.
     */
    static List<Job> cells(RasterRulings.Result rr, double ppp, double offX, double offY, int pageNumber, double pageWidth, double pageHeight) {
        if (rr.rulings().isEmpty() || !TesseractCli.available()) return List.of();
        BufferedImage img = rr.image();
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth(), h = img.getHeight(), ink = RasterRulings.inkThreshold(px), inkCut = Math.min(ink, 160);
        List<double[]> centres = new ArrayList<>();
        int step = Math.max(1, (int) Math.round(1.5 / ppp));
        for (int y = 0; y < h; y += step) for (int x = 0; x < w; x += step) if ((px[y * w + x] & 0xff) < inkCut) centres.add(new double[]{offX + x * ppp, offY + y * ppp});
        PageLayout probe = layout(pageNumber, pageWidth, pageHeight, List.of(), rr.rulings());
        List<Job> cells = new ArrayList<>();
        int gridNo = 0;
        for (CellGrid g : org.fiscallens.tables.lattice.LatticeDetector.detect(pageNumber, org.fiscallens.tables.grid.RuleMerger.of(probe), centres)) {
            if (g.rows() < 2 || g.cols() < 2) continue;
            gridNo++;
            for (GridCell c : g.cells()) {
                int[] inkBox = inkBox(px, w, h, ink, c.box(), ppp, offX, offY);
                if (inkBox != null) cells.add(new Job(gridNo, c.row(), c.col(), c.box(), inkBox[0], inkBox[1], inkBox[2], inkBox[3]));
            }
        }
        return cells;
    }

    /**
     * The image with the ink of the given cells painted white: the page reading is left what lies outside the ruled
     * cells (titles, units, notes), which the cells' own readings replace anyway; Tesseract's page layout analysis then
     * spends no time on the table (about half of a table page's OCR time).
     */
    static BufferedImage withoutCells(BufferedImage img, List<Job> cells) {
        if (cells.isEmpty()) return img;
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setRect(img.getRaster());
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        for (Job j : cells) g.fillRect(j.x0(), j.y0(), j.x1() - j.x0() + 1, j.y1() - j.y0() + 1);
        g.dispose();
        return out;
    }

    /** The page reading: of the image without its cells when there are any (the image is upright then), else of all of it. */
    private static List<Glyph> pageReading(PageOcr ocr, BufferedImage img, List<Job> cells, double ppp) throws IOException {
        return cells.isEmpty() ? ocr.recognise(img, ppp) : ocr.recogniseUpright(withoutCells(img, cells), ppp);
    }

    /** The given cells of the ruled grids, read again one by one: figures and codes with digits only, labels snapped. */
    static List<Glyph> reread(List<Glyph> glyphs, RasterRulings.Result rr, List<Job> cells, double ppp, double offX, double offY, int pageNumber) {
        String language = "chi_sim";
        BufferedImage img = rr.image();
        if (cells.isEmpty()) return glyphs;
        List<Glyph> out = new ArrayList<>(glyphs);
        try {
            // every cell on its own (the page reading runs text across cell borders), then the figures again
            // with digits and signs only
            List<TesseractCli.Line> readings = readStacked(img, cells, ppp, language, null);
            List<Job> figures = new ArrayList<>();
            List<TesseractCli.Line> first = new ArrayList<>();
            List<Job> labels = new ArrayList<>();
            List<TesseractCli.Line> labelReadings = new ArrayList<>();
            java.util.Map<Job, String> finalText = new java.util.HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                TesseractCli.Line line = readings.get(i);
                Job j = cells.get(i);
                String read = line == null ? "" : Chars.compact(line.text());
                // a figure, or one or two signs the Chinese model may have taken for characters (1 → 工, 7 → 了), or ink
                // the Chinese model read nothing in (the digit reading decides)
                boolean maybeFigure = read.isEmpty() || numeric(read) || read.codePointCount(0, read.length()) <= 2 && narrow(j, ppp);
                if (maybeFigure && !wide(j, ppp)) { figures.add(j); first.add(line); }
                else if (!read.isEmpty()) { labels.add(j); labelReadings.add(line); }
            }
            List<TesseractCli.Line> figureReadings = figures.isEmpty() ? List.of() : readStacked(img, figures, ppp, "eng", DIGITS, 1);
            // where the two readings of a figure disagree, a third one (digits only, at twice the scale) settles it
            List<Job> disputed = new ArrayList<>();
            for (int i = 0; i < figures.size(); i++) {
                String a = figureText(first.get(i)), b = figureText(figureReadings.get(i));
                if (!a.equals(b) && (wellFormed(a) || wellFormed(b))) disputed.add(figures.get(i));
            }
            List<TesseractCli.Line> thirdReadings = disputed.isEmpty() ? List.of() : readStacked(img, disputed, ppp, "eng", DIGITS, 2);
            java.util.Map<Job, TesseractCli.Line> third = new java.util.HashMap<>();
            List<Job> unread = new ArrayList<>();
            for (int i = 0; i < disputed.size(); i++) if (thirdReadings.get(i) != null) third.put(disputed.get(i), thirdReadings.get(i));
            for (int i = 0; i < figures.size(); i++) {
                TesseractCli.Line line = figureReadings.get(i), before = first.get(i);
                Job j = figures.get(i);
                String firstText = before == null ? "" : Chars.compact(before.text());
                debug(img, j, pageNumber, "fig", firstText + " (" + (before == null ? 0 : (int) before.confidence()) + ")",
                        line == null ? "-" : Chars.compact(line.text()) + " (" + (int) line.confidence() + ")",
                        third.containsKey(j) ? Chars.compact(third.get(j).text()) + " (" + (int) third.get(j).confidence() + ")" : "");
                boolean wasFigure = firstText.isEmpty() || numeric(firstText);
                java.util.regex.Matcher framed = FRAMED.matcher(firstText);
                if (line != null && framed.matches() && (!framed.group(1).isEmpty() || !framed.group(3).isEmpty())
                        && Chars.compact(line.text()).contains(framed.group(2))) {
                    // a figure with a sign or a unit the digit reading cannot spell (≥98%, 48.51万元, 1188.57㎡): where the
                    // digit reading holds the same digits, the first reading stands, sign and unit included
                    replace(out, j, new TesseractCli.Line(firstText, Math.max(before.confidence(), line.confidence())), ppp, offX, offY, null);
                    finalText.put(j, firstText);
                    continue;
                }
                TesseractCli.Line chosen = vote(before, line, third.get(j), wasFigure);
                if (chosen != null) {
                    replace(out, j, chosen, ppp, offX, offY, null);
                    finalText.put(j, Chars.compact(chosen.text()));
                } else if (before != null && !before.text().isBlank()) {
                    TesseractCli.Line kept = wasFigure ? new TesseractCli.Line(before.text(), Math.min(before.confidence(), 30)) : single(img, j, ppp, before);
                    replace(out, j, kept, ppp, offX, offY, null);
                    finalText.put(j, Chars.compact(kept.text()));
                } else {
                    unread.add(j);
                }
            }
            // ink no reading made anything of (the page reading leaves the cells out): read once more at twice the scale
            if (!unread.isEmpty()) {
                List<TesseractCli.Line> again = readStacked(img, unread, ppp, language, null, 2);
                for (int i = 0; i < unread.size(); i++) {
                    if (again.get(i) == null || Chars.compact(again.get(i).text()).isEmpty()) continue;
                    labels.add(unread.get(i));
                    labelReadings.add(again.get(i));
                }
            }
            // labels last: list numbers repaired by their column's count, then snapped to the vocabulary (by the code
            // read in the row when there is one); a label so changed keeps the reading it was changed from
            String[] texts = new String[labels.size()];
            java.util.Map<String, List<Integer>> columns = new java.util.TreeMap<>();
            for (int i = 0; i < labels.size(); i++) {
                texts[i] = Chars.compact(labelReadings.get(i).text());
                columns.computeIfAbsent(labels.get(i).grid() + "/" + labels.get(i).col(), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> column : columns.values()) {
                column.sort(java.util.Comparator.comparingInt(i -> labels.get(i).row()));
                List<String> in = new ArrayList<>();
                for (int i : column) in.add(texts[i]);
                List<String> fixed = ListNumbers.repair(in);
                for (int k = 0; k < column.size(); k++) texts[column.get(k)] = fixed.get(k);
            }
            for (int i = 0; i < labels.size(); i++) {
                Job j = labels.get(i);
                TesseractCli.Line line = single(img, j, ppp, labelReadings.get(i));
                if (line != labelReadings.get(i)) texts[i] = Chars.compact(line.text());
                String raw = Chars.compact(line.text()), text = texts[i];
                debug(img, j, pageNumber, "lab", raw + " (" + (int) line.confidence() + ")", text);
                LabelSnap.Snapped snap = LabelSnap.snap(text, rowCode(j, cells, finalText), line.confidence());
                if (snap != null) text = snap.text();
                if (text.equals(raw)) replace(out, j, line, ppp, offX, offY, null);
                else replace(out, j, new TesseractCli.Line(text, line.confidence()), ppp, offX, offY, raw);
            }
        } catch (IOException e) {
            return glyphs; // the page reading stands
        }
        return out;
    }

    private static final String DIGITS = "0123456789.,-%";

    /**
     * A cell read as one Chinese character (a lone 类/款/项 header) read again as a single character ({@code --psm 10});
     * the surer of the two readings of one character stands.
     */
    private static TesseractCli.Line single(BufferedImage img, Job j, double ppp, TesseractCli.Line line) throws IOException {
        if (!oneHan(Chars.compact(line.text()))) return line;
        List<TesseractCli.Line> again = readStacked(img, List.of(j), ppp, "chi_sim", null, 1, 10);
        TesseractCli.Line other = again.isEmpty() ? null : again.get(0);
        return other != null && oneHan(Chars.compact(other.text())) && other.confidence() > line.confidence() ? other : line;
    }

    private static boolean oneHan(String t) {
        return t.codePointCount(0, t.length()) == 1 && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** A reading of a figure as compared between readings: blanks removed, a lost leading separator put back. */
    private static String figureText(TesseractCli.Line line) {
        if (line == null) return "";
        String t = Chars.compact(line.text()), regrouped = regroup(t);
        return regrouped != null ? regrouped : t;
    }

    /** Confidence (0–100) of a figure two readings of three agree on: kept, but not taken for sure. */
    static final double MAJORITY_CONFIDENCE = 70;
    /** Confidence of a figure the readings disagree on: the cell is uncertain. */
    static final double DISPUTED_CONFIDENCE = 30;

    /**
     * The figure a cell's readings give: the Chinese model's reading ({@code first}), the digit reading and, where those
     * two disagree, a digit reading at twice the scale. Two well-formed readings that agree give the figure, with the
     * higher confidence when the first two agree, {@link #MAJORITY_CONFIDENCE} at most when it took the third. Without
     * a majority the digit reading is kept when well-formed, with {@link #DISPUTED_CONFIDENCE} at most (the cell is
     * uncertain). A separator lost in a figure's leading group (1741,445.22) is put back (the value is the same).
     * Returns null when no reading is a well-formed figure. Nothing is chosen by what would make a sum work.
     */
    static TesseractCli.Line vote(TesseractCli.Line first, TesseractCli.Line digits, TesseractCli.Line third, boolean wasFigure) {
        String a = figureText(first), b = figureText(digits), c = figureText(third);
        double ca = first == null ? 0 : first.confidence(), cb = digits == null ? 0 : digits.confidence(), cc = third == null ? 0 : third.confidence();
        if (wellFormed(b) && b.equals(a)) return new TesseractCli.Line(b, Math.max(ca, cb));
        if (wellFormed(c) && (c.equals(a) && wasFigure || c.equals(b))) return new TesseractCli.Line(c, Math.min(MAJORITY_CONFIDENCE, c.equals(a) ? Math.max(ca, cc) : Math.max(cb, cc)));
        // a short reading that was not a figure becomes one only when the digit reading is sure of itself
        if (wellFormed(b) && (wasFigure || cb >= 60 && cb > ca)) return new TesseractCli.Line(b, Math.min(cb, DISPUTED_CONFIDENCE));
        if (wellFormed(a) && wasFigure) return new TesseractCli.Line(a, Math.min(ca, DISPUTED_CONFIDENCE));
        return null;
    }

    /** Whether the ink is no wider than two digits of its height (a short label or a column number). */
    private static boolean narrow(Job j, double ppp) {
        return (j.x1() - j.x0()) <= 1.6 * (j.y1() - j.y0() + 1);
    }

    /** Whether the ink is too wide for a figure (over 3 cm: a label or a sentence). */
    private static boolean wide(Job j, double ppp) {
        return (j.x1() - j.x0()) * ppp > 85;
    }

    /**
     * The classification code read in the cells just left of a label in its row (one cell of 3, 5 or 7 digits, or
     * 类/款/项 sub-columns of 3 and 2 digits), or null.
     */
    private static String rowCode(Job label, List<Job> cells, java.util.Map<Job, String> texts) {
        java.util.Map<Integer, String> byCol = new java.util.HashMap<>();
        for (Job c : cells) if (c.grid() == label.grid() && c.row() == label.row() && texts.containsKey(c)) byCol.put(c.col(), texts.get(c));
        StringBuilder code = new StringBuilder();
        for (int col = label.col() - 1; col >= 0; col--) {
            String t = byCol.get(col);
            if (t == null || !t.matches("\\d{2,7}")) break;
            code.insert(0, t);
        }
        return code.toString().matches("\\d{3}(\\d{2}){0,2}") ? code.toString() : null;
    }

    /** The cell's glyphs replaced by the reading, spread over the cell's ink; {@code snappedFrom} is the raw reading of a snapped label. */
    private static void replace(List<Glyph> out, Job j, TesseractCli.Line line, double ppp, double offX, double offY, String snappedFrom) {
        out.removeIf(gl -> j.cell().contains(gl.box().centerX(), gl.box().centerY()));
        double top = offY + j.y0() * ppp, bottom = offY + (j.y1() + 1) * ppp;
        double size = Math.round(Math.min(bottom - top, 14) * 100.0) / 100.0;
        TesseractOcr.spread(line.text(), offX + j.x0() * ppp, offX + (j.x1() + 1) * ppp, top, bottom, size, line.confidence(),
                snappedFrom == null ? "OCR" : Glyph.SNAPPED_FONT + snappedFrom, out);
    }

    /** A figure (with separators, a sign, decimals or a percent sign), a dash, or a code of digits. */
    static boolean wellFormed(String s) {
        String t = Chars.compact(s);
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return false;
        // thousands separators only in groups of three: 339,30 is a misread 339.30, not 33930
        return Amounts.isDash(t) || STRICT_FIGURE.matcher(t).matches();
    }

    private static final java.util.regex.Pattern LOST_SEPARATOR = java.util.regex.Pattern.compile("(-?)(\\d{4,6})((?:,\\d{3})+)(\\.\\d+)?(%?)");

    /**
     * A figure whose later thousands groups are separated and whose leading group lacks its separator, with it put
     * back (1741,445.22 → 1,741,445.22: the value is the same), or null for any other text.
     */
    static String regroup(String t) {
        java.util.regex.Matcher m = LOST_SEPARATOR.matcher(t);
        if (!m.matches()) return null;
        String lead = m.group(2);
        StringBuilder sb = new StringBuilder();
        int first = lead.length() % 3 == 0 ? 3 : lead.length() % 3;
        sb.append(lead, 0, first);
        for (int i = first; i < lead.length(); i += 3) sb.append(',').append(lead, i, i + 3);
        return m.group(1) + sb + m.group(3) + (m.group(4) == null ? "" : m.group(4)) + m.group(5);
    }

    /** A figure framed by what the digit whitelist cannot read: a comparison sign before, a unit after. */
    private static final java.util.regex.Pattern FRAMED = java.util.regex.Pattern.compile(
            "([≥≤＞＜><≧≦=]?)(-?\\d[\\d,]*(?:\\.\\d+)?%?)((?:亿元|万元|元|平方米|㎡|公里|人次|人|个|次|辆|台|天|项|家|户|件|份|小时|分钟|日|月|年)?)");

    private static final java.util.regex.Pattern STRICT_FIGURE = java.util.regex.Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    static boolean numeric(String text) {
        int digits = 0, other = 0;
        for (int cp : text.codePoints().toArray()) {
            if (Character.isWhitespace(cp)) continue;
            if (cp >= '0' && cp <= '9') digits++;
            else if (".,-%()—－".indexOf(cp) < 0) other++;
        }
        return digits > 0 && digits >= NUMERIC_SHARE * (digits + other);
    }

    /**
     * The box of the ink inside the cell (its border left out), in image pixels, or null when the cell is blank. The
     * rules are already painted white, so the search starts a pixel inside the rule's middle: text set hard against
     * a rule keeps its strokes (a cut 十 reads as 上, a cut 二 as 一). What is left of a rule at the cell's edge (a
     * column or row of ink across nearly the whole cell) is left out; the box keeps paper around the ink (half a
     * character to the sides).
     */
    static int[] inkBox(byte[] px, int w, int h, int ink, Box cell, double ppp, double offX, double offY) {
        int cx0 = Math.max(0, (int) Math.ceil((cell.x0() - offX) / ppp) + 1);
        int cy0 = Math.max(0, (int) Math.ceil((cell.top() - offY) / ppp) + 1);
        int cx1 = Math.min(w - 1, (int) Math.floor((cell.x1() - offX) / ppp) - 1);
        int cy1 = Math.min(h - 1, (int) Math.floor((cell.bottom() - offY) / ppp) - 1);
        if (cx1 - cx0 < 3 || cy1 - cy0 < 3) return null;
        int inkCut = Math.min(ink, 160);
        int[] cols = new int[cx1 - cx0 + 1], rows = new int[cy1 - cy0 + 1];
        for (int y = cy0; y <= cy1; y++) {
            for (int x = cx0; x <= cx1; x++) {
                if ((px[y * w + x] & 0xff) < inkCut) { cols[x - cx0]++; rows[y - cy0]++; }
            }
        }
        // remnants of a rule: within the old margin of either edge, a line of ink across most of the cell
        int edge = Math.max(2, (int) Math.round(1.2 / ppp));
        int x0 = 0, x1 = cols.length - 1, y0 = 0, y1 = rows.length - 1;
        for (int i = 0; i < Math.min(edge, cols.length); i++) if (cols[i] >= 0.7 * rows.length) x0 = i + 1;
        for (int i = 0; i < Math.min(edge, cols.length); i++) if (cols[cols.length - 1 - i] >= 0.7 * rows.length) x1 = cols.length - 2 - i;
        for (int i = 0; i < Math.min(edge, rows.length); i++) if (rows[i] >= 0.7 * cols.length) y0 = i + 1;
        for (int i = 0; i < Math.min(edge, rows.length); i++) if (rows[rows.length - 1 - i] >= 0.7 * cols.length) y1 = rows.length - 2 - i;
        if (x1 - x0 < 2 || y1 - y0 < 3) return null;
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1, count = 0;
        for (int y = cy0 + y0; y <= cy0 + y1; y++) {
            for (int x = cx0 + x0; x <= cx0 + x1; x++) {
                if ((px[y * w + x] & 0xff) < inkCut) {
                    count++;
                    if (x < minX) minX = x;
                    if (x > maxX) maxX = x;
                    if (y < minY) minY = y;
                    if (y > maxY) maxY = y;
                }
            }
        }
        if (count < 6 || maxX - minX < 2 || maxY - minY < 3) return null;
        // paper around the dark ink, half a character's width to the sides: the faint thin strokes of a light face (the
        // arms of 十, the upper stroke of 二) are lighter than the ink cut and would be cut off
        int pad = Math.max(2, (int) Math.round(1.0 / ppp)), side = Math.max(pad, (maxY - minY + 1) / 2);
        return new int[]{Math.max(cx0 + x0, minX - side), Math.max(cy0 + y0, minY - pad), Math.min(cx0 + x1, maxX + side), Math.min(cy0 + y1, maxY + pad)};
    }

    /** The contrast curve applied to a crop's grey levels: thin strokes rendered light grey come out dark. */
    static final double GAMMA = 2.5;

    /**
     * A crop with its paper set white and its grey levels pushed towards black ({@link #GAMMA}): the thin strokes of a
     * light face (the upper stroke of 二, the arms of 十, 支's first stroke) are light grey at 200 dpi, and Tesseract's own
     * binarisation drops them (二 → 一, 十 → 上, 支 → 文).
     */
    static BufferedImage darkened(BufferedImage crop) {
        int w = crop.getWidth(), h = crop.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.Raster in = crop.getRaster();
        int[] row = new int[w];
        int paper = 0;
        for (int y = 0; y < h; y++) {
            in.getSamples(0, y, w, 1, 0, row);
            for (int v : row) paper = Math.max(paper, v);
        }
        if (paper < 64) paper = 255;
        int[] curve = new int[256];
        for (int v = 0; v < 256; v++) curve[v] = (int) Math.round(255 * Math.pow(Math.min(1.0, v / (double) paper), GAMMA));
        java.awt.image.WritableRaster r = out.getRaster();
        for (int y = 0; y < h; y++) {
            in.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) row[x] = curve[row[x]];
            r.setSamples(0, y, w, 1, 0, row);
        }
        return out;
    }

    /**
     * The cells' crops stacked one under another with white between, read in one Tesseract run with digits and
     * signs only; one reading per crop (null when nothing was read).
     */
    static List<TesseractCli.Line> readStacked(BufferedImage img, List<Job> jobs, double ppp, String languages, String whitelist) throws IOException {
        return readStacked(img, jobs, ppp, languages, whitelist, 1);
    }

    /** The same with every crop scaled by {@code scale} (bicubic) first. */
    static List<TesseractCli.Line> readStacked(BufferedImage img, List<Job> jobs, double ppp, String languages, String whitelist, int scale) throws IOException {
        return readStacked(img, jobs, ppp, languages, whitelist, scale, 6);
    }

    /** The same with Tesseract's page segmentation mode {@code psm} (6: a block of text; 10: one character). */
    static List<TesseractCli.Line> readStacked(BufferedImage img, List<Job> jobs, double ppp, String languages, String whitelist, int scale, int psm) throws IOException {
        int pad = 12 * scale, gap = 28 * scale;
        int width = 0, height = gap;
        for (Job j : jobs) { width = Math.max(width, (j.x1() - j.x0() + 1) * scale); height += (j.y1() - j.y0() + 1) * scale + gap; }
        width += 2 * pad + 40;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int[] tops = new int[jobs.size()], bottoms = new int[jobs.size()];
        int y = gap;
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            int jw = j.x1() - j.x0() + 1, jh = j.y1() - j.y0() + 1;
            BufferedImage crop = img.getSubimage(j.x0(), j.y0(), jw, jh);
            if (scale != 1) {
                BufferedImage big = new BufferedImage(jw * scale, jh * scale, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D bg = big.createGraphics();
                bg.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                bg.drawImage(crop, 0, 0, jw * scale, jh * scale, null);
                bg.dispose();
                crop = big;
                jh *= scale;
            }
            g.drawImage(darkened(crop), pad, y, null);
            tops[i] = y - gap / 2;
            bottoms[i] = y + jh + gap / 2;
            y += jh + gap;
        }
        g.dispose();
        int dpi = (int) Math.round(72 * scale / ppp);
        List<TesseractCli.Word> words = TesseractCli.words(sheet, dpi, languages, psm, whitelist);
        List<List<TesseractCli.Word>> per = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) per.add(new ArrayList<>());
        for (TesseractCli.Word w : words) {
            double cy = w.top() + w.height() / 2.0;
            for (int i = 0; i < jobs.size(); i++) if (cy >= tops[i] && cy < bottoms[i]) { per.get(i).add(w); break; }
        }
        List<TesseractCli.Line> out = new ArrayList<>();
        for (List<TesseractCli.Word> ws : per) out.add(TesseractCli.join(ws));
        return out;
    }
}
