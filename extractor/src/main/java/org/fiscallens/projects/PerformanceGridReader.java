package org.fiscallens.projects;

import org.fiscallens.facts.NumberScanner;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Indicator;
import org.fiscallens.model.Project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one 项目支出绩效自评表 from its merged-cell grid (a pure function: cells in, project out). Labels are found
 * by their text wherever they sit (项目名称, 主管部门, 实施单位; the money header 年初预算数 | 全年预算数 | 全年执行数 |
 * 分值 | 执行率 | 得分 and its 年度资金总额 row; the indicator header 一级指标 | 二级指标 | 三级指标 | 年度指标值 |
 * 实际完成值 | 分值 | 得分 | 偏差原因), and values are read through the spans: a 一级/二级 label merged over several
 * rows belongs to each row it covers; vertical labels written one character per line are read whole.
 */
public final class PerformanceGridReader {
    private PerformanceGridReader() {}

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");

    /** The grid: for each (row, col) the cell covering it. */
    private static final class Grid {
        final Map<Long, Cell> covering = new java.util.HashMap<>();
        final List<Cell> cells;
        int rows, cols;

        Grid(List<Cell> cells) {
            this.cells = cells;
            for (Cell c : cells) {
                for (int r = c.row(); r < c.row() + Math.max(1, c.rowSpan()); r++) {
                    for (int k = c.col(); k < c.col() + Math.max(1, c.colSpan()); k++) covering.put(key(r, k), c);
                }
                rows = Math.max(rows, c.row() + Math.max(1, c.rowSpan()));
                cols = Math.max(cols, c.col() + Math.max(1, c.colSpan()));
            }
        }

        static long key(int r, int c) { return ((long) r << 20) | c; }

        Cell at(int r, int c) { return covering.get(key(r, c)); }

        String text(int r, int c) {
            Cell cell = at(r, c);
            return cell == null ? "" : clean(cell.text());
        }

        /** The first cell (reading order) whose normalised text matches. */
        Cell find(Predicate<String> test) {
            return cells.stream().sorted((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()))
                    .filter(c -> test.test(norm(c.text()))).findFirst().orElse(null);
        }

        /** The text of the next cell to the right of {@code label} on its first row. */
        String rightOf(Cell label) {
            if (label == null) return null;
            Cell c = at(label.row(), label.col() + Math.max(1, label.colSpan()));
            if (c == null || c == label) return null;
            String t = clean(c.text());
            return t.isEmpty() ? null : t;
        }
    }

