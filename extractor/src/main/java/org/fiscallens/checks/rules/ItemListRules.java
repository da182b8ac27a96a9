package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.TableRow;
import org.fiscallens.tables.typing.TableKinds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 名词解释 list of the 支出功能分类科目 used (到项级: "社会保障和就业支出(类)就业补助(款)就业创业服务补贴(项)" lines)
 * against the 项 rows with spending in the 支出决算表 / 一般公共预算财政拨款支出表: a 项 that has spending and is not in
 * the list makes the list incomplete.
 */
public final class ItemListRules implements Rule {

    public static final RuleInfo ITEM_LIST = new RuleInfo("naming.item_list", NamingRules.CAT, Severity.WARNING,
            "文中按“…(类)…(款)…(项)”逐条列出的支出功能分类科目（如名词解释“本部门使用的支出功能分类科目(到项级)”）包含表中有支出的每一个项",
            "列表自称是本部门使用的科目，漏列有支出的项使读者无从查到该项含义；名称按表中科目名称比对，措辞不同也会被列出，故为警告",
            "名词解释只列五个208类的项，而表中210卫生健康、221住房保障及2080505机关事业单位基本养老保险缴费支出均有支出");

    /** One entry of the list: …(类)…(款)…(项). */
    static final Pattern ENTRY = Pattern.compile("[(（]类[)）]\\s*([^(（)）]{1,40}?)\\s*[(（]款[)）]\\s*([^(（)）]{1,40}?)\\s*[(（]项[)）]");
    private static final Pattern CODE7 = Pattern.compile("\\d{7}");

    @Override
    public List<RuleInfo> rules() { return List.of(ITEM_LIST); }

    @Override
    public void apply(CheckContext ctx) {
        List<String> listed = new ArrayList<>();
        Passage first = null;
        String firstQuote = null;
        List<Passage> all = ctx.text().passages();
        boolean introduced = false;
        for (int i = 0; i < all.size(); i++) {
            // list entries may be read as paragraphs or, numbered "1.", as headings
            Passage p = all.get(i);
            Matcher m = ENTRY.matcher(p.text());
            while (m.find()) {
                listed.add(Names.norm(m.group(2)));
                if (first == null) {
                    first = p;
                    firstQuote = m.group().strip();
                    for (int j = Math.max(0, i - 2); j <= i; j++)
                        introduced |= all.get(j).text().replace(m.group(), "").contains("科目");
                }
            }
        }
        // a list, not one sentence naming a 项, introduced as the 科目 used (…支出功能分类科目(到项级)…)
        if (listed.size() < 2 || !introduced) return;
        boolean accounts = ctx.isFinalAccounts();
        Map<String, Evidence> missing = new LinkedHashMap<>();
        for (String kind : List.of(TableKinds.EXPENDITURE, TableKinds.GENERAL_BUDGET_EXPENDITURE)) {
            for (TableView t : ctx.tables().ofKind(kind)) {
                for (TableRow r : t.rows()) {
                    if (r.code() == null || !CODE7.matcher(r.code()).matches() || r.name() == null || !spends(r, accounts)) continue;
                    String name = Names.norm(r.name());
                    if (name.isEmpty() || listed.contains(name) || missing.containsKey(r.code())) continue;
                    String column = null;
                    for (Map.Entry<String, BigDecimal> e : r.values().entrySet())
                        if (spending(e, accounts)) { column = e.getKey(); break; }
                    missing.put(r.code(), t.evidence(r, column));
                }
            }
        }
        if (missing.isEmpty()) return;
        List<Evidence> ev = new ArrayList<>();
        ev.add(ctx.text().evidence(first, firstQuote));
        ev.addAll(missing.values());
        List<String> names = missing.values().stream().map(Evidence::row).toList();
        ctx.report(ITEM_LIST, "文中按（类）（款）（项）列出" + listed.size() + "个支出功能分类科目，未含表中有支出的" + names.size() + "个项："
                + String.join("、", names), null, ev);
    }

    private static boolean spends(TableRow r, boolean accounts) {
        for (Map.Entry<String, BigDecimal> e : r.values().entrySet()) if (spending(e, accounts)) return true;
        return false;
    }

    /** A non-zero amount; in final accounts only an outturn column (a 年初预算 column is not spending). */
    private static boolean spending(Map.Entry<String, BigDecimal> e, boolean accounts) {
        return e.getValue() != null && e.getValue().signum() != 0 && !(accounts && e.getKey().contains("预算"));
    }
}
