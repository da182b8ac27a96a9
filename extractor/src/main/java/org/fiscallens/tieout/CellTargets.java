package org.fiscallens.tieout;

import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Claim;
import org.fiscallens.model.Claim.Fund;
import org.fiscallens.model.Claim.Measure;
import org.fiscallens.model.TableRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the standard tables state each subject of a claim (identities.tsv N-01..N-10, SPEC.md): which tables (by
 * {@code tables[].kind}, in order of preference), which row (by name, the 合计 row, the 科目编码) and which part of the
 * header (合计, 基本支出, a "三公" item). The measure (决算数 / 预算数 / 年初 / 全年预算) picks among the columns of that
 * part. The same map serves final accounts and budgets: their tables share kinds and row names, and differ in the
 * measure words of their headers.
 */
final class CellTargets {
    private CellTargets() {}

    static final String T1 = "income_expenditure_summary", T2 = "income", T3 = "expenditure", T4 = "appropriation_summary",
            T5 = "general_budget_expenditure", T6 = "general_budget_basic_expenditure", T7 = "government_fund",
            T8 = "state_capital", T9 = "three_public";

    /** A "kind" naming any table whose title has the word after it (a table the kinds do not name: 机关运行经费支出预算表). */
    static final String TITLED = "title:";

    /** The total column of a part: its header names no part, or the part is a total (合计, 小计). */
    static final List<String> TOTAL = List.of();

    /** How a row is found in a table. */
    enum RowBy { NAME, TOTAL_ROW, CODE, ITEM, FIRST }

    /**
     * One place a subject is stated: the table kinds, how the row is found (with the names for {@link RowBy#NAME}), and
     * the part of the header the column belongs to (empty: the total column).
     */
    record Target(List<String> kinds, RowBy by, List<String> rowNames, List<String> part) {

        /** The candidate cells of this target in one table. */
        List<CellResolver.Hit> locate(TableView v, Claim c, boolean budgetDoc) {
            List<TableRow> rows = rows(v, c);
            List<CellResolver.Hit> out = new ArrayList<>();
            boolean titled = kinds.stream().anyMatch(k -> k.startsWith(TITLED));
            for (TableRow r : rows) {
                List<String> cols = Columns.matching(v, r.block(), part, c.measure(), budgetDoc);
                // a table titled with the subject (机关运行经费支出预算表) and of one amount column states its total there,
                // whatever that column's header says (机关运行经费支出)
                if (cols.isEmpty() && titled && part.isEmpty() && v.columns(r.block()).size() == 1) {
                    String only = v.columns(r.block()).get(0);
                    if (!v.isComparison(r.block(), only) && Columns.fits(Columns.says(only), c.measure(), budgetDoc)) cols = List.of(only);
                }
                for (String col : cols) {
                    CellResolver.Hit h = CellResolver.Hit.of(v, r, col);
                    if (h != null) out.add(h);
                }
            }
            return out;
        }

