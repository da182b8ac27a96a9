package org.fiscallens.checks.text;

import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Provenance;
import org.fiscallens.model.Section;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document's running text for the checks: headings and paragraphs from the section tree, each placed
 * on its page by finding it in the model's body lines ({@link FiscalDocument#lines()}), plus the body lines
 * that belong to no paragraph (cover, contents, table titles and header cells). It reads only the model, so a
 * JSON model gives the checks what its PDF gave. Without lines a paragraph is placed on its section's first page.
 */
public final class DocText {

    /** A line that starts a list item or a heading: 1、 1. （一） (1) 一、 ① 第…条. */
    private static final Pattern ITEM_START = Pattern.compile(
            "^\\s*(\\d{1,2}\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[）)]|[一二三四五六七八九十]{1,3}\\s*、|[①-⑳]|第[一二三四五六七八九十百]+[条章部分])");
    /** A line ending like a title (…部门决算表, …情况说明) is not continued by the next line. */
    private static final Pattern TITLE_END = Pattern.compile("(表|决算|预算|说明|情况|目录)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；;!?]\\s*$");

    private final FiscalDocument doc;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Passage> lines = new ArrayList<>();
    // normalised text of all body lines of all pages, with for each char its line
    private final StringBuilder flat = new StringBuilder();
    private final List<Provenance> lineAt = new ArrayList<>();
    private final List<Integer> lineStart = new ArrayList<>();
    /** The offset of each page's first line in {@link #flat}. */
    private final java.util.Map<Integer, Integer> pageStart = new java.util.HashMap<>();
    private int cursor = 0;

    private DocText(FiscalDocument doc, List<Provenance> body) {
        this.doc = doc;
        for (Provenance l : body) {
            String n = norm(l.quote());
            if (n.isEmpty()) continue;
            pageStart.putIfAbsent(l.page(), flat.length());
            lineStart.add(flat.length());
            lineAt.add(l);
            flat.append(n);
        }
        walk(doc.sections(), new ArrayList<>());
        if (!lineAt.isEmpty()) strayLines();
    }

    /**
     * The running text of a document as its model holds it: the sections placed on the model's body lines
     * ({@link FiscalDocument#lines()}). Only a document without lines (built by hand) takes them from
     * {@code pages} when given; without either, a paragraph is placed on its section's first page.
     */
    public static DocText of(FiscalDocument doc, List<PageLayout> pages) {
        return new DocText(doc, !doc.lines().isEmpty() || pages == null ? doc.lines() : bodyLines(pages));
    }

    /**
     * The body lines of the pages as the model keeps them ({@link FiscalDocument#lines()}): every line that is
     * not a running header, footer or page number and holds some text, with its page, box and text.
     */
    public static List<Provenance> bodyLines(List<PageLayout> pages) {
        List<Provenance> out = new ArrayList<>();
        if (pages == null) return out;
        for (PageLayout p : pages) {
            for (TextLine l : p.lines()) {
                if (l.role() != LineRole.BODY) continue;
                String text = l.text().strip();
                if (norm(text).isEmpty()) continue;
                out.add(new Provenance(l.page(), l.box(), text));
            }
        }
        return out;
    }

    public FiscalDocument document() { return doc; }

    /** Headings and paragraphs in document order. */
    public List<Passage> passages() { return passages; }

    /** Body lines outside every heading and paragraph (cover, contents, table titles and cells). */
    public List<Passage> strayLinesList() { return lines; }

    /** Everything: passages then stray lines. */
    public List<Passage> all() {
        List<Passage> a = new ArrayList<>(passages);
        a.addAll(lines);
        return a;
    }

    public static String norm(String s) { return org.fiscallens.layout.Chars.compact(s); }

    private void walk(List<Section> sections, List<String> path) {
        for (Section s : sections) {
            List<String> here = new ArrayList<>(path);
            String title = ((s.number() == null ? "" : s.number() + " ") + (s.title() == null ? "" : s.title())).strip();
            here.add(title);
            String headingQuote = s.heading() != null && s.heading().quote() != null ? s.heading().quote() : title;
            passages.add(place(Passage.Kind.HEADING, headingQuote, here, s, 0,
                    s.heading() != null ? s.heading().page() : s.firstPage(), s.heading() != null ? s.heading().box() : null));
            int i = 0;
            for (String para : paragraphs(s.text())) {
                passages.add(place(Passage.Kind.PARAGRAPH, para, here, s, i++, s.firstPage(), null));
            }
            walk(s.children(), here);
        }
    }

