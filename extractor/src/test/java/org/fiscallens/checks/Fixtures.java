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
        return new FiscalDocument(1, "test", null,
                new DocumentInfo(kind, Scope.DEPARTMENT, year, "上海市普陀区财政局", "上海市普陀区财政局" + year + "年度部门决算", null),
                sections, tables, List.of(), List.of(), List.of());
    }
}