        private List<TableRow> rows(TableView v, Claim c) {
            List<TableRow> out = new ArrayList<>();
            switch (by) {
                case NAME -> {
                    for (TableRow r : v.rows()) for (String n : rowNames) if (Names.same(r.name(), n)) { out.add(r); break; }
                }
                case TOTAL_ROW -> {
                    for (TableRow r : v.rows()) if (isTotalRow(r)) out.add(r);
                    if (out.isEmpty() && v.rows().size() == 1 && blank(v.rows().get(0))) out.add(v.rows().get(0));
                }
                case FIRST -> {
                    // a table of one body line (the "三公" table), or its 合计 line where it has several
                    if (v.rows().size() == 1) out.add(v.rows().get(0));
                    else for (TableRow r : v.rows()) if (isTotalRow(r)) out.add(r);
                }
                case CODE -> {
                    String code = c.code();
                    if (code != null) {
                        for (TableRow r : v.rows()) if (code.equals(r.code())) out.add(r);
                    } else if (c.item() != null) {
                        for (TableRow r : v.rows()) if (r.code() != null && levelFits(r.code(), c.level()) && sameName(r.name(), c.item())) out.add(r);
                        // a 科目 told with 支出 (未归口管理的行政单位离退休支出 for the line 未归口管理的行政单位离退休)
                        if (out.isEmpty() && c.item().endsWith("支出") && c.item().length() > 4) {
                            String bare = c.item().substring(0, c.item().length() - 2);
                            for (TableRow r : v.rows()) if (r.code() != null && levelFits(r.code(), c.level()) && sameName(r.name(), bare)) out.add(r);
                        }
                    }
                }
                case ITEM -> {
                    if (c.code() != null) for (TableRow r : v.rows()) if (c.code().equals(r.code())) out.add(r);
                    if (out.isEmpty() && c.item() != null) for (TableRow r : v.rows()) if (sameName(r.name(), c.item())) out.add(r);
                    // an economic item told with 支出 (福利费支出 for the line 福利费)
                    if (out.isEmpty() && c.item() != null && c.item().endsWith("支出")) {
                        String bare = c.item().substring(0, c.item().length() - 2);
                        for (TableRow r : v.rows()) if (sameName(r.name(), bare)) out.add(r);
                    }
                }
            }
            return out;
        }
    }

    /** A row's name and a claim's item, quotation marks around the item aside (“住房公积金（项）”). */
    static boolean sameName(String row, String item) {
        return Names.norm(row).equals(Regexes.replaceAll(Names.norm(item), "^[\"'‘’]+|[\"'‘’]+$", ""));
    }

    static boolean isTotalRow(TableRow r) {
        return (r.code() == null || r.code().isEmpty()) && r.name() != null && Regexes.matches(Names.norm(r.name()), "合计|总计");
    }

    private static boolean blank(TableRow r) {
        return (r.name() == null || r.name().isBlank()) && (r.code() == null || r.code().isEmpty());
    }

    private static boolean levelFits(String code, String level) {
        if (level == null) return true;
        return switch (level) {
            case "类" -> code.length() == 3;
            case "款" -> code.length() == 5;
            case "项" -> code.length() == 7;
            default -> true;
        };
    }

    private static Target named(List<String> kinds, List<String> rows, List<String> part) {
        return new Target(kinds, RowBy.NAME, rows, part);
    }

    private static Target total(List<String> kinds, List<String> part) {
        return new Target(kinds, RowBy.TOTAL_ROW, List.of(), part);
    }

    /** The income lines: subject → the names of the row (T1, T4) and of the column (T2's 合计 row). */
    private static final List<String[]> INCOME = List.of(
            new String[]{"income.appropriation", "财政拨款收入|财政拨款"},
            new String[]{"income.general_budget", "一般公共预算财政拨款收入|一般公共预算财政拨款|一般公共预算拨款收入|一般公共预算资金|一般公共预算收入|一般公共预算"},
            new String[]{"income.government_fund", "政府性基金预算财政拨款收入|政府性基金预算财政拨款|政府性基金预算拨款收入|政府性基金预算收入|政府性基金"},
            new String[]{"income.state_capital", "国有资本经营预算财政拨款收入|国有资本经营预算财政拨款|国有资本经营预算拨款收入|国有资本经营预算收入|国有资本经营预算"},
            new String[]{"income.superior_subsidy", "上级补助收入"},
            new String[]{"income.business", "事业收入"},
            new String[]{"income.operating", "经营收入|事业单位经营收入"},
            new String[]{"income.affiliated", "附属单位上缴收入"},
            new String[]{"income.other", "其他收入|其他资金"},
            new String[]{"income.fiscal_special_account", "财政专户管理资金收入|财政专户管理资金"},
            new String[]{"income.non_fiscal_surplus", "使用非财政拨款结余"});

    /** T3's columns for the parts of 本年支出. */
    private static final List<String[]> EXPENDITURE = List.of(
            new String[]{"expenditure.basic", "基本支出"},
            new String[]{"expenditure.project", "项目支出"},
            new String[]{"expenditure.operating", "经营支出"},
            new String[]{"expenditure.to_superior", "上缴上级支出"},
            new String[]{"expenditure.to_affiliated", "对附属单位补助支出"});

