package org.fiscallens.tieout;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Interval;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.TieSource;
import org.fiscallens.tieout.Relations.Measure;
import org.fiscallens.tieout.Relations.Rel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ties the figures that follow from other figures to the computation from their operands (SPEC §6 interval
 * arithmetic): a change to the current and the base figure (current − base), a rate of change to the change and the
 * current figure (change ÷ (current − change)) or to the current and the base, a share to its part and whole, a
 * completion to the actual and the budget; a figure stated twice (same subject, measure, funds and year) to its other
 * statement; a whole to the sum of an exhaustive list of its parts. The operands are other facts of the document,
 * found by the relation reading of {@link Relations}: the same stem (subject, funds) and the right measure, in the
 * same section, before the figure (a base also just after it). A rate over a base that may be 0 is undefined: no
 * source. Every computed source lists its operands (indices into {@code facts[]}).
 */
public final class RelationResolver implements Resolver {

    /** How far back (in facts) an operand of a relation is looked for within the section. */
    static final int WINDOW = 12;

    /** Subjects whose statements, made twice, must agree (aggregates of the standard statements). */
    static final Set<String> RESTATABLE = Set.of("total", "income_total", "expenditure_total", "appropriation_total",
            "general_budget.expenditure");

    @Override
    public List<TieSource> sources(int index, Fact fact, TieContext ctx) {
        Reading r = ctx.memo(RelationResolver.class, () -> new Reading(ctx));
        return r.sources.getOrDefault(index, List.of());
    }

    /** The relation reading of one document, with every fact's sources. */
    static final class Reading {
        final List<Fact> facts;
        final Integer fy;
        final DocumentKind kind;
        final Rel[] rel;
        final String[] stem;
        final Measure[] measure;
        final Map<Integer, List<TieSource>> sources = new LinkedHashMap<>();

        Reading(TieContext ctx) {
            facts = ctx.facts();
            fy = ctx.fiscalYear();
            kind = ctx.doc().document() == null ? DocumentKind.UNKNOWN : ctx.doc().document().kind();
            int n = facts.size();
            rel = new Rel[n];
            stem = new String[n];
            measure = new Measure[n];
            for (int i = 0; i < n; i++) {
                Fact f = facts.get(i);
                rel[i] = Relations.rel(f);
                stem[i] = Relations.stem(f);
                measure[i] = rel[i] == Rel.LEVEL ? Relations.measure(f, fy, kind) : null;
            }
            Map<Integer, List<Integer>> lists = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (rel[i] == null) continue;
                switch (rel[i]) {
                    case CHANGE -> change(i);
                    case CHANGE_RATE -> rate(i);
                    case SHARE -> share(i, lists);
                    case COMPLETION -> completion(i);
                    default -> { }
                }
            }
            settleLists(lists);
            restated();
            parts(lists);
        }

        void add(int i, TieSource s) { sources.computeIfAbsent(i, k -> new ArrayList<>()).add(s); }

        void add(int i, Verdict v, BigDecimal printed, List<Integer> operands) {
            if (v.undefined()) return;
            List<BigDecimal> iv = v.calculation().computedInterval();
            add(i, new TieSource.Computed(v.expression(), iv, operands, agrees(v, printed)));
        }

        /** Within the rounding of the figures, or (SPEC §6) the printed figure cut rather than rounded. */
        static boolean agrees(Verdict v, BigDecimal printed) {
            return v.consistent() || printed != null && v.consistentIfTruncated(printed);
        }

        Fact f(int i) { return facts.get(i); }

        /** The nearest level figure before {@code i} (within the window and section) of the same stem and measure. */
        Integer level(int i, String st, Measure m) {
            if (st == null) return null;
            for (int j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
                if (!Relations.near(f(j), f(i))) break;
                if (rel[j] == Rel.LEVEL && st.equals(stem[j]) && measure[j] == m && f(j).value() != null
                        && (m == Measure.PRIOR || Relations.sameYear(f(j), f(i)))) return j;
                // the report's own figure of another subject stands between: the relation is not about an earlier one
                if (rel[j] == Rel.LEVEL && measure[j] == Measure.OWN && stem[j] != null && !st.equals(stem[j])) return null;
            }
            return null;
        }

        /** A base figure: before {@code i}, else in the few figures after it (上年为X万元 stated after the change). */
        Integer base(int i, String st, Measure m) {
            Integer b = level(i, st, m);
            if (b != null || st == null) return b;
            for (int j = i + 1; j < facts.size() && j <= i + 4; j++) {
                if (!Relations.near(f(j), f(i))) break;
                if (rel[j] == Rel.LEVEL && st.equals(stem[j]) && measure[j] == m) return j;
            }
            return null;
        }

