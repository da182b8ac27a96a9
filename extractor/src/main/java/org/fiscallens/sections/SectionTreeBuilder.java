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

        Node(HeadingDetector.Heading h) {
            this.heading = h;
            this.style = h.numbered().style();
            this.lastPage = h.paragraph().lastPage();
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

    public static List<Section> build(List<Paragraph> paragraphs, HeadingDetector detector) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            HeadingDetector.Heading h = detector.detect(p);
            if (h == null) {
                if (!stack.isEmpty()) {
                    Node top = stack.get(stack.size() - 1);
                    if (top.text.length() > 0) top.text.append('\n');
                    top.text.append(p.text());
                    top.lastPage = Math.max(top.lastPage, p.lastPage());
                }
                continue;
            }
            Node node = new Node(h);
            if (node.style.equals("part")) {
                stack.clear();
            } else {
                int at = -1;
                for (int i = 0; i < stack.size(); i++) if (stack.get(i).style.equals(node.style)) { at = i; break; }
                if (at >= 0) while (stack.size() > at) stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) roots.add(node);
            else stack.get(stack.size() - 1).children.add(node);
            stack.add(node);
        }
        List<Section> out = new ArrayList<>();
        for (Node r : roots) out.add(r.toSection(1));
        return out;
    }
}
