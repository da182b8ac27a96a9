package org.fiscallens.tables.bench;

import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Box;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads an ICDAR 2013 ground truth pair ({@code NAME-reg.xml} regions, {@code NAME-str.xml} cells). Its
 * coordinates are PDF user space with the origin at the page's bottom-left; {@code frames} gives, per 1-based
 * page, {x offset, y top} so that x' = x - xOffset and y' = yTop - y land in our upright top-left frame.
 */
public final class IcdarGroundTruth {
    private IcdarGroundTruth() {}

    public static List<IcdarRegion> read(Path str, IntFunction<double[]> frames) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(str.toFile());
        List<IcdarRegion> out = new ArrayList<>();
        NodeList regions = doc.getElementsByTagName("region");
        for (int i = 0; i < regions.getLength(); i++) {
            Element region = (Element) regions.item(i);
            int page = number(region.getAttribute("page"));
            double[] fr = frames.apply(page);
            List<RelationCell> cells = new ArrayList<>();
            Box box = null;
            NodeList cs = region.getElementsByTagName("cell");
            for (int k = 0; k < cs.getLength(); k++) {
                Element c = (Element) cs.item(k);
                int r0 = number(c.getAttribute("start-row")), c0 = number(c.getAttribute("start-col"));
                int r1 = c.hasAttribute("end-row") ? number(c.getAttribute("end-row")) : r0;
                int c1 = c.hasAttribute("end-col") ? number(c.getAttribute("end-col")) : c0;
                NodeList content = c.getElementsByTagName("content");
                String text = content.getLength() == 0 ? "" : content.item(0).getTextContent();
                cells.add(new RelationCell(r0, c0, r1, c1, text));
                Element bb = (Element) c.getElementsByTagName("bounding-box").item(0);
                if (bb != null) {
                    Box b = box(bb, fr);
                    box = box == null ? b : box.union(b);
                }
            }
            if (box != null) out.add(new IcdarRegion(page, box, cells));
        }
        return out;
    }

    /** Table regions of the -reg.xml file (for detection scores). */
    public static List<IcdarRegion> regions(Path reg, IntFunction<double[]> frames) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(reg.toFile());
        List<IcdarRegion> out = new ArrayList<>();
        NodeList regions = doc.getElementsByTagName("region");
        for (int i = 0; i < regions.getLength(); i++) {
            Element region = (Element) regions.item(i);
            int page = number(region.getAttribute("page"));
            NodeList bbs = region.getElementsByTagName("bounding-box");
            if (bbs.getLength() == 0) continue;
            out.add(new IcdarRegion(page, box((Element) bbs.item(bbs.getLength() - 1), frames.apply(page)), List.of()));
        }
        return out;
    }

    /** The ground truth has a few typos in numbers ("26ß"): read the digits. */
    static int number(String s) { return Integer.parseInt(Regexes.replaceAll(s, "[^0-9]", "")); }

    static double coordinate(String s) { return Double.parseDouble(Regexes.replaceAll(s, "[^0-9.\\-]", "")); }

    static Box box(Element bb, double[] fr) {
        double x1 = coordinate(bb.getAttribute("x1")), y1 = coordinate(bb.getAttribute("y1"));
        double x2 = coordinate(bb.getAttribute("x2")), y2 = coordinate(bb.getAttribute("y2"));
        return new Box(x1 - fr[0], fr[1] - y2, x2 - fr[0], fr[1] - y1);
    }
}
