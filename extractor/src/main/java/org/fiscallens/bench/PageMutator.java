package org.fiscallens.bench;

import org.fiscallens.facts.TextPositions;
import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.WordBuilder;
import org.fiscallens.model.Box;
import org.fiscallens.sections.Paragraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes the printed text of a page at the level the pdf stage hands on: glyphs keep their positions, the changed
 * ones take the new characters, and the page's words and lines are rebuilt from the glyphs as the pdf stage builds
 * them ({@link WordBuilder}), so the later stages read the page as if the PDF had printed the change.
 */
public final class PageMutator {
    private PageMutator() {}

    /**
     * One change of one page: the glyphs at {@code glyphs} (indices into {@link PageLayout#glyphs()}, in reading
     * order) print {@code text} instead. With as many characters as glyphs, each glyph takes one character in its own
     * box; otherwise the characters are spread evenly over the glyphs' box, and an empty {@code text} removes the
     * glyphs and closes the gap on their line (the rest of the line moves left), as a slot left empty prints.
     */
    public record Edit(int page, List<Integer> glyphs, String text) {
        public Edit {
            glyphs = List.copyOf(glyphs);
        }
    }

    /** A glyph of the read pages: its page and index in that page's glyphs. */
    public record GlyphRef(int page, int index, Glyph glyph) {}

    /** Every glyph of the pages by identity (the later stages keep the pdf stage's glyph objects). */
    public static Map<Glyph, GlyphRef> index(List<PageLayout> pages) {
        Map<Glyph, GlyphRef> out = new IdentityHashMap<>();
        for (PageLayout p : pages) {
            List<Glyph> gs = p.glyphs();
            for (int i = 0; i < gs.size(); i++) out.put(gs.get(i), new GlyphRef(p.number(), i, gs.get(i)));
        }
        return out;
    }

    /** The pages with the edit applied: the edited page rebuilt, every other page the same object. */
    public static List<PageLayout> apply(List<PageLayout> pages, Edit edit) {
        List<PageLayout> out = new ArrayList<>(pages.size());
        boolean done = false;
        for (PageLayout p : pages) {
            if (p.number() == edit.page() && !done) {
                out.add(rebuild(p, edited(p.glyphs(), edit)));
                done = true;
            } else {
                out.add(p);
            }
        }
        if (!done) throw new IllegalArgumentException("no page " + edit.page());
        return out;
    }