    /** The "三公" subjects: the names of their column (or row) in the "三公" table. */
    private static final List<String[]> THREE_PUBLIC = List.of(
            new String[]{"three_public.abroad", "因公出国(境)费|因公出国(境)费用|因公出国(境)"},
            new String[]{"three_public.vehicle", "公务用车购置及运行费|公务用车购置及运行维护费|公务用车费"},
            new String[]{"three_public.vehicle_purchase", "公务用车购置费|购置费"},
            new String[]{"three_public.vehicle_operation", "公务用车运行费|公务用车运行维护费|运行费|运行维护费"},
            new String[]{"three_public.reception", "公务接待费"});

    private static List<String> split(String names) { return List.of(names.split("\\|")); }

    /** The places the claim's subject is stated, most specific first; empty when the tables state no such figure. */
    static List<Target> of(Claim c, boolean budgetDoc) {
        String s = c.subject();
        Fund fund = c.fund();
        List<Target> out = new ArrayList<>();
        boolean allFunds = fund == null || fund == Fund.ALL;
        if (!allFunds && (s.equals("total") || s.equals("income_total") || s.equals("expenditure_total"))) {
            // the totals of the 财政拨款 (本部门财政拨款收入预算总计…，支出预算总计…) are the 财政拨款收支总表's
            if (fund == Fund.APPROPRIATION) {
                String names = s.equals("total") ? "总计|收入总计|支出总计|收支总计"
                        : s.equals("income_total") ? "收入总计|本年收入合计|收入合计|总计" : "支出总计|本年支出合计|支出合计|总计";
                out.add(named(List.of(T4), split(names), TOTAL));
            }
            return out;
        }
        switch (s) {
            case "total" -> {
                out.add(named(List.of(T1), split("总计|收入总计|支出总计|收支总计|收入支出总计"), TOTAL));
                // a table without a 总计 line closes with 收入合计 / 支出合计 (收、支预算总计 = 收入合计)
                out.add(named(List.of(T1), split("收入合计|支出合计"), TOTAL));
            }
            case "income_total" -> {
                // a budget's 收入预算 is its 本年收入 or its 收入总计 (上年结转 included): the same cell only where they agree
                if (budgetDoc) out.add(named(List.of(T1), split("本年收入合计|当年收入小计|本年收入小计|收入合计|收入总计|总计"), TOTAL));
                out.add(named(List.of(T1), split("本年收入合计|当年收入小计|本年收入小计"), TOTAL));
                out.add(named(List.of(T1), split("收入合计"), TOTAL));
                out.add(total(List.of(T2), split("本年收入合计|合计|收入合计")));
            }
            case "expenditure_total" -> {
                if (budgetDoc) out.add(named(List.of(T1), split("本年支出合计|当年支出小计|本年支出小计|支出合计|支出总计|总计"), TOTAL));
                out.add(named(List.of(T1), split("本年支出合计|当年支出小计|本年支出小计"), TOTAL));
                out.add(named(List.of(T1), split("支出合计"), TOTAL));
                out.add(total(List.of(T3), split("本年支出合计|合计|支出合计")));
            }
            case "appropriation_total" -> {
                out.add(named(List.of(T4), split("总计|收入总计|支出总计|收支总计"), TOTAL));
                out.add(named(List.of(T4), split("收入合计|支出合计"), TOTAL));
            }
            case "appropriation.expenditure" -> out.add(named(List.of(T4), split("本年支出合计|支出合计"), TOTAL));
            case "general_budget.expenditure" -> out.add(total(List.of(T5), TOTAL));
            case "general_budget.basic" -> {
                out.add(total(List.of(T5), List.of("基本支出")));
                // the general budget's basic expenditure is the whole of its basic-expenditure table (T6's 合计)
                out.add(total(List.of(T6), TOTAL));
            }
            case "basic.personnel" -> {
                out.add(named(List.of(T6), split("人员经费合计|人员经费"), TOTAL));
                out.add(total(List.of(T6), List.of("人员经费")));
            }
            case "basic.public" -> {
                out.add(named(List.of(T6), split("公用经费合计|公用经费"), TOTAL));
                out.add(total(List.of(T6), List.of("公用经费")));
            }
            case "basic.personnel.item", "basic.public.item", "basic.economic_class", "basic.economic_subclass" ->
                    out.add(new Target(List.of(T6), RowBy.ITEM, List.of(), TOTAL));
            case "class" -> {
                String kind = fund == Fund.GOVERNMENT_FUND ? T7 : fund == Fund.STATE_CAPITAL ? T8
                        : fund == Fund.ALL ? T3 : fund == Fund.GENERAL_BUDGET ? T5 : null;
                if (kind != null) out.add(new Target(List.of(kind), RowBy.CODE, List.of(), TOTAL));
                else if (fund == Fund.APPROPRIATION) {
                    // the 财政拨款's line of a 科目 is that of the table of all its funds (财政拨款支出表), else the line of
                    // the one fund table that states the 科目: where several do, their values differ and none is sure
                    out.add(new Target(List.of(TITLED + "财政拨款支出"), RowBy.CODE, List.of(), TOTAL));
                    out.add(new Target(List.of(T5, T7, T8), RowBy.CODE, List.of(), TOTAL));
                }
                // a line of the economic classification told as 类/款 (工资福利支出（类）, 办公费（款）) in a 基本支出 section:
                // the general budget's basic-expenditure table, where no 科目 of the functional tables has that name
                if (fund == Fund.GENERAL_BUDGET || fund == Fund.APPROPRIATION) out.add(new Target(List.of(T6), RowBy.CODE, List.of(), TOTAL));
            }
            case "three_public" -> {
                // under a "三公" banner where the table adds 会议费/培训费 beside it, else the table's total
                out.add(new Target(List.of(T9), RowBy.FIRST, List.of(), split("\"三公\"经费|三公经费")));
                out.add(new Target(List.of(T9), RowBy.FIRST, List.of(), TOTAL));
            }
            case "meeting_costs" -> out.add(new Target(List.of(T9), RowBy.FIRST, List.of(), split("会议费")));
            case "training_costs" -> out.add(new Target(List.of(T9), RowBy.FIRST, List.of(), split("培训费")));
            case "expenditure.reserve" -> {
                out.add(named(List.of(T1), split("单位预留机动经费"), TOTAL));
                out.add(total(List.of(T3), split("单位预留机动经费")));
            }
            case "appropriation.basic" -> out.add(named(List.of(T4), split("基本支出"), TOTAL));
            case "procurement.total" -> out.add(total(List.of("procurement"), TOTAL));
            case "operating_costs" -> {
                out.add(new Target(List.of(T9), RowBy.FIRST, List.of(), split("机关运行经费")));
                out.add(total(List.of(TITLED + "机关运行经费"), TOTAL));
            }
            default -> {
                for (String[] e : INCOME) if (e[0].equals(s)) {
                    out.add(named(List.of(T1), split(e[1]), TOTAL));
                    out.add(total(List.of(T2), split(e[1])));
                }
                for (String[] e : EXPENDITURE) if (e[0].equals(s)) {
                    if (fund == Fund.GENERAL_BUDGET) out.add(total(List.of(T5), List.of(e[1])));
                    else if (fund == null || fund == Fund.ALL) out.add(total(List.of(T3), List.of(e[1])));
                }
                for (String[] e : THREE_PUBLIC) if (e[0].equals(s)) {
                    out.add(new Target(List.of(T9), RowBy.FIRST, List.of(), split(e[1])));
                    out.add(named(List.of(T9), split(e[1]), TOTAL));
                }
                for (String fundKey : new String[]{"government_fund", "state_capital"}) {
                    if (!s.startsWith(fundKey + ".")) continue;
                    String kind = fundKey.equals("government_fund") ? T7 : T8;
                    switch (s.substring(fundKey.length() + 1)) {
                        case "income" -> out.add(total(List.of(kind), split("本年收入")));
                        case "expenditure" -> {
                            out.add(total(List.of(kind), split("本年支出")));
                            out.add(total(List.of(kind), TOTAL));
                        }
                        case "carryover_begin" -> out.add(total(List.of(kind), split("年初结转和结余|上年结转")));
                        case "carryover_end" -> out.add(total(List.of(kind), split("年末结转和结余")));
                        default -> { }
                    }
                }
            }
        }
        return out;
    }

