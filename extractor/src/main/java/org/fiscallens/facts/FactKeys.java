package org.fiscallens.facts;

import org.fiscallens.layout.Regexes;
import org.fiscallens.model.DocumentKind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Stable keys for the standard statements of the narrative (docs/facts.md). A key names what the figure is
 * (its base: {@code income_total}, {@code three_public.abroad} …) and, by suffix, how it relates to it:
 * {@code .change} amount of change on the previous year, {@code .change_pct} percent change, {@code .share} share
 * of a whole, {@code .budget} the budget figure a 决算 compares against, {@code .completion_pct} completion rate,
 * and counts such as {@code .groups}, {@code .person_times}. The base figure is the document's own: the 决算 amount
 * in final accounts, the budget amount in budget documents.
 */
public final class FactKeys {
    private FactKeys() {}

    /** What is known about a figure when it is keyed. */
    public record Context(String label, String subject, String topic, String prefix, String direction, String comparison,
                          String basis, String unit, String sectionTitles, DocumentKind kind, String sentence, boolean hasValue) {}

    private record Base(String key, Pattern subject) {}

    private static Pattern p(String re) { return Pattern.compile(re); }

    /** Subjects, most specific first; matched against the normalised subject (quotes and blanks removed). */
    private static final List<Base> BASES = List.of(
            new Base("appropriation_total", p("^(本年度)?财政拨款(收、?支|收入支出|收支)(决算|预算)?(总计|总预算|预算总计)|^(本年度)?财政拨款(收支|收入支出)(决算|预算)$")),
            new Base("total", p("^(本年度?)?(收、?支|收入支出|收入、支出|收支)(决算|预算)?(总计|总预算|预算总计)|^(收支|收入支出|收入、支出)(决算|预算)$")),
            new Base("income_total", p("^(本年)?收入(预算)?(合计|总计|总额)$|^本年收入$|^收入预算$")),
            new Base("expenditure_total", p("^(本年)?支出(预算)?(合计|总计|总额)$|^本年支出$|^支出预算$")),
            new Base("general_budget.basic", p("^一般公共预算(财政)?拨款(安排的)?基本支出(预算)?$")),
            new Base("appropriation.basic", p("^财政拨款基本支出(预算)?$")),
            new Base("general_budget.expenditure", p("^一般公共预算(财政)?(拨款)?(预算)?支出(预算)?$|^一般公共预算财政拨款支出决算$")),
            new Base("government_fund.expenditure", p("^政府性基金(预算)?(财政)?(拨款)?(支出)?(预算)?支出(预算)?$")),
            new Base("state_capital.expenditure", p("^国有资本经营预算(财政)?(拨款)?(本年)?(预算)?支出(预算)?$")),
            new Base("appropriation.expenditure", p("^财政拨款(预算)?支出(预算)?$")),
            new Base("income.general_budget", p("^一般公共预算(财政拨款|拨款)?收入(预算)?$")),
            new Base("income.government_fund", p("^政府性基金(预算)?(财政拨款|拨款)?收入(预算)?$")),
            new Base("income.state_capital", p("^国有资本经营预算(财政拨款|拨款)?收入(预算)?$")),
            new Base("income.appropriation", p("^财政拨款收入(预算)?(总计|合计)?$")),
            new Base("income.superior_subsidy", p("^上级补助收入(预算)?$")),
            new Base("income.business", p("^事业收入(预算)?$")),
            new Base("income.operating", p("^(事业单位)?经营收入(预算)?$")),
            new Base("income.affiliated", p("^附属单位上缴收入(预算)?$")),
            new Base("income.fiscal_special_account", p("^财政专户管理资金(收入)?(预算)?(总计)?$")),
            new Base("income.other", p("^其他(资金)?收入(预算)?(总计)?$|^其他资金$")),
            new Base("income.carryover", p("^(年初结转和结余|上年结转(资金)?(预算)?|上年结转结余)$")),
            new Base("income.non_fiscal_surplus", p("^使用非财政拨款结余")),
            new Base("expenditure.basic", p("^基本支出(预算)?$")),
            new Base("expenditure.project", p("^项目支出(预算)?$")),
            new Base("expenditure.operating", p("^经营支出(预算)?$")),
            new Base("expenditure.to_superior", p("^上缴上级支出(预算)?$")),
            new Base("expenditure.to_affiliated", p("^对?附属单位补助支出(预算)?$")),
            new Base("expenditure.reserve", p("^(单位)?预留机动经费(预算)?$")),
            new Base("basic.personnel", p("^人员经费(支出)?(预算)?$")),
            new Base("basic.public", p("^(日常)?公用经费(支出)?(预算)?$")),
            new Base("three_public.reception_foreign", p("^外宾接待(费)?(支出)?")),
            new Base("three_public.reception_domestic", p("^国内公务接待(费)?(支出)?")),
            new Base("three_public.vehicle", p("^公务(用)?车(辆)?购置[及和与]运行(维护)?(费)?(支出)?(预算)?")),
            new Base("three_public.vehicle_purchase", p("^公务(用)?车(辆)?购置(费)?(支出)?(预算)?")),
            new Base("three_public.vehicle_operation", p("^公务(用)?车(用车)?运行(维护)?(费)?(支出)?(预算)?")),
            new Base("three_public.abroad", p("^因公出国\\(境\\)(费)?(用)?(支出)?(预算)?")),
            new Base("three_public.reception", p("^公务接待(费)?(支出)?(预算)?")),
            new Base("three_public", p("^(一般公共预算(财政)?(拨款)?(安排的?)?|财政拨款(安排的?)?|财政拨款的)?(财政拨款)?\"?三公\"?经费(财政拨款)?(预算)?(支出)?(预算)?(决算)?(数)?$")),
            new Base("meeting_costs", p("^(一般公共预算(财政)?(拨款)?(安排的?)?|财政拨款(安排的?)?|财政拨款的)?会议费(预算)?(支出)?(预算)?$")),
            new Base("training_costs", p("^(一般公共预算(财政)?(拨款)?(安排的?)?|财政拨款(安排的?)?|财政拨款的)?培训费(预算)?(支出)?(预算)?$")),
            new Base("operating_costs", p("^(一般公共预算(财政)?(拨款)?(安排的?)?|财政拨款(安排的?)?|财政拨款的)?机关运行经费(支出)?(预算)?(支出)?(总额)?$")),
            new Base("procurement.total", p("^政府采购(支出)?(金额|总额|预算总额|预算)?(\\(以合同签订为准\\))?$|^政府采购支出预算总额$")),
            new Base("procurement.goods", p("^(政府采购)?(拟采购)?货物(采购)?(支出)?(金额|预算)?$")),
            new Base("procurement.works", p("^(政府采购)?(拟采购)?工程(采购)?(支出)?(金额|预算)?$")),
            new Base("procurement.services", p("^(政府采购)?(拟(采)?购买?)?服务(采购)?(支出)?(金额|预算)?$"))
    );

