package org.fiscallens.export;

import org.fiscallens.model.Box;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.model.Scope;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workpaper's tick marks from hand-built ties: each figure carries its tie's status, its sources are written
 * out (cell: table, page, row, column, value; computation: formula and interval; another figure) with links to the
 * other side, the cells the ties name are marked, and the document's summary counts the three statuses.
 */
class HtmlTieMarksTest {
    @TempDir Path tmp;

    static BigDecimal d(String s) { return new BigDecimal(s); }

    private static Map<String, BigDecimal> v(String column, String value) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put(column, value == null ? null : d(value));
        return m;
    }

    private static Fact fact(String label, String value, String unit, int page, Box box, Tie tie) {
        return new Fact(null, label, d(value), unit, 2025, null, "一", page, label + value + unit, box).withTie(tie);
    }

    /** A made-up budget: a two-row summary table on page 2, five figures on pages 1 and 3, tied by hand. */
    static FiscalDocument tied() {
        String col = "预算数", kind = "income_expenditure_summary";
        Table t = new Table(kind, "收支预算总表", "万元", List.of(2), "hand", List.of(col),
                List.of(new TableRow(null, "财政拨款收入", null, "收入", v(col, "1000"), 2, new Box(50, 100, 500, 110)),
                        new TableRow("201", "一般公共服务支出", "类", "支出", v(col, "300"), 2, new Box(50, 112, 500, 122)),
                        new TableRow(null, "本年收入合计", null, "收入", v(col, "1234.5"), 2, new Box(50, 124, 500, 134))), null, null);
        List<Fact> facts = List.of(
                fact("本年收入合计", "1234.5", "万元", 1, new Box(60, 100, 200, 112),
                        new Tie(Tie.Status.AGREES, List.of(new TieSource.CellRef(kind, 2, "本年收入合计", null, col, d("1234.5"), "万元", true)))),
                fact("财政拨款收入", "1100", "万元", 1, new Box(60, 120, 200, 132),
                        new Tie(Tie.Status.CONTRADICTS, List.of(new TieSource.CellRef(kind, 2, "财政拨款收入", null, col, d("1000"), "万元", false)))),
                fact("增长", "12.5", "%", 1, new Box(60, 140, 200, 152),
                        new Tie(Tie.Status.CONTRADICTS, List.of(new TieSource.Computed("(1234.5 − 1100) ÷ 1100 × 100",
                                List.of(d("12.22"), d("12.23")), List.of(0, 1), false)))),
                fact("在职人员", "15", "人", 1, new Box(60, 160, 200, 172), Tie.UNTIED),
                fact("收入合计", "1234.5", "万元", 3, new Box(60, 100, 200, 112),
                        new Tie(Tie.Status.AGREES, List.of(new TieSource.FactRef(0, true)))),
                fact("一般公共服务支出", "300", "万元", 3, new Box(60, 120, 200, 132),
                        new Tie(Tie.Status.AGREES, List.of(new TieSource.CellRef(kind, 2, "一般公共服务支出（类）", "201", col, d("300"), "万元", true)))),
                fact("“三公”经费", "0", "万元", 3, new Box(60, 140, 200, 152),
                        new Tie(Tie.Status.AGREES, List.of(new TieSource.CellRef("three_public", 3, null, null, "合计", d("0"), "万元", true)))));
        // an emptied 三公 table: its one body line has neither name nor code
        Table empty = new Table("three_public", "“三公”经费支出表", "万元", List.of(3), "hand", List.of("合计"),
                List.of(new TableRow(null, null, null, null, v("合计", "0"), 3, new Box(50, 100, 500, 110))), null, null);
        return new FiscalDocument(1, "fiscal-lens test",
                new SourceInfo("tied-budget.pdf", "1".repeat(64), 3, null, null),
                new DocumentInfo(DocumentKind.BUDGET, Scope.DEPARTMENT, 2025, "示例局", "示例局2025年部门预算", null),
                List.of(), List.of(t, empty), facts, List.of(), List.of());
    }

    static Path write(Path tmp, FiscalDocument doc) throws Exception {
        Path results = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(results.resolve("tied.json"), FiscalJson.write(doc));
        List<String> warnings = new ArrayList<>();
        List<HtmlReporter.Report> reports = HtmlReporter.write(ResultLoader.scan(List.of(results)), tmp.resolve("html"),
                new PdfLocator(Map.of(), List.of()), warnings::add);
        return reports.get(0).file();
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.groupCount() > 0 ? m.group(1) : m.group());
        return out;
    }

    @Test
    void everyFigureCarriesItsTieWithItsSourcesAndTheCellsAreMarked() throws Exception {
        String html = Files.readString(write(tmp, tied()));
        // the figures in facts[] order with their statuses
        assertEquals(List.of("agrees", "contradicts", "contradicts", "untied", "agrees", "agrees", "agrees"),
                all(html, "data-kind=\"figure\" data-tie=\"(\\w+)\""));
        assertTrue(html.contains("id=\"tie-summary\" data-agrees=\"4\" data-contradicts=\"2\" data-untied=\"1\""), "summary");
        assertTrue(html.contains("✓ 一致 4") && html.contains("✗ 矛盾 2") && html.contains("○ 未勾稽 1"));

        // the cell source: table, page, row, column, value, linked to the cell as read
        String x1 = all(html, "(<span class=\"mark\" tabindex=\"0\" id=\"x-1\".*?</span></span>)").get(0);
        assertTrue(x1.contains("单元格 《收支预算总表》 第 2 页 · 行 财政拨款收入 · 列 预算数 · 值 1000万元"), x1);
        assertTrue(x1.contains("href=\"#c-0-0-0\""), x1);
        assertTrue(x1.contains("data-agrees=\"false\""), x1);
        // the computation: formula, interval, operands linked
        String x2 = all(html, "(<span class=\"mark\" tabindex=\"0\" id=\"x-2\".*?</span></span>)").get(0);
        assertTrue(x2.contains("计算 (1234.5 − 1100) ÷ 1100 × 100，可取区间 [12.22, 12.23]"), x2);
        assertTrue(x2.contains("href=\"#x-0\"") && x2.contains("href=\"#x-1\""), x2);
        // another figure
        String x4 = all(html, "(<span class=\"mark\" tabindex=\"0\" id=\"x-4\".*?</span></span>)").get(0);
        assertTrue(x4.contains("文中数字 #0 本年收入合计 1234.5万元（第 1 页）") && x4.contains("href=\"#x-0\""), x4);
        // the untied figure says it was not checked
        String x3 = all(html, "(<span class=\"mark\" tabindex=\"0\" id=\"x-3\".*?</span></span>)").get(0);
        assertTrue(x3.contains("未核对"), x3);

        // the cells: ✗ the one a tie disagrees with, ✓ the ones ties agree with (found by name, or by 科目编码
        // when the tie's row name is printed differently), each pointing back at its figures
        assertTrue(html.contains("<td class=\"num\" id=\"c-0-0-0\" data-tie=\"contradicts\" data-figures=\"x-1\">1000</td>"), html);
        assertTrue(html.contains("<td class=\"num\" id=\"c-0-1-0\" data-tie=\"agrees\" data-figures=\"x-5\">300</td>"));
        assertTrue(html.contains("<td class=\"num\" id=\"c-0-2-0\" data-tie=\"agrees\" data-figures=\"x-0\">1234.5</td>"));
        assertTrue(html.contains("<td class=\"num\" id=\"c-1-0-0\" data-tie=\"agrees\" data-figures=\"x-6\">0</td>"), "the nameless row of an emptied table");
        // the filter for untied figures is offered
        assertTrue(html.contains("<option value=\"untied\">只看 ○ 未勾稽</option>"));
    }

    @Test
    void aModelWithoutTiesIsTiedWhenExportedAndNothingIsMarkedAsAgreeing() throws Exception {
        FiscalDocument doc = tied();
        List<Fact> bare = new ArrayList<>();
        for (Fact f : doc.facts()) bare.add(f.withTie(null));
        String html = Files.readString(write(tmp, new FiscalDocument(doc.schemaVersion(), doc.tool(), doc.source(), doc.document(),
                doc.sections(), doc.tables(), bare, doc.projects(), doc.findings())));
        List<String> statuses = all(html, "data-kind=\"figure\" data-tie=\"(\\w+)\"");
        assertEquals(7, statuses.size());
        // whatever the resolvers of this build find, the summary is the count of the marks
        long agrees = statuses.stream().filter("agrees"::equals).count(), contradicts = statuses.stream().filter("contradicts"::equals).count();
        assertTrue(html.contains("data-agrees=\"" + agrees + "\" data-contradicts=\"" + contradicts + "\" data-untied=\""
                + (7 - agrees - contradicts) + "\""), html);
    }
}
