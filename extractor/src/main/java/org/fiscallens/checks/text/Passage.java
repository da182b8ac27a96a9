package org.fiscallens.checks.text;

import org.fiscallens.model.Box;
import org.fiscallens.model.Section;

import java.util.List;

/**
 * A unit of running text: a section heading, a paragraph of a section's body, or a stray line outside
 * both (cover, contents, table titles and headers).
 *
 * @param kind    what it is
 * @param text    the text with hard wraps re-joined
 * @param path    the titles of the enclosing sections, outermost first (the heading itself included for headings)
 * @param section the section it belongs to (null for stray lines)
 * @param index   position of the paragraph within its section's body (0 for headings and lines)
 * @param page    the page it starts on
 * @param box     the box of its first line, when known
 * @param offset  where its normalised text starts in the document's normalised page text, or −1
 */
public record Passage(Kind kind, String text, List<String> path, Section section, int index,
                      int page, Box box, int offset) {

    public enum Kind { HEADING, PARAGRAPH, LINE }

    public Passage {
        path = List.copyOf(path);
    }

    /** The section titles joined, for messages ("三 情况说明 › 五 一般公共预算…"). */
    public String where() { return String.join(" › ", path); }

    public boolean under(String titleWord) {
        for (String t : path) if (t.contains(titleWord)) return true;
        return false;
    }
}
