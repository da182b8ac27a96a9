package org.fiscallens.pairing;

import org.fiscallens.layout.Chars;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the reports published as two files: the narrative (情况说明) in one, its tables in the other (Beijing's
 * {@code X_部门预算.pdf} + {@code X_部门预算_表.pdf}, a city's {@code X_部门预算.pdf} + {@code X_附表.pdf}).
 * Two documents are a pair when they are the same report — same entity, fiscal year, kind and scope, all
 * known — and split its content: one has the narrative (more narrative figures than the other), the other
 * brings standard tables of a kind the narrative's file does not have. Two copies of one narrative, or two
 * reports of the same body that both carry their tables, are not a pair.
 */
public final class Pairs {

    private Pairs() {}

    /**
     * What pairing reads of one document: its file, facts, how many narrative figures it has and which kinds of
     * standard table; {@code ref} is the caller's handle on the document (a path, a result, the model).
     */
    public record Member<T>(String file, String sha256, DocumentInfo info, int narrativeFigures,
                            Set<String> tableKinds, T ref) {

        public static <T> Member<T> of(FiscalDocument doc, T ref) {
            Set<String> kinds = new HashSet<>();
            for (Table t : doc.tables()) if (t.kind() != null && !t.kind().equals("other")) kinds.add(t.kind());
            return new Member<>(doc.source() == null ? null : doc.source().file(),
                    doc.source() == null ? null : doc.source().sha256(), doc.document(), doc.facts().size(), Set.copyOf(kinds), ref);
        }
    }

    /** A narrative file and the companion file holding its tables. */
    public record Pair<T>(Member<T> narrative, Member<T> companion) {}

    /** Every pair among the members; a narrative with two companion files (附表, 附表_2) makes two pairs. */
    public static <T> List<Pair<T>> find(List<Member<T>> members) {
        List<Pair<T>> out = new ArrayList<>();
        for (Member<T> a : members) {
            for (Member<T> b : members) {
                if (a != b && pairs(a, b)) out.add(new Pair<>(a, b));
            }
        }
        return out;
    }

    /** Whether {@code narrative} and {@code companion} are one report split into its narrative and its tables. */
    public static boolean pairs(Member<?> narrative, Member<?> companion) {
        if (!sameReport(narrative.info(), companion.info())) return false;
        if (narrative.sha256() != null && narrative.sha256().equals(companion.sha256())) return false;
        if (narrative.narrativeFigures() == 0 || narrative.narrativeFigures() <= companion.narrativeFigures()) return false;
        return !narrative.tableKinds().containsAll(companion.tableKinds());
    }

    /** An entity's name without blanks and without the party's prefix a party body is named with or without (中共江苏省委办公厅). */
    static String entity(String name) {
        return Chars.compact(name).replaceFirst("^(中国共产党|中共)", "");
    }

    /** Same entity (blanks and the party's prefix ignored), fiscal year, kind and scope, none of them unknown. */
    static boolean sameReport(DocumentInfo a, DocumentInfo b) {
        if (a == null || b == null || a.entity() == null || b.entity() == null || a.fiscalYear() == null) return false;
        if (a.kind() == DocumentKind.UNKNOWN || a.scope() == Scope.UNKNOWN) return false;
        return entity(a.entity()).equals(entity(b.entity())) && Objects.equals(a.fiscalYear(), b.fiscalYear())
                && a.kind() == b.kind() && a.scope() == b.scope();
    }
}
