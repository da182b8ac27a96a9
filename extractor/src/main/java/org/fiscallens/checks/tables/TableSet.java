package org.fiscallens.checks.tables;

import org.fiscallens.model.Table;

import java.util.ArrayList;
import java.util.List;

/** The document's typed tables, looked up by kind id (docs/schema.md). */
public final class TableSet {
    private final List<TableView> views = new ArrayList<>();

    public TableSet(List<Table> tables) {
        for (Table t : tables) views.add(new TableView(t));
    }

    public List<TableView> all() { return views; }

    public List<TableView> ofKind(String kind) {
        return views.stream().filter(v -> kind.equals(v.table().kind())).toList();
    }

    /** The one table of that kind, or null when there is none or several (then nothing can be matched safely). */
    public TableView one(String kind) {
        List<TableView> l = ofKind(kind);
        return l.size() == 1 ? l.get(0) : null;
    }

    public boolean isEmpty() { return views.isEmpty(); }
}
