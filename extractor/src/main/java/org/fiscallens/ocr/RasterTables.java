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

    private RasterTables() {}

    /**
     * A whole page image: its rulings are added to {@code rulingsOut}; returns its glyphs in points.
     */
    public static List<Glyph> read(BufferedImage image, double ppp, double offX, double offY, PageOcr ocr,
                                   int pageNumber, double pageWidth, double pageHeight, List<Ruling> rulingsOut) throws IOException {
        RasterRulings.Result rr = RasterRulings.find(image, ppp, offX, offY);
        List<Glyph> glyphs = shift(ocr.recognise(rr.image(), ppp), offX, offY);
        rulingsOut.addAll(rr.rulings());
        return reread(glyphs, rr, ppp, offX, offY, pageNumber, pageWidth, pageHeight);
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
        List<Glyph> glyphs = shift(ocr.recognise(rr.image(), ppp), offX, offY);
        rulingsOut.addAll(rr.rulings());
        return reread(glyphs, rr, ppp, offX, offY, pageNumber, pageWidth, pageHeight);
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

    /** The cells of the ruled grids that read as figures or codes, read again one by one. */
    static List<Glyph> reread(List<Glyph> glyphs, RasterRulings.Result rr, double ppp, double offX, double offY,
                              int pageNumber, double pageWidth, double pageHeight) {
        String language = "chi_sim";
        if (rr.rulings().isEmpty() || !TesseractCli.available()) return glyphs;
        PageLayout probe = layout(pageNumber, pageWidth, pageHeight, glyphs, rr.rulings());
        BufferedImage img = rr.image();
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int ink = RasterRulings.inkThreshold(px);
        List<Job> cells = new ArrayList<>();
        int gridNo = 0;
        for (CellGrid g : PageTables.find(probe)) {
            if (!"lattice".equals(g.method())) continue;
            gridNo++;
            for (GridCell c : g.cells()) {
                int[] inkBox = inkBox(px, img.getWidth(), img.getHeight(), ink, c.box(), ppp, offX, offY);
                if (inkBox != null) cells.add(new Job(gridNo, c.row(), c.col(), c.box(), inkBox[0], inkBox[1], inkBox[2], inkBox[3]));
            }
        }
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
                String page = textIn(glyphs, j.cell());
                String read = line == null ? "" : Chars.compact(line.text());
                // a figure, or one or two signs the Chinese model may have taken for characters (1 → 工, 7 → 了)
                boolean maybeFigure = numeric(read.isEmpty() ? page : read) || read.codePointCount(0, read.length()) <= 2 && narrow(j, ppp);
                if (maybeFigure && !wide(j, ppp)) { figures.add(j); first.add(line); }
                else if (!read.isEmpty()) { labels.add(j); labelReadings.add(line); }
            }
            List<TesseractCli.Line> figureReadings = figures.isEmpty() ? List.of() : readStacked(img, figures, ppp, "eng", "0123456789.,-%");
            for (int i = 0; i < figures.size(); i++) {
                TesseractCli.Line line = figureReadings.get(i), before = first.get(i);
                Job j = figures.get(i);
                String firstText = before == null ? "" : Chars.compact(before.text());
                boolean wasFigure = firstText.isEmpty() || numeric(firstText);
                java.util.regex.Matcher framed = FRAMED.matcher(firstText);
                if (line != null && framed.matches() && (!framed.group(1).isEmpty() || !framed.group(3).isEmpty())
                        && Chars.compact(line.text()).contains(framed.group(2))) {
                    // a figure with a sign or a unit the digit reading cannot spell (≥98%, 48.51万元, 1188.57㎡): where the
                    // digit reading holds the same digits, the first reading stands, sign and unit included
                    replace(out, j, new TesseractCli.Line(firstText, Math.min(before.confidence(), line.confidence())), ppp, offX, offY, null);
                    finalText.put(j, firstText);
                    continue;
                }
                // a separator lost in the leading group (1741,445.22): the same value, regrouped, and marked uncertain
                if (line != null) {
                    String regrouped = regroup(Chars.compact(line.text()));
                    if (regrouped != null) line = new TesseractCli.Line(regrouped, Math.min(line.confidence(), 50));
                }
                // a short reading that was not a figure becomes one only when the digit reading is sure of itself
                if (line != null && wellFormed(line.text()) && (wasFigure || line.confidence() >= 60 && line.confidence() > before.confidence())) {
                    // two readings that disagree: the digit reading is kept, with a low confidence
                    boolean agree = before == null || Chars.compact(before.text()).equals(Chars.compact(line.text()));
                    replace(out, j, agree ? line : new TesseractCli.Line(line.text(), Math.min(line.confidence(), 50)), ppp, offX, offY, null);
                    finalText.put(j, Chars.compact(line.text()));
                } else if (before != null && !before.text().isBlank()) {
                    replace(out, j, wasFigure ? new TesseractCli.Line(before.text(), Math.min(before.confidence(), 30)) : before, ppp, offX, offY, null);
                    finalText.put(j, Chars.compact(before.text()));
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
                TesseractCli.Line line = labelReadings.get(i);
                String raw = Chars.compact(line.text()), text = texts[i];
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

    static String textIn(List<Glyph> glyphs, Box cell) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            if (!g.isSpace() && cell.contains(g.box().centerX(), g.box().centerY())) sb.append(g.text());
        }
        return Chars.compact(sb.toString());
    }

    /** The box of the ink inside the cell (its border left out), in image pixels, or null when the cell is blank. */
    static int[] inkBox(byte[] px, int w, int h, int ink, Box cell, double ppp, double offX, double offY) {
        int margin = Math.max(2, (int) Math.round(1.2 / ppp));
        int cx0 = Math.max(0, (int) Math.ceil((cell.x0() - offX) / ppp) + margin);
        int cy0 = Math.max(0, (int) Math.ceil((cell.top() - offY) / ppp) + margin);
        int cx1 = Math.min(w - 1, (int) Math.floor((cell.x1() - offX) / ppp) - margin);
        int cy1 = Math.min(h - 1, (int) Math.floor((cell.bottom() - offY) / ppp) - margin);
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1, count = 0;
        int inkCut = Math.min(ink, 160);
        for (int y = cy0; y <= cy1; y++) {
            for (int x = cx0; x <= cx1; x++) {
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
        return new int[]{minX, minY, maxX, maxY};
    }

    /**
     * The cells' crops stacked one under another with white between, read in one Tesseract run with digits and
     * signs only; one reading per crop (null when nothing was read).
     */
    static List<TesseractCli.Line> readStacked(BufferedImage img, List<Job> jobs, double ppp, String languages, String whitelist) throws IOException {
        int pad = 12, gap = 28;
        int width = 0, height = gap;
        for (Job j : jobs) { width = Math.max(width, j.x1() - j.x0() + 1); height += j.y1() - j.y0() + 1 + gap; }
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
            g.drawImage(img.getSubimage(j.x0(), j.y0(), jw, jh), pad, y, null);
            tops[i] = y - gap / 2;
            bottoms[i] = y + jh + gap / 2;
            y += jh + gap;
        }
        g.dispose();
        int dpi = (int) Math.round(72 / ppp);
        List<TesseractCli.Word> words = TesseractCli.words(sheet, dpi, languages, 6, whitelist);
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
