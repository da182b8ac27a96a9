package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A heading of the document (第X部分, 一、, （一）, 1., (1)) with the body under it.
 *
 * @param number   the number as printed without its punctuation ("三", "一", "1"), null for unnumbered
 * @param title    the heading text after the number
 * @param level    depth in the tree, 1 for top-level headings
 * @param style    the numbering style: part, cjk, paren_cjk, arabic, paren_arabic, circled; or title for an
 *                 unnumbered chapter title set in larger type outside any part (部门预算编制说明)
 * @param pages    first and last physical page the section spans
 * @param text     the body text directly under this heading (children's text not repeated)
 * @param heading  where the heading line is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"number", "title", "level", "style", "pages", "text", "heading", "children"})
public record Section(String number, String title, int level, String style, List<Integer> pages,
                     String text, Provenance heading, List<Section> children) {

    public Section {
        children = children == null ? List.of() : List.copyOf(children);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public int firstPage() { return pages.isEmpty() ? 0 : pages.get(0); }
    public int lastPage() { return pages.isEmpty() ? 0 : pages.get(pages.size() - 1); }
}
