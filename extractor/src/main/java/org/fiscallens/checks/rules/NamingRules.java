package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.domain.DomainTables;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.text.DocText;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.TableRow;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names: the entity across cover, titles and labels; 部门/单位 wording; classification names of the year. */
public final class NamingRules implements Rule {
    static final String CAT = "naming";
    public static final RuleInfo ENTITY = new RuleInfo("naming.entity", CAT, Severity.WARNING,
            "表头、标题或“部门：…”标注中的单位名称与封面名称不一致",
            "名称不一致使人怀疑表格属于另一单位，或文本套用他人报告",
            "表头“上海市规划和自然资源局2024年度部门决算表”，封面为“上海市普陀区规划和自然资源局”");
    public static final RuleInfo SCOPE = new RuleInfo("naming.scope", CAT, Severity.WARNING,
            "单位决算/预算中使用“本部门”等部门口径措辞",
            "单位报告与部门报告的口径不同（部门含所属单位），措辞混用会误导范围",
            "（单位预算中）本部门2025年收入预算…");
    public static final RuleInfo CLASS_NAME = new RuleInfo("naming.classification", CAT, Severity.WARNING,
            "支出功能分类名称不是报告年度的名称（如2019年起210类为“卫生健康支出”，不再是“医疗卫生与计划生育支出”），标有（类）（款）（项）的科目名称字序颠倒而与分类名称不符，或说明中的类名与表格中同一编码的名称不同",
            "科目名称须与当年政府收支分类科目一致，否则无法与表格及其他单位对照",
            "医疗卫生与计划生育支出（类）…（2023年度决算）");
    public static final RuleInfo LEVEL_LABEL = new RuleInfo("naming.level_label", CAT, Severity.WARNING,
            "类级科目被标为“项”（如“社会保障和就业支出项”），说明未细化到项级",
            "按要求一般公共预算财政拨款支出应说明到项级科目；把类称作项掩盖了细化不足",
            "1.社会保障和就业支出项。年初预算为2378.14万元…");