        Measure baseMeasure(int i) { return Relations.againstBudget(f(i)) ? Measure.BUDGET : Measure.PRIOR; }

        /** The current figure a change is of: the report's own, or the actual when compared with a budget. */
        Integer current(int i) { return level(i, stem[i], Measure.OWN); }

        /**
         * Whether the subject a change was read with is sure. A change whose own words do not name its subject (较上年增加X万元
         * after a list) is about the figure before it only when no other figure before it in the section fits the change
         * better: when another one does, the reading of the subject, not the report, is in doubt (no tie).
         */
        boolean sure(int change, int cur, java.util.function.IntPredicate fits) {
            if (fits.test(cur) || namesSubject(f(change))) return true;
            for (int j = change - 1; j >= 0 && j >= change - WINDOW; j--) {
                if (!Objects.equals(f(j).section(), f(change).section())) break;
                if (j != cur && rel[j] == Rel.LEVEL && measure[j] == Measure.OWN && fits.test(j)) return false;
            }
            return true;
        }

        /** The change's own label names its subject (收入合计增加, not 较上年增加). */
        static boolean namesSubject(Fact f) {
            String name = Relations.normName(f.subject());
            String label = f.label() == null ? "" : org.fiscallens.layout.Regexes.replaceAll(f.label(), "\\s+", "");
            return name != null && name.length() >= 2 && label.contains(name);
        }

