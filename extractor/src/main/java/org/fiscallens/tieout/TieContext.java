package org.fiscallens.tieout;

import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;

import java.util.List;

/** What the resolvers read: the document (its tables as the model holds them) and its facts with their claims. */
public final class TieContext {
    private final FiscalDocument doc;
    private final java.util.Map<Object, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    public TieContext(FiscalDocument doc) {
        this.doc = doc;
    }

    public FiscalDocument doc() { return doc; }

    public List<Fact> facts() { return doc.facts(); }

    /** A reading of the whole document that a resolver makes once and reads for every fact. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> make) {
        return (T) memo.computeIfAbsent(key, k -> make.get());
    }

    public Integer fiscalYear() { return doc.document() == null ? null : doc.document().fiscalYear(); }
}
