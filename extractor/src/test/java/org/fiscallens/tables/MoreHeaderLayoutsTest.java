package org.fiscallens.tables;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Header and column layouts of corpus/more that the table engine misread, each checked against figures keyed by
 * hand from the rendered page (skipped where corpus/more is absent).
 */
class MoreHeaderLayoutsTest {

    static FiscalDocument doc(String rel) {
        Path p = Corpus.more().resolve(rel);
        Assumptions.assumeTrue(Files.isRegularFile(p), rel + " not in corpus/more: skipping");
        return Corpus.extract(p);
    }

    static Table onPage(FiscalDocument d, int page) {
        return d.tables().stream().filter(t -> !t.pages().isEmpty() && t.pages().get(0) == page).findFirst().orElseThrow();
    }

    static TableRow row(Table t, String block, String name) {
        return t.rows().stream().filter(r -> name.equals(r.name()) && (block == null || block.equals(r.block()))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + block + " / " + name + " in " + t.title()));
    }

    static void value(String want, TableRow r, String column) {
        BigDecimal v = r.values().get(column);
        assertNotNull(v, r.name() + " has no " + column + ": " + r.values());
        assertEquals(new BigDecimal(want), v, r.name() + " / " + column);
    }

    /**
     * Guangzhou (表2/表3, pages 8 and 9): borders drawn as thin filled trapezoids were no rules, and the stream
     * reading cut the two-level header apart (项目支出事业单 …); 财政专户拨款收入 / 教育收费 is a column of its own.
     */
    @Test
    void guangzhouBordersDrawnAsFilledBarsGiveTheTwoLevelHeader() {
        FiscalDocument d = doc("guangdong/2026_广州市统计局_部门预算.pdf");
        Table income = onPage(d, 8);
        assertEquals("lattice", income.method());
        assertEquals(List.of("合计", "财政拨款收入/一般公共预算", "财政拨款收入/政府性基金预算", "财政拨款收入/国有资本经营预算",
                "财政专户拨款收入/教育收费", "财政专户拨款收入/其他专户收入拨款", "其他资金收入/事业收入", "其他资金收入/事业单位经营收入",
                "其他资金收入/其他收入", "上级补助收入", "附属单位上缴收入", "上年结转结余"), income.columns());
        TableRow total = row(income, null, "合计");
        value("9483.72", total, "合计");
        value("9433.72", total, "财政拨款收入/一般公共预算");
        value("0.00", total, "财政专户拨款收入/教育收费");
        value("50.00", total, "其他资金收入/其他收入");
        Table spend = onPage(d, 9);
        assertEquals(List.of("合计", "基本支出", "项目支出", "事业单位经营支出", "对附属单位补助支出", "上缴上级支出"), spend.columns());
        TableRow r = spend.rows().stream().filter(x -> "2010505".equals(x.code())).findFirst().orElseThrow();
        value("388.56", r, "合计");
        value("0.00", r, "基本支出");
        value("388.56", r, "项目支出");
    }

    /**
     * Beijing tables-only file, 预算01表 收支总表 (page 1): the sheet's rules run a few points past the frame; the
     * table was read as a stream grid that ran each income figure into the expenditure label beside it.
     */
    @Test
    void beijingSummaryTableKeepsIncomeAndExpenditureApart() {
        FiscalDocument d = doc("beijing/2026_北京市统计局_部门预算_表.pdf");
        Table t = onPage(d, 1);
        assertEquals("lattice", t.method());
        value("50665.496773", row(t, "收入", "一、一般公共预算拨款收入"), "预算数");
        value("0.957320", row(t, "收入", "九、其他收入"), "预算数");
        value("51036.219169", row(t, "收入", "收入总计"), "预算数");
        value("40262.925697", row(t, "支出", "一、一般公共服务支出"), "预算数");
        value("2295.884844", row(t, "支出", "九、卫生健康支出"), "预算数");
        value("108.268428", row(t, "支出", "年终结转结余"), "预算数");
        // 预算02表 收入总表 (page 2): 本年收入 and 上年结转结余 each over their own 小计 and 一般公共预算资金
        Table income = onPage(d, 2);
        TableRow only = income.rows().get(0);
        value("50666.454093", only, "本年收入/小计");
        value("50665.496773", only, "本年收入/一般公共预算资金");
        value("369.765076", only, "上年结转结余/小计");
        value("152.679076", only, "上年结转结余/一般公共预算资金");
    }

    /**
     * Xi'an 部门综合预算收支总表 (page 26): 支出 over three parallel groups (支出功能分类, 部门预算支出经济分类,
     * 政府预算支出经济分类), each its own 科目 and 预算数: three blocks, not one block 支出 holding all three.
     * 表13 (page 39): a header four levels deep in 6.5 pt rows (上年 | 当年 | 增减变化情况 …).
     */
    @Test
    void xianParallelGroupsAndADeepSmallTypeHeader() {
        FiscalDocument d = doc("shaanxi/2026_西安市统计局_部门预算.pdf");
        Table t = onPage(d, 26);
        List<String> blocks = t.rows().stream().map(TableRow::block).distinct().toList();
        assertEquals(List.of("收入", "支出/支出功能分类科目（按大类）", "支出/部门预算支出经济分类科目（按大类）",
                "支出/政府预算支出经济分类科目（按大类）"), blocks);
        value("50037708.13", row(t, "支出/支出功能分类科目（按大类）", "1、一般公共服务支出"), "预算数");
        value("3413326.17", row(t, "支出/部门预算支出经济分类科目（按大类）", "(2)商品和服务支出"), "预算数");
        value("22821426.17", row(t, "支出/政府预算支出经济分类科目（按大类）", "2、机关商品和服务支出"), "预算数");
        Table tp = onPage(d, 39);
        TableRow total = row(tp, null, "合计");
        String car = "一般公共预算拨款安排的“三公”经费预算/公务用车购置及运行维护费/";
        value("518400.00", total, "上年/合计");
        value("75000.00", total, "上年/" + car + "小计");
        value("75000.00", total, "上年/" + car + "公务用车运行维护费");
        value("913900.00", total, "当年/合计");
        value("81000.00", total, "当年/一般公共预算拨款安排的“三公”经费预算/小计");
        value("-12000.00", total, "增减变化情况/一般公共预算拨款安排的“三公”经费预算/小计");
    }
}
