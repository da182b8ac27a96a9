package org.fiscallens.tieout;

import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The tie-out: every narrative figure agreed to its counterparts (table cells, other figures, computations) and
 * marked {@code agrees}, {@code contradicts} or {@code untied}. It reads only the model (facts with their claims,
 * tables), so a JSON model gives the same marks as the PDF it came from.
 */
public final class TieOut {

    /** The resolvers, in the order their sources are listed. */
    static final List<Resolver> RESOLVERS = List.of(new CellResolver(), new RelationResolver());

    private TieOut() {}

    /** The document with every fact's {@code tie} (re)computed from the facts and tables. */
    public static FiscalDocument apply(FiscalDocument doc) {
        TieContext ctx = new TieContext(doc);
        List<Fact> out = new ArrayList<>(doc.facts().size());
        for (int i = 0; i < doc.facts().size(); i++) {
            Fact f = doc.facts().get(i);
            out.add(f.withTie(tie(i, f, ctx)));
        }
        return new FiscalDocument(doc.schemaVersion(), doc.tool(), doc.source(), doc.document(), doc.sections(),
                doc.tables(), out, doc.projects(), doc.findings());
    }

    static Tie tie(int index, Fact f, TieContext ctx) {
        List<TieSource> against = new ArrayList<>();
        List<TieSource> with = new ArrayList<>();
        for (Resolver r : RESOLVERS) {
            for (TieSource s : r.sources(index, f, ctx)) (s.agrees() ? with : against).add(s);
        }
        return combine(against, with);
    }

    /** Contradicts when any sure counterpart disagrees (those listed first), agrees when some agree, else untied. */
    static Tie combine(List<TieSource> against, List<TieSource> with) {
        if (!against.isEmpty()) {
            List<TieSource> all = new ArrayList<>(against);
            all.addAll(with);
            return new Tie(Tie.Status.CONTRADICTS, all);
        }
        if (!with.isEmpty()) return new Tie(Tie.Status.AGREES, with);
        return Tie.UNTIED;
    }
}