    /** The glyphs of a page after the edit. */
    static List<Glyph> edited(List<Glyph> glyphs, Edit edit) {
        List<Integer> at = edit.glyphs();
        String text = edit.text();
        List<Glyph> out = new ArrayList<>(glyphs);
        int[] cps = text.codePoints().toArray();
        if (cps.length == at.size()) {
            for (int i = 0; i < at.size(); i++) {
                Glyph g = glyphs.get(at.get(i));
                out.set(at.get(i), with(g, new String(Character.toChars(cps[i])), g.box()));
            }
            return out;
        }
        Glyph first = glyphs.get(at.get(0));
        Box box = first.box();
        for (int i : at) box = box.union(glyphs.get(i).box());
        java.util.Set<Integer> drop = new java.util.HashSet<>(at);
        List<Glyph> kept = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) if (!drop.contains(i)) kept.add(glyphs.get(i));
        if (cps.length == 0) {
            // close each line's gap: the removed glyphs grouped by line, the rest of that line moved left
            for (List<Glyph> row : rows(at.stream().map(glyphs::get).toList())) {
                Box gap = row.get(0).box();
                for (Glyph g : row) gap = gap.union(g.box());
                // the glyphs after the gap: those whose middle is right of the last removed glyph's (a digit's box may
                // reach past the start of the unit after it, which then moved with the rest and not before it: 元。万);
                // the first of them moves to where the gap began
                double lastMid = row.stream().mapToDouble(g -> g.box().centerX()).max().orElse(gap.x1());
                double next = Double.MAX_VALUE;
                for (Glyph g : kept) {
                    if (g.direction() == 0 && g.box().centerX() > lastMid && gap.verticalOverlapRatio(g.box()) >= 0.55) next = Math.min(next, g.box().x0());
                }
                double shift = next == Double.MAX_VALUE ? gap.width() : Math.max(0, next - gap.x0());
                for (int i = 0; i < kept.size(); i++) {
                    Glyph g = kept.get(i);
                    if (g.direction() == 0 && g.box().centerX() > lastMid && gap.verticalOverlapRatio(g.box()) >= 0.55) {
                        Box b = g.box();
                        kept.set(i, with(g, g.text(), new Box(b.x0() - shift, b.top(), b.x1() - shift, b.bottom())));
                    }
                }
            }
            return kept;
        }
        double w = box.width() / cps.length;
        for (int i = 0; i < cps.length; i++) {
            kept.add(with(first, new String(Character.toChars(cps[i])),
                    new Box(box.x0() + i * w, box.top(), box.x0() + (i + 1) * w, box.bottom())));
        }
        return kept;
    }

    /** Glyphs grouped into lines by vertical overlap (a figure wrapped over two lines is two groups). */
    private static List<List<Glyph>> rows(List<Glyph> gs) {
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph g : gs) {
            List<Glyph> row = null;
            for (List<Glyph> r : rows) if (r.get(0).box().verticalOverlapRatio(g.box()) >= 0.55) row = r;
            if (row == null) rows.add(row = new ArrayList<>());
            row.add(g);
        }
        return rows;
    }

    private static Glyph with(Glyph g, String text, Box box) {
        return new Glyph(text, box, g.font(), g.size(), g.direction(), g.confidence());
    }

    /** A page read again from its glyphs: words and lines as the pdf stage builds them. */
    public static PageLayout rebuild(PageLayout p, List<Glyph> glyphs) {
        WordBuilder.Page built = WordBuilder.page(glyphs, p.number());
        return new PageLayout(p.number(), p.width(), p.height(), p.rotation(), glyphs, built.words(), built.lines(), p.rulings(), p.rects(),
                p.images(), p.source(), p.skipped(), p.unreadText());
    }

    /**
     * The glyph behind each character of a paragraph's text (null for a blank that joins words or lines), through the
     * words {@link TextPositions} locates in it (the facts' own placing of figures).
     */
    public static GlyphRef[] glyphsOf(Paragraph p, Map<Glyph, GlyphRef> index) {
        GlyphRef[] out = new GlyphRef[p.text().length()];
        for (TextPositions.WordAt w : new TextPositions(p).words()) {
            int off = 0;
            for (Glyph g : w.word().glyphs()) {
                GlyphRef ref = index.get(g);
                for (int k = 0; k < g.text().length(); k++) {
                    int pos = w.start() + off + k;
                    // a glyph of several characters (a ligature) is only taken for its own single character
                    if (pos >= 0 && pos < out.length && g.text().length() == 1) out[pos] = ref;
                }
                off += g.text().length();
            }
        }
        return out;
    }

    /** The glyphs inside a box of a page (their centres), in reading order: top to bottom, left to right. */
    public static List<GlyphRef> inside(PageLayout p, Box box) {
        List<GlyphRef> out = new ArrayList<>();
        List<Glyph> gs = p.glyphs();
        for (int i = 0; i < gs.size(); i++) {
            Glyph g = gs.get(i);
            if (g.isSpace() || g.direction() != 0) continue;
            Box b = g.box();
            if (box.contains(b.centerX(), b.centerY())) out.add(new GlyphRef(p.number(), i, g));
        }
        out.sort(Comparator.comparingDouble((GlyphRef r) -> Math.round(r.glyph().box().bottom() / 3.0))
                .thenComparingDouble(r -> r.glyph().box().x0()));
        return out;
    }
}