    /** The columns of a row's block that hold a part of the subject in the claim's measure. */
    static final class Columns {
        private Columns() {}

        /** What a header path says of its measure. */
        enum Says { ACTUAL, INITIAL, ADJUSTED, BUDGET, NONE }

        static Says says(String column) {
            String n = CellResolver.withoutFundBudget(Names.norm(column));
            if (n.contains("决算") || n.contains("执行数")) return Says.ACTUAL;
            if (n.contains("年初")) return Says.INITIAL;
            if (n.contains("全年") || n.contains("调整")) return Says.ADJUSTED;
            if (n.contains("预算")) return Says.BUDGET;
            return Says.NONE;
        }

        static boolean fits(Says says, Measure m, boolean budgetDoc) {
            return switch (m) {
                case ACTUAL -> says == Says.ACTUAL || (says == Says.NONE && !budgetDoc);
                case INITIAL_BUDGET -> says == Says.INITIAL || says == Says.BUDGET;
                case ADJUSTED_BUDGET -> says == Says.ADJUSTED || says == Says.BUDGET;
                case BUDGET -> budgetDoc && (says == Says.BUDGET || says == Says.NONE || says == Says.INITIAL);
                default -> false;
            };
        }

        /** A header segment that only says which funds or which side a block is (一般公共预算支出, 支出预算, 本年支出). */
        private static final String BANNER = "(本年|当年)?(一般公共|政府性基金|国有资本经营)?(财政拨款)?(基本)?(支出|收入)?(功能分类)?";

