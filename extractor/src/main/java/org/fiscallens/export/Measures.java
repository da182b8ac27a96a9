package org.fiscallens.export;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Regexes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical meaning of a table value: {@code measure} (what kind of figure: final, budget, prior_budget,
 * change …), {@code fund} (whose money: 财政拨款 as a whole, 一般公共预算, 政府性基金 …), {@code spending} (basic,
 * project, personnel …) and, for the headline lines of the "三公" and 机关运行经费 tables, {@code subject}.
 *
 * <p>One mapping for every layout: the words of the column's header path are read first, then the row's name
 * and block, then the table's title and kind, then the document's kind; the first word that settles a dimension
 * wins. The vocabulary and the word lists are data ({@link #RULES}), documented in docs/export.md.
 */
public final class Measures {
    private Measures() {}

    /** The canonical dimensions of one value; a null dimension does not apply or could not be told. */
    public record Measure(String measure, String fund, String spending, String subject) {}

    /** measure ids */
    public static final String FINAL = "final", BUDGET = "budget", BUDGET_INITIAL = "budget_initial",
            BUDGET_ADJUSTED = "budget_adjusted", PRIOR_FINAL = "prior_final", PRIOR_BUDGET = "prior_budget",
            PRIOR_EXECUTION = "prior_execution", CHANGE = "change", RATE = "rate", QUANTITY = "quantity", NONE = "none";

    /** One row of the mapping: header words (regex on one blank-free segment) → a value of a dimension. */
    record Rule(String dimension, Pattern words, String value) {}

    private static Rule r(String dim, String regex, String value) { return new Rule(dim, Pattern.compile(regex), value); }

    /**
     * The mapping, in priority order within each dimension. Segments are the column's header path parts
     * (split at '/'), then the row name, then the table title. Years (YYYY年) are read separately: a year before
     * the document's fiscal year makes the measure a prior one.
     */
    static final List<Rule> RULES = List.of(
            // measure: not amounts at all
            r("measure", "^(序号|行次|栏次|编码|单位编码|部门代码|单位代码|科目代?码|科目编码|备注|项目简介|绩效目标|采购组织形式|经济科目)$", NONE),
            r("measure", "数量|人数|人次|辆|个数", QUANTITY),
            r("measure", "[率%％]|比例|比重|占比", RATE),
            r("measure", "增减|增长|增加|减少|变动|变化|差额|比上年|较上年", CHANGE),
            r("measure", "上年.*(决算|实际)|决算.*上年", PRIOR_FINAL),
            r("measure", "上年.*(执行|预计)|执行数|预计执行", PRIOR_EXECUTION),
            r("measure", "^上年(预算)?(数)?$|上年预算", PRIOR_BUDGET),
            r("measure", "年初预算|预算年初|年初数", BUDGET_INITIAL),
            r("measure", "调整预算|调整后预算|全年预算|预算调整|调整数", BUDGET_ADJUSTED),
            r("measure", "决算", FINAL),
            r("measure", "预算", BUDGET),
            // fund
            r("fund", "一般公共预算|公共财政|一般预算", "general_public"),
            r("fund", "政府性基金", "government_fund"),
            r("fund", "国有资本经营", "state_capital"),
            r("fund", "财政专户", "special_account"),
            r("fund", "财政拨款|财政补助|财政资金", "appropriation"),
            r("fund", "单位资金|其他资金|事业收入|经营收入|其他收入|上级补助|附属单位上缴|非财政拨款", "other_sources"),
            // spending
            r("spending", "人员经费|人员支出|工资福利", "personnel"),
            r("spending", "公用经费|公用支出|日常公用", "public"),
            r("spending", "基本支出", "basic"),
            r("spending", "项目支出|项目经费|专项业务", "project"),
            r("spending", "上缴上级", "to_superior"),
            r("spending", "对附属单位补助", "to_affiliated"),
            r("spending", "经营支出", "operating"),
            r("spending", "预留机动", "reserve"),
            r("spending", "结转下年|年末结转", "carryover_end"),
            r("spending", "^(合计|小计|总计|本年支出合计|支出合计|支出总计|金额)$", "total"),
            // subject: the "三公" lines and 机关运行经费
            r("subject", "因公出国", "three_public.abroad"),
            r("subject", "公务接待", "three_public.reception"),
            r("subject", "公务用车.*购置.*运行|购置及运行", "three_public.vehicle"),
            r("subject", "^(公务用车)?购置费?$|公务用车购置费?$|车辆购置", "three_public.vehicle_purchase"),
            r("subject", "运行(维护)?费$", "three_public.vehicle_operation"),
            r("subject", "会议费", "meeting_costs"),
            r("subject", "培训费", "training_costs"),
            r("subject", "机关运行经费", "operating_costs"),
            r("subject", "三公", "three_public"));

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final Pattern TOTAL = Pattern.compile("^(合计|小计|总计)$");

    /**
     * The dimensions of one value.
     *
     * @param docKind       the document's kind id (budget, final_accounts), or null
     * @param fiscalYear    the year the document is about, or null
     * @param tableKind     the table's kind id
     * @param title         the table's title, or null
     * @param tableColumns  every column path of the table (to tell a "三公" 合计 from one that also holds 会议费, 培训费)
     * @param rowName       the row's name, or null
     * @param block         the row's block (收入/支出 …), or null
     * @param column        the value's column header path
     */
    public static Measure classify(String docKind, Integer fiscalYear, String tableKind, String title,
                                   List<String> tableColumns, String rowName, String block, String column) {
        List<String> col = segments(column);
        String measure = null, fund = null, spending = null, subject = null;
        boolean prior = false;
        List<String> yearWords = new ArrayList<>(col);
        if (rowName != null && Chars.compact(rowName).length() <= 8) yearWords.add(Chars.compact(rowName)); // a row per year (2025年, 2026年)
        for (String s : yearWords) {
            Matcher y = YEAR.matcher(s);
            if (y.find() && fiscalYear != null && Integer.parseInt(y.group(1)) < fiscalYear) prior = true;
        }
        measure = first("measure", col);
        // a row or a title names a measure only as a budget or 决算 word (预算数, 决算数, 上年预算 as a row of its own);
        // 车辆 in a row's name is no count, 增长 in a title no change
        if (measure == null && rowName != null && Chars.compact(rowName).length() <= 8) {
            String byRow = first("measure", segments(rowName));
            measure = byRow != null && byRow.equals(CHANGE) ? CHANGE : amountMeasure(segments(rowName)); // a 增减变化 row
        }
        if (measure == null && !isThreePublic(tableKind)) measure = amountMeasure(segments(title));
        if (measure == null || measure.equals(FINAL) || measure.equals(BUDGET)) {
            String own = "final_accounts".equals(docKind) ? FINAL : "budget".equals(docKind) ? BUDGET : null;
            if (measure == null) measure = own;
            if (prior && measure != null) measure = measure.equals(FINAL) ? PRIOR_FINAL : PRIOR_BUDGET;
        }
        if (measure != null && measure.equals(BUDGET_INITIAL) && prior) measure = PRIOR_BUDGET;

        fund = first("fund", col);
        if (fund == null && !isIncome(tableKind, block)) fund = first("fund", segments(rowName));
        if (fund == null) fund = first("fund", segments(title));
        if (fund == null) fund = switch (tableKind == null ? "" : tableKind) {
            case "general_budget_expenditure", "general_budget_basic_expenditure" -> "general_public";
            case "government_fund" -> "government_fund";
            case "state_capital" -> "state_capital";
            case "appropriation_summary", "appropriation_expenditure" -> "appropriation";
            default -> null;
        };

        if (!isIncome(tableKind, block)) {
            spending = first("spending", col);
            if (spending == null || spending.equals("total")) {
                String byRow = first("spending", segments(rowName));
                if (byRow != null && !byRow.equals("total")) spending = byRow;
            }
            if (spending == null && "general_budget_basic_expenditure".equals(tableKind)) spending = "basic";
            if ("total".equals(spending) && "general_budget_basic_expenditure".equals(tableKind)) spending = "basic";
        }

        if (isThreePublic(tableKind) || "other".equals(tableKind)) subject = subject(col, rowName, tableColumns, tableKind, title);
        return new Measure(measure, fund, spending, subject);
    }

    private static boolean isThreePublic(String kind) { return "three_public".equals(kind); }

    private static boolean isIncome(String kind, String block) {
        return "income".equals(kind) || (block != null && block.contains("收入"));
    }

    /**
     * The "三公" line a value is about. A 合计 is the "三公" total only under a "三公" header, or in a table with
     * no 会议费/培训费 column: Jiangsu's 合计 beside 会议费 and 培训费 adds them in and is
     * {@code three_public_meetings_training}.
     */
    private static String subject(List<String> col, String rowName, List<String> tableColumns, String kind, String title) {
        if ("other".equals(kind)) {
            // an 机关运行经费 table: its total line only (the lines below it are 经济分类 items)
            boolean totalRow = rowName != null && TOTAL.matcher(Chars.compact(rowName)).matches();
            boolean about = (title != null && title.contains("机关运行经费")) || col.stream().anyMatch(c -> c.contains("机关运行经费"));
            return about && totalRow ? "operating_costs" : null;
        }
        String s = firstSubject(col);
        if (s == null) s = firstSubject(segments(rowName));
        if (s != null && !s.equals("three_public")) return s;
        boolean underThreePublic = s != null;
        String leaf = col.isEmpty() ? "" : col.get(col.size() - 1);
        boolean total = col.stream().anyMatch(c -> TOTAL.matcher(c).matches())
                || (rowName != null && TOTAL.matcher(Chars.compact(rowName)).matches());
        if (underThreePublic) return "three_public";
        // a named row that is no "三公" line and no total (行政经费 above the "三公" lines) is not the "三公" total
        // even in a 合计 column; a row per year (2026年) is
        String row = rowName == null ? "" : Chars.compact(rowName);
        if (!row.isEmpty() && !TOTAL.matcher(row).matches() && !YEAR.matcher(row).find()) return null;
        if (total || leaf.equals("金额")) {
            boolean withMeetings = tableColumns != null && tableColumns.stream()
                    .anyMatch(c -> c.contains("会议费") || c.contains("培训费"));
            if (total && withMeetings) return "three_public_meetings_training";
            if (total) return "three_public";
        }
        return null;
    }

    private static String firstSubject(List<String> segs) {
        // the most specific segment names the line: read from the leaf up
        for (int i = segs.size() - 1; i >= 0; i--) {
            String seg = segs.get(i);
            if (TOTAL.matcher(seg).matches()) continue;
            for (Rule rule : RULES) {
                if (rule.dimension().equals("subject") && rule.words().matcher(seg).find()) {
                    if (rule.value().equals("three_public.vehicle") && i + 1 < segs.size()) {
                        String below = first("subject", segs.subList(i + 1, segs.size()));
                        if (below != null && below.startsWith("three_public.vehicle_")) return below;
                    }
                    return rule.value();
                }
            }
        }
        return null;
    }

    private static String amountMeasure(List<String> segs) {
        String m = first("measure", segs);
        return m == null || m.equals(NONE) || m.equals(QUANTITY) || m.equals(RATE) || m.equals(CHANGE) ? null : m;
    }

    /** The names of the budgets (一般公共预算, 政府性基金预算 …) name a fund, not a measure. */
    private static final Pattern FUND_NAMES = Pattern.compile("(一般公共|政府性基金|国有资本经营|公共财政|一般)预算");

    private static String first(String dimension, List<String> segs) {
        for (Rule rule : RULES) {
            if (!rule.dimension().equals(dimension)) continue;
            for (String seg : segs) {
                String text = dimension.equals("measure") ? FUND_NAMES.matcher(seg).replaceAll("") : seg;
                if (rule.words().matcher(text).find()) return rule.value();
            }
        }
        return null;
    }

    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        if (path == null) return out;
        for (String s : Regexes.split(path, "/")) {
            String c = Chars.compact(s).replace('“', '"').replace('”', '"').toLowerCase(Locale.ROOT);
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }

    /** The factor that turns a printed amount in {@code unit} into 元, or null for a unit that is not money. */
    public static java.math.BigDecimal yuanFactor(String unit) {
        if (unit == null) return null;
        String u = Chars.compact(unit);
        return switch (u) {
            case "元" -> java.math.BigDecimal.ONE;
            case "千元" -> java.math.BigDecimal.valueOf(1_000);
            case "万元" -> java.math.BigDecimal.valueOf(10_000);
            case "百万元" -> java.math.BigDecimal.valueOf(1_000_000);
            case "亿元" -> java.math.BigDecimal.valueOf(100_000_000);
            default -> null;
        };
    }
}
