package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Document facts: kind, scope, the fiscal year the report is about (not the publication year), the
 * entity's full name as printed, the title line they were read from and where; {@code companion} the other
 * file of a report published as two (narrative and tables) when the two were checked as a pair, else null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentInfo(DocumentKind kind, Scope scope, Integer fiscalYear, String entity,
                           String title, Provenance provenance, Companion companion) {

    /** The paired file: its name and content hash. */
    public record Companion(String file, String sha256) {}

    public DocumentInfo(DocumentKind kind, Scope scope, Integer fiscalYear, String entity, String title, Provenance provenance) {
        this(kind, scope, fiscalYear, entity, title, provenance, null);
    }

    /** These facts with the paired file named. */
    public DocumentInfo withCompanion(Companion companion) {
        return new DocumentInfo(kind, scope, fiscalYear, entity, title, provenance, companion);
    }

    public static DocumentInfo unknown() {
        return new DocumentInfo(DocumentKind.UNKNOWN, Scope.UNKNOWN, null, null, null, null);
    }
}
