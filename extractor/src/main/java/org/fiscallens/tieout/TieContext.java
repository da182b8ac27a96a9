package org.fiscallens.tieout;

import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;

import java.util.List;

/** What the resolvers read: the document (its tables as the model holds them) and its facts with their claims. */
public final class TieContext {
    private final FiscalDocument doc;

    public TieContext(FiscalDocument doc) {
        this.doc = doc;
    }

    public FiscalDocument doc() { return doc; }

    public List<Fact> facts() { return doc.facts(); }

    public Integer fiscalYear() { return doc.document() == null ? null : doc.document().fiscalYear(); }
}
