package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the report is: 决算 (final accounts) or 预算 (budget). */
public enum DocumentKind {
    FINAL_ACCOUNTS("final_accounts"), // 决算
    BUDGET("budget"),                 // 预算
    UNKNOWN("unknown");

    private final String id;
    DocumentKind(String id) { this.id = id; }
    @JsonValue public String id() { return id; }

    public static DocumentKind fromId(String id) {
        for (DocumentKind k : values()) if (k.id.equals(id)) return k;
        throw new IllegalArgumentException("unknown document kind: " + id);
    }
}