    private static final Pattern MEASURE_BUDGET = p("(年初预算数?|全年预算数?|调整后预算数?|预算数)$");
    private static final Pattern MEASURE_FINAL = p("(支出决算数?|决算数?|执行数|支出)$");

    public static String key(Context c) {
        String subject = norm(c.subject());
        String prefix = norm(c.prefix());
        String titles = norm(c.sectionTitles());
        String sentence = norm(c.sentence());
        boolean money = c.unit() != null && (c.unit().endsWith("元") || c.unit().equals("万"));
        boolean pct = "%".equals(c.unit()) || (c.unit() == null && c.comparison() != null);
        String suffix = suffix(c, money, pct);
        if (suffix == null) return null;

        // Counts first: they are recognised by their measure word and context.
        if (c.unit() != null && !money && !pct) {
            String count = countKey(c, prefix.isEmpty() ? norm(c.label()) : prefix, sentence, titles);
            if (count != null || !c.unit().equals("分")) return count;
        }

        // 绩效: project counts and amounts, average score, grades.
        String perf = performanceKey(c, prefix, sentence, titles, money, pct);
        if (perf != null) return perf;
        String proc = procurementKey(prefix, sentence, titles, money, suffix);
        if (proc != null) return proc;
        String assets = null;
        if (titles.contains("资产") && money && Regexes.matches(prefix, ".*(单价|单位价值|价值).*")) assets = "assets.large_equipment.threshold";
        if (assets != null) return assets;

        String s = Regexes.replaceFirst(subject, "^.*?\\d{4}年度?", "");
        s = Regexes.replaceFirst(s, "^年度?(?![初末底终])", "");
        s = stripMeasure(Regexes.replaceFirst(s, "^(本部门|本单位|本局|本机关|部门|单位)?(当年|本年度)?(?=.)", ""));
        String measure = measureOf(subject) != null ? measureOf(subject) : measureOf(norm(c.label()));
        if (s == null) return null;
        // 三公 items: the subject may carry the 三公 prefix.
        s = Regexes.replaceFirst(s, "^\"三公\"经费(财政拨款)?(支出)?(中)?的?", "").isEmpty() ? s : Regexes.replaceFirst(s, "^\"三公\"经费财政拨款支出中的?", "");
        // 类/款/项 lines
        if (Regexes.matches(s, ".*\\((类|款|项)\\).*") || !titles.contains("三公") && Regexes.matches(titles, ".*(结构|具体情况).*") && s.endsWith("支出") && !s.startsWith("一般公共预算")
                && !s.contains("财政拨款") && !Regexes.matches(s, "^(基本|项目|经营)支出$") || s.endsWith("支出项")) {
            String level = s.contains("(项)") ? "item" : s.contains("(款)") ? "subclass" : "class";
            if (s.endsWith("支出项")) level = "class";
            if (titles.contains("基本支出")) return s.contains("(项)") ? null : s.contains("(款)") ? "basic.economic_subclass" : "basic.economic_class";
            String base = "general_budget." + level;
            return base + measureSuffix(c, measure, suffix);
        }
        // Items listed under 人员经费/公用经费.
        if (titles.contains("基本支出") && money && c.comparison() == null && c.direction() == null
                && sentence.contains("包括") && !Regexes.matches(s, "^(人员经费|公用经费|.*基本支出.*)$")) {
            int personnel = sentence.lastIndexOf("人员经费", Math.max(0, sentence.indexOf(s)));
            int pub = sentence.lastIndexOf("公用经费", Math.max(0, sentence.indexOf(s)));
            if (personnel >= 0 || pub >= 0) return (pub > personnel ? "basic.public.item" : "basic.personnel.item");
        }
        // 政府性基金 / 国有资本经营 sections state their own carry-overs, income and spending.
        String fund = Regexes.matches(titles, ".*政府性基金.*") ? "government_fund" : Regexes.matches(titles, ".*国有资本经营.*") ? "state_capital" : null;
        if (fund != null && !titles.contains("名词解释")) {
            String t = Regexes.replaceFirst(s, "^(政府性基金|国有资本经营)预算(财政拨款)?", "");
            if (Regexes.matches(t, "^年初结转和?结余$")) return fund + ".carryover_begin" + measureSuffix(c, measure, suffix);
            if (Regexes.matches(t, "^年末结转和?结余$")) return fund + ".carryover_end" + measureSuffix(c, measure, suffix);
            if (Regexes.matches(t, "^(本年)?收入(预算)?$")) return fund + ".income" + measureSuffix(c, measure, suffix);
            if (Regexes.matches(t, "^(本年)?支出(预算)?$")) return fund + ".expenditure" + measureSuffix(c, measure, suffix);
        }
        // The subject as printed, then without a leading entity name (江苏省委办公厅本年收入预算合计).
        List<String> candidates = new java.util.ArrayList<>(List.of(s));
        for (int i = 1; i < s.length() - 1; i++) if ("厅局院室处会所站委办部署".indexOf(s.charAt(i - 1)) >= 0) candidates.add(s.substring(i));
        for (String cand : candidates) {
            for (Base b : BASES) {
                if (b.subject().matcher(cand).find()) {
                    String key = b.key();
                    if (key.equals("expenditure.basic") && titles.contains("基本支出") && titles.contains("一般公共预算")) key = "general_budget.basic";
                    if (key.equals("income_total") && titles.contains("财政拨款")) continue;
                    return key + measureSuffix(c, measure, suffix);
                }
            }
        }
        // A 部门整体 self-assessment's budget figures.
        if (Regexes.matches(titles, ".*(整体|部门).*(绩效|自评).*|.*(预算调整率|预算执行率|结转结余率).*")) {
            if (pct && prefix.contains("预算调整率")) return "dept_performance.adjustment_rate";
            if (pct && prefix.contains("执行率")) return "dept_performance.execution_rate";
            if (pct && prefix.contains("结转结余率")) return "dept_performance.carryover_rate";
            if (money && Regexes.matches(prefix, ".*预算安排$")) return "dept_performance.initial_budget";
            if (money && Regexes.matches(prefix, ".*(财政下达预算指标|调整后预算数)$")) return "dept_performance.adjusted_budget";
            if (money && Regexes.matches(prefix, ".*(预算执行数|决算支出)$")) return "dept_performance.executed";
        }
        // A project's summary: "X项目绩效自评综述：项目全年预算数为50万元，执行数为48.51万元，完成预算97.02%".
        if (Regexes.matches(sentence, ".*(自评综述|自评情况|绩效自评)[:：].*") || c.topic() != null && titles.contains("绩效") && sentence.contains("项目")) {
            if (money && Regexes.matches(prefix, ".*(全年预算数|预算数|年度预算)$")) return "project.annual_budget";
            if (money && Regexes.matches(prefix, ".*(年初预算数?)$")) return "project.initial_budget";
            if (money && Regexes.matches(prefix, ".*(执行数|支出数)$")) return "project.executed";
            if (pct && (Regexes.matches(prefix, ".*完成(全年)?预算(的)?$") || prefix.contains("执行率"))) return "project.execution_rate";
        }
        return null;
    }

