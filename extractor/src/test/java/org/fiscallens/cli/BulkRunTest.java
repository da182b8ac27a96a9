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

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = FiscalCli.run(out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
        Run batch = run("batch", in.toString(), "-o", out.toString(), "--workers", "2", "--progress", "lines");
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

        // the later stages fill tables, facts, projects and findings: stand in for them with the hand-filled seed
        Files.writeString(out.resolve("seed.json"), FiscalJson.write(ExportFixtures.seedFilledByHand(seed)));
        Files.writeString(out.resolve("synthetic.json"), FiscalJson.write(ExportFixtures.synthetic()));

        // 2. csv
        Path csv = tmp.resolve("csv");
        Run csvRun = run("export", "--format", "csv", out.toString(), "-o", csv.toString());
        assertEquals(0, csvRun.code(), csvRun.err());
        for (String name : List.of("documents", "cells", "facts", "projects", "indicators", "findings")) {
            byte[] bytes = Files.readAllBytes(csv.resolve(name + ".csv"));
            assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), name + ".csv starts with a BOM");
        }
        List<CSVRecord> cells = readCsv(csv.resolve("cells.csv"));
        assertEquals(List.of("document", "entity", "year", "kind", "table", "row code", "row name", "column", "value", "unit", "page"),
                cells.get(0).toList().subList(0, 11));
        CSVRecord total = cells.stream().filter(r -> r.get(6).equals("本年支出合计")).findFirst().orElseThrow();
        assertEquals(List.of("seed.pdf", "鄂州市葛店经济技术开发区社会保险服务中心", "2023", "final_accounts", "income_expenditure_summary",
                "", "本年支出合计", "金额", "2390.80", "万元", "4"), total.toList().subList(0, 11));
        assertEquals("", cells.stream().filter(r -> r.get(6).equals("政府性基金预算财政拨款收入")).findFirst().orElseThrow().get(8),
                "a blank cell stays blank");
        // the extracted documents of the folder carry their own tables now: pick the synthetic one's row
        assertEquals("31214205.80", cells.stream().filter(r -> r.get(0).equals("synthetic-budget.pdf") && r.get(6).equals("基本工资"))
                .findFirst().orElseThrow().get(8));
        List<CSVRecord> documents = readCsv(csv.resolve("documents.csv"));
        assertEquals(good.size() + 2, documents.size(), "a row per result plus the header");
        List<CSVRecord> findings = readCsv(csv.resolve("findings.csv"));
        assertEquals(5, findings.size());
        assertTrue(findings.stream().anyMatch(r -> r.get(7).equals("'=SUM(A1) 模板残留文字")), "formula-like text is defused");
        List<CSVRecord> indicators = readCsv(csv.resolve("indicators.csv"));
        assertEquals("租用办公场所面积", indicators.get(1).get(7));
        assertEquals("374.56", readCsv(csv.resolve("facts.csv")).get(2).get(6));

        // 3. xlsx
        Path xlsx = tmp.resolve("all.xlsx");
        Run xlsxRun = run("export", "--format", "xlsx", out.toString(), "-o", xlsx.toString());
        assertEquals(0, xlsxRun.code(), xlsxRun.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            // a sheet per table kind present (the extracted documents bring their own tables), between documents and facts
            assertEquals("documents", sheets.get(0));
            assertEquals(List.of("facts", "projects", "indicators", "findings"), sheets.subList(sheets.size() - 4, sheets.size()));
            assertTrue(sheets.containsAll(List.of("income_expenditure_summary", "general_budget_basic_expenditur")), sheets.toString());
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
            assertEquals(4, wb.getSheet("findings").getLastRowNum(), "four findings below the header");
        }

        // 4. html: one page per document, the seed's with highlighted crops of its pages
        Path html = tmp.resolve("html");
        Run htmlRun = run("export", "--format", "html", out.toString(), "-o", html.toString());
        assertEquals(0, htmlRun.code(), htmlRun.err());
        assertFalse(htmlRun.err().contains("seed"), "the batch summary leads to the seed's source PDF: " + htmlRun.err());
        assertTrue(htmlRun.err().contains("synthetic-budget.pdf not found"), "a made-up source is reported missing: " + htmlRun.err());
        String index = Files.readString(html.resolve("index.html"));
        assertTrue(index.contains("seed.html") && index.contains("synthetic.html"), index);
        String page = Files.readString(html.resolve("seed.html"));
        assertTrue(page.indexOf("id=\"error\"") < page.indexOf("id=\"warning\"") && page.indexOf("id=\"warning\"") < page.indexOf("id=\"info\""),
                "grouped by severity, errors first");
        assertTrue(page.contains("1822.77 ÷ (2390.80 − 1822.77)"));
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http"), "self-contained");
        List<BufferedImage> crops = embeddedImages(page);
        assertEquals(3, crops.size(), "a crop per evidence with a box");
        for (BufferedImage crop : crops) assertTrue(highlightPixels(crop) > 100, "the evidence box is outlined");

        // 5. the rerun does nothing: everything is skipped, no result is rewritten
        Map<Path, FileTime> before = resultTimes(out);
        Run again = run("batch", in.toString(), "-o", out.toString(), "--workers", "2", "--progress", "lines");
        JsonNode summary2 = FiscalJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(0, summary2.get("done").asInt(), again.err());
        assertEquals(0, summary2.get("failed").asInt());
        assertEquals(good.size() + 2, summary2.get("skipped").asInt());
        assertEquals(0, summary2.get("workerStarts").get("count").asInt(), "no worker was even started");
        assertEquals(2, summary2.get("failures").size(), "the broken files still have no result");
        assertEquals(FiscalCli.EXIT_UNREADABLE, again.code());
        assertEquals(before, resultTimes(out));
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read());
            return CSVFormat.DEFAULT.parse(r).getRecords();
        }
    }

    static List<BufferedImage> embeddedImages(String html) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
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
}
