package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Document facts: kind, scope, the fiscal year the report is about (not the publication year), the
 * entity's full name as printed, the title line they were read from and where.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentInfo(DocumentKind kind, Scope scope, Integer fiscalYear, String entity,
                           String title, Provenance provenance) {

    public static DocumentInfo unknown() {
        return new DocumentInfo(DocumentKind.UNKNOWN, Scope.UNKNOWN, null, null, null, null);
    }
}
