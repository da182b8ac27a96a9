package org.fiscallens.tables.structure;

import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Repairs of a table's rows that the grid cannot make, made once here so that the model's rows (and the JSON,
 * the exports and every check) show the same reading: a wrapped name's figure printed centred between its two
 * lines is folded into its row, and an emptied table's blank body line is a printed row whose cells are blank.
 */
public final class RowRepairs {
    private RowRepairs() {}

    /**
     * Folds a nameless, codeless row into the named row just above it when that row has no figure at all: the
     * figure printed beside a name wrapped onto two lines (vertically centred between them) is read by the table
     * engine as a line of its own ("三、单位预留机动 | 2,388.04 | 经费" gives "三、单位预留机动经费" and an unnamed 2388.04).
     * Both rows must be of the same block, unit and page.
     */
    public static List<TableRow> foldCentredFigures(List<TableRow> in) {
        List<TableRow> out = new ArrayList<>();
        for (TableRow r : in) {
            TableRow prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean orphan = (r.name() == null || r.name().isBlank()) && (r.code() == null || r.code().isEmpty()) && hasValue(r.values());
            if (orphan && prev != null && prev.name() != null && !prev.name().isBlank() && !hasValue(prev.values())
                    && Objects.equals(prev.block(), r.block()) && Objects.equals(prev.unit(), r.unit()) && prev.page() == r.page()) {
                Map<String, BigDecimal> v = new LinkedHashMap<>(prev.values());
                v.putAll(r.values());
                Box box = prev.box() == null ? r.box() : r.box() == null ? prev.box() : prev.box().union(r.box());
                out.set(out.size() - 1, new TableRow(prev.code(), prev.name(), prev.level(), prev.block(), v, prev.page(), box, prev.unit()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A table printed with its header and a body line left blank (an emptied 三公 or 政府性基金 table) has no typed
     * row; its blank body line — a line of cells below the last filled one spanning every column — is a printed
     * row whose every cell is blank (a check reads it as 0). Null when the grid has no such line.
     */
    public static TableRow blankBody(List<Cell> cells, List<String> columns) {
        if (cells == null || cells.isEmpty() || columns.isEmpty()) return null;
        int header = -1;
        for (Cell c : cells) if (c.text() != null && !c.text().isBlank()) header = Math.max(header, c.row() + c.rowSpan() - 1);
        Map<Integer, List<Cell>> body = new TreeMap<>();
        for (Cell c : cells) if (c.row() > header) body.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
        for (List<Cell> line : body.values()) {
            int span = line.stream().mapToInt(Cell::colSpan).sum();
            if (span < columns.size()) continue;
            Box box = null;
            for (Cell c : line) if (c.box() != null) box = box == null ? c.box() : box.union(c.box());
            Map<String, BigDecimal> v = new LinkedHashMap<>();
            for (String col : columns) v.put(col, null);
            return new TableRow(null, null, null, null, v, line.get(0).page(), box);
        }
        return null;
    }

    private static boolean hasValue(Map<String, BigDecimal> values) {
        for (BigDecimal v : values.values()) if (v != null) return true;
        return false;
    }
}
