package org.fiscallens.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Makes a batch's Parquet output visible all at once per partition, and never half of it.
 *
 * <p>Spark writes the batch's datasets under {@code OUT/_staging/<batch>/<dataset>/year=…/kind=…/}, out of sight
 * of readers ({@code _} folders are ignored). Then the driver writes a journal {@code OUT/_commits/<batch>.pending}
 * naming each move (a staging partition folder to {@code OUT/<dataset>/year=…/kind=…/batch=<batch>}), and does
 * the moves, each a single directory rename, {@code documents} last, and renames the journal to {@code .done}.
 * A job killed while Spark writes leaves only staging, which the next run deletes; killed during the moves, the
 * next run finds the pending journal and completes them (a move already done is recognised). So a leaf partition
 * folder appears whole or not at all, a document is in {@code documents} only once all its rows are committed
 * (the next run skips exactly those), and no batch is committed twice.
 */
final class Committer {
    static final String STAGING = "_staging", COMMITS = "_commits", BATCH_COLUMN = "batch";
    /** Committed last: a rerun skips a file once its document row is there. */
    static final String LAST = "documents";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    record Move(String from, String to) {}

    record Journal(String batch, List<Move> moves) {}

    private final FileSystem fs;
    private final Path out;
    private final String runStamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    private int seq;

    Committer(FileSystem fs, Path out) {
        this.fs = fs;
        this.out = out;
    }

    /** A new batch id, ordered by time: {@code 20261206T213000-0001-xxxx}. */
    String newBatch() {
        return String.format("%s-%04d-%s", runStamp, ++seq, UUID.randomUUID().toString().substring(0, 4));
    }

    Path staging(String batch, String dataset) {
        return new Path(new Path(new Path(out, STAGING), batch), dataset);
    }

    Path dataset(String name) {
        return new Path(out, name);
    }

    /** Completes the commits a killed run left pending and deletes staging no journal names; returns the batches completed. */
    List<String> recover() throws IOException {
        List<String> done = new ArrayList<>();
        Path commits = new Path(out, COMMITS);
        if (fs.exists(commits)) {
            FileStatus[] pending = fs.listStatus(commits, p -> p.getName().endsWith(".pending"));
            Arrays.sort(pending, Comparator.comparing(s -> s.getPath().getName()));
            for (FileStatus s : pending) {
                Journal j;
                try (InputStream in = fs.open(s.getPath())) {
                    j = JSON.readValue(in, Journal.class);
                }
                complete(j);
                done.add(j.batch());
            }
        }
        fs.delete(new Path(out, STAGING), true);
        return done;
    }

    /** Commits the datasets a batch wrote to staging. */
    void commit(String batch, List<String> datasets) throws IOException {
        List<String> order = new ArrayList<>(datasets);
        if (order.remove(LAST)) order.add(LAST);
        List<Move> moves = new ArrayList<>();
        for (String ds : order) {
            Path root = staging(batch, ds);
            for (Path leaf : leaves(root)) {
                String rel = leaf.toUri().getPath().substring(root.toUri().getPath().length());
                Path to = new Path(dataset(ds).toString() + rel + "/" + BATCH_COLUMN + "=" + batch);
                moves.add(new Move(leaf.toString(), to.toString()));
            }
        }
        Journal j = new Journal(batch, moves);
        Path commits = new Path(out, COMMITS);
        fs.mkdirs(commits);
        Path tmp = new Path(commits, "." + batch + ".tmp");
        try (FSDataOutputStream o = fs.create(tmp, true)) {
            o.write(JSON.writeValueAsString(j).getBytes(StandardCharsets.UTF_8));
        }
        if (!fs.rename(tmp, pending(batch))) throw new IOException("cannot write the commit journal " + pending(batch));
        complete(j);
    }

    /** The hook tests use to stop a commit half-way (as a killed driver would). */
    static volatile int stopAfterMoves = -1;

    private void complete(Journal j) throws IOException {
        int n = 0;
        for (Move m : j.moves()) {
            if (stopAfterMoves >= 0 && n++ >= stopAfterMoves) throw new IOException("commit stopped (test)");
            Path from = new Path(m.from()), to = new Path(m.to());
            if (fs.exists(to)) {
                fs.delete(from, true);   // done before the kill
                continue;
            }
            if (!fs.exists(from)) throw new IOException("commit of " + j.batch() + ": " + from + " is missing and " + to + " absent");
            fs.mkdirs(to.getParent());
            if (!fs.rename(from, to)) throw new IOException("cannot move " + from + " to " + to);
        }
        fs.rename(pending(j.batch()), new Path(new Path(out, COMMITS), j.batch() + ".done"));
        fs.delete(new Path(new Path(out, STAGING), j.batch()), true);
    }

    private Path pending(String batch) {
        return new Path(new Path(out, COMMITS), batch + ".pending");
    }

    /** The folders under {@code root} holding data files (Spark's partition folders, or root itself). */
    private List<Path> leaves(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!fs.exists(root)) return found;
        collect(root, found);
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private void collect(Path dir, List<Path> found) throws IOException {
        boolean data = false;
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) continue;
            if (s.isDirectory()) collect(s.getPath(), found);
            else data = true;
        }
        if (data) found.add(dir);
    }
}
