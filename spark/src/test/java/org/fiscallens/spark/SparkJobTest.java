package org.fiscallens.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fiscallens.batch.BatchOptions;
import org.fiscallens.batch.BatchRunner;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.batch.InputScanner;
import org.fiscallens.batch.Progress;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.export.CsvExporter;
import org.fiscallens.export.ExportRows;
import org.fiscallens.export.FlatTable;
import org.fiscallens.export.ResultLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local[2] on three PDFs (the seed 决算 with projects, indicators and findings, a Jiangsu
 * tables-only budget and a Jiangsu narrative budget of the real corpus, in two folders) and one file that is not a PDF, against {@code fiscal batch}
 * on the same folder: the same result JSONs byte for byte, Parquet datasets with the CSV export's columns and
 * row counts, the bad file recorded as failed, and a rerun that does nothing. Then a commit stopped half-way
 * (as a killed driver leaves it) is completed by the next run, without a duplicate row.
 */
class SparkJobTest {
    private static final List<String> FILES = List.of("seed/000_f643c22fe8df2981.pdf",
            "jiangsu/江苏省人大办公厅__江苏省人大常委会办公厅2019年部门预算公开表.pdf",
            "jiangsu/江苏省委办公厅__江苏省委办公厅2018年度部门预算公开文件.pdf");

    private static SparkSession spark;
    private static Path tmp;

