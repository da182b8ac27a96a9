package org.fiscallens.checks.tables;

import org.fiscallens.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The document's typed tables, looked up by kind id (docs/schema.md). A table its self-check did not
 * understand ({@code understood: false}) feeds no check: it is left out of {@link #all()} and {@link #ofKind},
 * and {@link #one} gives null for its kind; {@link #present} and {@link #unreadable()} still see it.
 */
public final class TableSet {
    private final List<TableView> views = new ArrayList<>();
    private final List<TableView> readable = new ArrayList<>();
    private final List<TableView> unreadable = new ArrayList<>();

    public TableSet(List<Table> tables) {
        for (Table t : tables) {
            TableView v = new TableView(t);
            views.add(v);
            (t.readable() ? readable : unreadable).add(v);
        }
    }

    /** The tables whose cells may be checked. */
    public List<TableView> all() { return readable; }

    /** Every table found, understood or not. */
    public List<TableView> everything() { return views; }

    /** The tables the self-check did not understand. */
    public List<TableView> unreadable() { return unreadable; }

    public List<TableView> ofKind(String kind) {
        return readable.stream().filter(v -> kind.equals(v.table().kind())).toList();
    }

    /** Whether a table of that kind was found (understood or not). */
    public boolean present(String kind) {
        return views.stream().anyMatch(v -> kind.equals(v.table().kind()));
    }

    /**
     * The one table of that kind, or null when there is none or several (then nothing can be matched safely),
     * or when the one is not understood.
     */
    public TableView one(String kind) {
        List<TableView> l = views.stream().filter(v -> kind.equals(v.table().kind())).toList();
        return l.size() == 1 && l.get(0).table().readable() ? l.get(0) : null;
    }

    public boolean isEmpty() { return views.isEmpty(); }
}