        static List<String> matching(TableView v, String block, List<String> part, Measure m, boolean budgetDoc) {
            List<String> out = new ArrayList<>();
            for (String col : v.columns(block)) {
                if (v.isComparison(block, col)) continue;
                if (!fits(says(col), m, budgetDoc)) continue;
                if (partFits(col, part)) out.add(col);
            }
            return out;
        }

        /**
         * The header path's parts (its segments without the measure words) name the part: for the total, no part or a
         * total (合计, 小计, 总计) after banners; for a named part, a segment of that name followed only by 小计/合计.
         */
        static boolean partFits(String col, List<String> part) {
            List<String> segs = new ArrayList<>();
            for (String seg : col.split("/")) {
                String p = CellResolver.withoutMeasure(seg);
                if (!p.isEmpty()) segs.add(p);
            }
            if (part.isEmpty()) {
                if (segs.isEmpty()) return true;
                String last = segs.get(segs.size() - 1);
                if (!Regexes.matches(last, "合计|小计|总计|金额|本年(收入|支出)合计|(收入|支出)合计")) {
                    return false;
                }
                for (int i = 0; i < segs.size() - 1; i++) if (!banner(segs.get(i))) return false;
                return true;
            }
            for (int i = 0; i < segs.size(); i++) {
                boolean named = false;
                for (String p : part) if (Names.same(segs.get(i), p)) { named = true; break; }
                if (!named) continue;
                boolean rest = true;
                for (int j = i + 1; j < segs.size(); j++) if (!Regexes.matches(segs.get(j), "合计|小计")) rest = false;
                if (rest) return true;
            }
            return false;
        }

        private static boolean banner(String seg) {
            return Regexes.matches(seg, BANNER) || seg.contains("三公") || Regexes.matches(seg, "[\"“”]?三公[\"“”]?经费");
        }
    }
}
