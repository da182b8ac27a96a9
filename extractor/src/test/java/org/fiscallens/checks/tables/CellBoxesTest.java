package org.fiscallens.checks.tables;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.export.PageCropper;
import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.pdf.PdfOpener;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table cell's evidence carries the box of the cell and of its column's header: found through the grid by the
 * header's text, told apart from a same-named header of the other block by the banner over it, placed by an
 * earlier page's header on a continuation page, and withheld when the grid's cell does not hold the row's value.
 */
class CellBoxesTest {

    private static Cell c(int row, int col, String text, int page, double x0, double top, double x1, double bottom) {
        return new Cell(row, col, 1, 1, text, page, new Box(x0, top, x1, bottom));
    }

    private static Map<String, BigDecimal> v(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1] == null ? null : new BigDecimal((String) kv[i + 1]));
        return m;
    }

    /**
     * 收入 | 支出 side by side, each with a column headed 金额 (the typed columns are then 金额 in both blocks), two
     * pages, page 2 without a header; row 财政拨款 printed 100.00 | 80.00, row 合计 on page 2 printed 120.00 | blank.
     */
    static Table table() {
        List<Cell> cells = new ArrayList<>(List.of(
                c(0, 0, "收入", 1, 50, 100, 250, 115), c(0, 2, "支出", 1, 250, 100, 450, 115),
                c(1, 0, "项目", 1, 50, 115, 180, 130), c(1, 1, "金 额", 1, 180, 115, 250, 130),
                c(1, 2, "项目", 1, 250, 115, 380, 130), c(1, 3, "金额", 1, 380, 115, 450, 130),
                c(2, 0, "财政拨款", 1, 50, 130, 180, 145), c(2, 1, "100.00", 1, 180, 130, 250, 145),
                c(2, 2, "一般公共服务支出", 1, 250, 130, 380, 145), c(2, 3, "80.00", 1, 380, 130, 450, 145),
                c(3, 0, "合计", 2, 50, 60, 180, 75), c(3, 1, "120.00", 2, 180, 60, 250, 75),
                c(3, 2, "合计", 2, 250, 60, 380, 75), c(3, 3, "", 2, 380, 60, 450, 75)));
        List<TableRow> rows = List.of(
                new TableRow(null, "财政拨款", null, "收入", v("金额", "100.00"), 1, new Box(50, 130, 250, 145)),
                new TableRow(null, "一般公共服务支出", null, "支出", v("金额", "80.00"), 1, new Box(250, 130, 450, 145)),
                new TableRow(null, "合计", null, "收入", v("金额", "120.00"), 2, new Box(50, 60, 250, 75)),
                new TableRow(null, "合计", null, "支出", v("金额", null), 2, new Box(250, 60, 450, 75)),
                new TableRow(null, "错读", null, "支出", v("金额", "81.00"), 1, new Box(250, 130, 450, 145)));
        return new Table("income_expenditure_summary", "收支总表", "万元", List.of(1, 2), "hand", List.of("金额"), rows, null, cells);
    }

    @Test
    void theCellAndItsHeaderAreTheOnesUnderTheRowsBlock() {
        Table t = table();
        TableView view = new TableView(t);
        Evidence income = view.evidence(t.rows().get(0), "金额");
        assertEquals(new Box(180, 130, 250, 145), income.cell());
        assertEquals(new Box(180, 115, 250, 130), income.header());
        Evidence spending = view.evidence(t.rows().get(1), "金额");
        assertEquals(new Box(380, 130, 450, 145), spending.cell());
        assertEquals(new Box(380, 115, 450, 130), spending.header(), "the 金额 under 支出, not the one under 收入");
    }

    @Test
    void aContinuationPageIsPlacedByTheEarlierHeaderAndABlankCellIsFound() {
        Table t = table();
        TableView view = new TableView(t);
        Evidence total = view.evidence(t.rows().get(2), "金额");
        assertEquals(new Box(180, 60, 250, 75), total.cell());
        assertNull(total.header(), "page 2 prints no header: none to outline");
        Evidence blank = view.evidence(t.rows().get(3), "金额");
        assertEquals(new Box(380, 60, 450, 75), blank.cell());
        assertEquals("合计 （空白）", blank.quote());
    }

    @Test
    void aCellThatDoesNotHoldTheRowsValueIsNotOutlined() {
        Table t = table();
        Evidence e = new TableView(t).evidence(t.rows().get(4), "金额");
        assertNull(e.cell());
        assertNull(e.header());
        assertNotNull(e.box());
        // no grid at all: no cell
        Table bare = new Table(t.kind(), t.title(), t.unit(), t.pages(), t.method(), t.columns(), t.rows(), null, null);
        assertNull(new TableView(bare).evidence(bare.rows().get(0), "金额").cell());
    }

    /**
     * The seed's 支出决算表 (page 6): row 2080501 行政单位离退休, column 本年支出合计 prints 12.76 in the cell
     * [232.5, 321.75, 283.5, 336.25] under the header 本年支出合计 [232.5, 162.95, 283.5, 192.05] (read off the page
     * rendered at 72 dpi: the 本年支出合计 column is the first amount column, 12.76 on the 行政单位离退休 line). The
     * crop outlines both in the highlight colour.
     */
    @Test
    void onTheSeedTheCellAndHeaderAreOutlinedInTheCrop() throws Exception {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        Table t = doc.tables().stream().filter(x -> x.pages().contains(6) && x.columns().contains("本年支出合计")).findFirst().orElseThrow();
        TableRow row = t.rows().stream().filter(r -> "2080501".equals(r.code())).findFirst().orElseThrow();
        Evidence e = new TableView(t).evidence(row, "本年支出合计");
        assertNotNull(e.cell());
        assertEquals(232.5, e.cell().x0(), 2);
        assertEquals(283.5, e.cell().x1(), 2);
        assertTrue(e.cell().top() >= row.box().top() - 1 && e.cell().bottom() <= row.box().bottom() + 1);
        assertNotNull(e.header());
        assertEquals(232.5, e.header().x0(), 2);
        assertTrue(e.header().bottom() <= e.cell().top() && e.header().top() > 150, "" + e.header());

        try (PageCropper cropper = new PageCropper(PdfOpener.open(Corpus.seedPdf(), null))) {
            BufferedImage crop = cropper.crop(6, e.box(), e.cell(), e.header());
            // the crop reaches up to the header; both outlines are drawn in the highlight colour
            Box area = e.box().union(e.cell()).union(e.header());
            double ox = Math.max(0, area.x0() - 90), oy = Math.max(0, area.top() - 45);
            assertTrue(highlightNear(crop, e.cell(), ox, oy), "the cell is outlined");
            assertTrue(highlightNear(crop, e.header(), ox, oy), "the header is outlined");
            // without the header the crop would not reach above the row by more than its margin
            assertTrue(crop.getHeight() > (e.box().bottom() - e.header().top()) * 1.5);
        }
    }

    /** Whether highlight-coloured pixels lie on the box's left edge in the crop (origin ox, oy in points). */
    private static boolean highlightNear(BufferedImage img, Box b, double ox, double oy) {
        int hl = PageCropper.HIGHLIGHT.getRGB() & 0xFFFFFF, hits = 0;
        double s = 1.5;
        int x = (int) Math.round((b.x0() - ox) * s) - 1;
        for (int y = (int) Math.round((b.top() - oy) * s); y < (int) Math.round((b.bottom() - oy) * s); y++) {
            for (int dx = -2; dx <= 2; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < img.getWidth() && y >= 0 && y < img.getHeight() && (img.getRGB(xx, y) & 0xFFFFFF) == hl) { hits++; break; }
            }
        }
        return hits > 5;
    }
}