    /** The standard subject a phrase names, by the same patterns as the keys (本年支出合计 → expenditure_total), or null. */
    public static String stem(String phrase) {
        String s = stripMeasure(Regexes.replaceFirst(norm(phrase), "^(本部门|本单位|本局|本机关|部门|单位)", ""));
        if (s == null || s.isEmpty()) return null;
        for (Base b : BASES) if (b.subject().matcher(s).find()) return b.key();
        return null;
    }

    private static String suffix(Context c, boolean money, boolean pct) {
        if ("share".equals(c.comparison())) return pct ? ".share" : null;
        if ("completion".equals(c.comparison())) return pct ? ".completion_pct" : null;
        if (c.direction() != null && ("yoy".equals(c.comparison()) || c.comparison() == null)) {
            if (!c.hasValue()) return ".change";
            return pct ? ".change_pct" : money ? ".change" : null;
        }
        if (c.direction() != null && "budget".equals(c.comparison())) return pct ? ".vs_budget_pct" : ".vs_budget";
        return "";
    }

    private static String measureSuffix(Context c, String measure, String suffix) {
        if (!suffix.isEmpty()) return suffix;
        if (Regexes.matches(norm(c.prefix()), "^(上年|上一年|去年)度?(决算|预算|执行)?数?[:：]?$")) return ".prior_year";
        if (c.kind() == DocumentKind.BUDGET && Regexes.matches(norm(c.label()), ".*(预算执行数|执行数|上年决算数?)$")) return ".prior_executed";
        if (measure != null && MEASURE_BUDGET.matcher(measure).find() && c.kind() == DocumentKind.FINAL_ACCOUNTS) return ".budget";
        return "";
    }

