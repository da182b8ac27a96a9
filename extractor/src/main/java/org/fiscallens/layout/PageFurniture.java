package org.fiscallens.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Marks running headers, footers and page numbers so that they stay out of body text: page-number
 * lines ("— 1 —", "-3-", "第 2 页", "2/25") in the top or bottom band of a page, and lines repeated
 * (digits ignored) in the same band on several pages.
 */
public final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–－─━_·•~～]*(\\d{1,4}|[ivxlcIVXLC]{1,6})[\\s\\-—–－─━_·•~～]*$"
                    + "|^第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
                    + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$"
                    + "|^(page|Page|PAGE)\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?$");
    /** Fraction of the page height that counts as the top or bottom band. */
    private static final double BAND = 0.09;
    /** A page number between dashes (─ 11 ─) is furniture a little further from the edge than other lines. */
    private static final Pattern DASHED_NUMBER = Pattern.compile("^[\\-—–－─━~～]\\s*\\d{1,4}\\s*[\\-—–－─━~～]$");
    private static final double DASHED_BAND = 0.13;

    private PageFurniture() {}

    public static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    public static List<PageLayout> mark(List<PageLayout> pages) {
        Map<String, Integer> repeats = new HashMap<>();
        for (PageLayout p : pages) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (TextLine l : p.lines()) {
                String band = band(p, l);
                if (band != null && seen.add(band + key(l.text()))) repeats.merge(band + key(l.text()), 1, Integer::sum);
            }
        }
        int minRepeats = Math.max(3, (int) Math.ceil(pages.size() * 0.3));
        List<PageLayout> out = new ArrayList<>(pages.size());
        for (PageLayout p : pages) {
            List<TextLine> lines = new ArrayList<>(p.lines().size());
            for (TextLine l : p.lines()) {
                String band = band(p, l);
                LineRole role = LineRole.BODY;
                if (band == null && DASHED_NUMBER.matcher(l.text().strip()).matches()
                        && (l.box().bottom() <= p.height() * DASHED_BAND || l.box().top() >= p.height() * (1 - DASHED_BAND))) {
                    role = LineRole.PAGE_NUMBER;
                }
                if (band != null) {
                    if (isPageNumber(l.text())) role = LineRole.PAGE_NUMBER;
                    else if (repeats.getOrDefault(band + key(l.text()), 0) >= minRepeats && l.text().strip().length() <= 60) {
                        role = band.equals("T") ? LineRole.HEADER : LineRole.FOOTER;
                    }
                }
                lines.add(role == l.role() ? l : l.withRole(role));
            }
            out.add(p.withLines(lines));
        }
        return out;
    }

    private static String band(PageLayout p, TextLine l) {
        if (l.box().bottom() <= p.height() * BAND) return "T";
        if (l.box().top() >= p.height() * (1 - BAND)) return "B";
        return null;
    }

    private static String key(String text) {
        return Regexes.replaceAll(Regexes.replaceAll(text, "\\d+", "#"), "\\s+", "");
    }
}
