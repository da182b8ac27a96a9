package org.fiscallens.facts;

import org.fiscallens.checks.tables.Names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    static {
        rows("function_classification.tsv", c -> {
            if (c.length < 4) return;
            Entry e = new Entry(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip().isEmpty() ? null : c[3].strip());
            ENTRIES.add(e);
            BY_CODE.put(e.code(), e);
        });
        rows("class_renames.tsv", c -> { if (c.length >= 4) RENAMES.add(new Rename(c[0], c[1], c[2], Integer.parseInt(c[3].strip()))); });
    }

    /** Every data row of a resource of {@code org/fiscallens/checks/} (comment lines and the header skipped), split at tabs. */
    public static void rows(String resource, Consumer<String[]> row) {
        try (InputStream in = Classification.class.getResourceAsStream("/org/fiscallens/checks/" + resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) { header = false; continue; }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Entry> entries() { return List.copyOf(ENTRIES); }

    public static List<Rename> renames() { return List.copyOf(RENAMES); }

    public static Entry byCode(String code) { return code == null ? null : BY_CODE.get(code); }

    /**
     * The line named {@code name} at {@code level} (类/款/项, null for any) under {@code parent} (null for any), under
     * the names of fiscal year {@code year} (null: today's): a class renamed since that year is found by its new name
     * only from that year on and by its old name only before. Null when there is none or more than one.
     */
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
