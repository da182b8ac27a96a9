package org.fiscallens.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code fiscal export --format xlsx}: one workbook. A {@code documents} sheet; one sheet per table kind
 * across all documents, a row per document × table row with that kind's value columns side by side (the
 * union of the column headers met, in order), so that the same figure of many documents lines up in one
 * column; then {@code facts}, {@code projects}, {@code indicators} and {@code findings}. Amounts are numeric
 * cells shown with their printed number of decimals. Streams rows (SXSSF), reading documents one at a time.
 */
public final class XlsxExporter {

    /** Table kinds in the order of the disclosure (docs/schema.md); other kinds follow in the order met. */
    static final List<String> KIND_ORDER = List.of("income_expenditure_summary", "income", "expenditure",
            "appropriation_summary", "general_budget_expenditure", "general_budget_basic_expenditure", "government_fund",
            "state_capital", "three_public", "performance_self_assessment", "performance_targets", "procurement", "other");

    static final List<String> TABLE_LEAD = List.of("document", "entity", "year", "kind", "table title", "unit", "page",
            "row code", "row name", "row level", "block");

    private XlsxExporter() {}

    /** Writes the workbook to {@code file} (through a temporary file); returns the data rows per sheet. */
    public static Map<String, Integer> write(Iterable<LoadedResult> results, Path file) throws IOException {
        // pass 1: the table kinds and, per kind, the union of value columns in the order met
        Map<String, LinkedHashSet<String>> columnsByKind = new LinkedHashMap<>();
        for (LoadedResult r : results) {
            for (Table t : r.doc().tables()) {
                // A table without typed rows (a 自评表 is read into the projects and indicators sheets) gets no sheet.
                if (t.rows().isEmpty()) continue;
                LinkedHashSet<String> cols = columnsByKind.computeIfAbsent(kindOf(t), k -> new LinkedHashSet<>());
                cols.addAll(t.columns());
                for (TableRow row : t.rows()) cols.addAll(row.values().keySet());
            }
        }
        List<String> kinds = new ArrayList<>();
        KIND_ORDER.stream().filter(columnsByKind::containsKey).forEach(kinds::add);
        columnsByKind.keySet().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);

        Map<String, Integer> counts = new LinkedHashMap<>();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = org.fiscallens.batch.AtomicFiles.temporaryBeside(dir, ".xlsx.tmp");
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            Reports reports = Reports.of(results); // entity ids, copies, panel, cross-year
            FlatTable documentsTable = ExportRows.documents(reports);
            SheetWriter documents = new SheetWriter(wb, styles, names, "documents", documentsTable.header());
            FlatTable panelTable = ExportRows.panel(reports);
            SheetWriter panel = new SheetWriter(wb, styles, names, "panel", panelTable.header());
            Map<String, SheetWriter> tableSheets = new LinkedHashMap<>();
            for (String k : kinds) {
                List<String> header = new ArrayList<>(TABLE_LEAD);
                header.addAll(columnsByKind.get(k));
                tableSheets.put(k, new SheetWriter(wb, styles, names, k, header));
            }
            List<FlatTable> flat = List.of(ExportRows.values(reports), ExportRows.FACTS, ExportRows.PROJECTS, ExportRows.INDICATORS,
                    ExportRows.findings(reports));
            List<SheetWriter> flatSheets = new ArrayList<>();
            for (FlatTable t : flat) flatSheets.add(new SheetWriter(wb, styles, names, t.name(), t.header()));

            // pass 2: the rows
            for (LoadedResult r : results) {
                for (List<Object> row : documentsTable.rows().apply(r)) documents.add(row);
                for (Table t : r.doc().tables()) {
                    if (t.rows().isEmpty()) continue;
                    SheetWriter sheet = tableSheets.get(kindOf(t));
                    List<String> cols = new ArrayList<>(columnsByKind.get(kindOf(t)));
                    for (TableRow tr : t.rows()) {
                        List<Object> row = new ArrayList<>(List.of(r.documentName()));
                        row.add(r.entity());
                        row.add(r.year());
                        row.add(r.kind());
                        row.add(t.title());
                        row.add(t.unit());
                        row.add(tr.page() > 0 ? tr.page() : null);
                        row.add(tr.code());
                        row.add(tr.name());
                        row.add(tr.level());
                        row.add(tr.block());
                        for (String c : cols) row.add(tr.values().get(c));
                        sheet.add(row);
                    }
                }
                for (int i = 0; i < flat.size(); i++) {
                    for (List<Object> row : flat.get(i).rows().apply(r)) flatSheets.get(i).add(row);
                }
            }
            for (List<Object> row : panelTable.after().get()) panel.add(row);
            for (int i = 0; i < flat.size(); i++) {
                for (List<Object> row : flat.get(i).after().get()) flatSheets.get(i).add(row);
            }
            counts.put(documents.name, documents.rows);
            counts.put(panel.name, panel.rows);
            tableSheets.values().forEach(s -> counts.put(s.name, s.rows));
            flatSheets.forEach(s -> counts.put(s.name, s.rows));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                Files.copy(tmp, file, StandardCopyOption.REPLACE_EXISTING); // a device or pipe is written, never replaced
            } else {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            wb.close();
            Files.deleteIfExists(tmp);
        }
        return counts;
    }

    private static String kindOf(Table t) {
        return t.kind() == null || t.kind().isBlank() ? "other" : t.kind();
    }

    /** A valid, unique sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted, '_');
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Cell styles shared by all sheets: bold header, and one number format per count of decimals. */
    private static final class Styles {
        final SXSSFWorkbook wb;
        final CellStyle header;
        final Map<Integer, CellStyle> decimals = new HashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
        }

        CellStyle amount(int scale) {
            int s = Math.max(0, Math.min(scale, 10));
            return decimals.computeIfAbsent(s, k -> {
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat(k == 0 ? "#,##0" : "#,##0." + "0".repeat(k)));
                return st;
            });
        }
    }

    /** Appends rows to a sheet; past the format's last row it goes on in a continuation sheet with the same header. */
    private static final class SheetWriter {
        private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        final SXSSFWorkbook wb;
        final Styles styles;
        final Set<String> names;
        final String name;
        final List<String> header;
        Sheet sheet;
        int next, rows;

        SheetWriter(SXSSFWorkbook wb, Styles styles, Set<String> names, String wanted, List<String> header) {
            this.wb = wb;
            this.styles = styles;
            this.names = names;
            this.header = header;
            this.name = sheetName(wanted, names);
            open(name);
        }

        private void open(String sheetName) {
            sheet = wb.createSheet(sheetName);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(styles.header);
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, header.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (sheet instanceof SXSSFSheet s && !header.isEmpty()) {
                s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, header.size() - 1));
            }
            next = 1;
        }

        void add(List<Object> values) {
            if (next > LAST_ROW) open(sheetName(name, names));
            Row row = sheet.createRow(next++);
            rows++;
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) continue;
                Cell c = row.createCell(i);
                if (v instanceof BigDecimal d) {
                    c.setCellValue(d.doubleValue());
                    c.setCellStyle(styles.amount(d.scale()));
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else {
                    String s = v.toString();
                    c.setCellValue(s.length() > 32767 ? s.substring(0, 32767) : s);
                }
            }
        }
    }
}
