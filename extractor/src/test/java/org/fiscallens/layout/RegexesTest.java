package org.fiscallens.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Regexes gives exactly what String's own regular-expression methods give, with each pattern compiled once. */
class RegexesTest {
    private static final List<String> TEXTS = List.of("", " ", "2024年度收入支出总计 2,946.25 万元", "一、 部门主要职责",
            "a,b,,c,,", ",a,b", "（一）一般公共预算财政拨款收入", "\t结余\n", "本年支出合计比上年减少123.45万元");
    private static final List<String> REGEXES = List.of("\\s+", ",", "[、，,]", "^(\\d{4})年度?", "(比|较)上年(增加|减少)",
            "[一二三四五六七八九十]+、", ".*万元$", "", "(?<=年)", "\\d");

    @Test
    void sameResultsAsStringsOwnMethods() {
        for (String t : TEXTS) {
            for (String re : REGEXES) {
                String where = "text <" + t + "> regex <" + re + ">";
                assertEquals(t.matches(re), Regexes.matches(t, re), where);
                assertEquals(t.replaceAll(re, "<$0>"), Regexes.replaceAll(t, re, "<$0>"), where);
                assertEquals(t.replaceFirst(re, "#"), Regexes.replaceFirst(t, re, "#"), where);
                assertArrayEquals(t.split(re), Regexes.split(t, re), where);
            }
        }
        assertEquals("2024|收入", Regexes.replaceAll("2024年度收入", "^(\\d{4})年度?", "$1|"));
    }

    @Test
    void eachPatternIsCompiledOnce() {
        assertSame(Regexes.of("(比|较)上年"), Regexes.of("(比|较)上年"));
    }
}
