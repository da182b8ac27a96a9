package org.fiscallens.tables.structure;

import org.fiscallens.layout.Glyph;
import org.fiscallens.model.Box;
import org.fiscallens.model.TableRow;
import org.fiscallens.tables.grid.AxisSegment;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.CellTextFiller;
import org.fiscallens.tables.grid.GridCell;
import org.fiscallens.tables.grid.Rules;
import org.fiscallens.tables.lattice.LatticeDetector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Synthetic header grids: a value column's path is its header path, at any depth; a column group is the columns
 * under one banner, named by the path down to it. Layouts no corpus file has in this form.
 */
class HeaderTreeTest {

    /**
     * 项目 | 金额 (合计 | 其中：教育收费), the banner row set in small type (7 pt) above body rows of 16 pt. The rule
     * under 金额 lies 7 pt below the frame: taken for the inset stroke of a doubled border it would merge 金额 with
     * its sub-header, and the vertical rule between 合计 and 其中 (drawn under the banner only) would no longer cut
     * the header, so 其中：教育收费 got the same path as 合计 and its figures were left out.
     */
    @Test
    void aColumnUnderATwoLevelHeaderWithQizhongKeepsItsOwnPath() {
        double[] x = {0, 80, 140, 220};
        double[] y = {0, 7, 14, 30, 46};
        List<AxisSegment> h = List.of(seg(y[0], 0, 220), seg(y[1], 80, 220), seg(y[2], 0, 220), seg(y[3], 0, 220), seg(y[4], 0, 220));
        List<AxisSegment> v = List.of(seg(x[0], 0, 46), seg(x[1], 0, 46), seg(x[2], 7, 46), seg(x[3], 0, 46));
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(text("项目", 20, 5, 6));
        glyphs.addAll(text("金额", 140, 1, 5));
        glyphs.addAll(text("合计", 95, 8, 5));
        glyphs.addAll(text("其中：教育收费", 145, 8, 5));
        glyphs.addAll(text("事业收入", 5, 18, 8));
        glyphs.addAll(text("120.00", 100, 18, 6));
        glyphs.addAll(text("35.50", 160, 18, 6));
        glyphs.addAll(text("其他收入", 5, 34, 8));
        glyphs.addAll(text("8.00", 100, 34, 6));
        List<double[]> centres = glyphs.stream().map(g -> new double[]{g.box().centerX(), g.box().centerY()}).toList();
        List<CellGrid> grids = LatticeDetector.detect(1, new Rules(h, v), centres);
        assertEquals(1, grids.size());
        CellGrid g = CellTextFiller.fill(grids.get(0), glyphs);
        assertEquals(4, g.rows(), "the 7 pt banner row is a row of its own");
        TableLayout layout = LayoutAnalyzer.analyze(g);
        assertEquals(List.of("金额/合计", "金额/其中：教育收费"), layout.columns());
        List<TableRow> rows = RowReader.read(g, layout, RowReader.identity(g.cols()), layout.headerRows(), java.util.Set.of()).get(0);
        assertEquals(2, rows.size());
        assertEquals(new BigDecimal("120.00"), rows.get(0).values().get("金额/合计"));
        assertEquals(new BigDecimal("35.50"), rows.get(0).values().get("金额/其中：教育收费"));
        assertEquals(null, rows.get(1).values().get("金额/其中：教育收费"));
    }

    /**
     * 收入 (项目 | 预算数) beside 支出 over three parallel groups, each its own label and amount columns
     * (支出功能分类科目 | 预算数 | 部门经济分类科目 | 预算数 | 政府经济分类科目 | 预算数): four blocks, the three
     * expenditure groups told apart by their own heading, never one block 支出 whose rows are added together.
     */
    @Test
    void threeParallelColumnGroupsUnderOneBannerAreThreeBlocks() {
        String[][] header = {
                {"收入", "", "支出", "", "", "", "", ""},
                {"项目", "预算数", "支出功能分类科目", "预算数", "部门经济分类科目", "预算数", "政府经济分类科目", "预算数"},
        };
        String[][] body = {
                {"一、财政拨款", "100.00", "一般公共服务支出", "80.00", "工资福利支出", "60.00", "机关工资福利支出", "60.00"},
                {"二、事业收入", "20.00", "住房保障支出", "40.00", "商品和服务支出", "60.00", "机关商品和服务支出", "60.00"},
                {"收入总计", "120.00", "支出总计", "120.00", "支出总计", "120.00", "支出总计", "120.00"},
        };
        CellGrid g = grid(header, body, new int[][]{{0, 0, 2}, {0, 2, 6}});
        TableLayout layout = LayoutAnalyzer.analyze(g);
        List<String> names = layout.blocks().stream().map(Block::name).toList();
        assertEquals(List.of("收入", "支出/支出功能分类科目", "支出/部门经济分类科目", "支出/政府经济分类科目"), names);
        List<List<TableRow>> blocks = RowReader.read(g, layout, RowReader.identity(g.cols()), layout.headerRows(), java.util.Set.of());
        assertEquals(4, blocks.size());
        for (List<TableRow> b : blocks) assertEquals(3, b.size());
        assertEquals(new BigDecimal("40.00"), blocks.get(1).get(1).values().get("预算数"));
        assertNotEquals(blocks.get(1).get(0).block(), blocks.get(2).get(0).block());
    }

