package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;

import java.util.List;

/**
 * The ticked 项目属性 (持续性 / 新增性) of a 项目支出绩效自评表 against its ticked 项目类型 (常年性 / 延续性 / 一次性):
 * a new project cannot be a continued one (新增 + 延续) and an ongoing one cannot be one-off (持续 + 一次性);
 * a new project declared recurring (新增 + 常年) is only questionable (it may recur from now on).
 */
public final class ProjectAttributeRules implements Rule {
    public static final RuleInfo ATTRIBUTE_VS_TYPE = new RuleInfo("perf.attribute_vs_type", PerformanceRules.CAT, Severity.WARNING,
            "自评表勾选的项目属性（持续性/新增性）与项目类型（常年性/延续性/一次性）相互矛盾：新增性+延续性、持续性+一次性为警告，新增性+常年性为提示",
            "新增项目不可能是以前年度延续下来的项目，持续性项目不是一次性项目；新增而常年性只是存疑（今后每年安排）",
            "“2、新增性项目 ☑”与“1、常年性项目 ☑”同表勾选");

    @Override
    public List<RuleInfo> rules() { return List.of(ATTRIBUTE_VS_TYPE); }

    @Override
    public void apply(CheckContext ctx) {
        for (Table t : ctx.doc().tables()) {
            if (!CheckBoxRules.KIND.equals(t.kind()) || t.cells() == null) continue;
            List<CheckBoxRules.Ticked> ticked = CheckBoxRules.ticked(t);
            CheckBoxRules.Ticked fresh = find(ticked, "新增"), ongoing = find(ticked, "持续");
            CheckBoxRules.Ticked continued = find(ticked, "延续"), recurring = find(ticked, "常年"), once = find(ticked, "一次性");
            if (fresh != null && ongoing != null) continue; // both attributes ticked: the reading is unsure, nothing to compare
            if (fresh != null && continued != null) report(ctx, t, fresh, continued, Severity.WARNING, "新增项目不可能是延续性项目");
            else if (ongoing != null && once != null) report(ctx, t, ongoing, once, Severity.WARNING, "持续性项目不是一次性项目");
            else if (fresh != null && recurring != null) report(ctx, t, fresh, recurring, Severity.INFO, "新增项目而定为常年性项目，存疑");
        }
    }

    private static CheckBoxRules.Ticked find(List<CheckBoxRules.Ticked> ticked, String word) {
        for (CheckBoxRules.Ticked k : ticked) if (k.label().contains(word)) return k;
        return null;
    }

    private static void report(CheckContext ctx, Table t, CheckBoxRules.Ticked a, CheckBoxRules.Ticked b, Severity sev, String why) {
        String title = t.title() == null ? "项目支出绩效自评表" : t.title();
        ctx.report(ATTRIBUTE_VS_TYPE, sev, "《" + title + "》项目属性勾选“" + a.label() + "”，项目类型勾选“" + b.label() + "”：" + why, null,
                List.of(new Evidence(a.page(), a.rowText(), a.box(), title, "项目属性", null),
                        new Evidence(b.page(), b.rowText(), b.box(), title, "项目类型", null)));
    }
}
