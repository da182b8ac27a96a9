package org.fiscallens.checks;

import org.fiscallens.checks.rules.TableArithmeticRules;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The self-check of the table stage: each table's own identities (the row sums, 类/款/项 hierarchy, 合计 and
 * summary totals of {@link TableArithmeticRules}, under the same interval arithmetic) are evaluated on the rows
 * as read. A table whose identities fail in bulk has not been read as printed (rows lost or mis-nested, columns
 * shifted, blocks run together): it is marked {@code understood: false} with the reason, feeds no check, and
 * gives one {@code table.unreadable} warning instead of one finding per identity.
 *
 * <p>"In bulk" is at least {@value #MIN_FAILED} failing identities and at least {@value #MIN_SHARE_PERCENT} % of those
 * evaluated. A report's own slip fails at most three identities (its row's sum, its parent's sum and the total above
 * that); on corpus/real no table fails any, and the true inconsistencies of corpus/more fail at most two per table
 * (a 款 whose 项 do not add up, in two columns). The misreadings of corpus/more failed 4 to 416 identities, 10–100 %
 * of those evaluated: a unit-block department table summed as one hierarchy (31–82 %), a table without rulings
 * that stopped at a wrapped name (10–20 %), a row sum over an incomplete set of columns (100 %). Two slips in one
 * small table can reach the threshold: the table is then said to be unreadable (a warning naming the failing
 * identities), never silently passed.
 *
 * <p>One failing identity is enough when its parts add up to a whole multiple (2×, 3×, …) of the printed total: the
 * same money was counted several times over (a listing of 类/款/项 without codes summed flat, a subtotal restated
 * among its parts), which is how a misreading looks, not how a report's slip looks.
 */
public final class TableSelfCheck {
    /** The fewest failing identities that make a table not understood. */
    public static final int MIN_FAILED = 4;
    /** The smallest share (in percent) of evaluated identities failing that makes a table not understood. */
    public static final int MIN_SHARE_PERCENT = 10;

    private TableSelfCheck() {}

    /** Every table with its verdict. */
    public static List<Table> apply(List<Table> tables) {
        List<Table> out = new ArrayList<>(tables.size());
        for (Table t : tables) out.add(verdict(t));
        return out;
    }

    /** The table with {@code understood} and, when not understood, the {@code reason}. */
    public static Table verdict(Table t) {
        TableArithmeticRules.Identities ids = TableArithmeticRules.evaluate(new TableView(t));
        int checked = ids.checked(), failed = ids.failures().size();
        if (failed >= MIN_FAILED && failed * 100L >= (long) MIN_SHARE_PERCENT * checked) {
            return t.withVerdict(false, "表内勾稽 " + checked + " 项中 " + failed + " 项不符（" + detail(ids)
                    + "），行或列未能按原表读出");
        }
        if (!ids.multiples().isEmpty()) {
            TableArithmeticRules.Identities.Multiple m = ids.multiples().get(0);
            return t.withVerdict(false, m.message() + "：算得约为印数的 " + m.times()
                    + " 倍，同一金额被重复计入（层级或分类重复列示的行被逐行相加），行未能按原表读出");
        }
        return t.withVerdict(true, null);
    }

    private static String detail(TableArithmeticRules.Identities ids) {
        List<String> parts = new ArrayList<>();
        for (var rule : List.of(TableArithmeticRules.ROW_SUM, TableArithmeticRules.HIERARCHY, TableArithmeticRules.SUMMARY,
                TableArithmeticRules.BASIC_GROUPS)) {
            long f = ids.failed(rule);
            if (f > 0) parts.add(rule.id() + " " + f + "/" + ids.checked(rule));
        }
        return String.join("，", parts);
    }
}
