package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Indicator;
import org.fiscallens.model.Project;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 项目支出绩效自评表 (projects[]) against themselves and the narrative (SPEC §4). */
public final class PerformanceRules implements Rule {
    static final String CAT = "performance";
    private static final String SELF_ASSESSMENT = "项目支出绩效自评表";

    public static final RuleInfo ACTUAL_IS_TARGET = new RuleInfo("perf.actual_is_target", CAT, Severity.ERROR,
            "自评表“实际完成值”须是实测值，不能是“≥98%”之类的目标表达式",
            "实际完成值印成比较式（≥、≤、不低于…）即未填报实际完成情况，无法据以评分（SPEC §4：年度指标值(A) | 实际完成值(B)）",
            "使用人员满意度 ≥98% | ≥98%");
    public static final RuleInfo PROJECT_NAME = new RuleInfo("perf.project_name", CAT, Severity.WARNING,
            "说明中的项目名称与自评表“项目名称”一致",
            "同一项目两种名称，读者无法确定对应关系；措辞差异不一定是数字错误，故为警告",
            "说明“劳动监察、劳动仲裁办公场所费用项目” vs 表“劳动监察、劳动仲裁办公场所相关费用”");
    public static final RuleInfo GRADE_UNSUPPORTED = new RuleInfo("perf.grade_unsupported", CAT, Severity.WARNING,
            "说明给出自评等次（优/良/中/差），而自评表均无分值、得分或总分",
            "等次由得分决定；表中没有得分时等次无据可查（SPEC §4 分值/得分列）",
            "自评结果等次均为“优”，六张自评表均无得分");
    public static final RuleInfo LEVEL2_NAME = new RuleInfo("perf.indicator_level2", CAT, Severity.WARNING,
            "二级指标名称属于规定的名称（数量、质量、时效、成本、经济效益、社会效益、生态效益、可持续影响、满意度），且同一文件写法一致",
            "SPEC §4 列出的二级指标；自造或不一致的名称使指标无法按类汇总",
            "“可持续指标”（应为可持续影响指标）");

    private static final Pattern COMPARATOR = Pattern.compile("^\\s*(?:[≥≤≦≧＞＜><]|>=|<=|不低于|不高于|不少于|不多于|不超过|至少|至多)");
    private static final Pattern GRADE = Pattern.compile("(?:自评|评价)(?:结果)?(?:等次|等级)(?:均)?(?:为|是)\\s*[“\"]?([优良中差])");
    private static final Set<String> LEVEL2 = Set.of("数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益",
            "可持续影响", "满意度", "服务对象满意度");

    @Override
    public List<RuleInfo> rules() { return List.of(ACTUAL_IS_TARGET, PROJECT_NAME, GRADE_UNSUPPORTED, LEVEL2_NAME); }

    @Override
    public void apply(CheckContext ctx) {
        List<Project> tabled = ctx.doc().projects().stream()
                .filter(p -> p.sources() != null && p.sources().contains("table") && "project".equals(p.kind())).toList();
        if (tabled.isEmpty()) return;
        actualIsTarget(ctx, tabled);
        for (Project p : tabled) names(ctx, p);
        grade(ctx, tabled);
        level2(ctx, tabled);
    }

    private static Evidence cell(Project p, Indicator i, String column, String value) {
        return new Evidence(i.page(), i.name() + " " + value, null, SELF_ASSESSMENT + "：" + p.name(), i.name(), column);
    }

    /**
     * Targets printed as 实际完成值: one defect of how the report was prepared, so one finding for the document with
     * every such cell in its evidence (a report that does it throughout would otherwise give one error per indicator).
     */
    private static void actualIsTarget(CheckContext ctx, List<Project> projects) {
        List<Evidence> cells = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (Project p : projects) {
            for (Indicator i : p.indicators()) {
                if (i.actual() == null || !COMPARATOR.matcher(i.actual()).find()) continue;
                cells.add(cell(p, i, "实际完成值", i.actual().strip()));
                if (examples.size() < 3) examples.add("“" + p.name() + "”指标“" + i.name() + "”印为“" + i.actual().strip()
                        + "”（年度指标值“" + (i.target() == null ? "" : i.target().strip()) + "”）");
            }
        }
        if (cells.isEmpty()) return;
        long tables = cells.stream().map(Evidence::table).distinct().count();
        String head = cells.size() == 1 ? "《" + SELF_ASSESSMENT + "》" + examples.get(0) + "，实际完成值不是实测值"
                : "《" + SELF_ASSESSMENT + "》" + tables + "张表中" + cells.size() + "项指标的实际完成值印为目标表达式、不是实测值，如"
                        + String.join("；", examples) + (cells.size() > examples.size() ? "等" : "");
        ctx.report(ACTUAL_IS_TARGET, head, null, cells);
    }

