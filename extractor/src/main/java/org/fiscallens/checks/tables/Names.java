package org.fiscallens.checks.tables;

/**
 * Row and column names as the checks compare them: the facts stage's normaliser {@link org.fiscallens.facts.Names},
 * the one that serves facts, tables and checks.
 */
public final class Names {
    private Names() {}

    public static String norm(String s) { return org.fiscallens.facts.Names.norm(s); }

    public static boolean same(String a, String b) { return org.fiscallens.facts.Names.same(a, b); }
}
