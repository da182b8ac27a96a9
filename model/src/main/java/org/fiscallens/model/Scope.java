package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whose report it is: a whole department (部门) with its units, or a single unit (单位). */
public enum Scope {
    DEPARTMENT("department"), // 部门
    UNIT("unit"),             // 单位
    UNKNOWN("unknown");

    private final String id;
    Scope(String id) { this.id = id; }
    @JsonValue public String id() { return id; }

    public static Scope fromId(String id) {
        for (Scope s : values()) if (s.id.equals(id)) return s;
        throw new IllegalArgumentException("unknown scope: " + id);
    }
}
