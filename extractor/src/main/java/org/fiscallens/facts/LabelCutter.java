package org.fiscallens.facts;

import com.hankcs.hanlp.seg.common.Term;

import org.fiscallens.layout.Regexes;

import java.util.List;
import java.util.Set;

/**
 * Cuts the phrase a figure measures out of the text before it, with HanLP's segmenter and part-of-speech tags:
 * the longest run of content words that ends at the figure, stopping at punctuation, numerals, prepositions,
 * conjunctions, adverbs, personal or demonstrative pronouns, place and organisation names ("上海市普陀区财政局
 * 2024年度收入支出总计" → 收入支出总计; "为企业引进各类技能人才" → 引进各类技能人才).
 */
public final class LabelCutter {
    private LabelCutter() {}

    private static final Set<String> STOP = Set.of("w", "m", "mq", "p", "pba", "pbei", "c", "cc", "d", "rr", "rz", "rzs", "rzt",
            "ry", "ryt", "rys", "ryv", "ns", "nsf", "nt", "ntc", "ntcf", "ntcb", "ntch", "nto", "ntu", "nts", "nth", "nr",
            "nr1", "nr2", "nrj", "nrf", "e", "y", "o", "u", "uj", "ule", "uguo", "uzhe", "ude2", "ude3", "usuo", "udeng", "uyy",
            "udh", "uls", "uzhi", "ulian", "x", "xx", "xu", "ad");

    /** Trailing words that link the phrase to its figure and belong to neither. */
    private static final String[] LINKS = {"分别为", "分别是", "合计为", "共计为", "总计为", "累计为", "总额为", "均为", "为", "是", "达到", "达",
            "共计", "共", "约", "了", "在"};

    public static String cut(String prefix) {
        String p = strip(prefix);
        if (p.isEmpty()) return p;
        List<Term> terms = Segmenter.segment(p);
        int from = terms.size();
        for (int i = terms.size() - 1; i >= 0; i--) {
            Term t = terms.get(i);
            String n = t.nature == null ? "" : t.nature.toString();
            boolean quote = t.word.equals("“") || t.word.equals("”") || t.word.equals("\"") || t.word.equals("‘") || t.word.equals("’");
            if ((t.word.equals(")") || t.word.equals("）")) && i < terms.size() - 1 || t.word.equals(")") || t.word.equals("）")) {
                // A parenthesis closed before the figure: take it whole ("金额（以合同签订为准）").
                int open = i - 1;
                while (open >= 0 && !terms.get(open).word.equals("(") && !terms.get(open).word.equals("（")) open--;
                if (open >= 0) { i = open; from = open; continue; }
            }
            boolean bracket = "()（）".contains(t.word) && i < terms.size() - 1;
            boolean enumeration = t.word.equals("、") && i > 0 && i < terms.size() - 1;
            if (quote || bracket || enumeration) { from = i; continue; }
            // "社会保障和就业支出": a conjunction between two nouns is inside the phrase.
            if ((n.equals("cc") || n.equals("c")) && (t.word.equals("和") || t.word.equals("及") || t.word.equals("与")) && i > 0
                    && i < terms.size() - 1 && isNoun(terms.get(i - 1)) && isNoun(terms.get(i + 1))) { from = i; continue; }
            if (t.word.equals("因") && i + 1 < terms.size() && terms.get(i + 1).word.startsWith("公")) { from = i; continue; }
            if (t.word.equals("三") && i + 1 < terms.size() && terms.get(i + 1).word.startsWith("公")) { from = i; continue; }
            // "一般公共预算" is tagged ad+b: keep an adverb that is part of a compound (一般).
            if (n.equals("ad") && t.word.equals("一般")) { from = i; continue; }
            if (STOP.contains(n) || n.startsWith("m")) break;
            // An organisation suffix after a place name ends the entity's name (上海市普陀区财政局收入预算).
            if (n.equals("nis") && i > 0 && terms.get(i - 1).nature != null && Regexes.matches(terms.get(i - 1).nature.toString(), "ns.*|nt.*")) break;
            if (n.equals("ude1") && i == terms.size() - 1) { from = i; continue; }
            if (n.equals("ude1")) break;
            from = i;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < terms.size(); i++) b.append(terms.get(i).word);
        String out = b.toString();
        // Drop an unmatched closing quote or bracket, enumeration mark or a bare 年度 left at the start.
        out = Regexes.replaceFirst(Regexes.replaceFirst(out, "^[”’)）、]+", ""), "^年度?(?![初末底终])(?=.)", "");
        if (out.isEmpty()) out = p;
        return out;
    }

    private static boolean isNoun(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        return n.startsWith("n") || n.equals("vn") || n.equals("b") || n.equals("gi") || n.equals("j") || n.equals("l") || n.equals("v") || n.equals("f");
    }

    /** The prefix without blanks, leading list numbers and trailing link words. */
    public static String strip(String prefix) {
        String p = Regexes.replaceFirst(Regexes.replaceAll(prefix, "\\s+", ""), "^[、，,；;：:\\-—]+", "");
        p = Regexes.replaceFirst(p, "^(其中|此外|另外|同时|主要用于以下方面|具体情况如下)[：:，,]?", "");
        p = Regexes.replaceFirst(p, "^[(（]?含", "");
        p = Regexes.replaceFirst(p, "^([(（][0-9一二三四五六七八九十]+[)）]|[0-9]+[.、．]|[一二三四五六七八九十]+、|[①-⑳])", "");
        boolean changed = true;
        while (changed && !p.isEmpty()) {
            changed = false;
            for (String l : LINKS) {
                if (p.endsWith(l) && p.length() > l.length()) {
                    p = p.substring(0, p.length() - l.length());
                    changed = true;
                    break;
                }
            }
        }
        return p;
    }
}