    @BeforeAll
    static void start() throws IOException {
        tmp = Files.createTempDirectory("fiscal-spark-test-");
        spark = SparkSession.builder().master("local[2]").appName("fiscal-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() throws IOException {
        if (spark != null) spark.stop();
        WorkerPool.closeAll();
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Path inputs(String name, List<String> files, boolean bad) throws IOException {
        Path real = Corpus.real();
        Path in = tmp.resolve(name);
        for (String f : files) {
            Path link = in.resolve(f);
            Files.createDirectories(link.getParent());
            Path target = f.startsWith("seed/") ? Corpus.projectRoot().resolve("corpus").resolve(f) : real.resolve(f);
            Files.createSymbolicLink(link, target.toAbsolutePath());
        }
        if (bad) Files.writeString(in.resolve("bad.pdf"), "this is not a PDF\n");
        return in;
    }

    private static FiscalSpark.Report runSpark(Path in, Path out) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        FiscalSpark.Report r = FiscalSpark.run(spark, SparkOptions.parse(new String[]{in.toString(), "-o", out.toString()}),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        System.err.print(log.toString(StandardCharsets.UTF_8));
        return r;
    }

    private static long rows(Path out, String dataset) {
        return Files.isDirectory(out.resolve(dataset)) ? spark.read().parquet(out.resolve(dataset).toString()).count() : 0;
    }

    private static Set<String> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("summary.json") && !n.startsWith("."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void sameRecordsAsBatchThenNothingToDo() throws Exception {
        Path in = inputs("in", FILES, true);
        Path batchOut = tmp.resolve("batch"), sparkOut = tmp.resolve("spark");
        BatchSummary batch = new BatchRunner(new BatchOptions(batchOut, 2, Duration.ofSeconds(300), "512m", false,
                Progress.Mode.NONE, false), new PrintWriter(System.err, true)).run(InputScanner.scan(List.of(in.toString())).inputs());
        assertEquals(3, batch.done(), "batch reads the three PDFs");

        FiscalSpark.Report first = runSpark(in, sparkOut);
        assertEquals(4, first.inputs());
        assertEquals(3, first.extracted());
        assertEquals(1, first.failed(), "the file that is not a PDF");
        assertEquals(1, first.batches());

        // the same JSON, file for file and byte for byte (same names below the output folder as batch)
        Set<String> names = jsonFiles(batchOut);
        assertEquals(3, names.size(), names.toString());
        assertEquals(names, jsonFiles(sparkOut.resolve("json")));
        for (String n : names) {
            assertEquals(Files.readString(batchOut.resolve(n)), Files.readString(sparkOut.resolve("json").resolve(n)), n);
        }

        // the Parquet datasets: the CSV export's columns (plus the partition folders) and its number of rows
        Path csv = tmp.resolve("csv");
        Map<String, Integer> csvRows = CsvExporter.write(ResultLoader.scan(List.of(batchOut)), csv);
        for (FlatTable t : ExportRows.csvTables()) {
            long expected = csvRows.get(t.name() + ".csv");
            assertEquals(expected, rows(sparkOut, t.name()), t.name() + ": rows of " + t.name() + ".csv");
            if (expected > 0) {
                List<String> cols = new ArrayList<>(List.of(spark.read().parquet(sparkOut.resolve(t.name()).toString()).columns()));
                assertTrue(cols.remove(Committer.BATCH_COLUMN), cols.toString());
                assertEquals(new TreeSet<>(t.header()), new TreeSet<>(cols), t.name() + ": the CSV's columns");
            }
        }
        assertTrue(rows(sparkOut, "findings") > 0 && rows(sparkOut, "projects") > 0 && rows(sparkOut, "indicators") > 0,
                "the seed gives findings, projects and indicators");
        // partitioned by year and kind, and typed: amounts exact
        Dataset<Row> cells = spark.read().parquet(sparkOut.resolve("cells").toString());
        assertTrue(Files.isDirectory(sparkOut.resolve("cells/year=2023/kind=final_accounts")), "the seed's 2023 决算");
        assertEquals("decimal(38,10)", cells.schema().apply("value").dataType().simpleString());
        Dataset<Row> documents = spark.read().parquet(sparkOut.resolve("documents").toString());
        assertEquals(Set.of(2018, 2019, 2023), documents.select("year").collectAsList().stream().map(r -> r.getInt(0)).collect(Collectors.toSet()));
        assertEquals(3, documents.count());
        assertEquals(csvPagesSum(csv), documents.agg(org.apache.spark.sql.functions.sum("pages")).first().getLong(0));

        // the failure, with its kind and reason
        List<Row> failures = spark.read().parquet(sparkOut.resolve("failures").toString()).collectAsList();
        assertEquals(1, failures.size());
        Row f = failures.get(0);
        assertTrue(f.getString(f.fieldIndex("input")).endsWith("/bad.pdf"), f.toString());
        assertEquals("unreadable", f.getString(f.fieldIndex("kind")));
        assertFalse(f.getString(f.fieldIndex("reason")).isBlank());

        // a rerun does nothing: every file skipped by its content hash and tool, no new batch, the same rows
        String[] commitsBefore = sparkOut.resolve(Committer.COMMITS).toFile().list();
        FiscalSpark.Report second = runSpark(in, sparkOut);
        assertEquals(0, second.extracted() + second.reused() + second.failed() + second.batches());
        assertEquals(3, second.skipped());
        assertEquals(1, second.failedBefore(), "the bad file is not tried again (nothing changed)");
        assertEquals(Set.of(commitsBefore), Set.of(sparkOut.resolve(Committer.COMMITS).toFile().list()));
        assertEquals(3, rows(sparkOut, "documents"));
        assertEquals((long) csvRows.get("cells.csv"), rows(sparkOut, "cells"));
        assertEquals(1, rows(sparkOut, "failures"));
    }

    private static long csvPagesSum(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv.resolve("documents.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int pages = header.indexOf("pages");
        long sum = 0;
        for (String l : lines.subList(1, lines.size())) {
            org.apache.commons.csv.CSVRecord r = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(l)).getRecords().get(0);
            sum += Long.parseLong(r.get(pages));
        }
        return sum;
    }

    @Test
    void aCommitStoppedHalfWayIsCompletedByTheNextRunWithoutDuplicates() throws Exception {
        Path in = inputs("in-kill", FILES.subList(1, 2), false);
        Path out = tmp.resolve("spark-kill");
        Committer.stopAfterMoves = 1;   // documents is moved last: the driver "dies" after the first partition
        try {
            assertThrows(IOException.class, () -> runSpark(in, out));
        } finally {
            Committer.stopAfterMoves = -1;
        }
        assertEquals(0, rows(out, "documents"), "no document is visible before all its rows are");
        assertTrue(Files.exists(out.resolve(Committer.COMMITS)), "the journal is there");
        FiscalSpark.Report next = runSpark(in, out);
        assertEquals(0, next.extracted() + next.reused() + next.batches(), "the pending commit is completed, nothing redone");
        assertEquals(1, next.skipped());
        Path csv = tmp.resolve("csv-kill");
        Map<String, Integer> csvRows = CsvExporter.write(ResultLoader.scan(List.of(out.resolve("json"))), csv);
        for (FlatTable t : ExportRows.csvTables()) {
            assertEquals((long) csvRows.get(t.name() + ".csv"), rows(out, t.name()), t.name());
        }
        try (Stream<Path> s = Files.list(out.resolve(Committer.COMMITS))) {
            assertEquals(List.of(".done"), s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .map(n -> n.substring(n.lastIndexOf('.'))).toList());
        }

        // killed before any commit, after the task wrote its JSON: the next run takes the rows from that result
        Path again = tmp.resolve("spark-kill-2");
        Path json = out.resolve("json");
        for (String n : jsonFiles(json)) {
            Path to = again.resolve("json").resolve(n);
            Files.createDirectories(to.getParent());
            Files.copy(json.resolve(n), to);
        }
        FiscalSpark.Report reused = runSpark(in, again);
        assertEquals(1, reused.reused(), "its result is read, not extracted again");
        assertEquals(0, reused.extracted());
        for (FlatTable t : ExportRows.csvTables()) {
            assertEquals((long) csvRows.get(t.name() + ".csv"), rows(again, t.name()), t.name());
        }
    }
}
