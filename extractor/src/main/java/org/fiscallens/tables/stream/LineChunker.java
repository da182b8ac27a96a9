package org.fiscallens.tables.stream;

import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.Word;
import org.fiscallens.model.Box;

import java.util.ArrayList;
import java.util.List;

/** Splits a text line at gaps wider than {@link #GAP} of the font size: the pieces a column layout separates. */
final class LineChunker {
    static final double GAP = 0.9;

    private LineChunker() {}

    static List<Chunk> chunks(TextLine line) {
        List<Chunk> out = new ArrayList<>();
        Box box = null;
        StringBuilder text = new StringBuilder();
        double size = Math.max(line.fontSize(), 4);
        for (Word w : line.words()) {
            if (box != null && w.box().x0() - box.x1() > GAP * size) {
                out.add(new Chunk(box, text.toString()));
                box = null;
                text.setLength(0);
            }
            if (box != null) text.append(' ');
            text.append(w.text());
            box = box == null ? w.box() : box.union(w.box());
        }
        if (box != null) out.add(new Chunk(box, text.toString()));
        return out;
    }
}
