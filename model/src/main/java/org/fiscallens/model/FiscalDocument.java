package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The whole model of one disclosure: the stable output contract (docs/schema.md).
 *
 * @param lines the body lines of every page in reading order (running headers, footers and page numbers left
 *              out; cover, contents, table titles and cells kept), each with its page, box and text as printed.
 *              The checks place and quote the narrative from these and from the sections, never from the PDF, so
 *              a JSON model is checked exactly as the PDF it came from.
 */
@JsonPropertyOrder({"schemaVersion", "tool", "source", "document", "sections", "tables", "facts", "projects", "findings", "lines"})
public record FiscalDocument(int schemaVersion, String tool, SourceInfo source, DocumentInfo document,
                             List<Section> sections, List<Table> tables, List<Fact> facts,
                             List<Project> projects, List<Finding> findings, List<Provenance> lines) {

    public static final int SCHEMA_VERSION = 1;

    public FiscalDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
        facts = facts == null ? List.of() : List.copyOf(facts);
        projects = projects == null ? List.of() : List.copyOf(projects);
        findings = findings == null ? List.of() : List.copyOf(findings);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A document without body lines (built by hand, or read from a model written before they were kept). */
    public FiscalDocument(int schemaVersion, String tool, SourceInfo source, DocumentInfo document,
                          List<Section> sections, List<Table> tables, List<Fact> facts,
                          List<Project> projects, List<Finding> findings) {
        this(schemaVersion, tool, source, document, sections, tables, facts, projects, findings, List.of());
    }

    /** The same document with these facts. */
    public FiscalDocument withFacts(List<Fact> facts) {
        return new FiscalDocument(schemaVersion, tool, source, document, sections, tables, facts, projects, findings, lines);
    }

    /** The same document with these findings. */
    public FiscalDocument withFindings(List<Finding> findings) {
        return new FiscalDocument(schemaVersion, tool, source, document, sections, tables, facts, projects, findings, lines);
    }

    /** The same document with these body lines. */
    public FiscalDocument withLines(List<Provenance> lines) {
        return new FiscalDocument(schemaVersion, tool, source, document, sections, tables, facts, projects, findings, lines);
    }
}