    private static void names(CheckContext ctx, Project p) {
        if (p.aliases() == null || !p.sources().contains("narrative")) return;
        for (String alias : p.aliases()) {
            if (Names.same(alias, p.name())) continue;
            Passage at = null;
            int k = -1;
            for (Passage s : ctx.text().passages()) {
                if (s.kind() == Passage.Kind.LINE) continue;
                k = standalone(s.text(), alias, p.name());
                if (k >= 0) { at = s; break; }
            }
            if (at == null) continue;
            List<Evidence> ev = new ArrayList<>();
            ev.add(ctx.text().evidence(at, Snip.pad(at.text(), k, k + alias.length(), 0)));
            int tablePage = p.indicators().isEmpty() ? (p.pages().isEmpty() ? 0 : p.pages().get(p.pages().size() - 1)) : p.indicators().get(0).page();
            ev.add(new Evidence(tablePage, p.name(), null, SELF_ASSESSMENT, null, "项目名称"));
            ctx.report(PROJECT_NAME, "说明称“" + alias + "”，自评表项目名称为“" + p.name() + "”", null, ev);
        }
    }

    /** Where the alias is printed as a project's name on its own (not inside the table's name, 区工伤保险 ⊃ 工伤保险); −1 if nowhere. */
    static int standalone(String text, String alias, String name) {
        for (int k = text.indexOf(alias); k >= 0; k = text.indexOf(alias, k + 1)) {
            boolean insideName = false;
            for (int n = text.indexOf(name); n >= 0 && !insideName; n = text.indexOf(name, n + 1))
                insideName = n <= k && k + alias.length() <= n + name.length();
            // the narrative names a project as "…项目" (工伤保险项目绩效自评综述); a bare mention may be something else
            if (!insideName && text.startsWith("项目", k + alias.length())) return k;
        }
        return -1;
    }

    private static void grade(CheckContext ctx, List<Project> tabled) {
        boolean scored = tabled.stream().anyMatch(p -> p.score() != null || p.totalScore() != null
                || p.indicators().stream().anyMatch(i -> i.score() != null || i.weight() != null));
        if (scored) return;
        for (Passage s : ctx.text().passages()) {
            if (s.kind() != Passage.Kind.PARAGRAPH) continue;
            Matcher m = GRADE.matcher(s.text());
            if (!m.find()) continue;
            ctx.report(GRADE_UNSUPPORTED, "说明称自评等次为“" + m.group(1) + "”，而" + tabled.size() + "张自评表均无分值、得分或总分",
                    null, List.of(ctx.text().evidence(s, Snip.pad(s.text(), m.start(), m.end(), 0))));
            return; // one finding: the same sentence is usually repeated for every project
        }
    }

    private static void level2(CheckContext ctx, List<Project> tabled) {
        Map<String, List<String>> forms = new LinkedHashMap<>(); // base name → printed forms
        Map<String, Indicator> firstOf = new LinkedHashMap<>();
        Map<String, Project> projectOf = new LinkedHashMap<>();
        for (Project p : tabled) {
            for (Indicator i : p.indicators()) {
                if (i.level2() == null || i.level2().isBlank()) continue;
                String printed = Names.norm(i.level2());
                String base = printed.endsWith("指标") ? printed.substring(0, printed.length() - 2) : printed;
                if (!LEVEL2.contains(base)) {
                    ctx.report(LEVEL2_NAME, "《" + SELF_ASSESSMENT + "》“" + p.name() + "”的二级指标“" + i.level2() + "”不是规定的二级指标名称", null,
                            List.of(new Evidence(i.page(), i.level2(), null, SELF_ASSESSMENT + "：" + p.name(), i.name(), "二级指标")));
                    continue;
                }
                List<String> f = forms.computeIfAbsent(base, k -> new ArrayList<>());
                if (!f.contains(printed)) {
                    f.add(printed);
                    if (f.size() > 1) {
                        Indicator first = firstOf.get(base);
                        ctx.report(LEVEL2_NAME, Severity.INFO, "二级指标写法不一致：“" + i.level2() + "”（“" + p.name() + "”）与“" + first.level2()
                                        + "”（“" + projectOf.get(base).name() + "”）", null,
                                List.of(new Evidence(i.page(), i.level2(), null, SELF_ASSESSMENT + "：" + p.name(), i.name(), "二级指标"),
                                        new Evidence(first.page(), first.level2(), null, SELF_ASSESSMENT + "：" + projectOf.get(base).name(), first.name(), "二级指标")));
                    }
                }
                firstOf.putIfAbsent(base, i);
                projectOf.putIfAbsent(base, p);
            }
        }
    }
}
