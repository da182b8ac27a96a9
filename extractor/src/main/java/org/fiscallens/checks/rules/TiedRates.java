package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Interval;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Severity;
import org.fiscallens.model.TieSource;
import org.fiscallens.tieout.Relations;
import org.fiscallens.tieout.Relations.Rel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rate rules read from the tie-out: every change, rate of change, share and completion that the tie-out computed
 * from its operands (facts[].tie, computed sources) is judged by that computation. A contradiction is one finding per
 * defect: the relations that contradict through a shared operand (a wrong base that makes the change and the rate both
 * wrong) are one finding on the first of them, the others attached in its message and evidence.
 */
final class TiedRates {
    private TiedRates() {}

    /** "page|value" of every rate the tie-out judged (the passages' own readers skip them). */
    static String valueKey(BigDecimal v) {
        return v.abs().stripTrailingZeros().toPlainString();
    }

    /** One judged relation: the fact, its verdict against one computed source, and that source's operands. */
    record Judged(int index, Fact fact, Rel rel, Verdict verdict, BigDecimal printed, List<Integer> operands) {
        boolean contradicts() { return verdict.inconsistent() && !verdict.consistentIfTruncated(printed); }
        boolean truncated() { return verdict.inconsistent() && verdict.consistentIfTruncated(printed); }
    }