    /** Splits a section body into paragraphs, re-joining a line broken mid-sentence onto the next. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        if (body == null || body.isBlank()) return out;
        StringBuilder cur = null;
        for (String raw : Regexes.split(body, "\n")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (cur != null && !SENTENCE_END.matcher(cur).find() && !ITEM_START.matcher(line).find()
                    && !cur.toString().endsWith("：") && cur.length() > 20 && !TITLE_END.matcher(cur).find()) {
                cur.append(line);
                continue;
            }
            if (cur != null && cur.toString().endsWith("：") && ITEM_START.matcher(cur).find()
                    && !ITEM_START.matcher(line).find()) {
                // "9、…主要用于：" wrapped before its object "在职人员…。" : the item goes on
                cur.append(line);
                continue;
            }
            if (cur != null) out.add(cur.toString());
            cur = new StringBuilder(line);
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }

    private Passage place(Passage.Kind kind, String text, List<String> path, Section s, int index, int fallbackPage, Box fallbackBox) {
        String n = norm(text);
        if (lineAt.isEmpty() || n.isEmpty()) return new Passage(kind, text, path, s, index, fallbackPage, fallbackBox, -1);
        String probe = n.length() > 24 ? n.substring(0, 24) : n;
        int at = -1;
        if (kind == Passage.Kind.HEADING && fallbackBox != null) {
            // a heading knows its page: look there first (a part's own text, placed before its children, may lie
            // after them, and the contents page repeats every heading)
            Integer from = pageStart.get(fallbackPage);
            if (from != null) {
                at = flat.indexOf(probe, from);
                if (at >= 0 && lineOf(at).page() != fallbackPage) at = -1;
            }
        }
        if (at < 0) at = flat.indexOf(probe, cursor);
        if (at < 0 || at - cursor > 200_000) at = flat.indexOf(probe);
        if (at < 0) return new Passage(kind, text, path, s, index, fallbackPage, fallbackBox, -1);
        cursor = at + Math.min(n.length(), probe.length());
        Provenance l = lineOf(at);
        return new Passage(kind, text, path, s, index, l.page(), l.box(), at);
    }

    private Provenance lineOf(int offset) {
        return lineAt.get(lineIndex(offset));
    }

    private void strayLines() {
        BitSet covered = new BitSet(flat.length());
        for (Passage p : passages) {
            if (p.offset() < 0) continue;
            covered.set(p.offset(), Math.min(flat.length(), p.offset() + norm(p.text()).length()));
        }
        for (int i = 0; i < lineAt.size(); i++) {
            int start = lineStart.get(i), end = i + 1 < lineStart.size() ? lineStart.get(i + 1) : flat.length();
            int free = 0;
            for (int c = start; c < end; c++) if (!covered.get(c)) free++;
            if (free * 2 > end - start) {
                Provenance l = lineAt.get(i);
                lines.add(new Passage(Passage.Kind.LINE, l.quote(), List.of(), null, 0, l.page(), l.box(), start));
            }
        }
    }

    /**
     * Evidence for a quote inside a passage: the page where the quote starts (a paragraph may run over a
     * page break) and the union box of every line of that page the quote covers (a quote wrapped over
     * two lines is boxed on both).
     */
    public Evidence evidence(Passage p, String quote) {
        List<Evidence> all = evidencePerPage(p, quote);
        return all.get(0);
    }

    /**
     * Evidence for a quote inside a passage, one per page it covers (a quote that runs over a page break
     * has a second one on the next page), each with the union box of the quote's lines on that page.
     */
    public List<Evidence> evidencePerPage(Passage p, String quote) {
        String q = quote.strip();
        if (p.offset() >= 0 && !lineAt.isEmpty()) {
            String pn = norm(p.text());
            String qn = norm(q);
            int rel = qn.isEmpty() ? -1 : pn.indexOf(qn);
            if (rel >= 0) {
                int start = p.offset() + rel;
                int end = Math.min(flat.length(), start + qn.length()) - 1;
                int first = lineIndex(start), last = Math.max(first, lineIndex(Math.max(start, end)));
                List<Evidence> out = new ArrayList<>();
                int page = -1;
                Box box = null;
                for (int i = first; i <= last; i++) {
                    Provenance l = lineAt.get(i);
                    if (l.page() != page) {
                        if (box != null) out.add(Evidence.text(page, q, box));
                        page = l.page();
                        box = l.box();
                    } else {
                        box = box == null ? l.box() : l.box() == null ? box : box.union(l.box());
                    }
                }
                out.add(Evidence.text(page, q, box));
                return out;
            }
        }
        return List.of(Evidence.text(p.page(), q, p.box()));
    }

    private int lineIndex(int offset) {
        int lo = 0, hi = lineStart.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStart.get(mid) <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
