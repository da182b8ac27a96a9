package org.fiscallens.layout;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The regular-expression operations of {@link String} ({@code matches}, {@code replaceAll}, {@code replaceFirst},
 * {@code split}) with the same results, each pattern compiled once per process instead of at every call.
 * String's own methods compile their pattern anew each time; called per line, word and cell, that was a
 * measurable part of reading a document (and the regex compiler the largest code the JIT compiled).
 */
public final class Regexes {
    private Regexes() {}

    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** The compiled pattern of {@code regex} (cached). */
    public static Pattern of(String regex) {
        Pattern p = COMPILED.get(regex);
        return p != null ? p : COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    /** As {@code s.matches(regex)}. */
    public static boolean matches(CharSequence s, String regex) {
        return of(regex).matcher(s).matches();
    }

    /** As {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    /** As {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }

    /** As {@code s.split(regex)}. */
    public static String[] split(String s, String regex) {
        return of(regex).split(s);
    }
}