        /** The change amount stated with a rate: the nearest change of the same stem and basis before it. */
        Integer changeOf(int i) {
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                if (!Relations.near(f(j), f(i))) break;
                if (rel[j] == Rel.CHANGE && Objects.equals(stem[j], stem[i]) && stem[i] != null
                        && Relations.againstBudget(f(j)) == Relations.againstBudget(f(i))) return j;
                if (rel[j] == Rel.CHANGE_RATE || rel[j] == Rel.LEVEL && Objects.equals(stem[j], stem[i])) break;
            }
            return null;
        }

        Amount signedAmount(int i) {
            Amount a = Relations.amount(f(i));
            return new Amount(Relations.signed(f(i)), a.decimals(), a.unit());
        }

        /** change = current − base, when both are stated. */
        void change(int i) {
            if (Relations.sign(f(i)) == 0 && f(i).value().signum() != 0) return;
            Integer cur = current(i), base = base(i, stem[i], baseMeasure(i));
            if (cur == null || base == null) return;
            Amount c = Relations.amount(f(cur)), b = Relations.amount(f(base));
            if (!sure(i, cur, j -> Calc.weightedSum(signedAmount(i), List.of(Relations.amount(f(j)), b), List.of(1, -1), Unit.YUAN).consistent())) return;
            Verdict v = Calc.weightedSum(signedAmount(i), List.of(c, b), List.of(1, -1), Unit.YUAN);
            add(i, v, null, Relations.ops(cur, base));
        }

        /** rate = change ÷ (current − change) × 100, or (current − base) ÷ base × 100, or change ÷ base × 100. */
        void rate(int i) {
            int s = Relations.sign(f(i));
            if (s == 0 && f(i).value().signum() != 0) return;
            BigDecimal pct = s < 0 ? f(i).value().negate() : f(i).value();
            Integer ch = changeOf(i);
            Integer cur = ch != null ? current(ch) : current(i);
            Integer base = base(i, stem[i], baseMeasure(i));
            if (ch != null && Relations.sign(f(ch)) == 0 && f(ch).value().signum() != 0) ch = null;
            if (ch != null && cur != null) {
                Amount change = signedAmount(ch), current = Relations.amount(f(cur));
                final int chf = ch;
                boolean sure = sure(ch, cur, j -> {
                    Verdict v = Calc.growthRate(pct, signedAmount(chf), Relations.amount(f(j)), Unit.YUAN);
                    return agrees(v, pct);
                });
                if (!sure) return;
                add(i, Calc.growthRate(pct, change, current, Unit.YUAN), pct, Relations.ops(ch, cur));
            }
            if (cur != null && base != null) {
                Amount current = Relations.amount(f(cur)), b = Relations.amount(f(base));
                Verdict v = Verdict.of(Interval.printed(pct), Calc.growth(current.in(Unit.YUAN), b.in(Unit.YUAN)),
                        "(" + current.value().toPlainString() + " − " + b.value().toPlainString() + ") ÷ "
                                + b.value().toPlainString() + " × 100").asPercent();
                add(i, v, pct, Relations.ops(cur, base));
            } else if (ch != null && base != null) {
                Amount change = signedAmount(ch), b = Relations.amount(f(base));
                Verdict v = Verdict.of(Interval.printed(pct), Calc.percent(change.in(Unit.YUAN), b.in(Unit.YUAN)),
                        change.value().toPlainString() + " ÷ " + b.value().toPlainString() + " × 100").asPercent();
                add(i, v, pct, Relations.ops(ch, base));
            }
        }

        /** share = part ÷ whole × 100: the whole named (占本年支出合计的) or the total the list of parts is of. */
        void share(int i, Map<Integer, List<Integer>> lists) {
            Integer part = partOf(i);
            if (part == null) return;
            Integer whole = wholeOf(i, part);
            if (whole == null) return;
            Amount p = Relations.amount(f(part)), w = Relations.amount(f(whole));
            if (p.in(Unit.YUAN).above(w.in(Unit.YUAN))) return; // not a part of it: a misreading, not a share
            Verdict v = Calc.share(f(i).value(), p, w, Unit.YUAN);
            if (headed.contains(i)) {
                pending.computeIfAbsent(whole, k -> new ArrayList<>()).add(new int[]{i, part});
                return;
            }
            add(i, v, f(i).value(), Relations.ops(part, whole));
            if (Relations.near(f(part), f(whole))) lists.computeIfAbsent(whole, k -> new ArrayList<>()).add(i);
        }

        /** Shares whose whole is only the figure the list follows (no name of it printed): judged by list. */
        final Set<Integer> headed = new java.util.HashSet<>();
        final Map<Integer, List<int[]>> pending = new LinkedHashMap<>();

        /**
         * A list's whole read from its place only is confirmed by the list itself: at least half of its shares agree
         * with it (a wrong whole makes them all disagree; the publisher's slip makes one), and a lone share agrees.
         */
        void settleLists(Map<Integer, List<Integer>> lists) {
            for (Map.Entry<Integer, List<int[]>> e : pending.entrySet()) {
                int whole = e.getKey();
                Amount w = Relations.amount(f(whole));
                int agree = 0;
                for (int[] sp : e.getValue()) {
                    Verdict v = Calc.share(f(sp[0]).value(), Relations.amount(f(sp[1])), w, Unit.YUAN);
                    if (agrees(v, f(sp[0]).value())) agree++;
                }
                if (agree * 2 < e.getValue().size() || e.getValue().size() == 1 && agree == 0) continue;
                for (int[] sp : e.getValue()) {
                    Verdict v = Calc.share(f(sp[0]).value(), Relations.amount(f(sp[1])), w, Unit.YUAN);
                    add(sp[0], v, f(sp[0]).value(), Relations.ops(sp[1], whole));
                    lists.computeIfAbsent(whole, k -> new ArrayList<>()).add(sp[0]);
                }
            }
        }

        /** The part a share is of: the level figure just before it of the same stem (the figure it follows). */
        Integer partOf(int i) {
            for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                if (!Relations.near(f(j), f(i))) return null;
                if (rel[j] == Rel.LEVEL && f(j).value() != null) return Objects.equals(stem[j], stem[i]) && stem[i] != null ? j : null;
                if (rel[j] != Rel.OTHER) return null;
            }
            return null;
        }

        Integer wholeOf(int i, int part) {
            Fact s = f(i);
            if (s.claim() != null && s.claim().whole() != null) return s.claim().whole();
            Fact pf = f(part);
            if (pf.claim() != null && pf.claim().whole() != null) return pf.claim().whole();
            String titles = s.sectionTitle();
            String bk = Relations.basisKey(s.basis(), kind, titles);
            if (s.basis() != null) return bk == null ? null : named(i, bk);
            Integer h = listHead(part);
            if (h != null) headed.add(i);
            return h;
        }

        /** The own-measure level figure of the aggregate {@code key}: the nearest before, in the section first. */
        Integer named(int i, String key) {
            Integer best = null;
            for (int j = i - 1; j >= 0; j--) {
                if (rel[j] == Rel.LEVEL && key.equals(stem[j]) && measure[j] == Measure.OWN && Relations.sameYear(f(j), f(i))) {
                    if (Objects.equals(f(j).section(), f(i).section())) return j;
                    if (best == null) best = j;
                }
            }
            if (best != null) return best;
            for (int j = i + 1; j < facts.size(); j++) {
                if (rel[j] == Rel.LEVEL && key.equals(stem[j]) && measure[j] == Measure.OWN && Relations.sameYear(f(j), f(i))) return j;
            }
            return null;
        }

        /**
         * The total a listed part is of: going back over the earlier items of the list (a level with its share), the
         * first level figure of the section not followed by a share.
         */
        Integer listHead(int part) {
            for (int j = part - 1; j >= 0 && j >= part - 3 * WINDOW; j--) {
                if (!Objects.equals(f(j).section(), f(part).section())) return null;
                if (rel[j] == Rel.SHARE) {
                    j--; // the item's own figure
                    continue;
                }
                if (rel[j] == Rel.LEVEL && f(j).value() != null) {
                    boolean item = j + 1 < facts.size() && rel[j + 1] == Rel.SHARE;
                    if (!item) return measure[j] == Measure.OWN ? j : null;
                    continue;
                }
                if (rel[j] == Rel.CHANGE || rel[j] == Rel.CHANGE_RATE || rel[j] == Rel.COMPLETION) return null;
            }
            return null;
        }

        /** completion = actual ÷ budget × 100. */
        void completion(int i) {
            Integer actual = level(i, stem[i], Measure.OWN);
            Integer budget = level(i, stem[i], Measure.BUDGET);
            if (actual == null || budget == null) return;
            Amount a = Relations.amount(f(actual)), b = Relations.amount(f(budget));
            add(i, Calc.share(f(i).value(), a, b, Unit.YUAN), f(i).value(), Relations.ops(actual, budget));
        }

        /** The same aggregate, measure and year stated twice: each statement tied to the first. */
        void restated() {
            Map<String, Integer> first = new LinkedHashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                if (rel[i] != Rel.LEVEL || stem[i] == null || !RESTATABLE.contains(stem[i])) continue;
                String k = stem[i] + "|" + measure[i] + "|" + f(i).year() + "|" + Relations.fundWords(f(i));
                Integer j = first.putIfAbsent(k, i);
                if (j == null) continue;
                Verdict v = Calc.equal(Relations.amount(f(i)), Relations.amount(f(j)), Unit.YUAN);
                add(i, new TieSource.FactRef(j, v.consistent()));
                add(j, new TieSource.FactRef(i, v.consistent()));
            }
        }

        /**
         * Σ parts against the whole, for the lists that are exhaustive: a list whose printed shares add to 100 (within
         * their rounding), or the parts the claims layer names with a residual item (其他…). A 其中/主要/包括 list names
         * some parts only: its sum below the whole is no contradiction, but above it always is.
         */
        void parts(Map<Integer, List<Integer>> shareLists) {
            Map<Integer, List<Integer>> byWhole = new LinkedHashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                Fact f = f(i);
                if (f.claim() != null && f.claim().whole() != null && rel[i] == Rel.LEVEL) byWhole.computeIfAbsent(f.claim().whole(), k -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<Integer, List<Integer>> e : shareLists.entrySet()) {
                if (byWhole.containsKey(e.getKey())) continue;
                List<Integer> parts = new ArrayList<>();
                for (int s : e.getValue()) {
                    List<Integer> ops = operands(s);
                    if (ops != null && !ops.isEmpty()) parts.add(ops.get(0));
                }
                byWhole.put(e.getKey(), parts);
            }
            for (Map.Entry<Integer, List<Integer>> e : byWhole.entrySet()) {
                int whole = e.getKey();
                List<Integer> parts = e.getValue();
                if (parts.size() < 2 || whole < 0 || whole >= facts.size() || rel[whole] != Rel.LEVEL) continue;
                List<Amount> amounts = parts.stream().map(k -> Relations.amount(f(k))).toList();
                Verdict v = Calc.sum(Relations.amount(f(whole)), amounts, Unit.YUAN);
                if (v.undefined()) continue;
                boolean above = v.computed().above(v.stated());
                boolean exhaustive = exhaustive(whole, parts, shareLists.get(whole));
                if (!v.consistent() && !above && !exhaustive) continue;
                List<Integer> ops = new ArrayList<>(parts);
                add(whole, new TieSource.Computed(v.expression(), v.calculation().computedInterval(), ops, v.consistent()));
            }
        }

        boolean exhaustive(int whole, List<Integer> parts, List<Integer> shares) {
            for (int p : parts) {
                String name = Relations.normName(f(p).subject());
                if (name != null && (name.startsWith("其他") || name.startsWith("其它"))) return true;
            }
            if (shares == null || shares.size() != parts.size()) return false;
            List<BigDecimal> pcts = shares.stream().map(s -> f(s).value()).toList();
            Verdict v = Calc.sharesTo100(pcts);
            return v.consistent();
        }

        List<Integer> operands(int i) {
            for (TieSource s : sources.getOrDefault(i, List.of())) if (s instanceof TieSource.Computed c) return c.operands();
            return null;
        }
    }
}
