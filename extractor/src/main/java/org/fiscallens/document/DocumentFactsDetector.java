package org.fiscallens.document;

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

    private static final String YEAR = "((?:19|20)\\d{2})\\s*年\\s*度?";
    private static final String SCOPE_KIND = "\\s*(部门|单位)?\\s*(?:财务)?\\s*(预算|决算)";
    /** entity then year: 上海市普陀区财政局 2024年度部门决算 */
    private static final Pattern ENTITY_YEAR = Pattern.compile("(.{2,60}?)\\s*" + YEAR + SCOPE_KIND);
    /** year then entity: 2025年度上海市普陀区财政局部门预算 */
    private static final Pattern YEAR_ENTITY = Pattern.compile(YEAR + "\\s*(.{2,60}?)\\s*(部门|单位)\\s*(预算|决算)");
    /** year and kind anywhere: 2024年度部门决算, 2019年部门预算公开 */
    private static final Pattern YEAR_KIND = Pattern.compile(YEAR + SCOPE_KIND);
    /** A body's name as the subject of a statement about the year: 江苏省政协办公厅2019年度收入… */
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[。；，、：:])([\\p{IsHan}（）()]{4,30}?)(?:(?:19|20)\\d{2}年|本年)");
    private static final Pattern YEAR_ANYWHERE = Pattern.compile("((?:19|20)\\d{2})\\s*年.{0,20}?(预算|决算)");
    private static final Pattern PART_ONE = Pattern.compile("^第\\s*[一1]\\s*部\\s*分\\s*(.{2,40}?)\\s*(?:\\d{4}\\s*年度?)?\\s*(?:部门|单位)?\\s*(?:基本)?(?:概况|情况|简介)");
    private static final Pattern UNIT_LABEL = Pattern.compile("(?:编制|预算|决算|填报)?(?:单位|部门)(?:名称)?\\s*[:：]\\s*([\\p{IsHan}（）()]{4,40})");

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

    private static final Pattern OWNER_LABEL = Pattern.compile(
            "(预算|决算)?(主管)?(部门|单位)(名称)?\\s*[:：]\\s*([^\\s:：]{2,40})");

    /** 预算主管部门：X / 预算单位：X / 部门：X on the first page that has text. */
    private static Labelled entityLabel(List<PageLayout> pages, Set<TextLine> tocLines) {
        for (int i = 0; i < Math.min(3, pages.size()); i++) {
            PageLayout p = pages.get(i);
            List<TextLine> lines = p.bodyLines().stream().filter(l -> !tocLines.contains(l)).toList();
            if (lines.isEmpty()) continue;
            for (TextLine l : lines) {
                Matcher m = OWNER_LABEL.matcher(l.text());
                while (m.find()) {
                    String name = m.group(5);
                    if (Regexes.matches(name, "(万|亿|千)?元") || !isOrganisation(name)) continue;
                    boolean explicit = m.group(1) != null || m.group(2) != null;
                    return new Labelled(name, new Provenance(p.number(), l.box(), l.text().strip()), explicit);
                }
            }
            return null;
        }
        return null;
    }

    private static final Pattern ORGANISATION = Pattern.compile(
            ".{2,}(局|厅|委|院|会|办|室|处|中心|所|站|部|署|馆|队|校|团|社|联|园|府|组|办事处|委员会|公司|集团|大学|学院|医院|法院|检察院|研究院|管理处|街道|镇|乡|（本级）|\\(本级\\))$");

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
        return e;
    }

    /** No title anywhere: entity from 第一部分 …概况 or a 单位： label; year and kind by frequency. */
    private static DocumentInfo fallback(List<PageLayout> pages) {
        Map<String, Integer> yearKinds = new HashMap<>();
        String entity = null;
        Provenance prov = null;
        Map<String, Integer> subjects = new HashMap<>();
        Map<String, Provenance> subjectProv = new HashMap<>();
        for (PageLayout p : pages) {
            for (TextLine l : p.bodyLines()) {
                String t = l.text().strip();
                Matcher m = YEAR_KIND.matcher(t);
                boolean any = false;
                while (m.find()) {
                    yearKinds.merge(m.group(1) + "|" + (m.group(2) == null ? "" : m.group(2)) + "|" + m.group(3), 2, Integer::sum);
                    any = true;
                }
                if (!any) {
                    // Weaker: a year in a line that speaks of a budget or final accounts (2017年政府采购预算表).
                    Matcher y = YEAR_ANYWHERE.matcher(t);
                    if (y.find()) yearKinds.merge(y.group(1) + "||" + y.group(2), 1, Integer::sum);
                }
                if (entity == null) {
                    Matcher pm = PART_ONE.matcher(t);
                    if (pm.find()) {
                        String e = cleanEntity(pm.group(1));
                        if (isOrganisation(e)) { entity = e; prov = new Provenance(p.number(), l.box(), t); }
                    }
                }
                Matcher sm = SUBJECT.matcher(Regexes.replaceAll(t, "\\s+", ""));
                while (sm.find()) {
                    String e = sm.group(1);
                    if (isOrganisation(e)) {
                        subjects.merge(e, 1, Integer::sum);
                        subjectProv.putIfAbsent(e, new Provenance(p.number(), l.box(), t));
                    }
                }
            }
        }
        if (entity == null && !subjects.isEmpty()) {
            // The body most often named as the subject of a sentence about the year (江苏省政协办公厅2019年度…).
            Map.Entry<String, Integer> top = subjects.entrySet().stream().max(Map.Entry.comparingByValue()).get();
            if (top.getValue() >= 2) { entity = top.getKey(); prov = subjectProv.get(top.getKey()); }
        }
        if (entity == null) {
            outer:
            for (PageLayout p : pages) {
                for (TextLine l : p.bodyLines()) {
                    Matcher um = UNIT_LABEL.matcher(Regexes.replaceAll(l.text(), "\\s+", ""));
                    if (um.find()) {
                        String e = cleanEntity(um.group(1));
                        if (e != null) { entity = e; prov = new Provenance(p.number(), l.box(), l.text().strip()); break outer; }
                    }
                }
            }
        }
        if (yearKinds.isEmpty() && entity == null) return DocumentInfo.unknown();
        String best = yearKinds.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
        if (best == null) return new DocumentInfo(DocumentKind.UNKNOWN, Scope.UNKNOWN, null, entity, null, prov);
        String[] parts = best.split("\\|", -1);
        // Scope: any explicit 单位 wording decides; else department.
        boolean unit = yearKinds.keySet().stream().anyMatch(k -> k.split("\\|", -1)[1].equals("单位"));
        return new DocumentInfo(kind(parts[2]), unit ? Scope.UNIT : Scope.DEPARTMENT, Integer.parseInt(parts[0]),
                entity, null, prov);
    }

}
