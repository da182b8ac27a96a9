package org.fiscallens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.export.ExportFixtures;
import org.fiscallens.export.PageCropper;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journalist's run: a folder of real PDFs with broken ones among them becomes results, a summary,
 * CSVs, a workbook and HTML reports; the rerun does nothing.
 */
class BulkRunTest {

    @TempDir Path tmp;

    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    /** The seed, the three smallest PDFs of the real corpus (when present) under their folders, and two broken files. */
    static List<Path> makeInputFolder(Path in) throws IOException {
        List<Path> good = new ArrayList<>();
        Files.createDirectories(in);
        Files.copy(Corpus.seedPdf(), in.resolve("seed.pdf"));
        good.add(in.resolve("seed.pdf"));
        Path real = Corpus.realOrNull();
        if (real != null) {
            List<Path> smallest;
            try (Stream<Path> s = Files.walk(real)) {
                smallest = s.filter(p -> p.toString().endsWith(".pdf")).sorted(Comparator.comparingLong(BulkRunTest::size)).limit(3).toList();
            }
            for (Path p : smallest) {
                Path target = in.resolve(real.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
                good.add(target);
            }
        }
        Path broken = Files.createDirectories(in.resolve("broken"));
        Files.writeString(broken.resolve("not-a-pdf.pdf"), "这不是PDF\n");
        byte[] seed = Files.readAllBytes(Corpus.seedPdf());
        Files.write(broken.resolve("truncated.pdf"), Arrays.copyOf(seed, seed.length / 3));
        return good;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void folderBecomesResultsSummaryCsvWorkbookAndReportsAndTheRerunDoesNothing() throws Exception {
        Path in = tmp.resolve("in"), out = tmp.resolve("out");
        List<Path> good = makeInputFolder(in);

        // 1. batch: every good PDF gets a result, the broken ones are failures with their reasons, exit 2
        CliRun batch = run("batch", in.toString(), "-o", out.toString(), "--workers", "2", "--progress", "lines");
        assertEquals(FiscalCli.EXIT_UNREADABLE, batch.code(), batch.err());
        JsonNode summary = FiscalJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(good.size() + 2, summary.get("inputs").asInt());
        assertEquals(good.size(), summary.get("done").asInt(), summary.toPrettyString());
        assertEquals(2, summary.get("failed").asInt());
        assertEquals(0, summary.get("skipped").asInt());
        Map<String, String> reasons = new HashMap<>();
        summary.get("failures").forEach(f -> reasons.put(Path.of(f.get("input").asText()).getFileName().toString(), f.get("reason").asText()));
        assertTrue(reasons.get("not-a-pdf.pdf").contains("not a PDF"), reasons.toString());
        assertTrue(reasons.get("truncated.pdf").contains("truncated"), reasons.toString());
        assertTrue(batch.err().contains("[" + (good.size() + 2) + "/" + (good.size() + 2) + "]"), "plain progress lines: " + batch.err());
        for (Path pdf : good) {
            String rel = in.relativize(pdf).toString();
            Path result = out.resolve(rel.substring(0, rel.length() - 4) + ".json");
            FiscalDocument doc = FiscalJson.read(result);
            assertEquals(pdf.getFileName().toString(), doc.source().file());
            assertTrue(doc.source().pages() > 0);
        }
        assertFalse(Files.exists(out.resolve("broken/not-a-pdf.json")));
        assertFalse(Files.exists(out.resolve("broken/truncated.json")));
        FiscalDocument seed = FiscalJson.read(out.resolve("seed.json"));
        assertEquals("鄂州市葛店经济技术开发区社会保险服务中心", seed.document().entity());

        // The real extraction fills tables, facts, projects and findings; a made-up budget of another entity (another
        // column header, amounts in 元 with other decimals, a formula-like finding) joins it.
        Files.writeString(out.resolve("synthetic.json"), FiscalJson.write(ExportFixtures.synthetic()));
        List<FiscalDocument> docs = new ArrayList<>();
        for (Path pdf : good) {
            String rel = in.relativize(pdf).toString();
            docs.add(FiscalJson.read(out.resolve(rel.substring(0, rel.length() - 4) + ".json")));
        }
        docs.add(ExportFixtures.synthetic());
        int findingsTotal = docs.stream().mapToInt(d -> d.findings().size()).sum();
        assertTrue(seed.findings().size() > 10, "the seed's real errors are found: " + seed.findings().size());

        // 2. csv
        Path csv = tmp.resolve("csv");
        CliRun csvRun = run("export", "--format", "csv", out.toString(), "-o", csv.toString());
        assertEquals(0, csvRun.code(), csvRun.err());
        for (String name : List.of("documents", "cells", "facts", "projects", "indicators", "findings")) {
            byte[] bytes = Files.readAllBytes(csv.resolve(name + ".csv"));
            assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), name + ".csv starts with a BOM");
        }
        List<CSVRecord> cells = readCsv(csv.resolve("cells.csv"));
        assertEquals(List.of("document", "entity", "year", "kind", "table", "row code", "row name", "column", "value", "unit", "page"),
                cells.get(0).toList().subList(0, 11));
        // Seed page 4 (表一 收入支出决算总表, read off the rendered page): 本年支出合计 2,390.80; 二、政府性基金预算财政拨款收入 blank.
        CSVRecord total = cell(cells, "seed.pdf", "income_expenditure_summary", "本年支出合计", "金额");
        assertEquals(List.of("seed.pdf", "鄂州市葛店经济技术开发区社会保险服务中心", "2023", "final_accounts", "income_expenditure_summary",
                "", "本年支出合计", "金额", "2390.80", "万元", "4"), total.toList().subList(0, 11));
        assertEquals("", cell(cells, "seed.pdf", "income_expenditure_summary", "二、政府性基金预算财政拨款收入", "金额").get(8),
                "a blank cell stays blank");
        // Seed page 9 (表六, 人员经费 block): 30101 基本工资 35.23; 公用经费 block: 30201 办公费 9.96.
        CSVRecord wage = cell(cells, "seed.pdf", "general_budget_basic_expenditure", "基本工资", "决算数");
        assertEquals(List.of("30101", "基本工资", "决算数", "35.23", "万元", "9"), wage.toList().subList(5, 11));
        assertEquals("人员经费", wage.get(13), "the side-by-side block");
        assertEquals("9.96", cell(cells, "seed.pdf", "general_budget_basic_expenditure", "办公费", "决算数").get(8));
        assertEquals("31214205.80", cell(cells, "synthetic-budget.pdf", "general_budget_basic_expenditure", "基本工资", "合计").get(8),
                "amounts exactly as printed");
        if (Corpus.realOrNull() != null) {
            // 江苏省人大常委会办公厅 2019, 公开表六 page 6: 30101 基本工资 1,258.23 万元.
            String rd = "江苏省人大办公厅__江苏省人大常委会办公厅2019年部门预算公开表.pdf";
            assertEquals(List.of("30101", "基本工资", "金额", "1258.23", "万元", "6"),
                    cell(cells, rd, "general_budget_basic_expenditure", "基本工资", "金额").toList().subList(5, 11));
            // 公开表九 page 9: the same column names as in other reports (the in-grid caption 部门：… is not a header).
            assertEquals("767.60", cell(cells, rd, "three_public", "", "“三公”经费/小计").get(8));
            assertTrue(cells.stream().noneMatch(r -> r.get(7).contains("办公厅")), "no entity name in a column header");
        }
        List<CSVRecord> documents = readCsv(csv.resolve("documents.csv"));
        assertEquals(good.size() + 2, documents.size(), "a row per result plus the header");
        List<CSVRecord> findings = readCsv(csv.resolve("findings.csv"));
        assertEquals(findingsTotal + 1, findings.size(), "a row per finding plus the header");
        assertTrue(findings.stream().anyMatch(r -> r.get(7).equals("'=SUM(A1) 模板残留文字")), "formula-like text is defused");
        assertTrue(findings.stream().anyMatch(r -> r.get(0).equals("seed.pdf") && r.get(4).equals("error") && r.get(10).contains("420.89")),
                "the seed's wrong growth rate 420.89 % (page 13) is an error");
        List<CSVRecord> indicators = readCsv(csv.resolve("indicators.csv"));
        // Seed page 35 (附件2-1), from the real 自评表: 产出指标 | 数量指标 | 租用办公场所面积 | 1188.57㎡ | 1188.57㎡.
        CSVRecord first = indicators.stream().filter(r -> r.get(0).equals("seed.pdf")).findFirst().orElseThrow();
        assertEquals(List.of("劳动监察、劳动仲裁办公场所相关费用", "产出指标", "数量指标", "租用办公场所面积", "1188.57㎡", "1188.57㎡"),
                first.toList().subList(4, 10));
        assertEquals(42, indicators.stream().filter(r -> r.get(0).equals("seed.pdf")).count(), "6+8+7+8+6+7 indicator rows");
        CSVRecord basic = readCsv(csv.resolve("facts.csv")).stream()
                .filter(r -> r.get(0).equals("seed.pdf") && r.get(4).equals("expenditure.basic")).findFirst().orElseThrow();
        assertEquals(List.of("374.56", "万元"), basic.toList().subList(6, 8), "page 13: 基本支出374.56万元");

        // 3. xlsx
        Path xlsx = tmp.resolve("all.xlsx");
        CliRun xlsxRun = run("export", "--format", "xlsx", out.toString(), "-o", xlsx.toString());
        assertEquals(0, xlsxRun.code(), xlsxRun.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("documents", "panel", "income_expenditure_summary"), sheets.subList(0, 3));
            assertEquals(List.of("facts", "projects", "indicators", "findings"), sheets.subList(sheets.size() - 4, sheets.size()));
            assertTrue(sheets.containsAll(List.of("income", "expenditure", "general_budget_basic_expenditur", "three_public")), sheets.toString());
            assertFalse(sheets.contains("performance_self_assessment"), "自评表 are in projects/indicators, not an empty sheet: " + sheets);
            for (String name : sheets) assertTrue(wb.getSheet(name).getLastRowNum() >= 1, name + " has rows");
            Sheet t1 = wb.getSheet("income_expenditure_summary");
            List<String> header = new ArrayList<>();
            t1.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            int amount = header.indexOf("金额"), budget = header.indexOf("预算数"), name = header.indexOf("row name");
            assertTrue(amount > 0 && budget > amount, "one value column per header met, in order: " + header);
            Row seedTotal = null, otherTotal = null;
            for (Row r : t1) {
                if (r.getRowNum() == 0) continue;
                String doc = r.getCell(0).getStringCellValue(), rowName = r.getCell(name).getStringCellValue();
                if (doc.equals("seed.pdf") && rowName.equals("本年收入合计")) seedTotal = r;
                if (doc.equals("synthetic-budget.pdf") && rowName.equals("本年收入合计")) otherTotal = r;
            }
            assertNotNull(seedTotal);
            assertNotNull(otherTotal);
            assertEquals(CellType.NUMERIC, seedTotal.getCell(amount).getCellType());
            assertEquals(2390.80, seedTotal.getCell(amount).getNumericCellValue(), 0);
            assertEquals("#,##0.00", seedTotal.getCell(amount).getCellStyle().getDataFormatString());
            assertEquals(1234.5, otherTotal.getCell(budget).getNumericCellValue(), 0);
            assertEquals("#,##0.0", otherTotal.getCell(budget).getCellStyle().getDataFormatString());
            assertEquals(2023, seedTotal.getCell(2).getNumericCellValue(), 0, "the year is a number");
            assertEquals(findingsTotal, wb.getSheet("findings").getLastRowNum(), "every finding below the header");
        }

