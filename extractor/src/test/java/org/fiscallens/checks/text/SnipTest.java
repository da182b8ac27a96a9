package org.fiscallens.checks.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quotes are cut at clause boundaries (or, inside one over-long clause, where a word surely ends), never inside a
 * figure or a 科目 name. The passages are written for the test (paraphrases of 说明 sentences, one without any
 * comma), not copied from a report.
 */
class SnipTest {
    static final String PASSAGE = "本部门2025年度收入总计3,456.78万元，比上年增加1,234.5万元，增长55.57%，其中：财政拨款收入3,000万元，"
            + "占收入总计的86.79%，事业收入456.78万元，占收入总计的13.21%；支出总计3,456.78万元。";
    /** One long clause with no comma: figures and names run on. */
    static final String RUN_ON = "本年基本支出主要用于一般公共服务支出2016.24万元社会保障和就业支出339.3万元卫生健康支出15.81万元"
            + "住房保障支出117.5万元城乡社区支出8.2万元农林水支出1.06万元";
    static final List<String> NAMES = List.of("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出", "城乡社区支出",
            "农林水支出", "财政拨款收入", "事业收入");
    static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(\\.\\d+)?%?");

    /** Every quote of every match at every budget: contains the match, whole figures, whole names. */
    private static void assertWhole(String text, Pattern what, int max) {
        Matcher m = what.matcher(text);
        int n = 0;
        while (m.find()) {
            String q = Snip.around(text, m.start(), m.end(), max);
            int at = text.indexOf(q);
            assertTrue(at >= 0, "verbatim: " + q);
            assertTrue(q.contains(m.group()), q + " contains " + m.group());
            // no figure and no name of the passage is cut by the quote's ends
            for (Matcher f = FIGURE.matcher(text); f.find(); ) assertNotCut(q, at, f.start(), f.end(), f.group());
            for (String name : NAMES) for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) assertNotCut(q, at, i, i + name.length(), name);
            n++;
        }
        assertTrue(n > 0);
    }

    private static void assertNotCut(String q, int at, int s, int e, String what) {
        int qs = at, qe = at + q.length();
        boolean overlaps = s < qe && qs < e, inside = s >= qs && e <= qe;
        assertTrue(!overlaps || inside, "“" + q + "” cuts “" + what + "”");
    }

    @Test
    void quotesOfALongSentenceAreWholeClausesAroundTheMatch() {
        for (int max : new int[]{12, 20, 30, 40, 60}) {
            assertWhole(PASSAGE, Pattern.compile("增长55.57%|86.79%|事业收入|3,000万元|13.21%"), max);
        }
        // the match's clause and the clauses next to it that fit
        String q = Snip.around(PASSAGE, PASSAGE.indexOf("增长"), PASSAGE.indexOf("增长") + 8, 24);
        assertEquals("比上年增加1,234.5万元，增长55.57%", q);
        // a sentence that fits is quoted whole, with its full stop
        assertEquals("支出总计3,456.78万元。", Snip.around(PASSAGE, PASSAGE.indexOf("支出总计"), PASSAGE.indexOf("支出总计") + 4, 24));
    }

    @Test
    void aRunOnClauseIsCutBeforeAFigureOrAfterItsUnitNeverInsideANameOrNumber() {
        for (int max : new int[]{10, 16, 24, 36}) {
            assertWhole(RUN_ON, Pattern.compile("卫生健康支出|339.3万元|117.5|城乡社区"), max);
        }
        String q = Snip.around(RUN_ON, RUN_ON.indexOf("卫生健康"), RUN_ON.indexOf("卫生健康") + 6, 20);
        assertTrue(q.length() <= 30, q);
        assertTrue(q.startsWith("339.3万元") || q.startsWith("卫生健康支出") || q.startsWith("社会保障"), q);
    }

    @Test
    void aThousandsSeparatorIsNotAClauseMark() {
        String t = "收入总计3,456.78万元比上年增加很多很多很多很多";
        String q = Snip.around(t, t.indexOf("456"), t.indexOf("456") + 3, 8);
        assertTrue(q.contains("3,456.78"), q);
    }

    @Test
    void padKeepsFiguresWhole() {
        String t = "财政拨款收入2390.8万元，占比100%";
        assertEquals("财政拨款收入2390.8万元", Snip.pad(t, 6, 10, 4));
        assertEquals("2390.8万元，占比", Snip.pad(t, 12, 14, 3));
        assertEquals("2390.8", Snip.pad(t, 6, 12, 0));
    }
}
