package org.fiscallens.checks;

import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding that rests on a table cell OCR read with low confidence ({@code uncertain}) says so: the
 * inconsistency may be a misreading rather than the report's. The figure itself is never changed.
 */
public final class OcrDoubt {
    public static final String SUFFIX = " (read by OCR with low confidence: the cause may be OCR)";

    private OcrDoubt() {}

    /** The uncertain OCR cells of the document's tables. */
    public static List<Cell> uncertainCells(List<Table> tables) {
        List<Cell> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.cells() == null || !"ocr".equals(t.source())) continue;
            for (Cell c : t.cells()) if (Boolean.TRUE.equals(c.uncertain()) && c.box() != null) out.add(c);
        }
        return out;
    }

    /** The finding, its message marked when one of its pieces of evidence lies on an uncertain cell. */
    public static Finding mark(Finding f, List<Cell> uncertain) {
        if (uncertain.isEmpty() || f.message() == null || f.message().endsWith(SUFFIX)) return f;
        for (Evidence e : f.evidence()) {
            if (e.box() == null) continue;
            for (Cell c : uncertain) {
                if (c.page() != e.page()) continue;
                Box a = e.box(), b = c.box();
                if (a.contains(b.centerX(), b.centerY()) || b.contains(a.centerX(), a.centerY())) {
                    return new Finding(f.rule(), f.category(), f.severity(), f.message() + SUFFIX, f.evidence(), f.arithmetic());
                }
            }
        }
        return f;
    }
}
