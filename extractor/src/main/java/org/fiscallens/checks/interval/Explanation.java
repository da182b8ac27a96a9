package org.fiscallens.checks.interval;

import org.fiscallens.model.Calculation;

/**
 * The arithmetic line of a finding together with the same arithmetic as data: a rule passes it as a finding's
 * arithmetic, and the finding gets both (the one place where {@code Finding.calc} is filled,
 * {@code CheckContext.report}).
 */
public record Explanation(String text, Calculation calculation) implements CharSequence {

    /** The same explanation with its text rewritten ("印 " read "总数 "). */
    public Explanation replace(CharSequence target, CharSequence replacement) {
        return new Explanation(text.replace(target, replacement), calculation);
    }

    public boolean contains(CharSequence s) { return text.contains(s); }

    @Override public int length() { return text.length(); }
    @Override public char charAt(int index) { return text.charAt(index); }
    @Override public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }
    @Override public String toString() { return text; }
}