    /** Reads the project; null when the grid has no 项目名称 nor indicator header. */
    public static Project read(List<Cell> cells) {
        if (cells == null || cells.isEmpty()) return null;
        Grid g = new Grid(cells);
        Cell nameLabel = g.find(t -> t.equals("项目名称") || t.equals("项目名称：") || t.equals("项目名"));
        String name = g.rightOf(nameLabel);
        String kind = "project";
        if (name == null) {
            // A 部门整体支出绩效自评表 names the department instead of a project.
            String dept = g.rightOf(g.find(t -> Regexes.matches(t, "(部门|单位)(名称)?[:：]?") || Regexes.matches(t, "(预算)?部门（单位）名称[:：]?")));
            if (dept != null) { name = dept; kind = "department"; }
        }
        String dept = g.rightOf(g.find(t -> Regexes.matches(t, "主管部门(（单位）|\\(单位\\))?[:：]?")));
        String impl = g.rightOf(g.find(t -> Regexes.matches(t, "(项目)?实施单位[:：]?")));

        // Money block.
        Cell initialH = g.find(t -> t.startsWith("年初预算数"));
        Cell annualH = g.find(t -> Regexes.matches(t, "(全年预算数|调整后预算数|预算数|全年预算).*") && !t.startsWith("年初"));
        Cell executedH = g.find(t -> Regexes.matches(t, "(全年执行数|执行数|实际执行数|全年实际执行数).*"));
        Cell rateH = g.find(t -> t.startsWith("执行率"));
        Integer headerRow = firstRow(initialH, annualH, executedH, rateH);
        BigDecimal initial = null, annual = null, executed = null, rate = null, weight = null, score = null;
        if (headerRow != null) {
            Cell totalRow = g.find(t -> Regexes.matches(t, "年度(财政)?资金总额.*|资金总额|年度资金总额（万元）"));
            int dataRow = totalRow != null && totalRow.row() > headerRow ? totalRow.row() : headerRow + 1;
            initial = numberUnder(g, initialH, dataRow);
            annual = numberUnder(g, annualH, dataRow);
            executed = numberUnder(g, executedH, dataRow);
            rate = numberUnder(g, rateH, dataRow);
            Cell weightH = cellInRow(g, headerRow, t -> Regexes.matches(t, "(分值|权重).*"));
            Cell scoreH = cellInRow(g, headerRow, t -> t.startsWith("得分"));
            weight = numberUnder(g, weightH, dataRow);
            score = numberUnder(g, scoreH, dataRow);
        }

        // Indicators.
        List<Indicator> indicators = new ArrayList<>();
        BigDecimal totalWeight = null, totalScore = null;
        Cell l1H = g.find(t -> t.equals("一级指标"));
        if (l1H != null) {
            int hr = l1H.row();
            Integer c1 = l1H.col();
            Integer c2 = colInRow(g, hr, t -> t.equals("二级指标"));
            Integer c3 = colInRow(g, hr, t -> t.equals("三级指标"));
            Integer cT = colInRow(g, hr, t -> Regexes.matches(t, "(年度|年初)?(指标|目标)值.*|年度目标.*|指标值.*|预期目标值.*"));
            Integer cA = colInRow(g, hr, t -> Regexes.matches(t, "(全年)?实际(完成)?值.*|完成值.*|实际完成.*"));
            Integer cW = colInRow(g, hr, t -> Regexes.matches(t, "(分值|权重).*"));
            Integer cS = colInRow(g, hr, t -> t.startsWith("得分"));
            Integer cD = colInRow(g, hr, t -> t.startsWith("偏差原因") || t.contains("原因分析") || t.startsWith("未完成原因"));
            for (int r = hr + 1; r < g.rows; r++) {
                String rowText = rowText(g, r);
                if (rowText.startsWith("总分") || rowText.contains("|总分|") || rowText.startsWith("合计")) {
                    totalWeight = numberUnderCol(g, cW, r);
                    totalScore = numberUnderCol(g, cS, r);
                    if (totalWeight == null && totalScore == null) {
                        List<BigDecimal> nums = numbersInRow(g, r);
                        if (nums.size() >= 1) totalWeight = nums.get(0);
                        if (nums.size() >= 2) totalScore = nums.get(1);
                    }
                    break;
                }
                if (c3 == null) break;
                Cell nameCell = g.at(r, c3);
                if (nameCell == null || nameCell.row() != r) continue;
                // The end of the indicator block: a full-width row (偏差大或目标未完成原因分析 …).
                if (c1 != null && (g.at(r, c1) == null || g.at(r, c1).col() != c1 || g.at(r, c1) == g.at(r, c3))) break;
                if (cT != null && nameCell.col() + Math.max(1, nameCell.colSpan()) > cT) break;
                String l1 = c1 == null ? null : emptyToNull(g.text(r, c1));
                if (c1 != null && g.at(r, c1) != null && g.at(r, c1).row() < hr) break;
                String l2 = c2 == null ? null : emptyToNull(g.text(r, c2));
                String n = emptyToNull(clean(nameCell.text()));
                if (n == null && l1 == null) continue;
                indicators.add(new Indicator(l1 == null ? null : squeeze(l1), l2 == null ? null : squeeze(l2), n,
                        cT == null ? null : emptyToNull(g.text(r, cT)), cA == null ? null : emptyToNull(g.text(r, cA)),
                        numberUnderCol(g, cW, r), numberUnderCol(g, cS, r),
                        cD == null ? null : emptyToNull(g.text(r, cD)), nameCell.page()));
            }
            if (totalWeight == null && totalScore == null) {
                Cell total = g.find(t -> t.equals("总分") || t.equals("合计"));
                if (total != null && total.row() > hr) {
                    totalWeight = numberUnderCol(g, cW, total.row());
                    totalScore = numberUnderCol(g, cS, total.row());
                }
            }
        }
        if (name == null && indicators.isEmpty()) return null;
        TreeSet<Integer> pages = new TreeSet<>();
        for (Cell c : cells) if (c.page() > 0) pages.add(c.page());
        return new Project(name, dept, impl, initial, annual, executed, rate, weight, score, indicators, List.copyOf(pages),
                kind, List.of("table"), null, null, null, totalWeight, totalScore);
    }

