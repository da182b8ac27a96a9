package org.fiscallens.sections;

import org.fiscallens.model.Provenance;
import org.fiscallens.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the section tree from the paragraphs of the body flow. Levels follow the order in which
 * numbering styles nest in this document: a heading whose style is already open closes everything
 * below it and becomes a sibling; a new style opens a level under the current heading; 第X部分 always
 * starts at the top.
 */
public final class SectionTreeBuilder {

    private static final class Node {
        final HeadingDetector.Heading heading;
        final String style;
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int lastPage;
        /** Content that is not text (a table) was found under this heading. */
        boolean otherContent;

        Node(HeadingDetector.Heading h) {
            this.heading = h;
            this.style = h.numbered().style();
            this.lastPage = h.paragraph().lastPage();
            this.text.append(h.body());
        }

        boolean empty() {
            return text.length() == 0 && children.isEmpty() && !otherContent;
        }

        /**
         * Three or more childless headings of one style with nothing under any of them are the items of a list
         * (内设机构: 1.办公室 2.政治部 …), not sections: they go back into the parent's text.
         */
        void demoteLists() {
            java.util.Map<String, List<Node>> byStyle = new java.util.LinkedHashMap<>();
            for (Node c : children) byStyle.computeIfAbsent(c.style, k -> new ArrayList<>()).add(c);
            for (List<Node> group : byStyle.values()) {
                if (group.size() >= 3 && group.stream().allMatch(Node::empty)) {
                    for (Node item : group) {
                        if (text.length() > 0) text.append('\n');
                        text.append(item.heading.paragraph().text());
                    }
                    children.removeAll(group);
                }
            }
            for (Node c : children) c.demoteLists();
        }

        int subtreeLastPage() {
            int p = lastPage;
            for (Node c : children) p = Math.max(p, c.subtreeLastPage());
            return p;
        }

        Section toSection(int level) {
            List<Section> kids = new ArrayList<>();
            for (Node c : children) kids.add(c.toSection(level + 1));
            Paragraph p = heading.paragraph();
            return new Section(heading.numbered().number(), heading.title(), level, style,
                    List.of(p.page(), subtreeLastPage()), text.toString().strip(),
                    new Provenance(p.page(), p.firstLine().box(), p.firstLine().text().strip()), kids);
        }
    }

    private SectionTreeBuilder() {}

    /** Whether the paragraph repeats the title of the innermost open numbered heading (blanks ignored). */
    private static boolean repeatsOpenHeading(Paragraph p, List<Node> stack) {
        if (stack.isEmpty()) return false;
        Node top = stack.get(stack.size() - 1);
        if (top.style.equals("title") || top.heading.title() == null) return false;
        String title = org.fiscallens.layout.Chars.compact(top.heading.title());
        String text = org.fiscallens.layout.Chars.compact(p.text());
        return !title.isEmpty() && (text.equals(title) || text.endsWith(title) || title.endsWith(text));
    }

    /**
     * A heading either continues an open level of its style (any number) or opens a new level, which
     * starts at 1 (一, （一）, 1., (1)); a "2." with no open "1." is an item of a note or list.
     */
    private static boolean opensOrContinues(HeadingDetector.Heading h, List<Node> stack) {
        if (h.numbered().style().equals("part")) return true;
        for (Node open : stack) if (open.style.equals(h.numbered().style())) return true;
        return HeadingPattern.value(h.numbered().number()) == 1;
    }

    /**
     * A heading set in a heading face may also carry on a numbering begun under the previous section
     * (（一）… 1. 2. 3. 4. （二）… 5. 6.): its number follows the last heading of the same style and face since the
     * last part or unnumbered title.
     */
    private static boolean continuesNumbering(HeadingDetector.Heading h, java.util.Map<String, Integer> lastNumber) {
        Integer last = lastNumber.get(h.numbered().style() + "|" + h.face());
        return last != null && HeadingPattern.value(h.numbered().number()) == last + 1;
    }

    /**
     * A numbered line that continues a run of numbered body paragraphs (the next item of a list of duties),
     * or follows a line ending in a colon (具体包括：), is a list item, not a heading.
     */
    private static boolean isListItem(HeadingDetector.Heading h, Paragraph previous, java.util.Map<String, Integer> listItems) {
        String style = h.numbered().style();
        if (style.equals("part")) return false;
        Integer last = listItems.get(style);
        int value = HeadingPattern.value(h.numbered().number());
        if (last != null && value == last + 1) return true;
        if (previous != null && value == 1) {
            String prev = previous.text().strip();
            if ((prev.endsWith("：") || prev.endsWith(":")) && HeadingPattern.match(prev) == null) return true;
        }
        return false;
    }

    /**
     * A numbered line in body type followed at once by the next number of its own style, in the same face
     * (1.清风苑杂志社 then 2.国家检察官学院江苏分院), has nothing under it: it is the first item of a list, not
     * a section. A title naming a part of the report (…情况, …说明) is kept: a template may leave a section empty.
     */
    private static boolean followedByNextItem(HeadingDetector.Heading h, Paragraph next) {
        if (next == null || next.text().isEmpty() || h.numbered().style().equals("part")) return false;
        HeadingPattern.Numbered n = HeadingPattern.match(next.text());
        if (n == null || !n.style().equals(h.numbered().style())) return false;
        if (HeadingPattern.value(n.number()) != HeadingPattern.value(h.numbered().number()) + 1) return false;
        if (!HeadingDetector.face(next).equals(h.face())) return false;
        return !HeadingDetector.namesPart(h.title());
    }

