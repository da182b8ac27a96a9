package org.fiscallens.export;

import org.fiscallens.checks.tables.Names;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 科目编码 of a narrative statement about a 类/款/项 line (一般公共服务（类）支出, 党委办公厅（室）及相关机构事务（款）
 * 行政运行（项）支出): the code of the document's own table row with the last printed name, the name before it
 * telling apart lines of the same name (行政运行 under many 款). No code when the names do not settle it.
 */
final class FactCodes {
    private final Map<String, Set<String>> codesByName = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();

    FactCodes(List<Table> tables) {
        for (Table t : tables) {
            for (TableRow r : t.rows()) {
                if (r.code() == null || r.name() == null || !Regexes.matches(r.code(), "\\d{3,7}")) continue;
                String n = key(r.name());
                codesByName.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(r.code());
                nameByCode.putIfAbsent(r.code(), n);
            }
        }
    }

    private static String key(String name) {
        String n = Names.norm(name);
        n = Regexes.replaceAll(n, "\\((类|款|项)\\)", "");
        return Regexes.replaceAll(n, "支出$", "");
    }

    String code(Fact f) {
        if (f.subject() == null || codesByName.isEmpty()) return null;
        String s = Names.norm(f.subject());
        if (!Regexes.matches(s, ".*\\((类|款|项)\\).*")) return null;
        List<String> names = new ArrayList<>();
        for (String part : Regexes.split(s, "\\((?:类|款|项)\\)")) {
            String p = key(part);
            if (!p.isEmpty()) names.add(p);
        }
        if (names.isEmpty()) return null;
        Set<String> codes = codesByName.get(names.get(names.size() - 1));
        if (codes == null) return null;
        if (codes.size() == 1) return codes.iterator().next();
        if (names.size() < 2) return null;
        String parent = names.get(names.size() - 2);
        String found = null;
        for (String c : codes) {
            String up = c.length() > 3 ? nameByCode.get(c.substring(0, c.length() - 2)) : null;
            if (up != null && (up.equals(parent) || up.endsWith(parent) || parent.endsWith(up))) {
                if (found != null && !found.equals(c)) return null;
                found = c;
            }
        }
        return found;
    }
}
