package org.fiscallens.tables.structure;

import org.fiscallens.layout.Regexes;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Department tables that list each subordinate unit (预算单位) as its own block of 类/款/项 rows: the unit's line
 * (no code, the unit's name in the 预算单位 column or the name column, its own figures) opens a block whose coded rows
 * follow, and the next unit's line closes it. A unit's block is a hierarchy of its own, so its rows carry the unit
 * ({@link TableRow#unit()}); a line above the first unit that adds the units up (the department's) and a 合计 line
 * after them stay outside every block.
 *
 * <p>Once read as blocks, every unit line after the first opens a block, also a unit's that has no coded rows (a unit
 * printing only 0.00). Read as blocks only when the layout requires it: at least two such lines, each directly followed by a coded
 * row, and a code that occurs under two of them (else the codes of the whole table are one hierarchy anyway, as
 * in a 基本支出 table whose 人员经费 and 公用经费 lines head classes that never repeat).
 */
public final class UnitBlocks {
    private UnitBlocks() {}

    /** The rows with their units set (the same list when the table is not made of unit blocks). */
    public static List<TableRow> assign(List<TableRow> rows) {
        List<TableRow> out = new ArrayList<>(rows);
        List<String> blocks = new ArrayList<>();
        for (TableRow r : rows) if (!blocks.contains(r.block())) blocks.add(r.block());
        for (String block : blocks) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) if (Objects.equals(rows.get(i).block(), block)) idx.add(i);
            assignBlock(rows, idx, out);
        }
        return out;
    }

    private static void assignBlock(List<TableRow> rows, List<Integer> idx, List<TableRow> out) {
        List<Integer> heads = new ArrayList<>();
        for (int k = 0; k + 1 < idx.size(); k++) {
            TableRow r = rows.get(idx.get(k)), next = rows.get(idx.get(k + 1));
            if (isUnitLine(r) && next.code() != null && Codes.level(next.code()) != null) heads.add(k);
        }
        if (heads.size() < 2) return;
        // which head's block each code occurs in: a code under two heads makes the blocks necessary
        Map<String, Integer> seen = new HashMap<>();
        boolean repeats = false;
        int[] owner = new int[idx.size()];
        int h = -1;
        for (int k = 0; k < idx.size(); k++) {
            TableRow r = rows.get(idx.get(k));
            // past the first unit, every unit line opens a block, also one with no coded rows (a unit printing 0.00)
            if (heads.contains(k) || k > heads.get(0) && isUnitLine(r)) h = k;
            else if (h >= 0 && isTotal(r)) h = -1; // a 合计 line after the units closes the last block
            owner[k] = h;
            if (h >= 0 && r.code() != null) {
                Integer prev = seen.putIfAbsent(r.code(), h);
                if (prev != null && prev != h) repeats = true;
            }
        }
        if (!repeats) return;
        for (int k = 0; k < idx.size(); k++) {
            if (owner[k] < 0) continue;
            String unit = rows.get(idx.get(owner[k])).name();
            out.set(idx.get(k), rows.get(idx.get(k)).withUnit(unit));
        }
    }

    /** A line naming a unit: no code, a name that is not a total, list item or 其中 line, and figures of its own. */
    static boolean isUnitLine(TableRow r) {
        if (r.code() != null && !r.code().isEmpty()) return false;
        String n = r.name();
        if (n == null || n.isBlank() || isTotal(r)) return false;
        if (HeaderRows.ORDINAL_LABEL.matcher(n).matches() || Regexes.matches(n, "^[（(]?[一二三四五六七八九十\\d]+[）)、.．].*|^其中.*")) return false;
        for (BigDecimal v : r.values().values()) if (v != null) return true;
        return false;
    }

    static boolean isTotal(TableRow r) {
        String n = r.name();
        return n != null && (HeaderRows.TOTAL_LABEL.matcher(n).matches() || Regexes.matches(n, ".*(合计|总计|小计)$"));
    }
}
