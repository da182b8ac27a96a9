package org.fiscallens.spark;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.fiscallens.batch.FailureKind;
import org.fiscallens.batch.FailureRecord;
import org.fiscallens.batch.IsolatedWorker;
import org.fiscallens.batch.ResultHead;
import org.fiscallens.export.ExportRows;
import org.fiscallens.export.FlatTable;
import org.fiscallens.export.LoadedResult;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.pipeline.DocumentExtractor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One task: one file. Reads it from its file system (a local file in place, any other through a local copy made
 * while hashing it), skips it when its content and tool are already in {@code documents} (or its failure is
 * recorded and nothing changed), else extracts it in a worker JVM under the time and heap limits exactly as
 * {@code fiscal batch} does, writes the result JSON atomically to {@code OUT/json/<name>.json}, and returns the
 * result's flat rows (the export tables of {@link ExportRows}). A file that cannot be read, hangs or exhausts
 * the heap comes back as failed with its kind and reason; the task itself does not fail.
 */
public final class FileTask {
    static final String JSON_DIR = "json";

    private FileTask() {}

    public static FileResult run(InputFile in, TaskSettings s, HadoopConf conf, Set<String> committed,
                                 Map<String, FailureRecord> failures) throws IOException {
        Path src = new Path(in.uri());
        FileSystem fs = src.getFileSystem(conf.get());
        Path outRoot = new Path(s.outRoot());
        FileSystem outFs = outRoot.getFileSystem(conf.get());
        boolean localOut = "file".equals(outFs.getUri().getScheme());
        java.nio.file.Path tmp = Files.createTempDirectory("fiscal-spark-");
        try {
            java.nio.file.Path local;
            String sha;
            try {
                if ("file".equals(fs.getUri().getScheme())) {
                    local = Paths.get(fs.makeQualified(src).toUri());
                    sha = org.fiscallens.batch.ContentHash.sha256(local);
                } else {
                    local = tmp.resolve(in.fileName());
                    sha = copyHashing(fs, src, local);
                }
            } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
                return FileResult.failed(in, null, FailureKind.UNREADABLE.id(), "file not found", 0, 0);
            } catch (IOException e) {
                return FileResult.failed(in, null, FailureKind.UNREADABLE.id(), "cannot read file: " + e.getMessage(), 0, 0);
            }
            String tool = DocumentExtractor.TOOL;
            if (committed.contains(key(sha, tool))) {
                return new FileResult(in.uri(), in.resultName(), "skipped", sha, null, null, 0, 0, 0, Map.of(), Map.of(), Map.of());
            }
            FailureRecord earlier = failures.get(key(sha, tool));
            double limitSeconds = s.timeLimitMillis() / 1000.0;
            long heapBytes = org.fiscallens.batch.BatchOptions.heapBytes(s.maxHeap());
            if (earlier != null && !earlier.worthRetrying(sha, tool, limitSeconds, heapBytes, s.retryFailed())) {
                return new FileResult(in.uri(), null, "failed_before", sha, earlier.kind(), earlier.reason(), 0, 0, 0,
                        Map.of(), Map.of(), Map.of());
            }
            Path json = new Path(new Path(outRoot, JSON_DIR), in.resultName());
            java.nio.file.Path localJson = localOut ? Paths.get(outFs.makeQualified(json).toUri()) : tmp.resolve("result.json");
            // A result for this content and tool that a killed run wrote but did not commit: its rows, not a new extraction.
            if (upToDate(outFs, json, localOut, localJson, sha, tool)) {
                return rows(in, "reused", sha, 0, 0, 0, localJson);
            }
            IsolatedWorker.Outcome o = WorkerPool.with(s, w -> w.extract(local, localJson, Duration.ofMillis(s.timeLimitMillis())));
            if (!o.ok()) {
                if (Thread.currentThread().isInterrupted()) throw new IOException("task interrupted");
                return FileResult.failed(in, sha, o.kind().id(), o.reason(), o.millis(), o.peakHeapBytes());
            }
            if (!localOut) upload(outFs, localJson, json);
            return rows(in, "done", sha, o.millis(), o.pages(), o.peakHeapBytes(), localJson);
        } finally {
            deleteTree(tmp);
        }
    }

    static String key(String sha, String tool) {
        return sha + "|" + tool;
    }

    private static boolean upToDate(FileSystem fs, Path json, boolean localOut, java.nio.file.Path localJson, String sha,
                                    String tool) {
        try {
            if (!fs.exists(json)) return false;
            if (!localOut) fs.copyToLocalFile(false, json, new Path(localJson.toUri()), true);
            ResultHead head = ResultHead.read(localJson);
            return head.sha256().equals(sha) && head.tool().equals(tool);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The rows of every export table for one result, with the type letters of their columns. */
    private static FileResult rows(InputFile in, String status, String sha, long millis, int pages, long heap,
                                   java.nio.file.Path localJson) throws IOException {
        FiscalDocument doc = FiscalJson.read(localJson);
        String name = in.resultName().substring(0, in.resultName().length() - ".json".length());
        LoadedResult r = new LoadedResult(java.nio.file.Path.of(in.resultName()), name, doc);
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        for (FlatTable t : ExportRows.csvTables()) {
            List<Object[]> list = new ArrayList<>();
            char[] letters = new char[t.header().size()];
            java.util.Arrays.fill(letters, Columns.NULL);
            for (List<Object> row : t.rows().apply(r)) {
                Object[] a = row.toArray();
                for (int i = 0; i < letters.length && i < a.length; i++) letters[i] = Columns.merge(letters[i], Columns.letter(a[i]));
                list.add(a);
            }
            types.put(t.name(), new String(letters));
            counts.put(t.name(), list.size());
            rows.put(t.name(), list);
        }
        return new FileResult(in.uri(), in.resultName(), status, sha, null, null, millis, doc.source().pages(), heap,
                types, counts, rows);
    }

    private static String copyHashing(FileSystem fs, Path src, java.nio.file.Path dst) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (FSDataInputStream raw = fs.open(src); InputStream in = new DigestInputStream(raw, md);
             OutputStream out = Files.newOutputStream(dst)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Puts the result in place through a hidden temporary name and a rename: never half-written under its own name. */
    private static void upload(FileSystem fs, java.nio.file.Path local, Path json) throws IOException {
        Path tmp = new Path(json.getParent(), ".fiscal-" + UUID.randomUUID() + ".tmp");
        fs.mkdirs(json.getParent());
        try {
            fs.copyFromLocalFile(false, true, new Path(local.toUri()), tmp);
            if (fs.exists(json)) fs.delete(json, false);
            if (!fs.rename(tmp, json)) throw new IOException("cannot rename " + tmp + " to " + json);
        } finally {
            fs.delete(tmp, false);
        }
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
