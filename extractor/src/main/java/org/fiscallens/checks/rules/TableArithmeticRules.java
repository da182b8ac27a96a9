package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.layout.Regexes;
import org.fiscallens.tables.structure.Codes;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * In-table identities (identities.tsv T1–T9, B-01–B-03): row sums across columns, the 类/款/项 hierarchy down
 * each column (each level against its direct children only), the footer totals of the summary tables and
 * the 人员经费/公用经费 groups of the basic-expenditure table. Columns and rows are matched by header words,
 * names and codes; a check whose row or column is missing is skipped.
 */
public final class TableArithmeticRules implements Rule {
    static final String CAT = "arithmetic";
    public static final RuleInfo ROW_SUM = new RuleInfo("table.row_sum", CAT, Severity.ERROR,
            "表内横向合计：合计列 = 各分列之和（T2 本年收入合计 = 各收入来源；T3 本年支出合计 = 基本+项目+上缴上级+经营+对附属单位补助；T4/T5 合计 = 各资金来源或基本+项目；T7/T8 本年支出小计 = 基本+项目；T9 合计 = 出国+车辆小计+接待，车辆小计 = 购置+运行；预算基本支出表 合计 = 人员经费+公用经费）",
            "表内合计与分项不符说明表格编制或抄录有误（identities.tsv T2-01, T3-01, T4-02, T5-01, T7-01, T9-01/02, B-02/03）",
            "T5 2010601 行政运行：合计 1511.89 = 基本支出 1511.89 + 项目支出 0");
    public static final RuleInfo HIERARCHY = new RuleInfo("table.hierarchy", CAT, Severity.ERROR,
            "科目层级合计：合计行 = Σ类，类 = Σ其下款，款 = Σ其下项（经济分类：类 = Σ款），每级只对其直接下级求和",
            "层级合计不符说明漏列科目或数字错误；逐级检验避免舍入误差累积（identities.tsv T2-02, T3-02, T5-02, T6-03）",
            "T5 类之和 2940.06 与合计 2940.05：5项舍入容差0.025内，一致");
    public static final RuleInfo SUMMARY = new RuleInfo("table.summary", CAT, Severity.ERROR,
            "总表的合计与总计：本年收入合计 = Σ收入行，本年支出合计 = Σ支出行，总计 = 本年合计 + 结转结余等，收入总计 = 支出总计",
            "收支总表不平衡是最基本的勾稽错误（identities.tsv T1-01..05, T4-01, T4-03, T4-04, B-01）",
            "T1：2946.25 + 0 + 49.14 = 2995.39 = 2940.05 + 0 + 55.34");
    public static final RuleInfo BASIC_GROUPS = new RuleInfo("table.basic_groups", CAT, Severity.ERROR,
            "基本支出明细表：人员经费合计 = Σ301 + Σ303；公用经费合计 = Σ302 + Σ310（及307/309/399）",
            "人员经费、公用经费合计与经济分类类级数不符（identities.tsv T6-01, T6-02）",
            "2082.85 + 69.41 = 2152.26；171.07 + 13.58 = 184.65");

    record RowSpec(String kind, String[] totals, Set<String> parts) {}

