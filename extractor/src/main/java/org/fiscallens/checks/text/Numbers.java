package org.fiscallens.checks.text;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.facts.Figure;
import org.fiscallens.facts.NumberScanner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of running text as the checks handle them (amounts with their unit, percentages, counts, each with
 * its position), read by the one number reader {@link NumberScanner} — the reader of {@code facts[]} — so that a
 * number reads the same in facts and checks (2940. 05万元 wrapped at its point, 2 940.05, full-width digits).
 * Only figures printed with their own unit are taken (not the first of "221、133万元", which borrows it).
 */
public final class Numbers {

    /** A printed number, for a pattern that finds a figure after its phrase: {@link NumberScanner#NUM}. */
    public static final String NUM = NumberScanner.NUM;

    /** A figure found in a text: its value, where it starts and ends, and its unit. */
    public record Num(Amount amount, int start, int end) {
        public BigDecimal value() { return amount.value(); }
    }

    private Numbers() {}

    /** The value of a number matched by {@link #NUM}: {@link NumberScanner#value}. */
    public static BigDecimal parse(String digits) {
        return NumberScanner.value(digits);
    }

    public static List<Num> money(String text) {
        List<Num> out = new ArrayList<>();
        for (Figure f : NumberScanner.scan(text)) {
            if (f.isMoney() && f.end() > f.numEnd()) out.add(new Num(Amount.of(f.value(), Unit.parse(f.unit())), f.start(), f.end()));
        }
        return out;
    }

    /** Counts such as 103件, 7辆, 4个: whole numbers printed with the counter. */
    public static List<Num> counts(String text, String counter) {
        List<Num> out = new ArrayList<>();
        for (Figure f : NumberScanner.scan(text)) {
            if (counter.equals(f.unit()) && f.end() > f.numEnd() && !f.flags().contains("approximate") && f.value().scale() <= 0 && f.value().signum() >= 0) {
                out.add(new Num(Amount.of(f.value(), Unit.NONE), f.start(), f.end()));
            }
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
