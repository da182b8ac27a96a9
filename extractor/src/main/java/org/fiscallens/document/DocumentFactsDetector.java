package org.fiscallens.document;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Provenance;
import org.fiscallens.model.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the document facts from the report's own title: "上海市普陀区财政局 2024年度部门决算",
 * "2025年度上海市普陀区财政局部门预算", "江苏省人民检察院2017年部门预算". The title is looked for on the
 * cover first (largest type on the first text page), then in the title lines of the first pages; when
 * no title names the entity (a cover that is an image), the entity comes from the 第一部分 heading
 * ("…概况") or a table's 单位/部门 label, and the year and kind from the most frequent title-like phrase.
 */
public final class DocumentFactsDetector {

    /** A year: 2024年度, 2024 年, or a bare 2026 directly before 部门/单位/年度 (2026部门预算情况的说明). */
    private static final String YEAR = "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年\\s*度?|(?=(?:部门|单位)))";
    private static final String SCOPE_KIND = "\\s*(部门|单位)?\\s*(?:财务|综合)?\\s*(预算|决算)";
    /** entity then year: 上海市普陀区财政局 2024年度部门决算 */
    private static final Pattern ENTITY_YEAR = Pattern.compile("(.{2,60}?)\\s*" + YEAR + SCOPE_KIND);
    /** year then entity: 2025年度上海市普陀区财政局部门预算 */
    private static final Pattern YEAR_ENTITY = Pattern.compile(YEAR + "\\s*(.{2,60}?)\\s*(部门|单位)\\s*(预算|决算)");
    /** year then a body then the kind without 部门/单位: 2018 年度江苏省财政厅预算公开 (the body must read as one). */
    private static final Pattern YEAR_BODY_KIND = Pattern.compile(YEAR + "\\s*(.{2,60}?)\\s*(?:财务|综合)?\\s*(预算|决算)");
    /** year and kind anywhere: 2024年度部门决算, 2019年部门预算公开 */
    private static final Pattern YEAR_KIND = Pattern.compile(YEAR + SCOPE_KIND);
    /** A body's name as the subject of a statement about the year: 江苏省政协办公厅2019年度收入… */
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[。；，、：:])([\\p{IsHan}（）()]{4,30}?)(?:(?:19|20)\\d{2}年|本年)");
    private static final Pattern YEAR_ANYWHERE = Pattern.compile("((?:19|20)\\d{2})\\s*年.{0,20}?(预算|决算)");
    private static final Pattern PART_ONE = Pattern.compile("^第\\s*[一1]\\s*部\\s*分\\s*(.{2,40}?)\\s*(?:\\d{4}\\s*年度?)?\\s*(?:部门|单位)?\\s*(?:基本)?(?:概况|情况|简介)");

    private DocumentFactsDetector() {}

    public static DocumentInfo detect(List<PageLayout> allPages, Set<TextLine> tocLines) {
        // OCR'd pages (an image cover) are less certain than the text layer: read the facts from the text layer,
        // and from OCR only when no page has one (a wholly scanned report).
        List<PageLayout> textPages = allPages.stream().filter(p -> !p.source().equals("ocr")).toList();
        boolean anyText = textPages.stream().anyMatch(p -> !p.lines().isEmpty());
        List<PageLayout> pages = anyText ? textPages : allPages;
        DocumentInfo info = fromCover(pages, tocLines);
        if (info == null) {
            // Any title-like line of the first pages.
            for (int i = 0; i < Math.min(6, pages.size()) && info == null; i++) {
                info = fromTitleLines(pages.get(i).bodyLines(), pages.get(i).number());
            }
        }
        if (info == null) info = fallback(pages);
        // A label on the first text page (预算主管部门：…, 预算单位：…, 部门：…) names the entity more exactly
        // than a generic title such as 上海市普陀区2025年区级部门预算.
        Labelled label = entityLabel(pages, tocLines);
        if (label != null && (info.entity() == null || !isOrganisation(info.entity()) || label.explicitOwner)) {
            info = new DocumentInfo(info.kind(), info.scope(), info.fiscalYear(), label.name,
                    info.title(), info.provenance() == null ? label.provenance : info.provenance());
        }
        return info;
    }

    /** The cover: the first page with text, its largest lines joined in reading order. */
    private static DocumentInfo fromCover(List<PageLayout> pages, Set<TextLine> tocLines) {
        for (int i = 0; i < Math.min(3, pages.size()); i++) {
            PageLayout p = pages.get(i);
            List<TextLine> lines = p.bodyLines().stream().filter(l -> !tocLines.contains(l)).toList();
            if (lines.isEmpty()) continue;
            double max = lines.stream().mapToDouble(TextLine::fontSize).max().orElse(0);
            List<TextLine> big = lines.stream().filter(l -> l.fontSize() >= max * 0.72).toList();
            DocumentInfo info = fromTitle(big, p.number());
            if (info != null) return info;
            info = fromTitleLines(lines, p.number());
            if (info != null) return info;
            return null;
        }
        return null;
    }

    private record Labelled(String name, Provenance provenance, boolean explicitOwner) {}

    /**
     * A label naming the body a report or a table is about: 预算主管部门：X, 预算单位：X, 部门：X, 编制单位：X,
     * 预算单位名称：X, 部门（单位）名称：X; in a table without the colon, the label cell then the value cell
     * (部门名称 X, 市级主管部门 X). Not a word ending in 单位/部门 that introduces a list (直属单位：A、B、…,
     * 金额单位：万元, nor a line that wraps such a word: 代管事业 / 单位：X；…): the label starts the line or follows
     * a blank or punctuation, and its value stands alone (a blank or the line's end after it, not a sentence
     * going on).
     */
    private static final Pattern OWNER_LABEL = Pattern.compile(
            "(?<![\\p{IsHan}])(预算|决算|编制|填报)?(主管)?(部门|单位|部门[（(]单位[)）])(名称)?\\s*[:：]\\s*([^\\s:：，。；、,;]{2,40})(?=\\s|$)");
    private static final Pattern CELL_LABEL = Pattern.compile(
            "(?<![\\p{IsHan}])(?:(?:预算|决算|编制|填报)?(?:部门|单位|部门[（(]单位[)）])名称|(?:[省市区县]级)?(主管部门))\\s+([^\\s:：，。；、,;]{2,40})(?=\\s|$)");

    /** Every owner label of the line, as names (a trailing list separator or closing bracket cut off). */
    static List<String> labelledNames(String line) {
        List<String> out = new ArrayList<>();
        for (Pattern pt : List.of(OWNER_LABEL, CELL_LABEL)) {
            Matcher m = pt.matcher(line);
            while (m.find()) {
                String raw = m.group(m.groupCount());
                String name = cleanEntity(raw);
                if (name == null || Regexes.matches(name, "(万|亿|千)?元") || !isOrganisation(name)) continue;
                out.add(name);
            }
        }
        return out;
    }

    /** 预算主管部门：X / 预算单位：X / 部门：X on the first page that has text. */
    private static Labelled entityLabel(List<PageLayout> pages, Set<TextLine> tocLines) {
        for (int i = 0; i < Math.min(3, pages.size()); i++) {
            PageLayout p = pages.get(i);
            List<TextLine> lines = p.bodyLines().stream().filter(l -> !tocLines.contains(l)).toList();
            if (lines.isEmpty()) continue;
            for (TextLine l : lines) {
                Matcher m = OWNER_LABEL.matcher(l.text());
                while (m.find()) {
                    String name = cleanEntity(m.group(5));
                    if (name == null || Regexes.matches(name, "(万|亿|千)?元") || !isOrganisation(name)) continue;
                    boolean explicit = m.group(1) != null || m.group(2) != null;
                    return new Labelled(name, new Provenance(p.number(), l.box(), l.text().strip()), explicit);
                }
            }
            return null;
        }
        return null;
    }

    private static final Pattern ORGANISATION = Pattern.compile(
            ".{2,}(局|厅|委|院|会|办|室|处|中心|所|站|部|署|馆|队|校|团|社|联|园|府|组|场|台|办事处|委员会|公司|集团|大学|学院|医院|法院|检察院|研究院|管理处|街道|镇|乡|（本级）|\\(本级\\))$");

    /** Whether a name reads as the name of a government body (ends in 局, 厅, 办公室, 中心, …). */
    static boolean isOrganisation(String name) {
        return name != null && ORGANISATION.matcher(name).matches();
    }

    /** Joins the given lines (reading order) and looks for a whole title. */
    private static DocumentInfo fromTitle(List<TextLine> lines, int page) {
        if (lines.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) sb.append(l.text().strip());
        String joined = sb.toString();
        return parseTitle(joined, page, lines);
    }

    /** Each line, and each pair of consecutive lines, as a title candidate. */
    private static DocumentInfo fromTitleLines(List<TextLine> lines, int page) {
        for (int i = 0; i < lines.size(); i++) {
            String one = lines.get(i).text().strip();
            if (one.length() > 60) continue;
            DocumentInfo info = parseTitle(one, page, List.of(lines.get(i)));
            if (info != null && info.entity() != null) return info;
            if (i + 1 < lines.size()) {
                String two = one + lines.get(i + 1).text().strip();
                info = parseTitle(two, page, List.of(lines.get(i), lines.get(i + 1)));
                if (info != null && info.entity() != null) return info;
            }
        }
        return null;
    }

    static DocumentInfo parseTitle(String raw, int page, List<TextLine> lines) {
        String s = Regexes.replaceAll(raw, "[\\s\u3000]+", " ").strip();
        Matcher m = ENTITY_YEAR.matcher(s);
        while (m.find()) {
            String entity = cleanEntity(m.group(1));
            if (entity != null) {
                return info(m.group(4), m.group(3), Integer.parseInt(m.group(2)), entity, s, page, lines);
            }
        }
        m = YEAR_ENTITY.matcher(s);
        if (m.find()) {
            String entity = cleanEntity(m.group(2));
            return info(m.group(4), m.group(3), Integer.parseInt(m.group(1)), isOrganisation(entity) ? entity : null, s, page, lines);
        }
        // A year-first cover without 部门/单位 (2018 年度江苏省财政厅预算公开): only when a body's name stands between.
        m = YEAR_BODY_KIND.matcher(s);
        while (m.find()) {
            String entity = cleanEntity(m.group(2));
            if (isOrganisation(entity)) {
                return info(m.group(3), null, Integer.parseInt(m.group(1)), entity, s, page, lines);
            }
        }
        return null;
    }

    private static DocumentInfo info(String kind, String scope, int year, String entity, String title, int page, List<TextLine> lines) {
        org.fiscallens.model.Box box = null;
        for (TextLine l : lines) box = box == null ? l.box() : box.union(l.box());
        return new DocumentInfo(kind(kind), scope(scope), year, entity, Regexes.replaceAll(title, "\\s+", ""),
                new Provenance(page, box, title));
    }

    private static DocumentKind kind(String k) {
        if (k == null) return DocumentKind.UNKNOWN;
        return k.equals("决算") ? DocumentKind.FINAL_ACCOUNTS : DocumentKind.BUDGET;
    }

    private static Scope scope(String s) {
        return "单位".equals(s) ? Scope.UNIT : Scope.DEPARTMENT;
    }

    /** Strips labels and noise around an entity name; null when what remains is not a name. */
    static String cleanEntity(String raw) {
        String e = Regexes.replaceAll(raw, "\\s+", "");
        e = Regexes.replaceFirst(e, "^(附件\\s*\\d*\\s*[:：]?|附\\s*件\\s*[:：]?)", "");
        // Keep only the trailing run of name characters (the title may be preceded by other words).
        Matcher m = Pattern.compile("[\\p{IsHan}A-Za-zＸX（）()·]+$").matcher(e);
        if (!m.find()) return null;
        e = m.group();
        e = Regexes.replaceFirst(e, "^(目录|目錄)", "");
        if (e.length() < 2) return null;
        // A title such as "部门预算" or "关于…的说明" is not an entity.
        if (Regexes.matches(e, ".*(公开|说明|目录|情况|部分)$")) return null;
        return qualified(e);
    }

    /**
     * The body's name without the decoration a report adds to it: （汇总） says the figures are the department's
     * consolidated ones, i.e. the department itself; a trailing 部门 (北京市统计局部门2026年度部门预算) is the
     * word "department", not part of the name. （本级） is kept: it names the department's own office, a
     * narrower reporting entity than the department with its subordinate units.
     */
    static String qualified(String name) {
        String e = Regexes.replaceFirst(name, "[（(]\\s*汇\\s*总\\s*[)）]$", "");
        if (e.endsWith("部门") && isOrganisation(e.substring(0, e.length() - 2))) e = e.substring(0, e.length() - 2);
        return e;
    }

    /** A line that is only a period: （2026年度）, 2026（年度）, 2024年度 — the year a table is about. */
    private static final Pattern PERIOD_LINE = Pattern.compile("^[（(]?((?:19|20)\\d{2})[（(]?年度?[)）]?$");
    /** A standard table's number: 预算01表, 预算表12, 决算03表 — the kind of report the table belongs to. */
    private static final Pattern NUMBERED_TABLE = Pattern.compile("^(预算|决算)(?:\\d{1,2}(?:-\\d{1,2})?表|表\\d{1,2})");
    /** A performance table: targets are set with the budget, a self-assessment reports on the year closed. */
    private static final Pattern PERFORMANCE_TABLE = Pattern.compile("绩效(目标|自评)(?:申报)?表");
    /** A body named first in a sentence of its own description: X属于…, X是…, X设…, X共有…, X主要职责…. */
    private static final Pattern DESCRIBED = Pattern.compile(
            "(?:^|[。；，：:])([\\p{IsHan}（）()]{4,30}?)(?:属于|是|为|设|内设|下设|共有|的主要职责|主要职责|职责是)");
    /** A body named after the year it spends in: 2026年北京市气象局政府采购预算总额…. */
    private static final Pattern YEAR_SUBJECT = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d{2}年度?([\\p{IsHan}（）()]{4,30}?)(?:部门|单位)?(?:政府采购|收入|支出|预算|决算|一般公共|财政拨款|“三公”|\"三公\"|机关运行)");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

    /**
     * No title anywhere (an image cover, a file of tables only): the entity from 第一部分 …概况, else the body
     * most often named by an owner label (部门名称 in the tables' headers), else the body most often named as
     * a sentence's subject; the year and the kind by the votes of the phrases naming them (YYYY年…预算/决算,
     * a table's period line （2026年度）, its number 预算01表, a 绩效目标表 or 绩效自评表), and, with nothing else,
     * the year most often written.
     */
    private static DocumentInfo fallback(List<PageLayout> pages) {
        Map<Integer, Integer> years = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Map<Integer, Integer> bareYears = new HashMap<>();
        boolean unitScope = false;
        String entity = null;
        Provenance prov = null;
        Map<String, Integer> labels = new HashMap<>();
        Map<String, Provenance> labelProv = new HashMap<>();
        Map<String, Integer> subjects = new HashMap<>();
        Map<String, Provenance> subjectProv = new HashMap<>();
        for (PageLayout p : pages) {
            StringBuilder pageText = new StringBuilder();
            List<Integer> lineStarts = new ArrayList<>();
            List<TextLine> pageLines = p.bodyLines();
            for (TextLine l : p.lines()) {
                if (l.role() == LineRole.PAGE_NUMBER) continue;
                String t = l.text().strip();
                String c = Chars.compact(t);
                // Labels, period lines and table numbers count in running headers too (部门名称：X repeated over
                // each page of a table); phrases and the subjects of sentences only in the body.
                Matcher pl = PERIOD_LINE.matcher(c);
                if (pl.matches()) years.merge(Integer.parseInt(pl.group(1)), 2, Integer::sum);
                Matcher nt = NUMBERED_TABLE.matcher(c);
                if (nt.find()) kinds.merge(nt.group(1), 2, Integer::sum);
                Matcher pt = PERFORMANCE_TABLE.matcher(c);
                while (pt.find()) kinds.merge(pt.group(1).equals("目标") ? "预算" : "决算", 1, Integer::sum);
                for (String name : labelledNames(t)) {
                    labels.merge(name, 1, Integer::sum);
                    labelProv.putIfAbsent(name, new Provenance(p.number(), l.box(), t));
                }
                if (l.role() != LineRole.BODY) continue;
                lineStarts.add(pageText.length());
                pageText.append(c);
                // 预决算 (budgets and final accounts together) names neither kind.
                String k = Regexes.replaceAll(t, "预\\s*决\\s*算", "");
                Matcher m = YEAR_KIND.matcher(k);
                boolean any = false;
                while (m.find()) {
                    years.merge(Integer.parseInt(m.group(1)), 2, Integer::sum);
                    kinds.merge(m.group(3), 2, Integer::sum);
                    if ("单位".equals(m.group(2))) unitScope = true;
                    any = true;
                }
                if (!any) {
                    // Weaker: a year in a line that speaks of a budget or final accounts (2017年政府采购预算表).
                    Matcher y = YEAR_ANYWHERE.matcher(k);
                    if (y.find()) {
                        years.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
                        kinds.merge(y.group(2), 1, Integer::sum);
                    }
                }
                Matcher by = BARE_YEAR.matcher(c);
                while (by.find()) bareYears.merge(Integer.parseInt(by.group(1)), 1, Integer::sum);
                if (entity == null) {
                    Matcher pm = PART_ONE.matcher(t);
                    if (pm.find()) {
                        String e = cleanEntity(pm.group(1));
                        if (isOrganisation(e)) { entity = e; prov = new Provenance(p.number(), l.box(), t); }
                    }
                }
            }
            // Subjects over the page's text joined, so that a name wrapped onto the next line is whole.
            String text = pageText.toString();
            for (Pattern sp : List.of(SUBJECT, DESCRIBED, YEAR_SUBJECT)) {
                Matcher sm = sp.matcher(text);
                while (sm.find()) {
                    String e = qualified(sm.group(1));
                    if (!isOrganisation(e)) continue;
                    subjects.merge(e, 1, Integer::sum);
                    int at = lineAt(lineStarts, sm.start(1));
                    TextLine l = pageLines.get(at);
                    subjectProv.putIfAbsent(e, new Provenance(p.number(), l.box(), l.text().strip()));
                }
            }
        }
        if (entity == null && !labels.isEmpty()) {
            // The body the tables are labelled with (部门名称 X on each table), the most frequent first.
            String top = best(labels);
            entity = top;
            prov = labelProv.get(top);
        }
        if (entity == null && !subjects.isEmpty()) {
            // The body most often named as the subject of a sentence (江苏省政协办公厅2019年度…, X属于…).
            String top = best(subjects);
            if (subjects.get(top) >= 2) { entity = top; prov = subjectProv.get(top); }
        }
        if (years.isEmpty() && kinds.isEmpty() && entity == null) return DocumentInfo.unknown();
        Integer year = years.isEmpty() ? (bareYears.isEmpty() ? null : Integer.valueOf(best(bareYears))) : Integer.valueOf(best(years));
        if (kinds.isEmpty()) return new DocumentInfo(DocumentKind.UNKNOWN, Scope.UNKNOWN, year, entity, null, prov);
        // Scope: any explicit 单位 wording decides; else department.
        return new DocumentInfo(kind(best(kinds)), unitScope ? Scope.UNIT : Scope.DEPARTMENT, year, entity, null, prov);
    }

    /** The key with the most votes; ties to the greater key (a later year), as the phrase ranking did. */
    private static <K extends Comparable<K>> K best(Map<K, Integer> votes) {
        return votes.entrySet().stream()
                .max(Map.Entry.<K, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    private static int lineAt(List<Integer> starts, int offset) {
        int i = 0;
        while (i + 1 < starts.size() && starts.get(i + 1) <= offset) i++;
        return i;
    }

}