    private static final List<RowSpec> ROW_SPECS = List.of(
            new RowSpec("income", new String[]{"本年收入合计", "合计", "收入合计", "总计"},
                    Set.of("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入", "事业单位经营收入",
                            "用事业基金弥补收支差额", "上年结转", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政拨款")),
            new RowSpec("expenditure", new String[]{"本年支出合计", "合计", "支出合计", "总计"},
                    Set.of("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "事业单位经营支出", "单位预留机动经费")),
            new RowSpec("general_budget_expenditure", new String[]{"合计", "小计", "总计"}, Set.of("基本支出", "项目支出")),
            new RowSpec("appropriation_summary", new String[]{"合计", "小计", "总计"},
                    Set.of("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "一般公共预算", "政府性基金预算",
                            "国有资本经营预算", "一般公共预算资金", "政府性基金", "国有资本经营预算资金")),
            new RowSpec("general_budget_basic_expenditure", new String[]{"合计", "小计"}, Set.of("人员经费", "公用经费")),
            new RowSpec("government_fund", new String[]{"合计", "小计"}, Set.of("基本支出", "项目支出")),
            new RowSpec("state_capital", new String[]{"合计", "小计"}, Set.of("基本支出", "项目支出")));

    private static final Pattern CJK_NUMBERED = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern PAREN_CJK = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern ARABIC_NUMBERED = Pattern.compile("^(\\d+[.、．]|[（(]\\d+[）)]|其中)");

    @Override
    public List<RuleInfo> rules() { return List.of(ROW_SUM, HIERARCHY, SUMMARY, BASIC_GROUPS); }

    @Override
    public void apply(CheckContext ctx) {
        for (TableView t : ctx.tables().all()) {
            for (Identities.Failure f : evaluate(t).failures()) ctx.report(f.rule(), f.message(), f.arithmetic(), f.evidence());
        }
    }

    /**
     * Every in-table identity of one table: how many could be evaluated and which fail. The checks report the
     * failures; the table self-check ({@link org.fiscallens.checks.TableSelfCheck}) weighs them against the count.
     */
    public static Identities evaluate(TableView t) {
        Identities ctx = new Identities();
        if (t.isEmpty()) return ctx;
        String kind = t.table().kind();
        for (RowSpec spec : ROW_SPECS) if (spec.kind.equals(kind)) rowSums(ctx, t, spec);
        if (kind.equals("three_public")) threePublic(ctx, t);
        hierarchy(ctx, t);
        if (kind.equals("income_expenditure_summary") || kind.equals("appropriation_summary")) summary(ctx, t);
        if (kind.equals("general_budget_basic_expenditure")) basicGroups(ctx, t);
        return ctx;
    }

    /** The identities of one table: the number evaluated (all rules) and the failures, in the order found. */
    public static final class Identities {
        /** One failing identity, as the rule reports it. */
        public record Failure(RuleInfo rule, String message, CharSequence arithmetic, List<Evidence> evidence) {}

        /**
         * A failing identity whose parts add up to a whole multiple (2×, 3×, …) of the printed total: the same money
         * was summed several times over (a listing read flat across its levels, a subtotal restated among its
         * parts), which is a misreading of the table, not the report's error.
         */
        public record Multiple(RuleInfo rule, String message, int times) {}

        private final List<Failure> failures = new ArrayList<>();
        private final List<Multiple> multiples = new ArrayList<>();
        private final java.util.Map<RuleInfo, Integer> checked = new java.util.LinkedHashMap<>();
        /** Failures of the same cell arithmetic in several columns: key → index in failures, and the columns. */
        private final java.util.Map<String, Integer> byKey = new java.util.HashMap<>();
        private final java.util.Map<Integer, List<String>> columnsOf = new java.util.HashMap<>();

        void count(RuleInfo rule) { checked.merge(rule, 1, Integer::sum); }

        void report(RuleInfo rule, String message, CharSequence arithmetic, List<Evidence> evidence) {
            failures.add(new Failure(rule, message, arithmetic, evidence));
        }

        /**
         * One failing identity in one column; {@code what} names the column by the placeholder {@code COL}. The same row failing
         * by the same printed and computed figures in several columns (合计 | 小计 | 人员经费 repeating one
         * amount) is one defect: one failure naming every column.
         */
        void report(RuleInfo rule, String key, String what, String col, String rest, CharSequence arithmetic, List<Evidence> evidence) {
            Integer at = byKey.get(key);
            if (at == null) {
                byKey.put(key, failures.size());
                columnsOf.put(failures.size(), new ArrayList<>(List.of(col)));
                failures.add(new Failure(rule, message(what, List.of(col)) + rest, arithmetic, evidence));
                return;
            }
            List<String> cols = columnsOf.get(at);
            if (cols.contains(col)) return;
            cols.add(col);
            Failure f = failures.get(at);
            List<Evidence> ev = new ArrayList<>(f.evidence());
            if (!evidence.isEmpty()) ev.add(1 + cols.size() - 2, evidence.get(0));
            String firstRest = f.message().substring(message(what, cols.subList(0, cols.size() - 1)).length());
            // the same gap in another column with other figures: those figures are told too
            String more = firstRest.contains(rest) ? firstRest : firstRest + "；" + col + " " + rest.substring(1);
            failures.set(at, new Failure(rule, message(what, cols) + more, f.arithmetic(), ev));
        }

        private static String message(String what, List<String> cols) {
            String c = String.join("、", cols);
            if (what.contains(COL)) return what.replace(COL, c);
            return cols.size() > 1 ? what + "（" + c + "）" : what;
        }

        void multiple(RuleInfo rule, String message, int times) { multiples.add(new Multiple(rule, message, times)); }

        public List<Failure> failures() { return failures; }

        /** The failing identities that sum the same money several times over (see {@link Multiple}). */
        public List<Multiple> multiples() { return multiples; }

        /** How many identities were evaluated (each a total against its parts under interval arithmetic). */
        public int checked() { return checked.values().stream().mapToInt(Integer::intValue).sum(); }

        public int checked(RuleInfo rule) { return checked.getOrDefault(rule, 0); }

        public long failed(RuleInfo rule) { return failures.stream().filter(f -> f.rule() == rule).count(); }
    }

    /** Where a message names its column(s). */
    static final String COL = "\u0000col\u0000";

    // ---- row sums ------------------------------------------------------------------------------------

    private static void rowSums(Identities ctx, TableView t, RowSpec spec) {
        for (String block : t.blocks()) {
            List<String> cols = t.columns(block);
            // group columns by their parent path: a sub-group (本年支出/小计, 本年支出/基本支出, …) is checked on its own
            java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
            for (String c : cols) groups.computeIfAbsent(c.contains("/") ? c.substring(0, c.lastIndexOf('/')) : "", k -> new ArrayList<>()).add(c);
            // a sub-group without a total of its own (财政拨款收入/一般公共预算, …/政府性基金预算) holds parts of the
            // top-level total: without them the top-level parts are incomplete, and that row sum is not checked
            boolean openSubgroup = false;
            for (java.util.Map.Entry<String, List<String>> g : groups.entrySet()) {
                if (g.getKey().isEmpty()) continue;
                boolean hasTotal = false;
                for (String c : g.getValue()) for (String n : spec.totals) if (Names.norm(leafOf(c)).equals(Names.norm(n))) hasTotal = true;
                if (!hasTotal) openSubgroup = true;
            }
            for (java.util.Map.Entry<String, List<String>> entry : groups.entrySet()) {
                if (entry.getKey().isEmpty() && openSubgroup) continue;
                List<String> group = entry.getValue();
                String total = null;
                List<String> parts = new ArrayList<>();
                boolean unknown = false;
                for (String c : group) {
                    String leaf = Names.norm(c.contains("/") ? c.substring(c.lastIndexOf('/') + 1) : c);
                    boolean isTotal = false;
                    for (String n : spec.totals) if (leaf.equals(Names.norm(n))) isTotal = true;
                    if (isTotal && total == null) total = c;
                    else if (spec.parts.contains(leaf)) parts.add(c);
                    else if (!Regexes.matches(leaf, "(年初|年末|本年收入|上年).*") && !blank(t, block, c)) unknown = true;
                }
                // a sibling banner over columns of its own (财政拨款收入/… beside 合计 | 上级补助收入) is a part too,
                // summed under its banner: the group's own columns are then not all its parts
                String parent = group.get(0).contains("/") ? group.get(0).substring(0, group.get(0).lastIndexOf('/') + 1) : "";
                for (String c : cols) {
                    if (group.contains(c) || !c.startsWith(parent)) continue;
                    String rest = c.substring(parent.length());
                    if (rest.contains("/") && !group.contains(parent + rest.substring(0, rest.indexOf('/')))) unknown = true;
                }
                if (total == null || parts.size() < 2 || unknown) continue;
                for (TableRow r : t.everyRow(block)) {
                    if (!TableView.hasValue(r.values())) continue;
                    sumCheck(ctx, t, ROW_SUM, r, total, r, parts, "行“" + rowLabel(r) + "”：" + leafOf(total) + " ≠ " + joinLeaves(parts));
                }
            }
        }
    }

    /** A column no row of the block fills: whatever it stands for, it adds nothing to a sum. */
    private static boolean blank(TableView t, String block, String col) {
        for (TableRow r : t.everyRow(block)) {
            BigDecimal v = r.values().get(col);
            if (v != null && v.signum() != 0) return false;
        }
        return true;
    }

    private static void threePublic(Identities ctx, TableView t) {
        for (String block : t.blocks()) {
            // columns without a phase word (合计 | “三公”经费/小计 | … of a budget's table): one phase, all columns
            boolean phased = !t.columnsWith(block, "预算").isEmpty() || !t.columnsWith(block, "决算").isEmpty();
            for (String phase : phased ? new String[]{"预算", "决算"} : new String[]{""}) {
                // a table of 三公 beside 会议费 and 培训费: the 三公's own total is its banner's 小计/合计, and the table's 合计
                // is that total and the others
                // (the shallowest such column: 公务用车…/小计 under the same banner is the cars' own)
                List<String> owns = t.columnsWith(block, phase, "三公", "计").stream()
                        .filter(c -> Regexes.matches(Names.norm(leafOf(c)), "小计|合计")).toList();
                int depth = owns.stream().mapToInt(c -> c.split("/").length).min().orElse(0);
                String own = single(owns.stream().filter(c -> c.split("/").length == depth).toList());
                String meeting = single(t.columnsWith(block, phase, "会议费")), training = single(t.columnsWith(block, phase, "培训费"));
                String total = own != null ? own : single(t.columnsWith(block, phase, "合计"));
                String abroad = single(t.columnsWith(block, phase, "因公出国"));
                String reception = single(t.columnsWith(block, phase, "公务接待"));
                // the cars' subtotal: never the 三公's own total (三公经费/小计 is the table's 合计 then)
                List<String> subs = t.columnsWith(block, phase, "小计").stream().filter(c -> !c.equals(own)).toList();
                String subtotal = subs.size() == 1 ? subs.get(0) : single(t.columnsWith(block, phase, "公务用车", "小计"));
                if (subtotal != null && subtotal.equals(own)) subtotal = null;
                String grand = own == null ? null : single(t.columnsWith(block, phase, "合计").stream().filter(c -> !c.equals(own)).toList());
                if (grand != null && meeting != null && training != null) {
                    for (TableRow r : t.everyRow(block)) {
                        if (TableView.hasValue(r.values()))
                            sumCheck(ctx, t, ROW_SUM, r, grand, r, List.of(own, meeting, training), (phase.isEmpty() ? "" : phase + "数：") + "合计 ≠ “三公”经费 + 会议费 + 培训费");
                    }
                }
                String purchase = single(filter(t.columnsWith(block, phase, "购置费"), "购置及"));
                String running = single(filter(filter(t.columnsWith(block, phase, "运行"), "购置及"), "小计"));
                for (TableRow r : t.everyRow(block)) {
                    if (!TableView.hasValue(r.values())) continue;
                    if (total != null && abroad != null && reception != null && subtotal != null)
                        sumCheck(ctx, t, ROW_SUM, r, total, r, List.of(abroad, subtotal, reception), (phase.isEmpty() ? "" : phase + "数：") + "合计 ≠ 因公出国（境）费 + 公务用车小计 + 公务接待费");
                    if (subtotal != null && purchase != null && running != null)
                        sumCheck(ctx, t, ROW_SUM, r, subtotal, r, List.of(purchase, running), (phase.isEmpty() ? "" : phase + "数：") + "公务用车购置及运行费小计 ≠ 购置费 + 运行费");
                }
            }
        }
    }

    private static List<String> filter(List<String> cols, String without) {
        return cols.stream().filter(c -> !Names.norm(c.contains("/") ? c.substring(c.lastIndexOf('/') + 1) : c).contains(without)).toList();
    }

    private static String single(List<String> l) { return l.size() == 1 ? l.get(0) : null; }

    // ---- hierarchy -------------------------------------------------------------------------------------

    private static void hierarchy(Identities ctx, TableView t) {
        for (String block : t.blocks()) {
            List<TableRow> rows = t.everyRow(block);
            // a department table of one block per subordinate unit: each unit's rows are a hierarchy of their own
            java.util.Map<String, List<TableRow>> units = new java.util.LinkedHashMap<>();
            for (TableRow r : rows) units.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r);
            List<TableRow> heads = new ArrayList<>();
            for (java.util.Map.Entry<String, List<TableRow>> u : units.entrySet()) {
                TableRow head = u.getKey() == null ? null : unitLine(u.getValue(), u.getKey());
                if (head != null) heads.add(head);
                hierarchy(ctx, t, block, u.getValue(), u.getKey() == null ? null : head);
            }
            // the line above the first unit's line, when it is not a unit's own: the sum of the units' lines
            if (heads.size() >= 2) {
                int first = rows.indexOf(heads.get(0));
                TableRow group = first > 0 ? rows.get(first - 1) : null;
                if (group != null && group.unit() == null && (group.code() == null || group.code().isEmpty()) && TableView.hasValue(group.values())) {
                    for (String col : t.columns(block))
                        sumCheck(ctx, t, HIERARCHY, group, col, null, heads, col, "“" + rowLabel(group) + "”" + COL + " ≠ 各预算单位之和");
                }
            }
        }
    }

    /** A unit's own line (codeless, carrying the unit's name) in its block, or null. */
    private static TableRow unitLine(List<TableRow> rows, String unit) {
        for (TableRow r : rows) if ((r.code() == null || r.code().isEmpty()) && unit.equals(r.name())) return r;
        return null;
    }

    /**
     * The hierarchy of one run of rows: each 类/款 against its direct children, and the top classes against the
     * run's total, the unit's own line for a unit's block, else the 合计 line.
     */
    private static void hierarchy(Identities ctx, TableView t, String block, List<TableRow> rows, TableRow unitLine) {
        List<TableRow> coded = rows.stream().filter(r -> r.code() != null && Regexes.matches(r.code(), "\\d{3}|\\d{5}|\\d{7}")).toList();
        List<TableRow> dual = rows.stream().filter(r -> Codes.dual(r.code()) != null).toList();
        // dual-coded rows beside national codes: their own nesting is checked, the total only where they stand alone
        if (!dual.isEmpty()) dualHierarchy(ctx, t, block, rows, dual, coded.isEmpty() ? unitLine : null, coded.isEmpty());
        if (coded.isEmpty()) return;
        for (String col : t.columns(block)) {
            for (TableRow parent : coded) {
                int len = parent.code().length();
                if (len == 7) continue;
                List<TableRow> kids = children(t, col, parent.code(), coded,
                        c -> c.length() == len + 2 ? c.substring(0, len) : null);
                if (kids.isEmpty()) continue;
                sumCheck(ctx, t, HIERARCHY, parent, col, null, kids, col, "“" + rowLabel(parent) + "”" + COL + " ≠ 其下级科目之和");
            }
            TableRow total = unitLine != null ? unitLine : first(rows, r -> (r.code() == null || r.code().isEmpty())
                    && Regexes.matches(Names.norm(r.name()), "合计|总计|支出合计|收入合计|本年支出合计|本年收入合计"));
            List<TableRow> top = coded.stream().filter(r -> r.code().length() == 3).toList();
            if (total != null && !top.isEmpty()) {
                sumCheck(ctx, t, HIERARCHY, total, col, null, top, col,
                        (unitLine != null ? "单位行“" + unitLine.name() + "”" : "合计行") + COL + " ≠ 各类之和");
            }
        }
    }

    /**
     * The rows of {@code rows} whose parent code ({@code parentOf}, null for none) is {@code parent}. A code printed twice
     * on the same level (a 项 misprinted with its 款's code) is one child, not two (the same amount twice); two items
     * printed with one code but different amounts (取暖费 and 物业管理费 both as 30208) are two children.
     */
    private static List<TableRow> children(TableView t, String col, String parent, List<TableRow> rows,
                                           java.util.function.Function<String, String> parentOf) {
        java.util.Map<String, TableRow> byCode = new java.util.LinkedHashMap<>();
        for (TableRow k : rows) {
            if (!parent.equals(parentOf.apply(k.code()))) continue;
            Amount a = t.value(k, col);
            byCode.putIfAbsent(k.code() + "=" + (a == null ? "" : a.value().stripTrailingZeros().toPlainString()), k);
        }
        return new ArrayList<>(byCode.values());
    }

    /**
     * The hierarchy of rows keyed by two economic classifications at once ({@link Codes#dual}: 部门 + 政府预算支出经济分类
     * code, with an optional local suffix): each row against the rows nesting under it ({@link Codes#dualParent}),
     * and, where no national code shares the run (withTotal), the rows of no parent (a 3-digit department code, no
     * suffix) against the run's total.
     */
    private static void dualHierarchy(Identities ctx, TableView t, String block, List<TableRow> rows, List<TableRow> dual, TableRow unitLine,
                                      boolean withTotal) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (TableRow r : dual) present.add(r.code());
        java.util.Map<String, String> parentOf = new java.util.HashMap<>();
        for (TableRow r : dual) {
            String p = Codes.dualParent(r.code(), present);
            if (p != null) parentOf.put(r.code(), p);
        }
        for (String col : t.columns(block)) {
            java.util.Set<String> done = new java.util.HashSet<>();
            for (TableRow parent : dual) {
                if (!done.add(parent.code())) continue; // a code printed twice: its first row is the parent
                List<TableRow> kids = children(t, col, parent.code(), dual, parentOf::get);
                if (kids.isEmpty()) continue;
                sumCheck(ctx, t, HIERARCHY, parent, col, null, kids, col, "“" + rowLabel(parent) + "”" + COL + " ≠ 其下级科目之和");
            }
            TableRow total = unitLine != null ? unitLine : first(rows, r -> (r.code() == null || r.code().isEmpty())
                    && Regexes.matches(Names.norm(r.name()), "合计|总计|支出合计|本年支出合计|基本支出合计"));
            List<TableRow> top = dual.stream().filter(r -> {
                Codes.Dual d = Codes.dual(r.code());
                return d.dept().length() == 3 && d.suffix().isEmpty();
            }).toList();
            // the total is the sum of the top rows only when every row has its place (a row of no parent that is not
            // a top row leaves the listing's shape unknown)
            boolean placed = dual.stream().allMatch(r -> top.contains(r) || parentOf.containsKey(r.code()));
            if (withTotal && total != null && !top.isEmpty() && placed) {
                sumCheck(ctx, t, HIERARCHY, total, col, null, top, col,
                        (unitLine != null ? "单位行“" + unitLine.name() + "”" : "合计行") + COL + " ≠ 各类之和");
            }
        }
    }

    private static TableRow first(List<TableRow> rows, java.util.function.Predicate<TableRow> p) {
        for (TableRow r : rows) if (p.test(r)) return r;
        return null;
    }

    // ---- summary tables ------------------------------------------------------------------------------

    private static void summary(Identities ctx, TableView t) {
        List<String> blocks = t.blocks();
        java.util.Map<String, TableRow> grand = new java.util.LinkedHashMap<>();
        for (String block : blocks) {
            // a block may stack several listings of the same expenditure (按功能分类, 按经济分类, …), each closed
            // by its own 本年支出合计 … 支出总计: each listing adds up on its own
            List<TableRow> all = t.rows(block);
            java.util.Set<String> seen = new java.util.HashSet<>();
            int from = 0;
            for (int i = 0; i < all.size(); i++) {
                boolean closes = Regexes.matches(Names.norm(all.get(i).name()), "(收入|支出)?总计");
                boolean later = false;
                for (int k = i + 1; k < all.size() && !later; k++) later = Regexes.matches(Names.norm(all.get(k).name()), "(收入|支出)?总计");
                if (closes && later && i + 1 < all.size() && hasSubtotal(all.subList(i + 1, all.size()))) {
                    summaryListing(ctx, t, block, all.subList(from, i + 1), grand, seen);
                    from = i + 1;
                }
            }
            summaryListing(ctx, t, block, all.subList(from, all.size()), grand, seen);
        }
        siblingListings(ctx, t, blocks);
        if (grand.size() == 2) {
            List<String> b = new ArrayList<>(grand.keySet());
            TableRow in = grand.get(b.get(0)), out = grand.get(b.get(1));
            String ci = t.columns(b.get(0)).isEmpty() ? null : t.columns(b.get(0)).get(0);
            String co = t.column(b.get(1), "合计");
            if (co == null) co = t.onlyColumn(b.get(1));
            if (ci != null && co != null) sumCheck(ctx, t, SUMMARY, in, ci, out, List.of(co), "收入总计 ≠ 支出总计");
        }
    }

    /**
     * A block split by its listings (支出/功能分类 beside 支出/支出用途) where only one listing closes on the subtotal
     * (当年支出小计): each other listing of the same parent block, without a subtotal or 总计 of its own, adds up to
     * that subtotal too.
     */
    private static void siblingListings(Identities ctx, TableView t, List<String> blocks) {
        for (String block : blocks) {
            if (block == null || !block.contains("/")) continue;
            String parent = block.substring(0, block.indexOf('/') + 1);
            List<TableRow> rows = t.rows(block);
            boolean closes = false;
            for (TableRow r : rows) if (closing(r)) closes = true;
            if (closes || rows.isEmpty()) continue;
            TableRow sub = null;
            for (String other : blocks) {
                if (other == null || other.equals(block) || !other.startsWith(parent)) continue;
                for (TableRow r : t.rows(other)) {
                    if (Regexes.matches(Names.norm(r.name()), "本年(收入|支出)合计|(收入|支出)合计|本年(收入|支出)|合计|当年(收入|支出)小计|本年(收入|支出)小计")) { sub = r; break; }
                }
                if (sub != null) break;
            }
            if (sub == null) continue;
            List<String> cols = t.columns(sub.block());
            for (List<TableRow> above : numberedGroups(topLevel(rows))) {
                if (above.isEmpty()) continue;
                for (String col : t.columns(block)) {
                    if (!cols.contains(col)) continue;
                    summaryCheck(ctx, t, sub, col, above, "“" + sub.name() + "” ≠ " + block.substring(parent.length()) + "各行之和");
                }
            }
        }
    }

    private static boolean closing(TableRow r) {
        return Regexes.matches(Names.norm(r.name()), "本年(收入|支出)合计|(收入|支出)合计|本年(收入|支出)|合计|(收入|支出)?总计|.*小计");
    }

    private static boolean hasSubtotal(List<TableRow> rows) {
        for (TableRow r : rows) if (Regexes.matches(Names.norm(r.name()), "本年(收入|支出)合计|(收入|支出)合计|本年(收入|支出)|合计")) return true;
        return false;
    }

    /**
     * One listing: its subtotal against the lines above it, its 总计 against the subtotal and the lines between. A
     * later listing that closes on the same subtotal, lines and 总计 as printed is the same identity, checked once.
     */
    private static void summaryListing(Identities ctx, TableView t, String block, List<TableRow> rows, java.util.Map<String, TableRow> grand,
                                       java.util.Set<String> seen) {
        {
            int sub = -1, tot = -1;
            for (int i = 0; i < rows.size(); i++) {
                String n = Names.norm(rows.get(i).name());
                if (sub < 0 && Regexes.matches(n, "本年(收入|支出)合计|(收入|支出)合计|本年(收入|支出)|合计")) sub = i;
                if (Regexes.matches(n, "(收入|支出)?总计")) tot = i;
            }
            if (sub > 0) {
                List<List<TableRow>> groups = numberedGroups(topLevel(rows.subList(0, sub)));
                for (List<TableRow> above : groups) {
                    if (above.isEmpty()) continue;
                    String what = groups.size() > 1 ? "其上“" + above.get(0).name() + "”起各行之和" : "其上各行之和";
                    for (String col : t.columns(block)) {
                        summaryCheck(ctx, t, rows.get(sub), col, above, "“" + rows.get(sub).name() + "” ≠ " + what);
                    }
                }
            }
            if (sub >= 0 && tot > sub) {
                List<TableRow> between = new ArrayList<>();
                between.add(rows.get(sub));
                // 一、本年支出 followed by a listing numbered again from 一、 (一、一般公共服务支出 … 三十一、往来性支出):
                // that listing is the subtotal's breakdown, not further terms of the 总计; it is checked against the
                // subtotal instead, and the 总计's terms resume where the numbering breaks (二、年终结转结余)
                java.util.Set<TableRow> nested = new java.util.HashSet<>(nestedRun(rows, sub, tot));
                if (!nested.isEmpty()) {
                    List<TableRow> run = rows.subList(sub, tot).stream().filter(nested::contains).toList();
                    for (String col : t.columns(block))
                        summaryCheck(ctx, t, rows.get(sub), col, run, "“" + rows.get(sub).name() + "” ≠ 其下各行之和");
                }
                // under 一、本年支出 / 二、年终结转结余 the （一）（二）… lines are their parts, not further terms
                boolean cjkLevel = false;
                for (TableRow r : rows.subList(sub, tot)) if (r.name() != null && CJK_NUMBERED.matcher(r.name().strip()).find()) cjkLevel = true;
                for (TableRow r : rows.subList(sub + 1, tot)) {
                    if (nested.contains(r)) continue;
                    String n = Names.norm(r.name());
                    if (n.isEmpty() || ARABIC_NUMBERED.matcher(r.name() == null ? "" : r.name().strip()).find()) continue;
                    if (cjkLevel && PAREN_CJK.matcher(r.name().strip()).find()) continue;
                    if (Regexes.matches(n, ".*(一般公共预算|政府性基金|国有资本经营).*") && !n.contains("结转")) continue;
                    between.add(r);
                }
                for (String col : t.columns(block)) {
                    StringBuilder sig = new StringBuilder(col);
                    for (TableRow r : between) sig.append('|').append(Names.norm(r.name())).append('=').append(r.values().get(col));
                    sig.append("|=").append(rows.get(tot).values().get(col));
                    if (!seen.add(sig.toString())) continue;
                    summaryCheck(ctx, t, rows.get(tot), col, between, "“" + rows.get(tot).name() + "” ≠ 本年合计与结转结余等之和");
                }
            }
            if (tot >= 0) grand.put(block, rows.get(tot));
        }
    }

    /**
     * The lines after a 一、-numbered subtotal that number again from 一、 and count up by one (二、三、…) until the
     * numbering breaks: the subtotal's own breakdown. Empty when the subtotal is not numbered 一、 or the next
     * numbered line does not start again at 一、. Lines without a number inside the run (sub-lines) belong to it.
     */
    static List<TableRow> nestedRun(List<TableRow> rows, int sub, int tot) {
        if (cjkNumber(rows.get(sub).name()) != 1) return List.of();
        List<TableRow> run = new ArrayList<>();
        int expect = 1;
        for (int i = sub + 1; i < tot; i++) {
            int n = cjkNumber(rows.get(i).name());
            if (n < 0) {
                if (!run.isEmpty()) run.add(rows.get(i));
                continue;
            }
            if (n != expect) break;
            run.add(rows.get(i));
            expect++;
        }
        // a single 一、 line can as well be the next term; a breakdown has at least two lines
        return expect > 2 ? run : List.of();
    }

    /** The value of a leading 一、…九十九、 numbering, or −1. */
    public static int cjkNumber(String name) {
        if (name == null) return -1;
        java.util.regex.Matcher m = CJK_NUMBERED.matcher(name.strip());
        if (!m.find()) return -1;
        String d = m.group().substring(0, m.group().length() - 1);
        String digits = "一二三四五六七八九";
        int tens = 0, units = 0, k = d.indexOf('十');
        if (k < 0) return d.length() == 1 ? digits.indexOf(d.charAt(0)) + 1 : -1;
        if (k > 1 || d.length() > k + 2) return -1;
        tens = k == 0 ? 1 : digits.indexOf(d.charAt(0)) + 1;
        units = k + 1 < d.length() ? digits.indexOf(d.charAt(k + 1)) + 1 : 0;
        if (tens <= 0 || units < 0) return -1;
        return tens * 10 + units;
    }

    /**
     * A summary line against the lines it closes. The lines may be a nested listing without codes (类, its 款, their
     * 项 one under the other; 一、本年支出 followed by its own 一、二、… parts): when the flat sum fails, the listing is
     * read as nested ({@link #nestedTop}) and only its top lines are summed.
     */
    private static void summaryCheck(Identities ctx, TableView t, TableRow totalRow, String col, List<TableRow> lines, String what) {
        List<TableRow> top = nestedTop(t, lines, col);
        if (top.size() < lines.size()) {
            Amount total = t.value(totalRow, col);
            List<Amount> parts = new ArrayList<>();
            for (TableRow r : top) {
                Amount a = t.value(r, col);
                if (a == null) { parts = null; break; }
                parts.add(a);
            }
            if (total != null && parts != null && !Calc.sum(total, parts, t.unit()).inconsistent()) {
                ctx.count(SUMMARY);
                return;
            }
        }
        sumCheck(ctx, t, SUMMARY, totalRow, col, null, lines, col, what);
    }

    /**
     * The top lines of a listing read as nested: a line followed by lines (each with its own nested lines) that add up
     * to it, under interval arithmetic, has those lines as its parts and they are not top lines. A line of 0 or blank
     * has no parts. Lines that are all top lines come back unchanged.
     */
    static List<TableRow> nestedTop(TableView t, List<TableRow> lines, String col) {
        int n = lines.size();
        Amount[] a = new Amount[n];
        for (int i = 0; i < n; i++) a[i] = t.value(lines.get(i), col);
        int[] end = new int[n];
        List<TableRow> top = new ArrayList<>();
        for (int i = 0; i < n; i = subtreeEnd(a, i, end, t)) top.add(lines.get(i));
        return top;
    }

    /** The index after line i and its nested parts (memoised in end[]). */
    private static int subtreeEnd(Amount[] a, int i, int[] end, TableView t) {
        if (end[i] != 0) return end[i];
        int result = i + 1;
        if (a[i] != null && a[i].value().signum() > 0) {
            List<Amount> kids = new ArrayList<>();
            int j = i + 1;
            while (j < a.length && a[j] != null) {
                kids.add(a[j]);
                j = subtreeEnd(a, j, end, t);
                Verdict v = Calc.sum(a[i], kids, t.unit());
                if (!v.inconsistent()) { result = j; break; }
                if (v.computed().above(v.stated())) break;
            }
        }
        end[i] = result;
        return result;
    }

    /**
     * Splits top-level lines where their numbering starts again at 一、: a budget 收支总表 lists its expenditure
     * twice over (按功能分类 and 按支出用途), and each listing adds up to the same subtotal on its own.
     */
    static List<List<TableRow>> numberedGroups(List<TableRow> lines) {
        List<List<TableRow>> groups = new ArrayList<>();
        List<TableRow> cur = new ArrayList<>();
        for (TableRow r : lines) {
            if (!cur.isEmpty() && r.name() != null && r.name().strip().startsWith("一、")) {
                groups.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(r);
        }
        if (!cur.isEmpty() || groups.isEmpty()) groups.add(cur);
        return groups;
    }

    /** Rows that are top-level lines: when 一、-numbered rows exist, only those; sub-rows (1. / 其中) are never added. */
    private static List<TableRow> topLevel(List<TableRow> rows) {
        boolean cjk = rows.stream().anyMatch(r -> r.name() != null && CJK_NUMBERED.matcher(r.name().strip()).find());
        List<TableRow> out = new ArrayList<>();
        for (TableRow r : rows) {
            String n = r.name() == null ? "" : r.name().strip();
            if (n.isEmpty()) continue;
            if (cjk && !CJK_NUMBERED.matcher(n).find()) continue;
            if (ARABIC_NUMBERED.matcher(n).find()) continue;
            out.add(r);
        }
        return out;
    }

    // ---- basic expenditure groups -----------------------------------------------------------------

    private static void basicGroups(Identities ctx, TableView t) {
        TableRow personnel = t.find(null, r -> Names.norm(r.name()).equals("人员经费合计"));
        TableRow common = t.find(null, r -> Names.norm(r.name()).equals("公用经费合计"));
        check(ctx, t, personnel, Set.of("301", "303"));
        check(ctx, t, common, Set.of("302", "307", "309", "310", "399"));
    }

    private static void check(Identities ctx, TableView t, TableRow total, Set<String> classes) {
        if (total == null) return;
        List<TableRow> parts = t.rows().stream().filter(r -> r.code() != null && classes.contains(r.code())).toList();
        if (parts.isEmpty()) return;
        String col = t.onlyColumn(total.block());
        if (col == null) col = t.column(total.block(), "决算数", "合计", "金额");
        if (col == null) return;
        List<String> partCols = new ArrayList<>();
        for (TableRow p : parts) {
            String c = t.onlyColumn(p.block());
            if (c == null) c = t.column(p.block(), "决算数", "合计", "金额");
            if (c == null) return;
            partCols.add(c);
        }
        List<Amount> amounts = new ArrayList<>();
        List<Evidence> ev = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Amount a = t.value(parts.get(i), partCols.get(i));
            if (a == null) return;
            amounts.add(a);
            ev.add(t.evidence(parts.get(i), partCols.get(i)));
        }
        Amount tot = t.value(total, col);
        if (tot == null) return;
        Verdict v = Calc.sum(tot, amounts, t.unit());
        ctx.count(BASIC_GROUPS);
        if (!v.inconsistent()) return;
        List<Evidence> all = new ArrayList<>();
        all.add(t.evidence(total, col));
        all.addAll(ev);
        ctx.report(BASIC_GROUPS, "“" + total.name() + "”" + tot.value().toPlainString() + "与经济分类类级之和不符（" + t.label() + "）",
                v.explain(tot.value().toPlainString()), all);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** total cell (row, col) against Σ parts: either other columns of {@code partRow}, or other rows in column {@code partCol}. */
    private static void sumCheck(Identities ctx, TableView t, RuleInfo rule, TableRow totalRow, String totalCol,
                                 TableRow partRow, List<String> partCols, String what) {
        Amount total = t.value(totalRow, totalCol);
        if (total == null) return;
        List<Amount> parts = new ArrayList<>();
        List<Evidence> ev = new ArrayList<>();
        ev.add(t.evidence(totalRow, totalCol));
        for (String c : partCols) {
            Amount a = t.value(partRow, c);
            if (a == null) return;
            if (!blankCell(partRow, c)) parts.add(a);
            ev.add(t.evidence(partRow, c));
        }
        if (parts.isEmpty()) parts.add(Amount.of(new BigDecimal("0.00"), t.unit()));
        report(ctx, t, rule, total, parts, ev, what);
    }

    private static void sumCheck(Identities ctx, TableView t, RuleInfo rule, TableRow totalRow, String col, Object unused,
                                 List<TableRow> partRows, String partCol, String what) {
        Amount total = t.value(totalRow, col);
        if (total == null) return;
        List<Amount> parts = new ArrayList<>();
        List<Evidence> ev = new ArrayList<>();
        ev.add(t.evidence(totalRow, col));
        for (TableRow r : partRows) {
            Amount a = t.value(r, partCol);
            if (a == null) return;
            if (!blankCell(r, partCol)) parts.add(a);
            // every part is cited: the one misprinted may be any of them
            ev.add(t.evidence(r, partCol));
        }
        if (parts.isEmpty()) parts.add(Amount.of(new BigDecimal("0.00"), t.unit()));
        Verdict v = Calc.sum(total, parts, t.unit());
        ctx.count(rule);
        if (!v.inconsistent()) return;
        String head = "《" + t.label() + "》" + what;
        String rest = "：印 " + total.value().toPlainString() + "，算得 " + v.computed();
        // one defect (a part missing or misprinted) fails the row in every column that carries it by the same gap
        String key = rule.id() + "|" + rowLabel(totalRow) + "|" + totalRow.block() + "|" + what.replace(COL, "") + "|"
                + printedGap(total, parts).stripTrailingZeros().toPlainString();
        ctx.report(rule, key, head, leafOf(col), rest, v.explain(total.value().toPlainString()), ev);
        multiple(ctx, rule, total, v, head.replace(COL, leafOf(col)) + rest);
    }

    /**
     * A failing sum whose parts come to a whole multiple (2× … 9×) of the printed total, within 2 %: the same money
     * was counted several times, a misreading (see {@link Identities.Multiple}).
     */
    private static void multiple(Identities ctx, RuleInfo rule, Amount total, Verdict v, String message) {
        if (total.value().signum() <= 0 || v.computed() == null) return;
        double stated = v.stated().lo().add(v.stated().hi()).doubleValue();
        double ratio = v.computed().lo().add(v.computed().hi()).doubleValue() / stated;
        long k = Math.round(ratio);
        if (k >= 2 && k <= 9 && Math.abs(ratio - k) <= 0.02 * k) ctx.multiple(rule, message, (int) k);
    }

    private static void report(Identities ctx, TableView t, RuleInfo rule, Amount total, List<Amount> parts, List<Evidence> ev, String what) {
        Verdict v = Calc.sum(total, parts, t.unit());
        ctx.count(rule);
        if (!v.inconsistent()) return;
        String message = "《" + t.label() + "》" + what + "：印 " + total.value().toPlainString() + "，算得 " + v.computed();
        ctx.report(rule, message, v.explain(total.value().toPlainString()), ev);
        multiple(ctx, rule, total, v, message);
    }

    /**
     * A cell printed blank: no money, exactly. It is left out of a sum, where a 0.00 read in its place would widen
     * the tolerance by half a cent per blank row (a listing of 21 classes with 3 filled would absorb a changed 0.1).
     */
    /** The printed total less the sum of the printed parts (the same in every column one misprint fails). */
    private static BigDecimal printedGap(Amount total, List<Amount> parts) {
        BigDecimal g = total.value();
        for (Amount a : parts) g = g.subtract(a.value());
        return g;
    }

    private static boolean blankCell(TableRow r, String col) {
        return r.values().get(col) == null;
    }

    private static String rowLabel(TableRow r) {
        return ((r.code() == null || r.code().isEmpty()) ? "" : r.code() + " ") + (r.name() == null ? "" : r.name());
    }

    private static String leafOf(String col) { return col.contains("/") ? col.substring(col.lastIndexOf('/') + 1) : col; }

    private static String joinLeaves(List<String> cols) {
        return String.join(" + ", cols.stream().map(TableArithmeticRules::leafOf).toList());
    }
}