    private static final Pattern TITLE = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)?\\s*(.{4,40}?)\\s*(\\d{4})\\s*年度?\\s*(?:部门|单位)?(?:决算|预算)(?:表|公开|情况说明)?$");
    private static final Pattern PART_PREFIX = Pattern.compile("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)");
    private static final Pattern LABEL = Pattern.compile("^(?:部门|单位|单位名称|部门名称|预算单位|预算主管部门|编制单位)[：:]\\s*([\\u4e00-\\u9fa5（）()]{4,40}?)(?:\\s|单位[：:]|金额单位|$)");
    private static final Pattern ITEM_LABEL = Pattern.compile("([\\u4e00-\\u9fa5、]{2,20}支出)项[。，；：]");

    private static final Map<String, String> CLASS_BY_NAME = new HashMap<>();
    static {
        load("function_classification.tsv", c -> { if (c[2].equals("类")) CLASS_BY_NAME.put(Names.norm(c[1]), c[0]); });
    }

    private static void load(String name, java.util.function.Consumer<String[]> row) {
        org.fiscallens.facts.Classification.rows(name, row);
    }

    @Override
    public List<RuleInfo> rules() { return List.of(ENTITY, SCOPE, CLASS_NAME, LEVEL_LABEL); }

    @Override
    public void apply(CheckContext ctx) {
        String entity = ctx.doc().document() == null ? null : ctx.doc().document().entity();
        Integer fy = ctx.fiscalYear();
        Map<String, List<Evidence>> drift = new LinkedHashMap<>();
        List<Evidence> scopeHits = new ArrayList<>();
        Known known = new Known(ctx);
        for (Passage p : ctx.text().all()) {
            String t = p.text().strip();
            if (entity != null && t.length() <= 70) {
                String name = null;
                Matcher m = TITLE.matcher(PART_PREFIX.matcher(DocText.norm(t)).replaceFirst(""));
                if (m.find()) name = m.group(1);
                Matcher l = LABEL.matcher(t);
                if (name == null && l.find()) name = l.group(1);
                if (name != null && differs(name, entity)) drift.computeIfAbsent(name, k -> new ArrayList<>()).add(ctx.text().evidence(p, t));
            }
            if (p.kind() == Passage.Kind.HEADING) classMentions(ctx, p, t, fy, known, garbledPaths(ctx, p, t, fy));
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            if (ctx.doc().document() != null && ctx.doc().document().scope() == Scope.UNIT) {
                int at = t.indexOf("本部门");
                if (at >= 0) scopeHits.add(ctx.text().evidence(p, Snip.around(t, at, at + 3, 40)));
            }
            List<int[]> named = garbledPaths(ctx, p, t, fy);
            classMentions(ctx, p, t, fy, known, named);
            Matcher il = ITEM_LABEL.matcher(t);
            while (il.find()) {
                String name = Names.norm(il.group(1));
                if (CLASS_BY_NAME.containsKey(name)) {
                    ctx.report(LEVEL_LABEL, "“" + il.group(1) + "”是" + CLASS_BY_NAME.get(name) + "类（类级科目），却标为“项”", null,
                            List.of(ctx.text().evidence(p, Snip.around(t, il.start(), il.end(), 40))));
                }
            }
        }
        for (Map.Entry<String, List<Evidence>> e : drift.entrySet()) {
            ctx.report(ENTITY, "名称“" + e.getKey() + "”与封面单位名称“" + entity + "”不一致", null, e.getValue());
        }
        if (!scopeHits.isEmpty()) {
            ctx.report(SCOPE, "单位报告中有" + scopeHits.size() + "处使用“本部门”", null, scopeHits.subList(0, Math.min(5, scopeHits.size())));
        }
    }

    /** One level of a printed 科目 path: a name and its mark 类/款/项, the next level following directly. */
    private static final Pattern PATH_STEP = Pattern.compile("([^，。；：:、\\s（）()\\d.．]{2,40}?)[（(](类|款|项)[)）]");

    /**
     * A 科目 path printed with its level marks (住房改革支出（类）提租补贴（项）) resolved level by level through the
     * classification of the fiscal year: a level whose name is not the classification's but has exactly its characters
     * (保障住房支出（类）, 人大事务（款）监督人大（项）), alone or fused with its parent's name (事务人大行政运行（项）), is the
     * name garbled. A name the classification does not know otherwise (an abbreviation, a local 项) is left alone.
     */
    private static List<int[]> garbledPaths(CheckContext ctx, Passage p, String t, Integer fy) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = PATH_STEP.matcher(t);
        String parent = null;
        int lastEnd = -1;
        while (m.find()) {
            if (m.start() != lastEnd) parent = null; // a new path
            lastEnd = m.end();
            String name = Regexes.replaceAll(m.group(1), "^[“”\"‘’']+|[“”\"‘’']+$", ""), level = m.group(2);
            if (name.length() < 2) { parent = null; continue; }
            org.fiscallens.facts.Classification.Entry e = org.fiscallens.facts.Classification.find(name, level, parent, fy);
            if (e != null) { parent = e.code(); continue; }
            org.fiscallens.facts.Classification.Entry meant = null;
            String shown = null;
            boolean known = false;
            for (org.fiscallens.facts.Classification.Entry c : org.fiscallens.facts.Classification.sameLetters(name)) {
                if (Names.norm(c.name()).equals(Names.norm(name))) known = true; // a name of several lines: ambiguous, not garbled
                else if (meant == null && c.level().equals(level) && (parent == null || parent.equals(c.parent()))) { meant = c; shown = c.name(); }
            }
            if (known) { parent = null; continue; }
            if (meant == null && parent == null) {
                // a path's first name marked at another level than the classification's (住房改革支出（类）, a 款)
                for (org.fiscallens.facts.Classification.Entry c : org.fiscallens.facts.Classification.sameLetters(name)) { meant = c; shown = c.name(); break; }
            }
            if (meant == null) {
                // the level's name fused with its parent's: 人大事务行政运行（项）
                for (int i = 2; i + 2 <= name.length() && meant == null; i++) {
                    for (org.fiscallens.facts.Classification.Entry up : org.fiscallens.facts.Classification.sameLetters(name.substring(0, i))) {
                        if (meant != null) break;
                        if (parent != null && !parent.equals(up.parent())) continue;
                        for (org.fiscallens.facts.Classification.Entry c : org.fiscallens.facts.Classification.sameLetters(name.substring(i))) {
                            if (c.level().equals(level) && up.code().equals(c.parent())) { meant = c; shown = up.name() + c.name(); break; }
                        }
                    }
                }
            }
            if (meant == null || Names.norm(shown).equals(Names.norm(name))) { parent = null; continue; }
            parent = meant.code();
            ctx.report(CLASS_NAME, "科目“" + name + "（" + level + "）”不是支出功能分类的名称，应为“" + shown + "”（" + meant.code() + "）", null,
                    List.of(ctx.text().evidence(p, Snip.around(t, m.start(), m.end(), 50))));
            spans.add(new int[]{m.start(), m.end()});
        }
        return spans;
    }


    // ---------------------------------------------------------------------------------------------------------------
    // 科目 mentions against the tables and the classification of the year

    /** A 支出功能分类 code as the tables print it: 3, 5 or 7 digits from 2. */
    private static final Pattern FUNCTION_CODE = Pattern.compile("2\\d{2}(?:\\d{2}){0,2}");
    /** A code of either classification: 支出功能分类 (2…) or 经济分类 (3…, 5…), 3 to 7 digits. */
    private static final Pattern ANY_CODE = Pattern.compile("[235]\\d{2}(?:\\d{2}){0,2}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})\\s*年");
    /** Words that say a name is a former one (原…, 更名为…, 调整为…): an old name told as old is no defect. */
    private static final Pattern FORMER = Pattern.compile("原|旧|曾用|更名|改名|调整为|改为|变更为");

    /** The 科目 rows of a document's readable tables: by code, by letters ({@link Names#letters}) and by name. */
    private static final class Known {
        record Row(String code, String name, TableView view, TableRow row) {
            Evidence evidence() {
                return new Evidence(row.page() > 0 ? row.page() : view.firstPage(), code + " " + row.name(), row.box(), view.label(), code + " " + row.name(), null);
            }
        }

        final Map<String, List<Row>> byCode = new HashMap<>();
        final Map<String, List<Row>> byLetters = new HashMap<>();
        final java.util.Set<String> names = new java.util.HashSet<>();
        final java.util.TreeSet<Integer> lengths = new java.util.TreeSet<>();

        Known(CheckContext ctx) {
            for (TableView v : ctx.tables().all()) {
                for (TableRow r : v.rows()) {
                    if (r.code() == null || r.name() == null || !ANY_CODE.matcher(r.code()).matches()) continue;
                    String n = Names.norm(r.name());
                    if (n.length() < 2) continue;
                    Row row = new Row(r.code(), n, v, r);
                    if (FUNCTION_CODE.matcher(r.code()).matches()) byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(row);
                    byLetters.computeIfAbsent(org.fiscallens.facts.Names.letters(n), k -> new ArrayList<>()).add(row);
                    names.add(n);
                    if (n.length() >= 4) lengths.add(n.length());
                }
            }
            for (org.fiscallens.facts.Classification.Entry e : org.fiscallens.facts.Classification.entries()) {
                String n = Names.norm(e.name());
                names.add(n);
                if (n.length() >= 4) lengths.add(n.length());
            }
            for (org.fiscallens.facts.Classification.Rename r : org.fiscallens.facts.Classification.renames()) names.add(Names.norm(r.old()));
        }

        /** The name is a 科目 name: of a table row or of the classification (at any level, with or without 支出). */
        boolean isName(String n, Integer fy) {
            return names.contains(n) || names.contains(n + "支出");
        }
    }

    /** A name printed wrong: [from, to) in the text, the name meant, its code, the cited source of the name meant. */
    private record Wrong(String printed, String meant, String code, Evidence source, String why) {}

    /**
     * Every 科目 a paragraph names ({@link org.fiscallens.facts.ClaimReader#classMentions}: with a code, a level mark or
     * both) compared with the name of its code in the report's tables and in the classification of the fiscal year; then
     * the names the paragraph prints bare (in running words) against the same names. A name is wrong when it has the
     * letters of the name meant in another order (运行行政 for 行政运行), or is a renamed class's old name in a year
     * the new one holds (unless the sentence tells it as former or speaks of a year before the rename). A name that
     * only shortens the name meant (政府办公厅 for 政府办公厅（室）及相关机构事务) or that neither source knows (a local
     * name) is left alone: an auditor would not call it a defect.
     */
    private static void classMentions(CheckContext ctx, Passage p, String printed, Integer fy, Known known, List<int[]> done) {
        // read without blanks (a name wrapped at a line end or spaced out), reported at the printed places
        StringBuilder b = new StringBuilder();
        int[] at = new int[printed.length() + 1];
        for (int i = 0; i < printed.length(); i++) {
            if (Character.isWhitespace(printed.charAt(i)) || printed.charAt(i) == '\u3000') continue;
            at[b.length()] = i;
            b.append(printed.charAt(i));
        }
        at[b.length()] = printed.length();
        String t = b.toString();
        List<int[]> spans = new ArrayList<>();
        for (int[] d : done) spans.add(new int[]{compactIndex(at, t.length(), d[0]), compactIndex(at, t.length(), d[1])});
        Placed place = (from, to, w) -> report(ctx, p, printed, at[from], to > 0 ? at[to - 1] + 1 : at[0], w);
        for (org.fiscallens.facts.ClaimReader.ClassMention m : org.fiscallens.facts.ClaimReader.classMentions(t)) {
            if (overlaps(spans, m.start(), m.end())) continue;
            spans.add(new int[]{m.start(), m.end()});
            String run = Names.norm(m.run(t)).replace("\"", "");
            if (run.isEmpty()) continue;
            Wrong w = m.code() != null ? byCode(m.code(), run, m.nameFirst(), fy, known) : byMark(run, m.level(), fy, known, t, m.start());
            if (w != null) place.report(m.start(), m.end(), w);
        }
        bareNames(place, t, fy, known, spans);
    }

    /** Reports a wrong name found at [from, to) of the text read without blanks. */
    private interface Placed { void report(int from, int to, Wrong w); }

    /** The index in the text without blanks of the printed index {@code printed}. */
    private static int compactIndex(int[] at, int n, int printed) {
        int i = 0;
        while (i < n && at[i] < printed) i++;
        return i;
    }

    /** A name printed with its code: it starts (code first) or ends (code after) with the name of that code. */
    private static Wrong byCode(String code, String run, boolean first, Integer fy, Known known) {
        List<String[]> meant = new ArrayList<>(); // name, source index (-1: the classification)
        List<Known.Row> rows = known.byCode.getOrDefault(code, List.of());
        for (int i = 0; i < rows.size(); i++) meant.add(new String[]{rows.get(i).name(), Integer.toString(i)});
        String cls = org.fiscallens.facts.Classification.nameOf(code, fy);
        if (cls != null) meant.add(new String[]{Names.norm(cls), "-1"});
        if (meant.isEmpty()) return null;
        for (String[] e : meant) if (fits(run, e[0], first)) return null;
        for (String[] e : meant) {
            for (String name : List.of(e[0], bare(e[0]))) {
                if (name.length() < 2 || run.length() < name.length()) continue;
                String piece = first ? run.substring(0, name.length()) : run.substring(run.length() - name.length());
                if (piece.equals(name) || !org.fiscallens.facts.Names.letters(piece).equals(org.fiscallens.facts.Names.letters(name))) continue;
                int i = Integer.parseInt(e[1]);
                return new Wrong(piece, e[0], code, i >= 0 ? rows.get(i).evidence() : null, i >= 0 ? "table" : "classification");
            }
        }
        org.fiscallens.facts.Classification.Rename r = renameOf(code);
        if (r != null && fy != null && fy >= r.since()) {
            for (String old : List.of(Names.norm(r.old()), bare(Names.norm(r.old())))) {
                if (first ? run.startsWith(old) : run.endsWith(old)) return new Wrong(old, r.name(), code, null, "renamed");
            }
        }
        return null;
    }

    /** A name marked with its level (…（项）): the longest end of the words before the mark that is a 科目 name. */
    private static Wrong byMark(String run, String level, Integer fy, Known known, String t, int at) {
        for (int k = 0; k + 2 <= run.length(); k++) {
            String suf = run.substring(k);
            org.fiscallens.facts.Classification.Rename r = org.fiscallens.facts.Classification.renamedFrom(suf);
            if (r != null && "类".equals(level)) {
                if (fy != null && fy >= r.since() && !toldAsFormer(t, at, r.since())) return new Wrong(suf, r.name(), r.code(), null, "renamed");
                return null;
            }
            if (org.fiscallens.facts.Classification.find(suf, level, null, fy) != null
                    || org.fiscallens.facts.Classification.find(suf + "支出", level, null, fy) != null || known.names.contains(suf)) return null;
            if (suf.length() < 3) continue;
            // the name meant at the level marked, else at any level (a 款 the report marks 类)
            for (boolean atLevel : new boolean[]{true, false}) {
                for (org.fiscallens.facts.Classification.Entry e : org.fiscallens.facts.Classification.sameLetters(suf)) {
                    if ((!atLevel || e.level().equals(level)) && !Names.norm(e.name()).equals(suf))
                        return new Wrong(suf, Names.norm(e.name()), e.code(), null, "classification");
                }
                for (Known.Row row : known.byLetters.getOrDefault(org.fiscallens.facts.Names.letters(suf), List.of())) {
                    if (FUNCTION_CODE.matcher(row.code()).matches() && !row.name().equals(suf)
                            && (!atLevel || level.equals(org.fiscallens.tables.structure.Codes.level(row.code()))))
                        return new Wrong(suf, row.name(), row.code(), row.evidence(), "table");
                }
            }
        }
        return null;
    }

    /**
     * Names printed in running words, without code or mark: a stretch with the letters of a 科目 name of the tables or of
     * the classification (four characters or more) in another order, that is no name itself; a renamed class's old name.
     */
    private static void bareNames(Placed place, String t, Integer fy, Known known, List<int[]> spans) {
        for (org.fiscallens.facts.Classification.Rename r : org.fiscallens.facts.Classification.renames()) {
            if (fy == null || fy < r.since()) continue;
            for (int i = t.indexOf(r.old()); i >= 0; i = t.indexOf(r.old(), i + 1)) {
                int end = i + r.old().length();
                if (overlaps(spans, i, end) || toldAsFormer(t, i, r.since())) continue;
                spans.add(new int[]{i, end});
                place.report(i, end, new Wrong(r.old(), r.name(), r.code(), null, "renamed"));
            }
        }
        // the names printed as they are: a stretch over one of them (疗救助医 in 医疗救助医保) is no swapped name
        List<int[]> exact = new ArrayList<>();
        for (int len : known.lengths) {
            for (int i = 0; i + len <= t.length(); i++) if (known.isName(t.substring(i, i + len), fy)) exact.add(new int[]{i, i + len});
        }
        for (int len : known.lengths) {
            for (int i = 0; i + len <= t.length(); i++) {
                String w = t.substring(i, i + len);
                if (!w.codePoints().allMatch(c -> c >= 0x4e00 && c <= 0x9fa5) || overlaps(spans, i, i + len) || overlaps(exact, i, i + len)) continue;
                // a conjunction at an end belongs to the words around (…预算和其他商品服务支出: 其他商品服务支出 shortened, not swapped)
                if ("和及与".indexOf(w.charAt(0)) >= 0 || "和及与".indexOf(w.charAt(len - 1)) >= 0) continue;
                int[] cp = w.replace("其它", "其他").codePoints().sorted().toArray();
                String letters = new String(cp, 0, cp.length);
                List<org.fiscallens.facts.Classification.Entry> same = org.fiscallens.facts.Classification.withLetters(letters);
                List<Known.Row> rows = known.byLetters.getOrDefault(letters, List.of());
                if (same.isEmpty() && rows.isEmpty() || known.isName(w, fy)) continue;
                Wrong found = same.isEmpty() ? new Wrong(w, rows.get(0).name(), rows.get(0).code(), rows.get(0).evidence(), "table")
                        : new Wrong(w, Names.norm(same.get(0).name()), same.get(0).code(), null, "classification");
                spans.add(new int[]{i, i + len});
                // standing as a name (a list's item, a subject with its figure): a warning; inside running words (一是保障劳动监察, to
                // ensure the 劳动监察) the same letters may be other words: an observation
                if (standsAsName(t, i, i + len) && !verbFirst(w)) place.report(i, i + len, found);
                else if (bounded(t, i, i + len)) place.report(i, i + len, new Wrong(w, found.meant(), found.code(), found.source(), found.why() + "?"));
            }
        }
    }

    /**
     * The stretch opens with a verb and is no 支出 (管理律师: to manage lawyers, not the 科目 律师管理): words of a duty
     * rather than a 科目's name, at most an observation.
     */
    private static boolean verbFirst(String w) {
        if (w.endsWith("支出")) return false;
        List<com.hankcs.hanlp.seg.common.Term> terms = org.fiscallens.facts.Segmenter.segment(w);
        return !terms.isEmpty() && terms.get(0).nature != null && terms.get(0).nature.toString().startsWith("v");
    }

    /** Bounded on one side at least: punctuation or the text's end, or 和/及/与/等 after it (公立医院综合改革 is not). */
    private static boolean bounded(String t, int from, int to) {
        if (from == 0 || to == t.length() || "，,、；;：:。“\"‘（(".indexOf(t.charAt(from - 1)) >= 0) return true;
        return "，,、；;：:。”\"’）)和及与等".indexOf(t.charAt(to)) >= 0;
    }

    /** Bounded by punctuation, quotes or the text's ends on its left, and on its right too or by 支出/科目/项目/为 or a figure. */
    private static boolean standsAsName(String t, int from, int to) {
        boolean left = from == 0 || "，,、；;：:。“\"‘（(".indexOf(t.charAt(from - 1)) >= 0;
        if (!left) return false;
        if (to == t.length()) return true;
        char c = t.charAt(to);
        return "，,、；;：:。”\"’）)".indexOf(c) >= 0 || Character.isDigit(c) || t.startsWith("支出", to) || t.startsWith("科目", to) || t.startsWith("为", to);
    }

    private static void report(CheckContext ctx, Passage p, String t, int from, int to, Wrong w) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(ctx.text().evidence(p, Snip.around(t, from, to, 50)));
        if (w.source() != null) ev.add(w.source());
        boolean unsure = w.why().endsWith("?");
        String why = unsure ? w.why().substring(0, w.why().length() - 1) : w.why();
        String msg = unsure ? "“" + w.printed() + "”与科目名称“" + w.meant() + "”（" + w.code() + "）用字相同而字序不同；如指该科目，名称字序有误" : switch (why) {
            case "renamed" -> "“" + w.printed() + "”是" + w.code() + "类的旧名，" + ctx.fiscalYear() + "年度应为“" + w.meant() + "”（"
                    + org.fiscallens.facts.Classification.renamedFrom(w.printed()).since() + "年起）";
            case "table" -> "科目名称“" + w.printed() + "”与表格中" + w.code() + "的名称“" + w.meant() + "”字序不同";
            default -> "科目名称“" + w.printed() + "”不是支出功能分类的名称，应为“" + w.meant() + "”（" + w.code() + "）";
        };
        ctx.report(CLASS_NAME, unsure ? Severity.INFO : CLASS_NAME.severity(), msg, null, ev);
    }

    /** The printed name starts (code first) or ends with the name meant, with or without its 支出, or shortens it. */
    private static boolean fits(String run, String name, boolean first) {
        String b = bare(name);
        if (first) return run.startsWith(name) || run.startsWith(b) || name.startsWith(run);
        return run.endsWith(name) || run.endsWith(b) || name.endsWith(run);
    }

    private static String bare(String name) {
        return name.endsWith("支出") && name.length() > 4 ? name.substring(0, name.length() - 2) : name;
    }

    private static org.fiscallens.facts.Classification.Rename renameOf(String code) {
        for (org.fiscallens.facts.Classification.Rename r : org.fiscallens.facts.Classification.renames()) if (r.code().equals(code)) return r;
        return null;
    }

    /** The sentence around {@code at} tells the name as former (原…, 更名) or speaks of a year before {@code since}. */
    private static boolean toldAsFormer(String t, int at, int since) {
        int from = Math.max(Math.max(t.lastIndexOf('。', at), t.lastIndexOf('；', at)), 0);
        int to = t.indexOf('。', at);
        String s = t.substring(from, to < 0 ? t.length() : to);
        if (FORMER.matcher(t.substring(Math.max(0, at - 2), at)).find()) return true;
        if (Regexes.matches(s, ".*(更名|改名|调整为|改为|变更为).*")) return true;
        Matcher y = YEAR.matcher(s);
        while (y.find()) if (Integer.parseInt(y.group(1)) < since) return true;
        return false;
    }

    private static boolean overlaps(List<int[]> spans, int from, int to) {
        for (int[] s : spans) if (from < s[1] && s[0] < to) return true;
        return false;
    }

    /** Neither name contains the other (after normalisation): a different body, not an abbreviation. */
    static boolean differs(String name, String entity) {
        String a = Names.norm(name), b = Names.norm(entity);
        if (a.contains("XX") || a.contains("ＸＸ") || a.contains("万元") || a.contains("单位")) return false;
        if (a.length() < 4 || a.contains(b) || b.contains(a)) return false;
        // an abbreviation (省检察院 for 江苏省人民检察院) keeps the entity's characters in order; a full name
        // starting with a place (上海市…) must be the entity's own
        if (!FULL_NAME.matcher(a).find() && subsequence(a, b)) return false;
        return true;
    }

    private static final Pattern FULL_NAME = Pattern.compile("^(中共)?[\\u4e00-\\u9fa5]{2,7}?(省|市|自治区)");

    private static boolean subsequence(String a, String b) {
        int j = 0;
        for (int i = 0; i < b.length() && j < a.length(); i++) if (b.charAt(i) == a.charAt(j)) j++;
        return j == a.length();
    }
}
