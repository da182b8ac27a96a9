package org.fiscallens.checks;

import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;

import java.util.List;

/** Matching expected findings (rule + page + quote fragment, whitespace ignored) against actual ones. */
final class ExpectedFindings {
    private ExpectedFindings() {}

    static String norm(String s) { return s == null ? "" : s.replaceAll("\\s+", ""); }

    static boolean matches(Finding f, String rule, int page, String quote) {
        if (!f.rule().equals(rule) && !f.category().equals(rule)) return false;
        for (Evidence e : f.evidence()) {
            if (e.page() == page && (norm(e.quote()).contains(norm(quote)) || norm(f.message()).contains(norm(quote)))) return true;
        }
        return false;
    }

    static boolean found(List<Finding> fs, String rule, int page, String quote) {
        return fs.stream().anyMatch(f -> matches(f, rule, page, quote));
    }

    static String describe(List<Finding> fs) {
        StringBuilder b = new StringBuilder();
        for (Finding f : fs) {
            Evidence e = f.evidence().isEmpty() ? null : f.evidence().get(0);
            b.append("\n  ").append(f.severity().id()).append(' ').append(f.rule()).append(" p.").append(e == null ? "-" : e.page())
                    .append(' ').append(e == null ? "" : e.quote());
        }
        return b.toString();
    }
}
