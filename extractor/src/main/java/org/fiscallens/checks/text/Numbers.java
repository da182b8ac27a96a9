package org.fiscallens.checks.text;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures in running text: money amounts with their unit, percentages and counts, with their positions. */
public final class Numbers {

    public static final String NUM = "(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    public static final Pattern MONEY = Pattern.compile(NUM + "\\s*(亿元|万元|元)");
    public static final Pattern PERCENT = Pattern.compile(NUM + "\\s*[%％]");

    /** A figure found in a text: its value, where it starts and ends, and its unit. */
    public record Num(Amount amount, int start, int end) {
        public BigDecimal value() { return amount.value(); }
    }

    private Numbers() {}

    public static BigDecimal parse(String digits) {
        return new BigDecimal(digits.replace(",", "").replace("，", ""));
    }

    public static List<Num> money(String text) {
        List<Num> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            // "1,000" in "编号2024-1,000元" is rare; a digit right before means we cut a longer token
            if (m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '.')) continue;
            out.add(new Num(Amount.of(parse(m.group(1)), Unit.parse(m.group(2))), m.start(), m.end()));
        }
        return out;
    }

    public static List<Num> percents(String text) {
        List<Num> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '.')) continue;
            out.add(new Num(Amount.of(parse(m.group(1)), Unit.NONE), m.start(), m.end()));
        }
        return out;
    }

    /** Counts such as 103件, 7辆, 4个 (integers followed by the counter). */
    public static List<Num> counts(String text, String counter) {
        List<Num> out = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d+)\\s*" + Pattern.quote(counter)).matcher(text);
        while (m.find()) {
            if (m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '.')) continue;
            out.add(new Num(Amount.of(new BigDecimal(m.group(1)), Unit.NONE), m.start(), m.end()));
        }
        return out;
    }

    /** Splits text into sentences ending in 。！？ (the mark kept); a trailing remainder is a sentence too. */
    public static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                out.add(new int[]{start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(new int[]{start, text.length()});
        return out;
    }
}
