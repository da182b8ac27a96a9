package org.fiscallens.facts;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The 支出功能分类 of the extractor's resources ({@code function_classification.tsv}: code, name, 类/款/项, parent) and
 * the 类 names that changed ({@code class_renames.tsv}: code, old name, new name, the fiscal year since which the new
 * name holds). The one reader of those files: the narrative's claims resolve a printed 科目 name to its code here, the
 * naming rule finds a renamed class here, enumerations keep names with 和/及/与 whole.
 */
public final class Classification {
    private Classification() {}

    /** One line of the classification. */
    public record Entry(String code, String name, String level, String parent) {}

    /** A renamed class: its code, the name before, the name since {@code since}. */
    public record Rename(String code, String old, String name, int since) {}

    private static final List<Entry> ENTRIES = new ArrayList<>();
    private static final List<Rename> RENAMES = new ArrayList<>();
    private static final Map<String, Entry> BY_CODE = new HashMap<>();
    private static final Map<String, List<Entry>> BY_LETTERS = new HashMap<>();

    static {
        rows("function_classification.tsv", c -> {
            if (c.length < 4) return;
            Entry e = new Entry(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip().isEmpty() ? null : c[3].strip());
            ENTRIES.add(e);
            BY_CODE.put(e.code(), e);
        });
        rows("class_renames.tsv", c -> { if (c.length >= 4) RENAMES.add(new Rename(c[0], c[1], c[2], Integer.parseInt(c[3].strip()))); });
        for (Entry e : ENTRIES) BY_LETTERS.computeIfAbsent(Names.letters(e.name()), k -> new ArrayList<>()).add(e);
    }

    /** Every data row of a bundled domain table (comment lines and the header skipped), split at tabs. */
    public static void rows(String resource, Consumer<String[]> row) {
        org.fiscallens.domain.DomainTables.rows(resource).forEach(row);
    }

    public static List<Entry> entries() { return List.copyOf(ENTRIES); }

    public static List<Rename> renames() { return List.copyOf(RENAMES); }

    public static Entry byCode(String code) { return code == null ? null : BY_CODE.get(code); }

    /** The name of the line {@code code} in fiscal year {@code year} (null: today's): a renamed class's old name before. */
    public static String nameOf(String code, Integer year) {
        Entry e = byCode(code);
        if (e == null) return null;
        for (Rename r : RENAMES) if (r.code().equals(code) && year != null && year < r.since()) return r.old();
        return e.name();
    }

    /** The rename whose old name this is (医疗卫生与计划生育支出 → 210), or null. */
    public static Rename renamedFrom(String name) {
        String n = Names.norm(name);
        if (n.isEmpty()) return null;
        for (Rename r : RENAMES) {
            String old = Names.norm(r.old());
            if (old.equals(n) || old.equals(n + "支出")) return r;
        }
        return null;
    }

    /** The lines whose names have exactly the letters of {@code name} ({@link Names#letters}), the name itself included. */
    public static List<Entry> sameLetters(String name) {
        return withLetters(Names.letters(name));
    }

    /** The lines whose {@link Names#letters} are {@code letters}. */
    public static List<Entry> withLetters(String letters) {
        return BY_LETTERS.getOrDefault(letters, List.of());
    }

    /**
     * The line named {@code name} at {@code level} (类/款/项, null for any) under {@code parent} (null for any), under
     * the names of fiscal year {@code year} (null: today's): a class renamed since that year is found by its new name
     * only from that year on and by its old name only before. Null when there is none or more than one.
     */
    /**
     * As {@link #find}, and where the name is not printed whole: without its 支出 (一般公共服务（类）支出 → 一般公共服务),
     * or cut at its front by a bracket the narrative split it at (政府办公厅（室）及相关机构事务 → 相关机构事务, at least 4
     * characters, one line only).
     */
    public static Entry match(String name, String level, String parent, Integer year) {
        Entry e = find(name, level, parent, year);
        if (e != null) return e;
        String n = Names.norm(name);
        if (!n.endsWith("支出")) {
            e = find(n + "支出", level, parent, year);
            if (e != null) return e;
        }
        if (n.length() < 4) return null;
        Entry found = null;
        for (Entry x : ENTRIES) {
            if (level != null && !level.equals(x.level())) continue;
            if (parent != null && !parent.equals(x.parent())) continue;
            String xn = Names.norm(x.name());
            if (!(xn.endsWith(n) || xn.endsWith(n + "支出"))) continue;
            if (found != null) return null;
            found = x;
        }
        return found;
    }

    public static Entry find(String name, String level, String parent, Integer year) {
        String n = Names.norm(name);
        if (n.isEmpty()) return null;
        for (Rename r : RENAMES) {
            boolean before = year != null && year < r.since();
            if (before && Names.norm(r.old()).equals(n)) return BY_CODE.get(r.code());
            if (before && Names.norm(r.name()).equals(n)) return null; // not yet its name that year
        }
        Entry found = null;
        for (Entry e : ENTRIES) {
            if (level != null && !level.equals(e.level())) continue;
            if (parent != null && !parent.equals(e.parent())) continue;
            if (!Names.norm(e.name()).equals(n)) continue;
            if (found != null) return null;
            found = e;
        }
        return found;
    }
}
