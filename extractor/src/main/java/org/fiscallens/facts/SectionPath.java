package org.fiscallens.facts;

import org.fiscallens.model.Box;
import org.fiscallens.model.Section;
import org.fiscallens.sections.Paragraph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The section each paragraph of the body flow belongs to: the section tree's headings are found among the
 * paragraphs by their page and first-line box, and every paragraph belongs to the last heading before it.
 *
 * @param number number path ("三.五.三"; "-" for an unnumbered level)
 * @param titles titles from the top level down
 */
public record SectionPath(String number, List<String> titles) {

    public static final SectionPath NONE = new SectionPath(null, List.of());

    public String title() { return titles.isEmpty() ? null : titles.get(titles.size() - 1); }

    /** All titles joined, for keyword tests. */
    public String allTitles() { return String.join("/", titles); }

    public static Map<Paragraph, SectionPath> assign(List<Paragraph> paragraphs, List<Section> sections) {
        List<Object[]> heads = new ArrayList<>();
        collect(sections, new ArrayList<>(), new ArrayList<>(), heads);
        Map<Paragraph, SectionPath> out = new IdentityHashMap<>();
        SectionPath current = NONE;
        int next = 0;
        for (Paragraph p : paragraphs) {
            for (int k = next; k < heads.size(); k++) {
                Object[] h = heads.get(k);
                if ((int) h[0] == p.page() && h[1].equals(p.firstLine().box())) {
                    current = (SectionPath) h[2];
                    next = k + 1;
                    break;
                }
            }
            out.put(p, current);
        }
        return out;
    }

    private static void collect(List<Section> sections, List<String> numbers, List<String> titles, List<Object[]> out) {
        for (Section s : sections) {
            List<String> n = new ArrayList<>(numbers);
            n.add(s.number() == null ? "-" : s.number());
            List<String> t = new ArrayList<>(titles);
            t.add(s.title() == null ? "" : s.title());
            Box box = s.heading() == null ? null : s.heading().box();
            if (box != null) out.add(new Object[]{s.heading().page(), box, new SectionPath(String.join(".", n), List.copyOf(t))});
            collect(s.children(), n, t, out);
        }
    }
}
