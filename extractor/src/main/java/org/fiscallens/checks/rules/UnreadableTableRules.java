package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;

import java.util.List;

/**
 * One finding per table the self-check could not understand ({@code understood: false}): its cells feed no other
 * check, so a misread table is said once, never as hundreds of failing sums.
 */
public final class UnreadableTableRules implements Rule {
    public static final RuleInfo UNREADABLE = new RuleInfo("table.unreadable", TableArithmeticRules.CAT, Severity.WARNING,
            "表格未能可靠读出：表内勾稽（横向合计、类=Σ款=Σ项、合计=Σ类、总表合计）成批不符（至少4项且占可检项的十分之一；一处笔误至多牵动3项）时，该表标为 understood: false，不再参与任何核对",
            "成批不符多为版式未读懂（预算单位分块、跨页续表、折行科目名称、多层表头），而非报告本身的错误；一条提示代替成百条虚假的错误",
            "《支出总表》表内勾稽 412 项中 203 项不符（table.hierarchy 203/380），行或列未能按原表读出");

    @Override
    public List<RuleInfo> rules() { return List.of(UNREADABLE); }

    @Override
    public void apply(CheckContext ctx) {
        for (TableView t : ctx.tables().unreadable()) {
            ctx.report(UNREADABLE, "《" + t.label() + "》未能可靠读出：" + t.table().reason(), null,
                    List.of(new Evidence(t.firstPage(), t.label(), null, t.label(), null, null)));
        }
    }
}