    private static String countKey(Context c, String prefix, String sentence, String titles) {
        String u = c.unit();
        if (titles.contains("三公") || sentence.contains("三公") || sentence.contains("公务接待") || Regexes.matches(sentence, ".*出国[（(]境[)）]团组.*")) {
            if (prefix.contains("团组") && (sentence.contains("出国") && !sentence.contains("接待"))) return "three_public.abroad.groups";
            if (u.equals("人次") && sentence.contains("出国") && !sentence.contains("接待")) return "three_public.abroad.person_times";
            int foreign = Math.max(prefix.lastIndexOf("外宾"), prefix.contains("外宾") ? prefix.length() : sentence.lastIndexOf("外宾"));
            int domestic = prefix.contains("国内") ? prefix.length() : sentence.lastIndexOf("国内");
            if (prefix.contains("外宾")) domestic = -1;
            String rec = foreign >= 0 && foreign >= domestic ? "three_public.reception_foreign" : domestic >= 0 ? "three_public.reception_domestic" : "three_public.reception";
            if (sentence.contains("接待") && (u.equals("批次") || u.equals("批") || u.equals("个") && Regexes.matches(prefix, ".*(团组|批次)$"))) return rec + ".batches";
            if (sentence.contains("接待") && u.equals("人次")) return rec + ".person_times";
            if (u.equals("辆") && prefix.contains("保有")) return "three_public.vehicle.fleet";
            if (u.equals("辆") && prefix.contains("购置")) return "three_public.vehicle_purchase.count";
        }
        if (titles.contains("资产") || sentence.contains("车辆") || sentence.contains("设备")) {
            if (u.equals("辆") && Regexes.matches(prefix, ".*(共有|现有|拥有|实有)?车辆(总数)?$") && !sentence.contains("购置")) return "assets.vehicles";
            if (u.equals("辆") && prefix.contains("购置车辆")) return "assets.vehicles_planned";
            if (u.equals("辆") && prefix.endsWith("用车")) return sentence.contains("购置") ? "assets.vehicles_planned.class" : "assets.vehicles.class";
            if (u.equals("台（套）") || u.equals("台") || u.equals("套")) return prefix.contains("购置") || sentence.contains("安排购置") ? "assets.large_equipment_planned" : "assets.large_equipment";
        }
        if (titles.contains("绩效") || sentence.contains("绩效")) {
            if (u.equals("个") || u.equals("项")) {
                String sub = norm(c.subject());
                if (sentence.contains("平均") || prefix.contains("评级") || prefix.contains("等级") || prefix.contains("等次")) {
                    if (Regexes.matches(prefix, ".*\"?(优|良|合格|不合格|中|差)\"?的?项目$")) return "performance.grade.count";
                }
                if (Regexes.matches(prefix, ".*发现(的)?问题$")) return "performance.problems.found";
                if (Regexes.matches(prefix, ".*(已经?完成整改|已整改).*")) return "performance.problems.rectified";
                if (Regexes.matches(prefix, ".*(正在整改|整改中).*")) return "performance.problems.in_progress";
                String phase = phase(sentence, prefix);
                if (phase != null && prefix.contains("项目")) return "performance." + phase + ".projects";
                if (phase != null && Regexes.matches(sentence, ".*\\d+个项目.*")) return "performance." + phase + ".projects";
                if (phase != null && sub != null && sub.contains("项目")) return "performance." + phase + ".projects";
            }
        }
        return null;
    }

