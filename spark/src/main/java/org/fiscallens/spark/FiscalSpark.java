package org.fiscallens.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.batch.FailureRecord;
import org.fiscallens.export.ExportRows;
import org.fiscallens.export.FlatTable;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.pipeline.DocumentExtractor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Spark application: the extraction of {@code fiscal batch} over PDFs on any Hadoop file system, one task per
 * file, with the per-file JSON results and the export tables as Parquet datasets (see {@link Committer} for how
 * output becomes visible, {@link FileTask} for one file).
 *
 * <p>The driver lists the inputs (names only), reads which contents the committed {@code documents} already hold
 * (and which failures are recorded), and runs the inputs in batches of {@code --batch-files}: a Spark job of one
 * task per file, whose results are kept (memory and disk) while the batch's datasets are written to staging and
 * then committed. Spark retries a task whose executor is lost ({@code spark.task.maxFailures}); a task is idempotent
 * (an atomic JSON write; a result already there for the same content and tool is read, not extracted again).
 */
public final class FiscalSpark {
    static final String FAILURES = "failures";

    /** What a run did. {@code batches}: the batches committed. */
    public record Report(int inputs, int extracted, int reused, int skipped, int failed, int failedBefore, long pages,
                         int batches, Map<String, Long> rowsWritten, List<String> problems, double wallSeconds) {
        public boolean allHaveResults() {
            return failed == 0 && failedBefore == 0 && problems.isEmpty();
        }
    }

    private FiscalSpark() {}

