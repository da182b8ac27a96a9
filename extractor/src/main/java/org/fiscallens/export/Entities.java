package org.fiscallens.export;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Regexes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stable id per organisation across years and wordings: {@code entity_id} is the organisation's name in a
 * canonical short form, read the same from the cover, the table headers or a paraphrase.
 *
 * <ul>
 *   <li>blanks removed, full-width brackets and digits folded;</li>
 *   <li>a scope or aggregation mark is not part of the name: （本级）, 本级, （汇总）, a trailing 部门 or 单位;</li>
 *   <li>the Party's committees: 中国共产党X委员会 = 中共X委员会 = 中共X委 = X委 (江苏省委办公厅 for all of
 *       中共江苏省委办公厅, 中国共产党江苏省委员会办公厅, 江苏省委员会办公厅 under 中共);</li>
 *   <li>中国人民政治协商会议X委员会 = X政协; X人民代表大会常务委员会 = X人大常委会, and the 办公厅 of a 人大 is its
 *       standing committee's (省人大办公厅 = 省人大常委会办公厅);</li>
 *   <li>a 街道办事处 named under its 人民政府 (X区人民政府Y街道办事处) = X区Y街道办事处.</li>
 * </ul>
 * Across a set of documents, {@link #unify} also merges a name with the same name carrying its province or city
 * in front (普陀区万里街道办事处 = 上海市普陀区万里街道办事处), the longer one kept.
 */
public final class Entities {
    private Entities() {}

    /** The canonical id of a printed organisation name, or null when there is no name. */
    public static String id(String printed) {
        if (printed == null) return null;
        String s = Chars.normalize(Chars.compact(printed)).replace('（', '(').replace('）', ')');
        if (s.isEmpty()) return null;
        // marks of scope or aggregation, possibly several
        String before;
        do {
            before = s;
            s = Regexes.replaceAll(s, "\\((本级|汇总|部门|单位|部门汇总|单位本级|机关本级)\\)$", "");
            s = Regexes.replaceAll(s, "(本级|部门汇总|汇总)$", "");
            s = Regexes.replaceAll(s, "(?<=.{3}(局|厅|委|院|会|办|室|处|中心|所|站|署|馆|队|校|府|组))(部门|单位)$", "");
        } while (!s.equals(before));
        // the Party
        s = s.replace("中国共产党", "中共");
        s = Regexes.replaceAll(s, "^中共(.+?)委员会", "中共$1委");
        s = Regexes.replaceAll(s, "^中共(?=.+委)", "");
        // 政协, 人大
        s = Regexes.replaceAll(s, "^中国人民政治协商会议(.+?)委员会", "$1政协");
        s = Regexes.replaceAll(s, "^政协(.+?)委员会", "$1政协");
        s = s.replace("人民代表大会常务委员会", "人大常委会").replace("人民代表大会", "人大");
        s = Regexes.replaceAll(s, "人大(办公厅|办公室)$", "人大常委会$1");
        // a 街道办事处 under its district government
        s = Regexes.replaceAll(s, "人民政府(?=.+(街道办事处|街道))", "");
        return s.isEmpty() ? null : s;
    }

    private static final String DIVISION = "(.{2,}?(省|自治区|市|州|盟|地区|区|县|旗))";

    /**
     * Merges ids that are one organisation named with and without its province or city in front: maps each id to
     * the longest id of the set that ends with it, where the extra front part is a chain of administrative
     * divisions. Ids not in such a pair map to themselves.
     */
    public static Map<String, String> unify(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(ids.stream().filter(i -> i != null).distinct().toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, String> out = new HashMap<>();
        for (String id : sorted) {
            String target = id;
            for (String longer : sorted) {
                if (longer.length() <= id.length()) break;
                if (longer.endsWith(id) && Regexes.matches(longer.substring(0, longer.length() - id.length()), DIVISION + "+")
                        && startsWithDivision(id)) {
                    target = out.getOrDefault(longer, longer);
                    break;
                }
            }
            out.put(id, target);
        }
        return out;
    }

    /** The shorter name must itself begin with a division (普陀区…), so that 财政局 alone is never merged into a city's. */
    private static boolean startsWithDivision(String id) {
        return Regexes.matches(id, "^.{2,}?(省|自治区|市|州|盟|地区|区|县|旗).{2,}");
    }
}
