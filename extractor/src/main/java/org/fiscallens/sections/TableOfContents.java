package org.fiscallens.sections;

import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.TextLine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the 目录 (table of contents): the line "目录" / "目 录" on one of the first pages, every
 * line after it on that page, and following pages that still look like contents (short entries,
 * numbered or ending in page numbers or dot leaders).
 */
public final class TableOfContents {
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*\\.\\d+|\\d{1,3}(,\\d{3})+");
    private static final Pattern LEADER = Pattern.compile(".*([.．…·\\-—_]{3,}|\\s)\\s*\\d{1,3}$");

    /** The lines that belong to the TOC, and their entries' text. */
    public record Result(Set<TextLine> lines, List<Integer> pages, List<String> entries) {
        public static final Result NONE = new Result(Set.of(), List.of(), List.of());
    }

    private TableOfContents() {}

    public static Result find(List<PageLayout> pages) {
        for (int i = 0; i < Math.min(6, pages.size()); i++) {
            PageLayout p = pages.get(i);
            List<TextLine> body = p.bodyLines();
            for (int k = 0; k < body.size(); k++) {
                String t = Regexes.replaceAll(body.get(k).text(), "\\s+", "");
                if (t.equals("目录") || t.equals("目錄") || t.equalsIgnoreCase("contents")) {
                    return collect(pages, i, k);
                }
            }
        }
        return Result.NONE;
    }

    /**
     * The contents run from the 目录 line over entry-like lines, across page breaks (at most four pages),
     * and end at the first line that is not an entry or that repeats the first entry (the body's own
     * first heading right after the contents).
     */
    private static Result collect(List<PageLayout> pages, int pageIndex, int lineIndex) {
        Set<TextLine> lines = new HashSet<>();
        List<Integer> tocPages = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        String first = null;
        Set<String> titles = new HashSet<>();
        for (int q = pageIndex; q < Math.min(pageIndex + 4, pages.size()); q++) {
            List<TextLine> body = pages.get(q).bodyLines();
            int from = q == pageIndex ? lineIndex : 0;
            boolean any = false;
            for (int j = from; j < body.size(); j++) {
                TextLine l = body.get(j);
                String norm = entryTitle(l.text());
                if (q == pageIndex && j == lineIndex) {
                    lines.add(l);
                    any = true;
                    continue;
                }
                // The body begins where an entry's title comes back (its first heading or table title).
                if (q > pageIndex && titles.contains(norm)) return new Result(lines, tocPages(tocPages, pages.get(q), any), entries);
                // On the contents page itself, the first entry coming back is the body starting under the contents.
                if (q == pageIndex && first != null && !norm.isEmpty() && norm.equals(first)) {
                    return new Result(lines, tocPages(tocPages, pages.get(q), any), entries);
                }
                if (!isEntry(l.text().strip())) {
                    // A wrapped entry continues on a short next line; anything else ends the contents.
                    if (!entries.isEmpty() && l.text().strip().length() <= 20 && !l.text().contains("。")
                            && j + 1 < body.size() && isEntry(body.get(j + 1).text().strip())) {
                        lines.add(l);
                        continue;
                    }
                    return new Result(lines, tocPages(tocPages, pages.get(q), any), entries);
                }
                if (first == null) first = norm;
                titles.add(norm);
                lines.add(l);
                entries.add(l.text().strip());
                any = true;
            }
            if (any) tocPages.add(pages.get(q).number());
        }
        return new Result(lines, tocPages, entries);
    }

    /** An entry's title without its numbering, leaders and page number, for recognising its repeat in the body. */
    static String entryTitle(String line) {
        String t = Regexes.replaceAll(Regexes.replaceAll(line, "[.．…·\\-—_]{2,}\\s*\\d*\\s*$", ""), "\\s+\\d+\\s*$", "").strip();
        HeadingPattern.Numbered n = HeadingPattern.match(t);
        if (n != null) t = n.title();
        return Regexes.replaceAll(t, "[\\s.．…·\\-—_]+", "");
    }

    private static List<Integer> tocPages(List<Integer> pages, PageLayout current, boolean any) {
        List<Integer> out = new ArrayList<>(pages);
        if (any && !out.contains(current.number())) out.add(current.number());
        return out;
    }

    /** A contents entry: a numbered title, a title with dot leaders and a page number, or a short title. */
    static boolean isEntry(String t) {
        if (t.isEmpty() || t.length() > 60) return false;
        // Amounts belong to tables and text, never to contents entries (which end in page numbers at most); a list
        // number before a year ("5．2024年部门…预算表") is not an amount.
        if (AMOUNT.matcher(Regexes.replaceFirst(t, "^\\d{1,2}[.．]\\s*(?=(19|20)\\d\\d年)", "")).find()) return false;
        if (LEADER.matcher(t).matches()) return true;
        if (HeadingPattern.match(t) != null) return !t.contains("。") || t.endsWith("。") && t.length() <= 40;
        return t.length() <= 24 && !Regexes.matches(t, ".*[。，；,;：:].*");
    }

    static boolean looksLikeContents(List<TextLine> lines) {
        if (lines.size() < 3) return false;
        int entryLike = 0;
        for (TextLine l : lines) {
            String t = l.text().strip();
            if (t.length() > 60) return false;
            if (HeadingPattern.match(t) != null || LEADER.matcher(t).matches()) entryLike++;
        }
        return entryLike >= 0.7 * lines.size();
    }
}
