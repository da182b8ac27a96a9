package org.fiscallens.facts;

import com.hankcs.hanlp.seg.common.Term;

import org.fiscallens.layout.Regexes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subjects of an enumeration that figures are distributed over by 分别: "A、B、C分别为x、y、z" gives A, B, C;
 * "为A和B办理社保补贴分别为x、y" gives "A办理社保补贴", "B办理社保补贴" (a verb phrase after the last item is shared).
 * Items are separated by 、, or (when there is no 、) by one 和/及/与 that is not part of a name (社会保障和就业支出,
 * 商品和服务支出 are one item each).
 */
public final class Enumerations {
    private Enumerations() {}

    /** Names that contain 和/及/与 and are one thing: function classification names and economic classes. */
    private static final Set<String> JOINED_NAMES = joinedNames();

    private static final Pattern TRAILING_COMPARISON = Pattern.compile(
            "((比|较|与|同|跟)(上年度?|上一年度?|去年|年初预算数?|全年预算数?|预算数?|\\d{4}年度?)(决算数?|预算数?)?(相比)?|同比)$");

    /** The items of the enumeration that ends {@code head} (the words before 分别), or null when there is none. */
    public static List<String> items(String head) {
        String h = Regexes.replaceAll(LabelCutter.strip(head), "(分别|各自)$", "");
        h = TRAILING_COMPARISON.matcher(h).replaceAll("");
        h = Regexes.replaceFirst(h, "^(为|对|向|给|按|在|包括|主要是|主要为|主要有)", "");
        if (h.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        if (h.indexOf('、') >= 0) {
            for (String s : h.split("、", -1)) parts.add(s);
        } else {
            int at = conjunction(h);
            if (at < 0) return null;
            parts.add(h.substring(0, at));
            parts.add(h.substring(at + 1));
        }
        if (parts.size() < 2 || parts.stream().anyMatch(String::isEmpty)) return null;
        for (String s : parts) if (Regexes.matches(s, ".*[，,：:；;（）()\\d].*")) return null;
        // The first item: the phrase ending at the first separator ("率先为企业代办工伤" → 工伤).
        String first = afterLastVerb(LabelCutter.cut(parts.get(0)));
        if (first.isEmpty()) return null;
        parts.set(0, first);
        // A verb phrase after the last item is shared by every item ("A和B办理社保补贴").
        String last = parts.get(parts.size() - 1);
        String tail = sharedTail(last);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String item = i == parts.size() - 1 && !tail.isEmpty() ? last.substring(0, last.length() - tail.length()) : parts.get(i);
            if (item.isEmpty()) return null;
            out.add(item + tail);
        }
        return out;
    }

    /** Offset of the one 和/及/与 that separates two items, or -1. */
    private static int conjunction(String h) {
        int at = -1;
        for (int i = 1; i < h.length() - 1; i++) {
            char c = h.charAt(i);
            if (c != '和' && c != '及' && c != '与') continue;
            if (insideName(h, i)) continue;
            if (at >= 0) return -1; // more than one: ambiguous
            at = i;
        }
        return at;
    }

    private static boolean insideName(String h, int i) {
        for (String n : JOINED_NAMES) {
            int k = n.indexOf(h.charAt(i));
            while (k >= 0) {
                int from = i - k;
                if (from >= 0 && h.startsWith(n, from)) return true;
                k = n.indexOf(h.charAt(i), k + 1);
            }
        }
        return false;
    }

    /** The words after the first item's last verb ("企业及个人代办工伤" → 工伤). */
    private static String afterLastVerb(String first) {
        List<Term> terms = Segmenter.segment(first);
        int offset = 0, cut = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            offset += t.word.length();
            if (t.nature != null && t.nature.toString().equals("v") && i < terms.size() - 1) cut = offset;
        }
        return first.substring(cut);
    }

    /** The verb phrase at the end of the last item (办理社保补贴), or "". */
    private static String sharedTail(String last) {
        List<Term> terms = Segmenter.segment(last);
        int offset = 0;
        boolean nounSeen = false;
        for (Term t : terms) {
            String n = t.nature == null ? "" : t.nature.toString();
            if (nounSeen && n.equals("v") && offset > 0) return last.substring(offset);
            if (n.startsWith("n") || n.equals("vn")) nounSeen = true;
            offset += t.word.length();
        }
        return "";
    }

    private static Set<String> joinedNames() {
        Set<String> out = new LinkedHashSet<>(List.of("商品和服务", "对个人和家庭", "个人和家庭", "工资福利", "社会保障和就业",
                "资本性支出", "其他收入和支出", "灾害防治及应急管理"));
        for (Classification.Entry e : Classification.entries()) {
            if (e.name().matches(".*[和及与].*")) out.add(e.name().replaceAll("支出$", ""));
        }
        return Set.copyOf(out);
    }
}
