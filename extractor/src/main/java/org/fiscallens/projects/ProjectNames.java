package org.fiscallens.projects;

import org.fiscallens.layout.Regexes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two names denote the same project despite wording: the narrative and the table often differ by word
 * order of enumerated parts (劳动监察、劳动仲裁… vs 劳动仲裁、劳动监察…), by a scope prefix (区工伤保险 vs
 * 工伤保险), by a generic tail (项目, 相关费用 vs 费用). Names are compared as bags of character bigrams after
 * those differences are normalised away.
 */
public final class ProjectNames {
    private ProjectNames() {}

    /** The name without blanks, quotes, year, generic suffixes and scope prefixes. */
    public static String core(String name) {
        if (name == null) return "";
        String s = Regexes.replaceAll(name, "[\\s“”\"《》（）()]", "");
        s = Regexes.replaceAll(s, "^\\d{4}年度?", "");
        s = Regexes.replaceAll(s, "(项目)?(绩效)?(自评)?(综述|表|情况)?$", "");
        s = Regexes.replaceAll(s, "项目$", "");
        s = Regexes.replaceAll(s, "^(区|市|县|省|镇|街道)", "");
        return s;
    }

    /** Similarity in [0, 1]: Dice coefficient of character bigrams over the enumerated parts, order ignored. */
    public static double similarity(String a, String b) {
        String x = core(a), y = core(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        if (x.equals(y)) return 1;
        if (x.contains(y) || y.contains(x)) {
            return Math.min(x.length(), y.length()) * 1.0 / Math.max(x.length(), y.length()) * 0.3 + 0.7;
        }
        List<String> bx = bigrams(x), by = bigrams(y);
        Set<String> common = new HashSet<>(bx);
        common.retainAll(new HashSet<>(by));
        int inter = 0;
        List<String> rest = new java.util.ArrayList<>(by);
        for (String g : bx) if (rest.remove(g)) inter++;
        return 2.0 * inter / (bx.size() + by.size());
    }

    /** Bigrams within each part (parts split at 、，,和及与), so that reordering parts changes nothing. */
    private static List<String> bigrams(String s) {
        List<String> out = new java.util.ArrayList<>();
        for (String part : Regexes.split(s, "[、，,和及与]")) {
            for (int i = 0; i + 1 < part.length(); i++) out.add(part.substring(i, i + 2));
            if (part.length() == 1) out.add(part);
        }
        return out;
    }
}
