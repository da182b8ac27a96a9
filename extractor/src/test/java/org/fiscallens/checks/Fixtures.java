package org.fiscallens.checks;

import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Provenance;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Section;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test documents: tables from golden TSVs (TABLE_GOLDEN_FORMAT.md) or by hand, narrative sections by hand. */
final class Fixtures {
    private Fixtures() {}

    /** A golden TSV (block, code, name, column paths…) as a model table. */
    static Table golden(String resource, String kind, String title, int page) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/fiscallens/checks/tables/" + resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String[] header = lines[0].split("\t", -1);
            List<TableRow> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                String[] c = lines[i].split("\t", -1);
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (int k = 3; k < header.length; k++) {
                    String v = k < c.length ? c[k].strip() : "";
                    values.put(header[k], v.isEmpty() ? null : new BigDecimal(v));
                }
                rows.add(new TableRow(c[1].isEmpty() ? null : c[1], c[2], level(c[1]), c[0].isEmpty() ? null : c[0], values, page, null));
            }
            return new Table(kind, title, "万元", List.of(page), "golden", List.of(header).subList(3, header.length), rows, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String level(String code) {
        return switch (code.length()) { case 3 -> "类"; case 5 -> "款"; case 7 -> "项"; default -> null; };
    }

    /** A row: code, name, then alternating column path and printed value ("" for blank). */
    static TableRow row(String block, String code, String name, String... colValues) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i + 1 < colValues.length; i += 2) v.put(colValues[i], colValues[i + 1].isEmpty() ? null : new BigDecimal(colValues[i + 1]));
        return new TableRow(code, name, code == null ? null : level(code), block, v, 1, null);
    }

    static Table table(String kind, String title, String note, TableRow... rows) {
        return new Table(kind, title, "万元", List.of(1), "hand", List.of(), List.of(rows), note, null);
    }

    static Section section(String title, String text, Section... children) {
        return new Section("一", title, 1, "cjk", List.of(1, 1), text, new Provenance(1, null, title), List.of(children));
    }

    static FiscalDocument doc(DocumentKind kind, int year, List<Section> sections, List<Table> tables) {
        DocumentInfo info = new DocumentInfo(kind, Scope.DEPARTMENT, year, "上海市普陀区财政局", "上海市普陀区财政局" + year + "年度部门决算", null);
        // the narrative as the facts stage reads it: headings and paragraphs placed one below the other, so that each
        // paragraph's figures (facts[], with their claims) carry the section path the extractor would give them
        List<org.fiscallens.sections.Paragraph> paragraphs = new ArrayList<>();
        List<Section> placed = place(sections, paragraphs, new double[]{0});
        List<org.fiscallens.model.Fact> facts = org.fiscallens.facts.NarrativeFacts.extract(paragraphs, placed, info);
        return new FiscalDocument(1, "test", null, info, placed, tables, facts, List.of(), List.of());
    }

    private static List<Section> place(List<Section> sections, List<org.fiscallens.sections.Paragraph> out, double[] y) {
        List<Section> placed = new ArrayList<>();
        for (Section s : sections) {
            int page = s.pages() == null || s.pages().isEmpty() ? 1 : s.pages().get(0);
            org.fiscallens.model.Box head = line(out, page, s.title() == null ? "" : s.title(), y);
            List<Section> children = new ArrayList<>();
            if (s.text() != null) for (String t : s.text().split("\n")) if (!t.isBlank()) line(out, page, t, y);
            children.addAll(place(s.children(), out, y));
            placed.add(new Section(s.number(), s.title(), s.level(), s.style(), s.pages(), s.text(),
                    new Provenance(page, head, s.title()), children));
        }
        return placed;
    }

    private static org.fiscallens.model.Box line(List<org.fiscallens.sections.Paragraph> out, int page, String text, double[] y) {
        org.fiscallens.model.Box box = new org.fiscallens.model.Box(50, y[0], 550, y[0] + 12);
        y[0] += 16;
        org.fiscallens.layout.TextLine l = new org.fiscallens.layout.TextLine(List.of(), box, text, org.fiscallens.layout.LineRole.BODY, page);
        out.add(new org.fiscallens.sections.Paragraph(text, List.of(l), page, box));
        return box;
    }
}
