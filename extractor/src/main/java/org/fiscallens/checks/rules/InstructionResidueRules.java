package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fill-in instructions of the template left in the published text: words addressed to the drafter
 * (“（按“部门预算公开06表…”中实际发生经济分类支出事项填写）”, “由主管部门根据三定方案…填写。”,
 * “按上述格式依次说明到各项级科目”, “（如无此项，请说明）”), not to the reader.
 *
 * <p>Legitimate brackets are left alone: they explain or qualify (“（含参照公务员法管理的事业单位）”,
 * “（类）（款）（项）”, “（以下简称…）”, a document number “（苏财预〔2019〕7号）”), and a statement of
 * where the figures come from (“本部门预算根据《…批复》填列。”) has the report itself as subject. Notes under a
 * form (“注：…2.采购品目名称根据…填写。”) describe how the form was filled and are not prose.
 */
public final class InstructionResidueRules implements Rule {
    public static final RuleInfo INSTRUCTION = new RuleInfo("residue.instruction", TemplateResidueRules.CAT, Severity.ERROR,
            "模板的填写说明留在公开文本中：括号内的“（按…填写）”“（根据…填列）”“（此处填写…）”“（如无此项，请说明）”，"
                    + "或“由主管部门根据…填写”“按上述格式依次说明”“无…的，作下述说明”等写给编制人的指示；"
                    + "“（单位：万元，保留两位小数）”等格式要求为警告",
            "填写说明是写给编制人的，不是给读者的；它留在正文中说明该处文字未按模板要求改写，读者也无法分辨哪些是实际情况",
            "人员经费…（按“部门预算公开06表财政拨款基本支出预算表”中实际发生经济分类支出事项填写）");

