package org.fiscallens.checks.text;

import org.fiscallens.facts.NumberScanner;
import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Claim;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.tieout.Relations;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where each narrative figure of {@code facts[]} stands in the running text: its paragraph ({@link Passage}, with the
 * titles of its sections) and the offset in the paragraph's compact text where its quote ends. The figures are the
 * facts stage's (one reading); this only places them, so that a rule reading words around figures (决算数大于预算数)
 * and the section a figure is stated in (a subordinate unit's section, an attachment) reads the same figures as the
 * tie-out.
 */
public final class FactPlaces {
    private final List<Fact> facts;
    private final Passage[] passage;
    private final int[] end;
    /** The facts of each paragraph (by identity: a paragraph's text may repeat). */
    private final java.util.Map<Passage, List<Integer>> byPassage = new java.util.IdentityHashMap<>();

    public FactPlaces(List<Fact> facts, DocText text) {
        this.facts = facts;
        this.passage = new Passage[facts.size()];
        this.end = new int[facts.size()];
        List<Passage> ps = text.passages().stream().filter(p -> p.kind() == Passage.Kind.PARAGRAPH).toList();
        String[] norm = new String[ps.size()];
        for (int k = 0; k < ps.size(); k++) norm[k] = compact(ps.get(k).text());
        // the paragraphs starting on each page: a figure is looked for in those starting on its page or the page before
        java.util.TreeMap<Integer, List<Integer>> onPage = new java.util.TreeMap<>();
        for (int k = 0; k < ps.size(); k++) onPage.computeIfAbsent(ps.get(k).page(), x -> new java.util.ArrayList<>()).add(k);
        int cursor = 0;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            end[i] = -1;
            if (f.quote() == null) continue;
            String q = compact(f.quote());
            if (q.isEmpty()) continue;
            int found = -1, at = -1;
            // facts come in document order: the paragraph of the previous figure (which may run over pages) after that
            // figure's quote starts, a later paragraph starting on the figure's page or the page before, else any there
            if (i > 0 && passage[i - 1] != null) {
                int x = norm[cursor].indexOf(q, Math.max(0, end[i - 1] - q.length()));
                if (x >= 0) { found = cursor; at = x; }
            }
            for (List<Integer> l : onPage.subMap(f.page() - 1, true, f.page(), true).values()) {
                for (int k : l) {
                    if (found >= 0) break;
                    if (k <= cursor && i > 0) continue;
                    int x = norm[k].indexOf(q);
                    if (x >= 0) { found = k; at = x; }
                }
            }
            for (List<Integer> l : onPage.subMap(f.page() - 1, true, f.page(), true).values()) {
                for (int k : l) {
                    if (found >= 0) break;
                    int x = norm[k].indexOf(q);
                    if (x >= 0) { found = k; at = x; }
                }
            }
            if (found < 0) continue;
            cursor = found;
            passage[i] = ps.get(found);
            end[i] = at + q.length();
            byPassage.computeIfAbsent(passage[i], k -> new java.util.ArrayList<>()).add(i);
        }
    }

    /** A paragraph's text as figures are placed in it: blanks removed, full-width digits folded. */
    public static String compact(String s) {
        return Chars.compact(NumberScanner.fold(s));
    }

    /** The paragraph the figure is stated in, or null when its quote is found in none. */
    public Passage passage(int i) { return passage[i]; }

    /** Where the figure's quote ends in its paragraph's {@link #compact} text, or −1. */
    public int end(int i) { return end[i]; }

    /** Where the figure itself starts in its paragraph's {@link #compact} text (the last figure of its quote of its value), or −1. */
    public int figureStart(int i) { return figureAt(i, true); }

    /** Where the figure with its unit ends in its paragraph's {@link #compact} text, or −1. */
    public int figureEnd(int i) { return figureAt(i, false); }

    /** The start or end, in the paragraph's compact text, of the last figure of the fact's quote that reads its value. */
    private int figureAt(int i, boolean start) {
        Fact f = facts.get(i);
        if (end[i] < 0 || f.value() == null) return -1;
        String q = compact(f.quote());
        int from = end[i] - q.length(), at = -1;
        for (org.fiscallens.facts.Figure g : NumberScanner.scan(q)) if (g.value() != null && g.value().compareTo(f.value()) == 0) at = start ? g.start() : g.end();
        return at < 0 ? -1 : from + at;
    }

    /** The facts placed in the paragraph, in order. */
    public List<Integer> in(Passage p) {
        return byPassage.getOrDefault(p, List.of());
    }

    /** The paragraphs that state figures, in document order. */
    public java.util.Set<Passage> passages() { return byPassage.keySet(); }

    public List<Fact> facts() { return facts; }

    /** An organisation's name alone as a section title (深圳市水务局（本级）, …管理中心, …监督站): one unit's part. */
    private static final Pattern ORG_TITLE = Pattern.compile(
            "^(?:[一二三四五六七八九十]+|\\d+|[（(][一二三四五六七八九十\\d]+[）)])?\\s*[\\u4e00-\\u9fa5（）()]{2,40}?"
                    + "(局|委员会|委|办公室|办|中心|院|所|站|队|处|馆|室|校|学校|厅|署|公司|社|团|宫|园)(（本级）|\\(本级\\)|本级)?"
                    + "(（[^）]{0,30}）)?$");
    private static final Pattern FISCAL_WORD = Pattern.compile("预算|决算|支出|收入|经费|情况|说明|采购|资产|绩效|名词|解释|概况|职能|构成|公开|表");

    /**
     * The passage sits in a section about one subordinate unit (a section titled by the unit's name, its figures the
     * unit's own): its 人员经费, 基本支出 … are not the department's.
     */
    public static boolean underUnit(Passage p) {
        for (String t : p.path()) {
            String title = Chars.compact(t);
            if (ORG_TITLE.matcher(title).matches() && !FISCAL_WORD.matcher(title).find()) return true;
        }
        return false;
    }

    /** A classification code (（302）, （20508）, 类/款/项) or a part of the department named in a whole's name. */
    private static final Pattern NARROW_NAME = Pattern.compile("[（(]\\s*\\d{3,7}\\s*[）)]|[（(][类款项][）)]|本级|单位|中心|项目");

    /**
     * The figure states one of the department's own aggregates for the report's year: a level of the report's own
     * measure, stated in the narrative proper (not an attachment, a performance section or a unit's section), and not
     * an item listed under a narrower whole (a unit: 市建筑工务署本级预算X万元，包括人员经费…; a 科目 line: 对个人和家庭的补助
     * （303）X万元，其中：人员经费…; a project).
     */
    public boolean departmentOwn(int i, Integer fiscalYear, DocumentKind kind) {
        Fact f = facts.get(i);
        Claim c = f.claim();
        if (f.value() == null || c == null || c.relation() != Claim.Relation.LEVEL) return false;
        if (Relations.measure(f, fiscalYear, kind) != Relations.Measure.OWN) return false;
        if (fiscalYear != null && f.year() != null && !f.year().equals(fiscalYear)) return false;
        if (f.unit() == null || !f.unit().endsWith("元")) return false;
        Passage p = passage[i];
        if (p == null || p.under("附件") || p.under("绩效") || underUnit(p)) return false;
        if (c.whole() != null && c.whole() >= 0 && c.whole() < i) {
            Fact w = facts.get(c.whole());
            Claim wc = w.claim();
            boolean aggregate = wc != null && wc.subject() != null && !"class".equals(wc.subject()) && !wc.subject().startsWith("project");
            if (!aggregate || NARROW_NAME.matcher(w.label() == null ? "" : Regexes.replaceAll(w.label(), "\\s+", "")).find()) return false;
        }
        return true;
    }
}
