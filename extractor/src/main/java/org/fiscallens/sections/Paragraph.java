package org.fiscallens.sections;

import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;

import java.util.List;

/** Body lines re-joined into one paragraph (hard wraps removed), starting on {@code page}. */
public record Paragraph(String text, List<TextLine> lines, int page, Box box) {
    public Paragraph {
        lines = List.copyOf(lines);
    }

    public int lastPage() { return lines.get(lines.size() - 1).page(); }

    public TextLine firstLine() { return lines.get(0); }
}
