package org.fiscallens.tables.structure;

import org.fiscallens.domain.DomainTables;
import org.fiscallens.layout.Regexes;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** 科目编码: classification codes and their level. */
public final class Codes {
    private Codes() {}

    /** Whether the text is a code part: digits only (a whole code, or a 类/款/项 piece such as "05"). */
    public static boolean isCodePart(String text) {
        return Regexes.matches(text, "\\d{2,7}");
    }

    /** Whether the text looks like a whole classification code (3, 5 or 7 digits, or a {@link #dual} code). */
    public static boolean isWholeCode(String text) {
        return Regexes.matches(text, "\\d{3}|\\d{5}|\\d{7}") || dual(text) != null;
    }

    /**
     * 类/款/项 for a 支出功能分类 code (2xx: 3/5/7 digits), 类/款 for an economic code (3xx: 3/5 digits), the level
     * of the department code of a {@link #dual} code, else null.
     */
    public static String level(String code) {
        if (code == null || code.isEmpty()) return null;
        char first = code.charAt(0);
        int n = code.length();
        if (first == '2' || first == '1') {
            return n == 3 ? "类" : n == 5 ? "款" : n == 7 ? "项" : null;
        }
        if (first == '3' || first == '5') {
            if (n == 3 || n == 5) return n == 3 ? "类" : "款";
            Dual d = dual(code);
            if (d != null) return d.dept().length() == 3 ? "类" : "款";
        }
        return null;
    }

    /**
     * A row code keyed by two economic classifications at once: a 部门预算支出经济分类 code (3xx, 3 or 5 digits) followed
     * by a 政府预算支出经济分类 code (5xx, 3 or 5 digits) and an optional local suffix of at most 3 digits
     * ("301505" = 301 + 505, "3010250101" = 30102 + 50101, "302155050201" = 30215 + 50502 + 01).
     */
    public record Dual(String dept, String gov, String suffix) {
        /** The code without its suffix. */
        public String base() { return dept + gov; }
    }

    private static final Set<String> DEPT = new HashSet<>(), GOV_CLASSES = new HashSet<>();
    static {
        for (String[] r : DomainTables.rows(DomainTables.ECONOMIC_DEPT)) DEPT.add(r[0].trim());
        for (String[] r : DomainTables.rows(DomainTables.ECONOMIC_GOV)) if (r[0].trim().length() == 3) GOV_CLASSES.add(r[0].trim());
    }

    /**
     * The split of a {@link Dual} code, or null: the department code must be in the bundled economic classification,
     * the government code a 5xx class of it (a 款 as two more digits, not 00). A code of 3, 5 or 7 digits is a
     * single classification's and never dual. Of several splits the one with the shortest suffix wins, then the
     * longer department code, then the longer government code.
     */
    public static Dual dual(String code) {
        java.util.List<Dual> all = splits(code);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every valid split of a {@link #dual} code, the preferred first. */
    private static java.util.List<Dual> splits(String code) {
        java.util.List<Dual> out = new java.util.ArrayList<>();
        if (code == null || !Regexes.matches(code, "3\\d{5,12}")) return out;
        int n = code.length();
        if (n == 5 || n == 7) return out;
        for (int dl : new int[]{5, 3}) {
            String dept = code.substring(0, dl);
            if (!DEPT.contains(dept)) continue;
            for (int gl : new int[]{5, 3}) {
                if (dl + gl > n || n - dl - gl > 3) continue;
                String gov = code.substring(dl, dl + gl);
                if (!GOV_CLASSES.contains(gov.substring(0, 3)) || gl == 5 && gov.endsWith("00")) continue;
                out.add(new Dual(dept, gov, code.substring(dl + gl)));
            }
        }
        out.sort(java.util.Comparator.comparingInt((Dual d) -> d.suffix().length()));
        return out;
    }

    /**
     * The parent of a {@link #dual} code among the codes of its table, or null: a row with a suffix nests under the
     * row without it; a row of a 5-digit department code under the row of its 3-digit class with the same
     * government code, else with the government code's class.
     */
    public static String dualParent(String code, Collection<String> present) {
        java.util.List<Dual> all = splits(code);
        if (all.isEmpty()) return null;
        // a suffix read off a longer government code ("3010250101" as 30102 + 501 + 01) when the table has that row
        for (Dual s : all) if (!s.suffix().isEmpty() && present.contains(s.base())) return s.base();
        Dual d = all.get(0);
        if (!d.suffix().isEmpty()) return null;
        if (d.dept().length() != 5) return null;
        String cls = d.dept().substring(0, 3);
        for (String p : new String[]{cls + d.gov(), cls + d.gov().substring(0, 3)}) {
            Dual pd = dual(p);
            if (present.contains(p) && pd != null && pd.dept().equals(cls) && pd.suffix().isEmpty()) return p;
        }
        return null;
    }
}
