package org.fiscallens.tables.typing;

/** What is printed around a table: its title (whitespace removed, label such as 公开08表 stripped), unit and note. */
public record TableCaption(String title, String unit, String note) {
    public TableCaption withTitle(String t) { return new TableCaption(t, unit, note); }
}
