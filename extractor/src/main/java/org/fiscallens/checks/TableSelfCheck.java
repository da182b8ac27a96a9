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
 * evaluated. A report's own slips fail one identity and the few totals above it (on corpus/real a seeded wrong
 * figure fails at most 4, and no table of it fails 6), while a misread fails most identities of the table
 * (on corpus/more: tables failing dozens to hundreds, 40–100 % of their identities).
 */
public final class TableSelfCheck {
    /** The fewest failing identities that make a table not understood. */
    public static final int MIN_FAILED = 6;
    /** The smallest share (in percent) of evaluated identities failing that makes a table not understood. */
    public static final int MIN_SHARE_PERCENT = 25;

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
