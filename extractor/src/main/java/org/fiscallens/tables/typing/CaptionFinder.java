package org.fiscallens.tables.typing;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a table's title, unit and note from the page text around its grid: the title is the largest line
 * naming a table (…表) between the previous table and this one (or a full-width first grid row); the
 * unit is the nearest 单位：元/万元; the note is the 注/说明 text right under the grid.
 */
public final class CaptionFinder {
    static final double TITLE_WINDOW = 170;
    static final Pattern UNIT = Pattern.compile("单位[:：]?\\s*(万元|元|亿元)");
    static final Pattern LABEL = Pattern.compile("^(公开\\d+表|表[一二三四五六七八九十\\d]+|附表\\d*|附件\\d*|[一二三四五六七八九十]+、|\\(?[一二三四五六七八九十]+\\)|（[一二三四五六七八九十]+）)[:：]?");
    static final Pattern NOTE = Pattern.compile("^(注|说明|备注)\\s*\\d?\\s*[:：.、]?.*");

    private CaptionFinder() {}

    public static TableCaption find(PageLayout page, CellGrid grid, double above, double below) {
        Box a = grid.area();
        List<TextLine> window = new ArrayList<>();
        for (TextLine l : page.lines()) {
            if (l.role() != LineRole.BODY) continue;
            Box b = l.box();
            if (b.centerY() < a.top() && b.top() >= Math.max(above, a.top() - TITLE_WINDOW) - 1
                    && b.x1() > a.x0() - 40 && b.x0() < a.x1() + 40) window.add(l);
        }
        String title = null;
        double bestSize = -1, bestY = -1;
        boolean bestKnown = false;
        for (TextLine l : joinWrapped(window)) {
            String t = Chars.compact(l.text());
            if (!isTitleText(t)) continue;
            String clean = cleanTitle(t);
            boolean known = !TableKinds.classify(clean, "").equals(TableKinds.OTHER);
            double size = Math.round(l.fontSize() * 2) / 2.0;
            // A standard table's name beats a larger document banner (…年度部门决算表) above it.
            if ((known && !bestKnown) || (known == bestKnown && (size > bestSize || (size == bestSize && l.box().top() > bestY)))) {
                bestSize = size; bestY = l.box().top(); title = clean; bestKnown = known;
            }
        }
        if (title == null) {
            outer:
            for (GridCell c : grid.cells()) {
                if (c.row() > 2) continue;
                List<String> ls = c.lines();
                for (int k = 0; k < ls.size(); k++) {
                    String t = Chars.compact(ls.get(k));
                    if (isTitleText(t)) { title = cleanTitle(t); break outer; }
                    if (k + 1 < ls.size() && isTitleText(t + Chars.compact(ls.get(k + 1)))) { title = cleanTitle(t + Chars.compact(ls.get(k + 1))); break outer; }
                }
            }
        }
        String unit = null;
        for (TextLine l : window) {
            Matcher mu = UNIT.matcher(Chars.compact(l.text()));
            if (mu.find()) unit = mu.group(1);
        }
        if (unit == null) {
            for (GridCell c : grid.cells()) {
                if (c.row() > 3) continue;
                Matcher mu = UNIT.matcher(c.compact());
                if (mu.find()) { unit = mu.group(1); break; }
            }
        }
        return new TableCaption(title, unit, note(page, grid, below));
    }

    /** Lines of one large heading wrapped over two lines ("…支出预算" / "表") joined into one. */
    static List<TextLine> joinWrapped(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            if (!out.isEmpty()) {
                TextLine prev = out.get(out.size() - 1);
                double size = Math.max(prev.fontSize(), 1);
                if (Math.abs(prev.fontSize() - l.fontSize()) < 0.6 && l.box().top() - prev.box().bottom() < 0.9 * size
                        && size >= 12 && !isTitleText(Chars.compact(prev.text()))) {
                    List<org.fiscallens.layout.Word> ws = new ArrayList<>(prev.words());
                    ws.addAll(l.words());
                    out.set(out.size() - 1, new TextLine(ws, prev.box().union(l.box()), prev.text() + l.text(), prev.role(), prev.page()));
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    /** A title printed after the last table of a page (its table starts on the next page), or null. */
    public static String orphanTitle(PageLayout page, double below) {
        String title = null;
        for (TextLine l : joinWrapped(page.lines().stream().filter(x -> x.role() == LineRole.BODY && x.box().top() > below).toList())) {
            String t = Chars.compact(l.text());
            if (isTitleText(t) && !TableKinds.classify(cleanTitle(t), "").equals(TableKinds.OTHER) || isTitleText(t) && l.fontSize() >= 14) {
                title = cleanTitle(t);
            } else if (title != null && !UNIT.matcher(t).find() && !Regexes.matches(t, "^(编制)?(部门|单位)[:：].*")) {
                title = null; // text after the title: it was a heading of prose, not of a table
            }
        }
        return title;
    }

    /** A line naming a table: ends in 表 (or 表（…）), not a unit/department line, not a sentence. */
    public static boolean isTitleText(String t) {
        if (t.length() < 3 || t.length() > 60) return false;
        if (Regexes.matches(t, "^(编制)?(单位|部门|预算单位)[:：].*") || t.contains("单位：") || t.contains("单位:")) return false;
        if (t.contains("。") || t.contains("，") || Regexes.matches(t, "^第[一二三四五六七八九十\\d]+部分.*")) return false;
        String core = LABEL.matcher(t).replaceFirst("");
        if (core.isEmpty() || Regexes.matches(core, "[\\d\\s]*")) return false;
        return Regexes.matches(core, ".*表([（(].*[)）])?$");
    }

    public static String cleanTitle(String t) {
        String s = t;
        for (int i = 0; i < 3; i++) s = LABEL.matcher(s).replaceFirst("");
        return s;
    }

    static GridCell firstFullWidth(CellGrid g) {
        for (GridCell c : g.cells()) if (c.row() == 0 && c.col() == 0 && c.colSpan() == g.cols() && g.cols() > 1) return c;
        return null;
    }

    static String note(PageLayout page, CellGrid grid, double below) {
        Box a = grid.area();
        StringBuilder sb = new StringBuilder();
        double lastBottom = -1;
        for (TextLine l : page.lines()) {
            if (l.role() != LineRole.BODY) continue;
            Box b = l.box();
            if (b.centerY() <= a.bottom() || b.top() > Math.min(below, a.bottom() + 120)) continue;
            if (b.x1() < a.x0() - 40 || b.x0() > a.x1() + 40) continue;
            String t = Chars.compact(l.text());
            if (sb.length() == 0) {
                if (NOTE.matcher(t).matches() || t.contains("本表无数据") || t.contains("无数据")) { sb.append(t); lastBottom = b.bottom(); }
            } else if (b.top() - lastBottom < 1.2 * Math.max(l.fontSize(), 8)) {
                sb.append(t); lastBottom = b.bottom();
            } else {
                break;
            }
        }
        if (sb.length() == 0) {
            for (GridCell c : grid.cells()) {
                String t = c.compact();
                if (c.colSpan() >= Math.max(2, grid.cols() - 1) && c.row() > 0 && (NOTE.matcher(t).matches() || t.contains("本表无数据"))) return t;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

}