        // 4. html: one page per document, the seed's with highlighted crops of its pages
        Path html = tmp.resolve("html");
        CliRun htmlRun = run("export", "--format", "html", out.toString(), "-o", html.toString());
        assertEquals(0, htmlRun.code(), htmlRun.err());
        assertFalse(htmlRun.err().contains("seed"), "the batch summary leads to the seed's source PDF: " + htmlRun.err());
        assertTrue(htmlRun.err().contains("synthetic-budget.pdf not found"), "a made-up source is reported missing: " + htmlRun.err());
        String index = Files.readString(html.resolve("index.html"));
        assertTrue(index.contains("seed.html") && index.contains("synthetic.html"), index);
        // every output is an ordinary file of its folder, readable by others (a temporary file is made private)
        for (Path f : List.of(out.resolve("seed.json"), out.resolve("summary.json"), csv.resolve("cells.csv"), xlsx,
                html.resolve("index.html"), html.resolve("seed.html"))) {
            assertReadableByAll(f);
        }
        Path single = tmp.resolve("single.json");
        CliRun extract = run("extract", good.get(0).toString(), "-o", single.toString());
        assertEquals(0, extract.code(), extract.err());
        assertReadableByAll(single);
        String page = Files.readString(html.resolve("seed.html"));
        assertTrue(page.indexOf("id=\"error\"") < page.indexOf("id=\"warning\"") && page.indexOf("id=\"warning\"") < page.indexOf("id=\"info\""),
                "grouped by severity, errors first");
        assertTrue(page.contains("1822.77 ÷ (2390.8 − 1822.77)"), "the arithmetic of the wrong growth rate");
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http"), "self-contained");
        List<BufferedImage> crops = embeddedImages(page);
        long boxed = seed.findings().stream().flatMap(f -> f.evidence().stream()).filter(e -> e.box() != null).count();
        assertTrue(boxed > 10, "the seed's evidence has boxes: " + boxed);
        assertEquals(boxed, crops.size(), "a crop per evidence with a box");
        for (BufferedImage crop : crops) assertTrue(highlightPixels(crop) > 100, "the evidence box is outlined");

