package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ☑/□ check boxes of the 项目支出绩效自评表 (项目类别: 部门预算项目 / 市直专项 / 市对下转移支付项目) against the
 * narrative: a project ticked as a 转移支付 project while the narrative states the department has no 转移支付.
 */
public final class CheckBoxRules implements Rule {
    static final String KIND = "performance_self_assessment";

    public static final RuleInfo TRANSFER_TICKED = new RuleInfo("perf.category_vs_narrative", PerformanceRules.CAT, Severity.WARNING,
            "自评表“项目类别”勾选了转移支付项目，而说明称本部门无转移支付（支出）",
            "同一文件对项目是否属于转移支付说法相反，其中之一必错；勾选框可能误勾，故为警告",
            "附件2-4 “3、市对下转移支付项目 ☑” vs “本单位无专项支出、转移支付支出。”");

    /** An option of a check-box cell: "3、市对下转移支付项目 ☑" (number optional) — its label and its mark. */
    static final Pattern OPTION = Pattern.compile("(?:\\d{1,2}\\s*[、.．]\\s*)?([^\\d☑☐□■√✓✔、.．\\s][^☑☐□■√✓✔、]{0,20}?)\\s*([☑☐□■√✓✔])");
    /** A ticked mark (☐ and □ are empty boxes). */
    private static final String TICKED = "☑■√✓✔";
    /** The narrative's statement that there is no 转移支付: "本单位无专项支出、转移支付支出。" */
    private static final Pattern NO_TRANSFER = Pattern.compile("(?:无|没有|未发生|未安排)[^。；;，,：:]{0,16}?转移支付[^。；;，,]{0,6}");

    @Override
    public List<RuleInfo> rules() { return List.of(TRANSFER_TICKED); }

    /** A ticked option of a self-assessment table. */
    record Ticked(String label, Table table, int page, Box box, String rowText) {}

    @Override
    public void apply(CheckContext ctx) {
        List<Ticked> transfer = new ArrayList<>();
        for (Table t : ctx.doc().tables()) {
            if (!KIND.equals(t.kind()) || t.cells() == null) continue;
            for (Ticked k : ticked(t)) if (k.label().contains("转移支付")) transfer.add(k);
        }
        if (transfer.isEmpty()) return;
        for (Passage p : ctx.text().passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            Matcher m = NO_TRANSFER.matcher(p.text());
            if (!m.find()) continue;
            String quote = m.group().strip();
            for (Ticked k : transfer) {
                List<Evidence> ev = List.of(ctx.text().evidence(p, quote),
                        new Evidence(k.page(), k.rowText(), k.box(), k.table().title(), "项目类别", null));
                ctx.report(TRANSFER_TICKED, "说明称“" + quote + "”，而《" + (k.table().title() == null ? "项目支出绩效自评表" : k.table().title())
                        + "》项目类别勾选了“" + k.label() + "”", null, ev);
            }
            return;
        }
    }

    /** The ticked options of a table: each grid row's cells joined left to right, read option by option. */
    static List<Ticked> ticked(Table t) {
        Map<Long, List<Cell>> rows = new TreeMap<>();
        for (Cell c : t.cells()) {
            if (c.text() == null) continue;
            rows.computeIfAbsent(((long) c.page() << 32) | c.row(), k -> new ArrayList<>()).add(c);
        }
        List<Ticked> out = new ArrayList<>();
        for (List<Cell> row : rows.values()) {
            row.sort(Comparator.comparingInt(Cell::col));
            StringBuilder sb = new StringBuilder();
            Box box = null;
            for (Cell c : row) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(c.text().strip());
                if (c.box() != null && Regexes.matches(c.text(), "(?s).*[☑☐□■√✓✔].*")) box = box == null ? c.box() : box.union(c.box());
            }
            String text = Regexes.replaceAll(sb.toString(), "\\s+", " ");
            Matcher m = OPTION.matcher(text);
            while (m.find()) {
                if (TICKED.indexOf(m.group(2).charAt(0)) < 0) continue;
                out.add(new Ticked(m.group(1).strip(), t, row.get(0).page(), box, text.strip()));
            }
        }
        return out;
    }
}