    /**
     * The first body line of a side-by-side table is a numbered heading row without figures in every block
     * (一、部门预算 | | 一、部门预算 | | …): body, not a header row whose labels would join each block's name.
     */
    @Test
    void aNumberedLabelInEveryBlockIsABodyRow() {
        String[][] header = {
                {"收入", "", "支出", "", "", ""},
                {"项目", "预算数", "支出功能分类", "预算数", "部门经济分类", "预算数"},
        };
        String[][] body = {
                {"一、部门预算", "", "一、部门预算", "", "一、部门预算", ""},
                {"1、财政拨款", "62.00", "1、一般公共服务", "50.00", "1、人员经费", "62.00"},
        };
        TableLayout layout = LayoutAnalyzer.analyze(grid(header, body, new int[][]{{0, 0, 2}, {0, 2, 4}}));
        assertEquals(2, layout.headerRows());
        assertEquals(List.of("收入", "支出/支出功能分类", "支出/部门经济分类"), layout.blocks().stream().map(Block::name).toList());
    }

    /**
     * A header four levels deep (上年 | 当年 | 增减变化情况, each over 合计, a banner over 小计 / 因公出国 / 公务用车 (小计,
     * 购置费, 运行费) / 公务接待费, then 会议费): each value column's path is the whole chain of cells above it.
     */
    @Test
    void everyLevelOfADeepHeaderIsInThePath() {
        String[][] header = {
                {"单位名称", "上年", "", "", "", "当年", "", "", ""},
                {"", "合计", "“三公”经费", "", "", "合计", "“三公”经费", "", ""},
                {"", "", "小计", "公务用车购置及运行维护费", "", "", "小计", "公务用车购置及运行维护费", ""},
                {"", "", "", "购置费", "运行费", "", "", "购置费", "运行费"},
        };
        String[][] body = {{"合计", "10.00", "6.00", "1.00", "5.00", "12.00", "7.00", "2.00", "5.00"}};
        CellGrid g = grid(header, body, new int[][]{{0, 0, 1, 4}, {0, 1, 4}, {0, 5, 4}, {1, 1, 1, 3}, {1, 2, 3}, {1, 5, 1, 3}, {1, 6, 3},
                {2, 2, 1, 2}, {2, 3, 2}, {2, 6, 1, 2}, {2, 7, 2}});
        TableLayout layout = LayoutAnalyzer.analyze(g);
        assertEquals(List.of("上年/合计", "上年/“三公”经费/小计", "上年/“三公”经费/公务用车购置及运行维护费/购置费",
                "上年/“三公”经费/公务用车购置及运行维护费/运行费", "当年/合计", "当年/“三公”经费/小计",
                "当年/“三公”经费/公务用车购置及运行维护费/购置费", "当年/“三公”经费/公务用车购置及运行维护费/运行费"), layout.columns());
    }

    // ---- building grids ----

    static AxisSegment seg(double pos, double from, double to) { return new AxisSegment(pos, from, to); }

    static List<Glyph> text(String s, double x0, double top, double size) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            double x = x0 + i * size;
            out.add(new Glyph(s.substring(i, i + 1), new Box(x, top, x + size * 0.9, top + size), "F", size, 0));
        }
        return out;
    }

    /**
     * A grid of header and body rows, one unit 60 × 16 pt per cell, with merged cells given as
     * {row, col, colSpan} or {row, col, rowSpan, colSpan}; the text of a merged cell is that of its first unit.
     */
    static CellGrid grid(String[][] header, String[][] body, int[][] merges) {
        List<String[]> all = new ArrayList<>(List.of(header));
        all.addAll(List.of(body));
        int rows = all.size(), cols = all.get(0).length;
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int c = 0; c <= cols; c++) xs.add(c * 60.0);
        for (int r = 0; r <= rows; r++) ys.add(r * 16.0);
        boolean[][] taken = new boolean[rows][cols];
        List<GridCell> cells = new ArrayList<>();
        for (int[] mg : merges) {
            int r = mg[0], c = mg[1], rs = mg.length == 4 ? mg[2] : 1, cs = mg.length == 4 ? mg[3] : mg[2];
            for (int i = r; i < r + rs; i++) for (int k = c; k < c + cs; k++) taken[i][k] = true;
            cells.add(cell(all.get(r)[c], r, c, rs, cs, xs, ys));
        }
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) if (!taken[r][c]) cells.add(cell(all.get(r)[c], r, c, 1, 1, xs, ys));
        return new CellGrid(1, new Box(0, 0, xs.get(cols), ys.get(rows)), xs, ys, cells, "lattice");
    }

    static GridCell cell(String t, int r, int c, int rs, int cs, List<Double> xs, List<Double> ys) {
        return new GridCell(r, c, rs, cs, new Box(xs.get(c), ys.get(r), xs.get(c + cs), ys.get(r + rs)), t.isEmpty() ? List.of() : List.of(t));
    }
}
