package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The whole model of one disclosure: the stable output contract (docs/schema.md). */
@JsonPropertyOrder({"schemaVersion", "tool", "source", "document", "sections", "tables", "facts", "projects", "findings"})
public record FiscalDocument(int schemaVersion, String tool, SourceInfo source, DocumentInfo document,
                             List<Section> sections, List<Table> tables, List<Fact> facts,
                             List<Project> projects, List<Finding> findings) {

    public static final int SCHEMA_VERSION = 1;

    public FiscalDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
        facts = facts == null ? List.of() : List.copyOf(facts);
        projects = projects == null ? List.of() : List.copyOf(projects);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
