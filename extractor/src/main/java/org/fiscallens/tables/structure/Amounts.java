package org.fiscallens.tables.structure;

import org.fiscallens.layout.Regexes;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Printed amounts to exact decimals: thousands separators and spaces removed, the printed scale kept
 * ({@code 2,946.25} → 2946.25, {@code 0.00} → 0.00). Blank, "-", "—", "－" are no value (null).
 */
public final class Amounts {
    private static final Pattern NUMBER = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern DASHES = Pattern.compile("[-—－–―‐]+");

    private Amounts() {}

    /** The amount, or null for a blank or dash cell or text that is not a number. */
    public static BigDecimal parse(String text) {
        if (text == null) return null;
        String s = Regexes.replaceAll(text, "\\s+", "");
        if (s.isEmpty() || DASHES.matcher(s).matches()) return null;
        // Monospace renderings sometimes print "27, 664. 22": spaces are already gone; tolerate a "," with
        // a wrong group length only when it cannot be a decimal point.
        if (!NUMBER.matcher(s).matches()) {
            if (Regexes.matches(s, "[-−]?[\\d,]+(\\.\\d+)?") && !s.startsWith(",") && !s.endsWith(",") && !s.contains(",,")) {
                s = s.replace(",", "");
            } else {
                return null;
            }
        }
        return new BigDecimal(s.replace(",", "").replace('−', '-'));
    }

    /** Whether the text is a printed amount (or a dash standing for none). */
    public static boolean isAmountOrDash(String text) {
        String s = Regexes.replaceAll(text, "\\s+", "");
        return !s.isEmpty() && (DASHES.matcher(s).matches() || parse(s) != null);
    }

    public static boolean isDash(String text) {
        String s = Regexes.replaceAll(text, "\\s+", "");
        return !s.isEmpty() && DASHES.matcher(s).matches();
    }

    /** An amount with a decimal point or thousands separator: certainly a figure, not a code or ordinal. */
    public static boolean isFormattedAmount(String text) {
        String s = Regexes.replaceAll(text, "\\s+", "");
        return parse(s) != null && (s.contains(".") || s.contains(","));
    }
}