    /** One bracket group, allowing one level of nested brackets (“（按“…（类）…”填写）”). */
    private static final Pattern BRACKET = Pattern.compile("[（(]((?:[^（）()]|[（(][^（）()]*[）)])*)[）)]");
    /** Bracket content that is an instruction to fill something in. */
    private static final Pattern BRACKET_FILL = Pattern.compile("(填写|填列|填报|填入|填)\\s*$");
    /** An imperative to the drafter anywhere: 请填写/请说明/此处填写/如无此项… . */
    private static final Pattern PLEASE = Pattern.compile(
            "(?<![申提报呈邀聘敬恳吁祈])请(?:在此|于此)?(?:填写|填列|填报|说明|补充|注明|列明|列示|据实|按照|按|根据|删除|保留|核实|选择)");
    private static final Pattern HERE = Pattern.compile("此处(?:应|须|需|请)?(?:填写|填列|填报|说明|列示|列明|注明|写明|补充)");
    private static final Pattern IF_NONE = Pattern.compile("如无此项|如没有此项|如无该项|若无此项");
    /** Text-level instructions outside brackets. */
    private static final Pattern FORMAT = Pattern.compile("按(?:上述|以上|此|该|下述)格式|作(?:下述|如下|以下)说明[：:]|仍保留该?表格?式");
    /** “预决算持平的不用说明变动原因”: a condition followed by what the drafter may leave out. */
    private static final Pattern SKIP = Pattern.compile("的(?:不用|无需|无须|不需|不必|可不)(?:说明|填写|填列|列示)|的不列(?![入出支收])");
    /** “由主管部门根据三定方案等相关规定中有关主要职能填写”: the drafter named as the one who fills in. */
    private static final Pattern BY_WHOM = Pattern.compile(
            "由[\\u4e00-\\u9fa5]{1,12}?(?:根据|按照|依据|参照|按)[^。；]{1,60}?(?:填写|填列|填报)");
    /** A conditional instruction in brackets: “（无事业收入的单位保留…，但不列举主要内容，以下同）”. */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "^(?:无|没有|未|不涉及|如无|如有|若有|若无|仅有|只有)[^，,]{1,30}的(?:(?:单位|部门)[，,].+|(?:单位|部门|项目)?[，,]?.*(?:保留|不列举|列举|说明|填写|填列|删除))");
    /** Format requirements in brackets: “（单位：万元，保留两位小数）”. */
    private static final Pattern DECIMALS = Pattern.compile("保留(?:[一二两三四1-4]|小数点后[一二两三四1-4])位小数");
    /** The alternative “（如持平作持平表述）” is residue.alternative's. */
    private static final Pattern ALTERNATIVE_HINT = Pattern.compile("作持平表述");

    @Override
    public List<RuleInfo> rules() { return List.of(INSTRUCTION); }

    /** A finding of this rule: where the instruction is in the passage, how certain, and what it is. */
    record Hit(int start, int end, Severity severity, String what) {}

    /** Whether a sentence carries a fill-in instruction (other rules skip what this rule reports). */
    public static boolean isInstruction(String sentence) {
        return !find(sentence).isEmpty();
    }

    static List<Hit> find(String t) {
        List<Hit> out = new ArrayList<>();
        Matcher b = BRACKET.matcher(t);
        while (b.find()) {
            String in = b.group(1).strip();
            if (in.isEmpty() || ALTERNATIVE_HINT.matcher(in).find()) continue;
            if (BRACKET_FILL.matcher(in).find() && in.length() >= 4) {
                out.add(new Hit(b.start(), b.end(), Severity.ERROR, "括号内的填写说明"));
            } else if (PLEASE.matcher(in).find() || HERE.matcher(in).find() || IF_NONE.matcher(in).find()) {
                out.add(new Hit(b.start(), b.end(), Severity.ERROR, "括号内写给编制人的指示"));
            } else if (CONDITIONAL.matcher(in).find()) {
                out.add(new Hit(b.start(), b.end(), Severity.ERROR, "括号内的条件式填写说明"));
            } else if (DECIMALS.matcher(in).find()) {
                out.add(new Hit(b.start(), b.end(), Severity.WARNING, "括号内的格式要求"));
            }
        }
        addOutside(out, t, PLEASE, Severity.ERROR, "写给编制人的指示");
        addOutside(out, t, HERE, Severity.ERROR, "写给编制人的指示");
        addOutside(out, t, FORMAT, Severity.ERROR, "写给编制人的格式指示");
        addOutside(out, t, SKIP, Severity.ERROR, "写给编制人的省略指示");
        addOutside(out, t, BY_WHOM, Severity.ERROR, "写给编制人的填写说明");
        addOutside(out, t, IF_NONE, Severity.WARNING, "疑似填写提示");
        out.sort(java.util.Comparator.comparingInt(Hit::start));
        return out;
    }

    /** Matches not inside a bracket already reported. */
    private static void addOutside(List<Hit> out, String t, Pattern p, Severity sev, String what) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            boolean inside = false;
            for (Hit h : out) if (m.start() >= h.start() && m.end() <= h.end()) { inside = true; break; }
            if (!inside) out.add(new Hit(m.start(), m.end(), sev, what));
        }
    }

    @Override
    public void apply(CheckContext ctx) {
        List<Passage> ps = ctx.text().all();
        for (int i = 0; i < ps.size(); i++) {
            Passage p = ps.get(i);
            String t = p.text();
            if (isNote(ps, i)) continue;
            // a heading's quote is its first printed line; its title runs on (“二、部门决算单位构成（仅有一个单位的部门，本部分内容
            // ⏎为“机构设置”）”)
            if (p.kind() == Passage.Kind.HEADING && p.section() != null && p.section().title() != null
                    && p.section().title().length() > t.length()) t = p.section().title();
            List<Integer> sentences = new ArrayList<>();
            List<Hit> hits = new ArrayList<>(find(t));
            hits.sort(java.util.Comparator.comparing((Hit h) -> h.severity() != Severity.ERROR)); // stable: errors first
            for (Hit h : hits) {
                // one finding per sentence: “按上述格式…，预决算持平的不用说明…” is one instruction
                int from = sentenceStart(t, h.start());
                if (sentences.contains(from)) continue;
                sentences.add(from);
                String instr = t.substring(h.start(), h.end());
                String quote = h.end() - h.start() > 70 ? instr : Snip.around(t, h.start(), h.end(), 70);
                ctx.report(INSTRUCTION, h.severity(), h.what() + "“" + clip(instr) + "”留在公开文本中"
                        + (h.severity() == Severity.ERROR ? "，应删除并按实际情况填写" : "，疑为模板要求"), null,
                        List.of(ctx.text().evidence(p, quote)));
            }
        }
    }

    private static int sentenceStart(String t, int at) {
        int s = at;
        while (s > 0 && "。；;！？".indexOf(t.charAt(s - 1)) < 0) s--;
        return s;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static final Pattern NOTE = Pattern.compile("^(?:注\\s*\\d?\\s*[：:、.．]|备注|填报说明|表注)");

    /** A note under a form (注：/备注：/填报说明 and the numbered items after it) explains the form, by design. */
    static boolean isNote(List<Passage> ps, int i) {
        String t = ps.get(i).text().strip();
        if (NOTE.matcher(t).find()) return true;
        // the numbered items of a note (“2.采购品目名称根据…填写。”); a plain line after a note is text again
        if (!Regexes.matches(t, "^\\d+\\s*[.、．].*")) return false;
        for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
            String prev = ps.get(j).text().strip();
            if (NOTE.matcher(prev).find()) return true;
            if (!Regexes.matches(prev, "^\\d+\\s*[.、．].*")) break;
        }
        return false;
    }
}