    static Set<String> report(CheckContext ctx) {
        List<Fact> facts = ctx.doc().facts();
        Set<String> tied = new HashSet<>();
        List<Judged> wrong = new ArrayList<>();
        Map<Integer, List<Judged>> shareLists = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Rel rel = Relations.rel(f);
            if (rel != Rel.CHANGE && rel != Rel.CHANGE_RATE && rel != Rel.SHARE && rel != Rel.COMPLETION) continue;
            if (f.tie() == null) continue;
            Judged worst = null, truncated = null;
            boolean any = false;
            for (TieSource s : f.tie().sources()) {
                if (!(s instanceof TieSource.Computed c) || c.operands() == null || c.interval() == null) continue;
                any = true;
                Judged j = judge(i, f, rel, c);
                // the tie's own mark decides; a printed rate cut rather than rounded is an observation
                if (!c.agrees() && worst == null) worst = j;
                if (c.agrees() && j.truncated() && rel != Rel.CHANGE && truncated == null) truncated = j;
            }
            if (!any) continue;
            if (rel != Rel.CHANGE) tied.add(f.page() + "|" + valueKey(f.value()) + "|" + org.fiscallens.checks.text.DocText.norm(f.quote()));
            if (rel == Rel.SHARE) {
                Judged j = worst != null ? worst : truncated != null ? truncated : judgeFirst(i, f, rel);
                if (j != null && j.operands().size() == 2 && near(facts, j.operands().get(0), j.operands().get(1)))
                    shareLists.computeIfAbsent(j.operands().get(1), k -> new ArrayList<>()).add(j);
            }
            if (worst != null) wrong.add(worst);
            else if (truncated != null) info(ctx, truncated);
        }
        // directions first: the words of a change and its rate disagree
        Set<Integer> done = new HashSet<>();
        for (Judged j : wrong) {
            if (j.rel() != Rel.CHANGE_RATE) continue;
            for (int o : j.operands()) {
                Fact c = facts.get(o);
                if (Relations.rel(c) != Rel.CHANGE) continue;
                int a = Relations.sign(c), b = Relations.sign(j.fact());
                if (a != 0 && b != 0 && a != b) {
                    ctx.report(RateRules.DIRECTION, "增减额用“" + c.direction() + "”而增减率用“" + j.fact().direction() + "”，方向矛盾",
                            null, evidence(facts, j.index(), List.of(o)));
                    done.add(j.index());
                    done.add(o);
                }
            }
        }
        // one finding per defect: relations that contradict through a shared operand; those computed from a figure
        // that contradicts its table cell are that figure's consequences (NarrativeTableRules attaches them)
        Set<Integer> wrongFigures = NarrativeTableRules.wrongFigures(ctx);
        Set<Integer> confirmed = confirmed(facts);
        List<List<Judged>> groups = new ArrayList<>();
        for (Judged j : wrong) {
            if (done.contains(j.index())) continue;
            if (j.operands().stream().anyMatch(wrongFigures::contains)) continue;
            if (j.rel() == Rel.SHARE && plugged(shareLists, j)) {
                // a share the publisher adjusted so that the list adds to 100: an observation, and no defect to link
                ctx.report(RateRules.SHARE, Severity.INFO, message(j, facts) + "；各项占比合计恰为100%，此项为凑整调整",
                        j.verdict().explain(printed(j)), evidence(facts, j.index(), j.operands()));
                continue;
            }
            List<Judged> into = null;
            for (List<Judged> g : groups) {
                for (Judged k : g) if (linked(j, k, confirmed)) { into = g; break; }
                if (into != null) break;
            }
            if (into == null) groups.add(into = new ArrayList<>());
            into.add(j);
        }
        for (List<Judged> g : groups) {
            Judged head = g.stream().filter(j -> j.rel() != Rel.CHANGE).findFirst().orElse(g.get(0));
            StringBuilder msg = new StringBuilder(message(head, facts));
            List<Integer> also = new ArrayList<>();
            for (Judged k : g) {
                if (k == head) continue;
                msg.append("；同一组数字也使").append(what(k)).append("不符：").append(message(k, facts));
                also.add(k.index());
                also.addAll(k.operands());
            }
            List<Integer> ev = new ArrayList<>(head.operands());
            ev.addAll(also);
            ctx.report(rule(head), msg.toString(), head.verdict().explain(printed(head)), evidence(facts, head.index(), ev));
        }
        for (Map.Entry<Integer, List<Judged>> e : shareLists.entrySet()) {
            List<Judged> list = e.getValue();
            if (list.size() < 2) continue;
            Verdict v = org.fiscallens.checks.interval.Calc.sharesTo100(list.stream().map(j -> j.fact().value()).toList());
            if (v.computed().above(v.stated())) {
                // the whole and the first share: the sum is the list's, not any one item's
                List<Integer> ev = List.of(list.get(0).index());
                ctx.report(RateRules.SHARES_SUM, "各项占比之和超过100%", v.explain("100%"), evidence(facts, e.getKey(), ev));
            }
        }
        return tied;
    }

    private static Judged judgeFirst(int i, Fact f, Rel rel) {
        for (TieSource s : f.tie().sources())
            if (s instanceof TieSource.Computed c && c.operands() != null && c.interval() != null) return judge(i, f, rel, c);
        return null;
    }

    static boolean near(List<Fact> facts, int a, int b) {
        Fact x = facts.get(a), y = facts.get(b);
        return java.util.Objects.equals(x.section(), y.section()) && Math.abs(x.page() - y.page()) <= 1;
    }

    /**
     * Two judged relations are one defect when one is the other's operand or they share one that is not confirmed by
     * its table cell: a figure the tables agree with (the 本年支出合计 a share and a growth rate are both computed from)
     * is no defect, and two relations wrong beside it are two defects.
     */
    static boolean linked(Judged a, Judged b, Set<Integer> confirmed) {
        if (a.operands().contains(b.index()) || b.operands().contains(a.index())) return true;
        for (int o : a.operands()) if (b.operands().contains(o) && !confirmed.contains(o)) return true;
        return false;
    }

    /** The figures the tie-out agrees with a table cell and finds contradicted by nothing. */
    static Set<Integer> confirmed(List<Fact> facts) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.tie() == null || f.tie().status() != org.fiscallens.model.Tie.Status.AGREES) continue;
            if (f.tie().sources().stream().anyMatch(s -> s instanceof TieSource.CellRef c && c.agrees())) out.add(i);
        }
        return out;
    }

    static Judged judge(int i, Fact f, Rel rel, TieSource.Computed c) {
        boolean pct = rel != Rel.CHANGE;
        BigDecimal printed = pct && rel == Rel.CHANGE_RATE && Relations.sign(f) < 0 ? f.value().negate()
                : rel == Rel.CHANGE && Relations.sign(f) < 0 ? f.value().negate() : f.value();
        Interval computed = new Interval(c.interval().get(0), c.interval().get(1));
        Verdict v;
        if (pct) {
            v = Verdict.of(Interval.printed(printed), computed, c.formula()).asPercent();
        } else {
            Unit u = Unit.parse(f.unit());
            v = Verdict.of(Interval.printed(printed), computed, c.formula()).shownIn(u, u);
        }
        return new Judged(i, f, rel, v, printed, c.operands());
    }

    /** A share off only by what makes the printed list add to exactly 100 (the publisher adjusted one item). */
    static boolean plugged(Map<Integer, List<Judged>> lists, Judged it) {
        List<Judged> list = null;
        for (List<Judged> l : lists.values()) if (l.contains(it)) list = l;
        if (list == null || list.size() < 2) return false;
        BigDecimal sum = BigDecimal.ZERO, slack = BigDecimal.ZERO;
        for (Judged x : list) {
            sum = sum.add(x.fact().value());
            if (x != it) slack = slack.add(Interval.halfUlp(Math.max(0, x.fact().value().scale())));
        }
        return sum.compareTo(BigDecimal.valueOf(100)) == 0 && it.verdict().gap().compareTo(slack) <= 0;
    }

    static RuleInfo rule(Judged j) {
        return switch (j.rel()) {
            case SHARE -> RateRules.SHARE;
            case COMPLETION -> RateRules.COMPLETION;
            default -> RateRules.GROWTH;
        };
    }

    static String what(Judged j) {
        return switch (j.rel()) {
            case SHARE -> "占比";
            case COMPLETION -> "完成率";
            case CHANGE -> "增减额";
            default -> "增减率";
        };
    }

    static String printed(Judged j) {
        String v = j.printed().toPlainString();
        return j.rel() == Rel.CHANGE ? v + j.fact().unit() : v + "%";
    }

    static String message(Judged j, List<Fact> facts) {
        StringBuilder ops = new StringBuilder();
        for (int o : j.operands()) {
            Fact f = facts.get(o);
            if (ops.length() > 0) ops.append("、");
            ops.append(label(f)).append(f.value().toPlainString()).append(f.unit() == null ? "" : f.unit());
        }
        return what(j) + "印为" + printed(j) + "，按" + ops + "计算（" + j.verdict().expression() + "）应在"
                + j.verdict().computed() + (j.rel() == Rel.CHANGE ? j.fact().unit() : "%") + "之间";
    }

    private static String label(Fact f) {
        Rel r = Relations.rel(f);
        if (r == Rel.CHANGE) return "增减额";
        String l = f.label() == null ? "" : f.label().strip();
        return l.length() > 16 ? l.substring(l.length() - 16) : l;
    }

    private static void info(CheckContext ctx, Judged j) {
        RuleInfo r = rule(j);
        ctx.report(r, Severity.INFO, message(j, ctx.doc().facts()) + "；与截断取值一致", j.verdict().explain(printed(j)),
                evidence(ctx.doc().facts(), j.index(), j.operands()));
    }

    /** The fact first, then its operands' facts (each once, in order). */
    static List<Evidence> evidence(List<Fact> facts, int index, List<Integer> others) {
        List<Evidence> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i : concat(index, others)) {
            if (!seen.add(i)) continue;
            Fact f = facts.get(i);
            out.add(Evidence.text(f.page(), f.quote(), f.box()));
        }
        return out;
    }

    private static List<Integer> concat(int first, List<Integer> rest) {
        List<Integer> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }
}