    private static Integer firstRow(Cell... cells) {
        Integer r = null;
        for (Cell c : cells) if (c != null && (r == null || c.row() < r)) r = c.row();
        return r;
    }

    private static Cell cellInRow(Grid g, int row, Predicate<String> test) {
        for (int c = 0; c < g.cols; c++) {
            Cell cell = g.at(row, c);
            if (cell != null && cell.row() == row && test.test(norm(cell.text()))) return cell;
        }
        return null;
    }

    private static Integer colInRow(Grid g, int row, Predicate<String> test) {
        Cell c = cellInRow(g, row, test);
        return c == null ? null : c.col();
    }

    private static BigDecimal numberUnder(Grid g, Cell header, int row) {
        return header == null ? null : numberUnderCol(g, header.col(), row);
    }

    private static BigDecimal numberUnderCol(Grid g, Integer col, int row) {
        if (col == null) return null;
        Cell c = g.at(row, col);
        if (c == null || c.row() != row && c.rowSpan() <= 1) return null;
        return number(c.text());
    }

    /** The number of a cell as printed ("2,946.25" → 2946.25, "97.02%" → 97.02); null when it holds none. */
    static BigDecimal number(String text) {
        if (text == null) return null;
        String t = Regexes.replaceAll(NumberScanner.fold(text), "\\s", "");
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) return null;
        if (m.start() > 0 && !Regexes.matches(t.substring(0, m.start()), "[≥≤≦≧<>=约]*")) return null;
        return new BigDecimal(m.group().replace(",", ""));
    }

    private static List<BigDecimal> numbersInRow(Grid g, int r) {
        List<BigDecimal> out = new ArrayList<>();
        Cell last = null;
        for (int c = 0; c < g.cols; c++) {
            Cell cell = g.at(r, c);
            if (cell == null || cell == last) continue;
            last = cell;
            BigDecimal n = number(cell.text());
            if (n != null) out.add(n);
        }
        return out;
    }

    private static String rowText(Grid g, int r) {
        StringBuilder b = new StringBuilder("|");
        Cell last = null;
        for (int c = 0; c < g.cols; c++) {
            Cell cell = g.at(r, c);
            if (cell == null || cell == last) continue;
            last = cell;
            if (cell.row() == r) b.append(norm(cell.text())).append('|');
        }
        String s = b.toString();
        return s.substring(1);
    }

    /** Cell text with its line breaks joined (a wrapped phrase is one phrase). */
    static String clean(String s) {
        if (s == null) return "";
        return Regexes.replaceAll(s.replace("\r", ""), "\\s*\\n\\s*", "").strip();
    }

    /** Text without any blank, for label tests (vertical labels come one character per line). */
    static String norm(String s) {
        return s == null ? "" : Regexes.replaceAll(s, "\\s", "").replace('(', '（').replace(')', '）');
    }

    private static String squeeze(String s) { return Regexes.replaceAll(s, "\\s", ""); }

    private static String emptyToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
