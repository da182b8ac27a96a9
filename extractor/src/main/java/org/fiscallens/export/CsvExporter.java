package org.fiscallens.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fiscal export --format csv}: one CSV per flat table ({@code documents.csv}, {@code cells.csv},
 * {@code values.csv}, {@code panel.csv}, {@code facts.csv}, {@code projects.csv}, {@code indicators.csv}, {@code findings.csv}) in UTF-8 with a byte
 * order mark, so that spreadsheet programs open the Chinese text correctly. Amounts are written exactly as
 * printed ({@code 2946.20}). Each file is written under a temporary name and renamed when complete.
 */
public final class CsvExporter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private CsvExporter() {}

    /** Writes the CSVs into {@code outDir}; returns the number of data rows per file name. */
    public static Map<String, Integer> write(Iterable<LoadedResult> results, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Reports reports = Reports.of(results); // first pass: entity ids, copies, panel, cross-year
        List<FlatTable> tables = ExportRows.csvTables(reports);
        Map<String, Integer> counts = new LinkedHashMap<>();
        CSVPrinter[] printers = new CSVPrinter[tables.size()];
        Path[] temps = new Path[tables.size()];
        try {
            for (int i = 0; i < tables.size(); i++) {
                temps[i] = outDir.resolve("." + tables.get(i).name() + ".csv.tmp");
                BufferedWriter w = Files.newBufferedWriter(temps[i], StandardCharsets.UTF_8);
                w.write('\uFEFF');
                printers[i] = new CSVPrinter(w, FORMAT);
                printers[i].printRecord(tables.get(i).header());
                counts.put(tables.get(i).name() + ".csv", 0);
            }
            for (LoadedResult r : results) {
                for (int i = 0; i < tables.size(); i++) {
                    for (List<Object> row : tables.get(i).rows().apply(r)) {
                        printers[i].printRecord(row.stream().map(CsvExporter::text).toList());
                        counts.merge(tables.get(i).name() + ".csv", 1, Integer::sum);
                    }
                }
            }
            for (int i = 0; i < tables.size(); i++) {
                for (List<Object> row : tables.get(i).after().get()) {
                    printers[i].printRecord(row.stream().map(CsvExporter::text).toList());
                    counts.merge(tables.get(i).name() + ".csv", 1, Integer::sum);
                }
            }
            for (int i = 0; i < tables.size(); i++) {
                printers[i].close();
                printers[i] = null;
                Files.move(temps[i], outDir.resolve(tables.get(i).name() + ".csv"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (int i = 0; i < tables.size(); i++) {
                if (printers[i] != null) try { printers[i].close(); } catch (IOException ignored) { }
                if (temps[i] != null) Files.deleteIfExists(temps[i]);
            }
        }
        return counts;
    }

    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof Number n) return n.toString();
        return defuse(v.toString());
    }

    /**
     * Text from a PDF that a spreadsheet would take for a formula (=, +, @, or - not starting a number) gets a
     * leading apostrophe, the spreadsheet convention for "this is text".
     */
    static String defuse(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
                || (c == '-' && s.length() > 1 && !Character.isDigit(s.charAt(1)) && s.charAt(1) != '.');
        return risky ? "'" + s : s;
    }
}