        // 5. the rerun does nothing: everything is skipped, no result is rewritten
        Map<Path, FileTime> before = resultTimes(out);
        CliRun again = run("batch", in.toString(), "-o", out.toString(), "--workers", "2", "--progress", "lines");
        JsonNode summary2 = FiscalJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(0, summary2.get("done").asInt(), again.err());
        assertEquals(0, summary2.get("failed").asInt());
        assertEquals(good.size() + 2, summary2.get("skipped").asInt());
        assertEquals(0, summary2.get("workerStarts").get("count").asInt(), "no worker was even started");
        assertEquals(2, summary2.get("failures").size(), "the broken files still have no result");
        assertEquals(FiscalCli.EXIT_UNREADABLE, again.code());
        assertEquals(before, resultTimes(out));
    }

    /** The cells.csv row of a document's table row and column (the first when a kind repeats). */
    static CSVRecord cell(List<CSVRecord> cells, String document, String table, String rowName, String column) {
        return cells.stream().filter(r -> r.get(0).equals(document) && r.get(4).equals(table) && r.get(6).equals(rowName)
                && r.get(7).equals(column)).findFirst().orElseThrow(() -> new AssertionError(document + " " + table + " " + rowName + " " + column));
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read());
            return CSVFormat.DEFAULT.parse(r).getRecords();
        }
    }

    static List<BufferedImage> embeddedImages(String html) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        Matcher m = Pattern.compile("<img class=\"crop\"[^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        while (m.find()) images.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))));
        return images;
    }

    static int highlightPixels(BufferedImage img) {
        int n = 0, want = PageCropper.HIGHLIGHT.getRGB() & 0xFFFFFF;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == want) n++;
        return n;
    }

    private static Map<Path, FileTime> resultTimes(Path out) throws IOException {
        Map<Path, FileTime> m = new HashMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.toString().endsWith(".json") && !p.getFileName().toString().equals("summary.json")) m.put(p, Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    private static void assertReadableByAll(Path f) throws java.io.IOException {
        if (!f.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(f);
        assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                && perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ), f + ": " + perms);
    }
}
