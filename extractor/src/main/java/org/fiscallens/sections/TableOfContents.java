package org.fiscallens.sections;

import org.fiscallens.layout.PageLayout;
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
                String t = body.get(k).text().replaceAll("\\s+", "");
                if (t.equals("目录") || t.equals("目錄") || t.equalsIgnoreCase("contents")) {
                    Set<TextLine> lines = new HashSet<>();
                    List<Integer> tocPages = new ArrayList<>();
                    List<String> entries = new ArrayList<>();
                    tocPages.add(p.number());
                    for (int j = k; j < body.size(); j++) {
                        lines.add(body.get(j));
                        if (j > k) entries.add(body.get(j).text().strip());
                    }
                    for (int q = i + 1; q < Math.min(i + 4, pages.size()); q++) {
                        List<TextLine> next = pages.get(q).bodyLines();
                        if (!looksLikeContents(next)) break;
                        tocPages.add(pages.get(q).number());
                        for (TextLine l : next) { lines.add(l); entries.add(l.text().strip()); }
                    }
                    return new Result(lines, tocPages, entries);
                }
            }
        }
        return Result.NONE;
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