    public static void main(String[] args) {
        org.fiscallens.pipeline.LibraryLogging.quiet(false);
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.print(SparkOptions.USAGE);
            return;
        }
        if (args.length > 0 && args[0].equals("--bench")) {
            System.exit(SparkBench.main(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SparkOptions o;
        try {
            o = SparkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fiscal-spark: " + e.getMessage());
            System.err.print(SparkOptions.USAGE);
            System.exit(2);
            return;
        }
        int code;
        SparkSession spark = session(o.master());
        try {
            Report r = run(spark, o, System.err);
            code = r.allHaveResults() ? 0 : 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("fiscal-spark: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            code = 2;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** A session on {@code master}, or on what spark-submit set, else on all local cores. */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("fiscal-lens");
        if (master != null) b.master(master);
        else if (!new org.apache.spark.SparkConf().contains("spark.master")) b.master("local[*]");
        return b.config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "true")
                .getOrCreate();
    }

    public static Report run(SparkSession spark, SparkOptions o, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        Instant startedAt = Instant.now();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = spark.sparkContext().hadoopConfiguration();
        Path outRoot = new Path(o.out());
        FileSystem fs = outRoot.getFileSystem(hconf);
        outRoot = fs.makeQualified(outRoot);
        fs.mkdirs(outRoot);
        Committer committer = new Committer(fs, outRoot);
        for (String b : committer.recover()) log.println("fiscal-spark: completed the commit of batch " + b + " left by a stopped run");

        InputLister.Result listed = InputLister.list(o.inputs(), hconf);
        listed.problems().forEach(p -> log.println("fiscal-spark: " + p));
        List<InputFile> inputs = listed.inputs();

        Set<String> committed = committedDocuments(spark, committer);
        Map<String, FailureRecord> failures = committedFailures(spark, committer);
        Broadcast<Set<String>> bCommitted = jsc.broadcast(committed);
        Broadcast<Map<String, FailureRecord>> bFailures = jsc.broadcast(failures);
        TaskSettings settings = new TaskSettings(outRoot.toString(), Math.round(o.timeLimitSeconds() * 1000), o.maxHeap(),
                o.retryFailed(), o.pageThreads() > 0 ? o.pageThreads() : pageThreads(spark), o.workerClassPath());
        HadoopConf conf = new HadoopConf(hconf);

        List<FileResult> heads = new ArrayList<>();
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, StructType> schemas = new HashMap<>();
        int batches = 0;
        for (int from = 0; from < inputs.size(); from += o.batchFiles()) {
            List<InputFile> batch = inputs.subList(from, Math.min(inputs.size(), from + o.batchFiles()));
            JavaRDD<FileResult> results = jsc.parallelize(new ArrayList<>(batch), batch.size())
                    .map(in -> FileTask.run(in, settings, conf, bCommitted.value(), bFailures.value()))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                long tb = System.nanoTime();
                List<FileResult> h = results.map(FileResult::head).collect();
                long te = System.nanoTime();
                heads.addAll(h);
                List<FileResult> fresh = h.stream().filter(FileResult::isNew).toList();
                List<FileResult> failedNow = h.stream().filter(r -> r.status().equals("failed")).toList();
                if (!fresh.isEmpty() || !failedNow.isEmpty()) {
                    String id = committer.newBatch();
                    List<String> datasets = new ArrayList<>();
                    for (FlatTable t : ExportRows.csvTables()) {
                        long n = fresh.stream().mapToLong(r -> r.rowCounts().getOrDefault(t.name(), 0)).sum();
                        if (n == 0) continue;
                        long tw = System.nanoTime();
                        writeTable(spark, committer, id, t, fresh, results, schemas);
                        if (Boolean.getBoolean("fiscal.timing")) log.printf("fiscal-spark: %s written in %.1f s%n", t.name(), (System.nanoTime() - tw) / 1e9);
                        datasets.add(t.name());
                        written.merge(t.name(), n, Long::sum);
                    }
                    if (!failedNow.isEmpty()) {
                        writeFailures(spark, committer, id, failedNow, settings);
                        datasets.add(FAILURES);
                        written.merge(FAILURES, (long) failedNow.size(), Long::sum);
                    }
                    committer.commit(id, datasets);
                    batches++;
                    if (!o.quiet()) {
                        log.printf(java.util.Locale.ROOT, "fiscal-spark: batch %s: %d files, %d new results, %d failed (%.1f s); "
                                        + "committed %s (%.1f s)%n", id, batch.size(), fresh.size(), failedNow.size(), (te - tb) / 1e9,
                                datasets, (System.nanoTime() - te) / 1e9);
                    }
                } else if (!o.quiet()) {
                    log.printf("fiscal-spark: %d files, nothing new%n", batch.size());
                }
            } finally {
                results.unpersist(false);
            }
        }
        if (spark.sparkContext().isLocal()) WorkerPool.closeAll();
        double wall = (System.nanoTime() - t0) / 1e9;
        Report report = report(heads, inputs.size(), batches, written, listed.problems(), wall);
        writeSummary(fs, outRoot, heads, startedAt, wall, settings, spark);
        if (!o.quiet()) {
            log.printf("fiscal-spark: %d inputs: %d extracted, %d results reused, %d skipped (in documents), %d failed, %d failed before; "
                            + "%d pages in %.1f s%n", report.inputs(), report.extracted(), report.reused(), report.skipped(),
                    report.failed(), report.failedBefore(), report.pages(), wall);
            for (FileResult r : heads) {
                if (r.status().equals("failed")) log.println("fiscal-spark: failed: " + r.input() + ": " + r.failureKind() + ": " + r.reason());
            }
        }
        return report;
    }

    /** Cores per task in local mode (the machine's cores over local[N]'s N), else spark.task.cpus. */
    private static int pageThreads(SparkSession spark) {
        if (spark.sparkContext().isLocal()) {
            int slots = Math.max(1, spark.sparkContext().defaultParallelism());
            return Math.max(1, Runtime.getRuntime().availableProcessors() / slots);
        }
        return Math.max(1, spark.sparkContext().getConf().getInt("spark.task.cpus", 1));
    }

    private static void writeTable(SparkSession spark, Committer committer, String batch, FlatTable t, List<FileResult> fresh,
                                   JavaRDD<FileResult> results, Map<String, StructType> schemas) {
        char merged = 0;
        String letters = "";
        for (FileResult r : fresh) {
            String l = r.columnTypes().get(t.name());
            if (l == null) continue;
            StringBuilder m = new StringBuilder();
            for (int i = 0; i < Math.max(l.length(), letters.length()); i++) {
                char a = i < letters.length() ? letters.charAt(i) : Columns.NULL, b = i < l.length() ? l.charAt(i) : Columns.NULL;
                m.append(Columns.merge(a, b));
            }
            letters = m.toString();
        }
        StructType committed = schemas.computeIfAbsent(t.name(), n -> committedSchema(spark, committer.dataset(n)));
        StructType schema = Columns.schema(t.header(), letters, committed);
        String name = t.name();
        DataType[] types = new DataType[schema.size()];
        for (int i = 0; i < types.length; i++) types[i] = schema.fields()[i].dataType();
        JavaRDD<Row> rows = results.filter(FileResult::isNew).flatMap(r -> {
            List<Row> out = new ArrayList<>();
            for (Object[] a : r.rows().getOrDefault(name, List.of())) {
                Object[] v = new Object[types.length];
                for (int i = 0; i < types.length && i < a.length; i++) v[i] = Columns.convert(a[i], types[i]);
                out.add(RowFactory.create(v));
            }
            return out.iterator();
        });
        // a few larger files rather than one per input: as many writers as the cluster runs tasks at once, each about
        // 64 files' rows (a task per partition would pay a Parquet writer and a task commit per file)
        int writers = Math.max(1, Math.min(spark.sparkContext().defaultParallelism(), (fresh.size() + 63) / 64));
        Dataset<Row> df = spark.createDataFrame(rows.coalesce(writers), schema);
        List<String> header = t.header();
        var w = df.write().mode("overwrite");
        if (header.contains(ExportRows.YEAR_COLUMN) && header.contains(ExportRows.KIND_COLUMN)) {
            w = w.partitionBy(ExportRows.YEAR_COLUMN, ExportRows.KIND_COLUMN);
        }
        w.parquet(committer.staging(batch, name).toString());
        // later batches of this run keep the types now committed
        StructType kept = new StructType();
        for (var f : schema.fields()) kept = kept.add(f);
        schemas.put(name, committed == null ? kept : merge(committed, kept));
    }

    private static StructType merge(StructType a, StructType b) {
        StructType m = a;
        Set<String> names = new HashSet<>(List.of(a.fieldNames()));
        for (var f : b.fields()) if (!names.contains(f.name())) m = m.add(f);
        return m;
    }

    /** The schema of a committed dataset, or null when there is none yet. */
    private static StructType committedSchema(SparkSession spark, Path dir) {
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(dir)) return null;
            return spark.read().parquet(dir.toString()).schema();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static final StructType FAILURE_SCHEMA = new StructType()
            .add("input", DataTypes.StringType).add("result", DataTypes.StringType).add("sha256", DataTypes.StringType)
            .add("tool", DataTypes.StringType).add("kind", DataTypes.StringType).add("reason", DataTypes.StringType)
            .add("time_limit_seconds", DataTypes.DoubleType).add("max_heap_bytes", DataTypes.LongType);

    private static void writeFailures(SparkSession spark, Committer committer, String batch, List<FileResult> failed,
                                      TaskSettings s) {
        long heap = org.fiscallens.batch.BatchOptions.heapBytes(s.maxHeap());
        List<Row> rows = new ArrayList<>();
        for (FileResult r : failed) {
            rows.add(RowFactory.create(r.input(), r.result(), r.sha256(), DocumentExtractor.TOOL, r.failureKind(), r.reason(),
                    s.timeLimitMillis() / 1000.0, heap));
        }
        spark.createDataFrame(rows, FAILURE_SCHEMA).coalesce(1).write().mode("overwrite")
                .parquet(committer.staging(batch, FAILURES).toString());
    }

    /** {@code sha256|tool} of every committed document. */
    private static Set<String> committedDocuments(SparkSession spark, Committer committer) {
        Path dir = committer.dataset(Committer.LAST);
        Set<String> keys = new HashSet<>();
        if (committedSchema(spark, dir) == null) return keys;
        for (Row r : spark.read().parquet(dir.toString()).select("sha256", "tool").distinct().collectAsList()) {
            keys.add(FileTask.key(r.getString(0), r.getString(1)));
        }
        return keys;
    }

    /** The recorded failures by {@code sha256|tool} (the most generous limits tried win). */
    private static Map<String, FailureRecord> committedFailures(SparkSession spark, Committer committer) {
        Path dir = committer.dataset(FAILURES);
        Map<String, FailureRecord> m = new HashMap<>();
        if (committedSchema(spark, dir) == null) return m;
        for (Row r : spark.read().parquet(dir.toString()).where("sha256 is not null")
                .select("input", "sha256", "tool", "kind", "reason", "time_limit_seconds", "max_heap_bytes").collectAsList()) {
            FailureRecord f = new FailureRecord(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getDouble(5), r.getLong(6));
            m.merge(FileTask.key(f.sha256(), f.tool()), f, (a, b) ->
                    a.timeLimitSeconds() >= b.timeLimitSeconds() && a.maxHeapBytes() >= b.maxHeapBytes() ? a : b);
        }
        return m;
    }

    private static Report report(List<FileResult> heads, int inputs, int batches, Map<String, Long> written,
                                 List<String> problems, double wall) {
        Map<String, Integer> n = new HashMap<>();
        long pages = 0;
        for (FileResult r : heads) {
            n.merge(r.status(), 1, Integer::sum);
            if (r.status().equals("done")) pages += r.pages();
        }
        return new Report(inputs, n.getOrDefault("done", 0), n.getOrDefault("reused", 0), n.getOrDefault("skipped", 0),
                n.getOrDefault("failed", 0), n.getOrDefault("failed_before", 0), pages, batches, written, problems, wall);
    }

    /** {@code OUT/json/summary.json} as {@code fiscal batch} writes it, so that {@code fiscal export} finds the PDFs. */
    private static void writeSummary(FileSystem fs, Path outRoot, List<FileResult> heads, Instant startedAt, double wall,
                                     TaskSettings s, SparkSession spark) throws IOException {
        int done = 0, skipped = 0, failed = 0;
        long pages = 0, peak = 0;
        List<BatchSummary.Failure> failures = new ArrayList<>();
        List<BatchSummary.FileEntry> files = new ArrayList<>();
        for (FileResult r : heads) {
            switch (r.status()) {
                case "done" -> { done++; pages += r.pages(); }
                case "failed" -> failed++;
                default -> skipped++;
            }
            peak = Math.max(peak, r.peakHeapBytes());
            if (!r.hasResult()) failures.add(new BatchSummary.Failure(r.input(), r.failureKind(), r.reason(), r.status().equals("failed_before")));
            boolean processed = r.status().equals("done") || r.status().equals("failed");
            files.add(new BatchSummary.FileEntry(localPath(r.input()), r.hasResult() ? r.result() : null, r.status(), r.sha256(),
                    r.hasResult() && r.pages() > 0 ? r.pages() : null, processed ? r.millis() : null,
                    processed && r.peakHeapBytes() > 0 ? r.peakHeapBytes() : null, r.reason()));
        }
        BatchSummary summary = new BatchSummary(DocumentExtractor.TOOL, startedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
                Math.round(wall * 1000) / 1000.0, spark.sparkContext().defaultParallelism(), s.timeLimitMillis() / 1000.0, s.maxHeap(),
                heads.size(), done, skipped, failed, pages, failures, new TreeMap<>(), new TreeMap<>(), peak,
                new BatchSummary.WorkerStarts(0, 0, 0), 0, files);
        Path json = new Path(new Path(outRoot, FileTask.JSON_DIR), "summary.json");
        Path tmp = new Path(json.getParent(), ".fiscal-summary.tmp");
        fs.mkdirs(json.getParent());
        try (FSDataOutputStream out = fs.create(tmp, true)) {
            out.write((FiscalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        fs.delete(json, false);
        if (!fs.rename(tmp, json)) throw new IOException("cannot write " + json);
    }

    /** A local file's plain path (what fiscal export's PDF locator opens), other file systems' URIs as they are. */
    private static String localPath(String uri) {
        return uri.startsWith("file:") ? new Path(uri).toUri().getPath() : uri;
    }
}