    public static List<Section> build(List<Paragraph> paragraphs, HeadingDetector detector) {
        return build(paragraphs, detector, 1);
    }

    /**
     * @param firstBodyPage the last page before the body (the cover, or the last contents page): unnumbered
     *                      titles on it or before it are the cover's, not chapters
     */
    public static List<Section> build(List<Paragraph> paragraphs, HeadingDetector detector, int firstBodyPage) {
        return build(paragraphs, detector, firstBodyPage, p -> false);
    }

    /**
     * @param tableTitle whether a paragraph is the printed title of a table below it. One that repeats the numbered
     *                   heading just above it (一、收入支出决算总表, then the table titled 收入支出决算总表) is text of
     *                   that heading, not an unnumbered chapter title that would close it; a table title of its own
     *                   (a budget's 2025年部门收入预算总表 after the 编制说明) still opens a chapter.
     */
    public static List<Section> build(List<Paragraph> paragraphs, HeadingDetector detector, int firstBodyPage,
                                      java.util.function.Predicate<Paragraph> tableTitle) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        // The last numbered paragraph that was not a heading, per numbering style: its successors are list items.
        java.util.Map<String, Integer> listItems = new java.util.HashMap<>();
        // The last heading number per numbering style and face since the last part or unnumbered title.
        java.util.Map<String, Integer> lastNumber = new java.util.HashMap<>();
        Paragraph previous = null;
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            Paragraph next = k + 1 < paragraphs.size() ? paragraphs.get(k + 1) : null;
            HeadingDetector.Heading h = detector.detect(p);
            HeadingPattern.Numbered numbered = HeadingPattern.match(p.text());
            if (h != null && !detector.emphasized(p)
                    && (isListItem(h, previous, listItems) || followedByNextItem(h, next))) h = null;
            if (h != null && !opensOrContinues(h, stack)
                    && !(detector.emphasized(p) && continuesNumbering(h, lastNumber))) h = null;
            if (h == null && numbered != null) {
                listItems.put(numbered.style(), HeadingPattern.value(numbered.number()));
            }
            previous = p;
            if (h == null) {
                if (detector.isUnnumberedTitle(p) && !(tableTitle.test(p) && repeatsOpenHeading(p, stack))) {
                    // An unnumbered chapter title closes the numbered sections before it (not the part it is in);
                    // outside any part it opens a chapter of its own, so that its text is not lost.
                    while (!stack.isEmpty() && !stack.get(stack.size() - 1).style.equals("part")) stack.remove(stack.size() - 1);
                    lastNumber.clear();
                    if (stack.isEmpty() && p.page() > firstBodyPage) {
                        String title = HeadingDetector.cleanTitle(p.text());
                        Node node = new Node(new HeadingDetector.Heading(new HeadingPattern.Numbered("title", null, title), title, p,
                                p.firstLine().leadingCjkFont() + "@" + Math.round(p.firstLine().fontSize()), ""));
                        roots.add(node);
                        stack.add(node);
                        listItems.clear();
                    }
                    continue;
                }
                if (!stack.isEmpty()) {
                    Node top = stack.get(stack.size() - 1);
                    if (!p.text().isEmpty()) {
                        if (top.text.length() > 0) top.text.append('\n');
                        top.text.append(p.text());
                    } else {
                        top.otherContent = true;
                    }
                    top.lastPage = Math.max(top.lastPage, p.lastPage());
                }
                continue;
            }
            Node node = new Node(h);
            if (node.style.equals("part")) {
                stack.clear();
                lastNumber.clear();
            } else {
                // A heading continues the level whose style and face it shares; the same style in another face
                // (a numbering that restarts in a smaller or other typeface) opens a level below.
                int at = -1;
                for (int i = 0; i < stack.size(); i++) {
                    Node open = stack.get(i);
                    if (open.style.equals(node.style) && open.heading.face().equals(node.heading.face())) { at = i; break; }
                }
                if (at < 0) {
                    for (int i = 0; i < stack.size(); i++) {
                        Node open = stack.get(i);
                        if (open.style.equals(node.style) && HeadingPattern.value(node.heading.numbered().number()) != 1) { at = i; break; }
                    }
                }
                if (at >= 0) while (stack.size() > at) stack.remove(stack.size() - 1);
            }
            // Headings of a new level start list tracking afresh.
            listItems.clear();
            lastNumber.put(node.style + "|" + h.face(), HeadingPattern.value(h.numbered().number()));
            if (stack.isEmpty()) roots.add(node);
            else stack.get(stack.size() - 1).children.add(node);
            stack.add(node);
        }
        List<Section> out = new ArrayList<>();
        for (Node r : roots) {
            r.demoteLists();
            out.add(r.toSection(1));
        }
        return out;
    }
}