    private static String phase(String sentence, String prefix) {
        for (String s : new String[]{prefix, sentence}) {
            int target = s.lastIndexOf("绩效目标"), tracked = Math.max(s.lastIndexOf("跟踪"), s.lastIndexOf("监控")),
                    self = s.lastIndexOf("自评"), evaluated = s.lastIndexOf("评价");
            int best = Math.max(Math.max(target, tracked), self);
            if (best < 0 && evaluated >= 0) return "evaluated";
            if (best < 0) continue;
            if (best == target) return "target";
            if (best == tracked) return "tracked";
            if (best == self) return "self";
            return "evaluated";
        }
        return null;
    }

    private static String performanceKey(Context c, String prefix, String sentence, String titles, boolean money, boolean pct) {
        if (!(titles.contains("绩效") || sentence.contains("绩效"))) return null;
        if (Regexes.matches(prefix, ".*平均(得)?分$") || prefix.endsWith("平均得分") ) return "performance.average_score";
        if ("分".equals(c.unit()) && prefix.contains("平均")) return "performance.average_score";
        if (money && Regexes.matches(prefix, ".*(涉及|项目)(项目)?(预算)?(金额|资金|支出预算|财政性资金合计|资金合计)?$|.*涉及.*")) {
            String phase = phase(sentence.substring(0, Math.max(0, sentence.indexOf(norm(c.prefix())) >= 0 ? sentence.indexOf(norm(c.prefix())) : sentence.length())) + prefix, prefix);
            if (phase == null) phase = phase(sentence, prefix);
            if (phase != null) return "performance." + phase + ".amount";
        }
        if (money && Regexes.matches(prefix, "^资金$") && sentence.contains("自评")) return "performance.self.amount";
        if (pct && "share".equals(c.comparison()) && sentence.contains("自评") && c.basis() != null && c.basis().contains("项目支出")) return "performance.self.share";
        return null;
    }

    private static String procurementKey(String prefix, String sentence, String titles, boolean money, String suffix) {
        if (!money || !(titles.contains("采购") || sentence.contains("采购"))) return null;
        if (!suffix.isEmpty()) return null;
        if (Regexes.matches(prefix, ".*(小微|小型和微型|小型、微型)企业.*") && prefix.contains("预留")) return "procurement.micro_reserved";
        if (prefix.contains("中小企业") && prefix.contains("预留")) return "procurement.sme_reserved";
        if (Regexes.matches(prefix, ".*(授予|中标|成交).*")|| Regexes.matches(prefix, "^采购金额$")) {
            if (sentence.contains("其他政府采购项目")) return "procurement.other_sme_awarded";
            if (sentence.contains("小微企业")) return "procurement.micro_awarded";
            if (sentence.contains("中小企业")) return "procurement.sme_awarded";
        }
        if (prefix.contains("中小企业") && prefix.contains("合同")) return "procurement.sme_awarded";
        return null;
    }

    private static String measureOf(String s) {
        if (s == null) return null;
        var m = MEASURE_BUDGET.matcher(s);
        if (m.find()) return m.group(1);
        return null;
    }

    /** The subject without its measure word (年初预算, 支出决算, 预算数 …), never empty. */
    private static String stripMeasure(String s) {
        if (s == null) return null;
        String t = Regexes.replaceAll(s, "(年初预算数?|全年预算数?|调整后预算数?|预算数|支出决算数?|决算数?|预算安排|当年预算执行数|预算执行数|安排)$", "");
        if (t.isEmpty()) return s;
        if (t.endsWith("支出") || t.endsWith("费") || t.endsWith("经费") || t.endsWith("收入") || t.endsWith("合计") || t.endsWith("总计")) return t;
        return Regexes.replaceAll(t, "(预算)$", "").isEmpty() ? t : t;
    }

    static String norm(String s) {
        return Names.fold(s);
    }
}
