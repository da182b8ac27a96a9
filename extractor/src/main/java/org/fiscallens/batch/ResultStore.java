package org.fiscallens.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The output folder of a batch run: {@code OUTDIR/<relative>.json} per input, {@code OUTDIR/summary.json},
 * and {@code OUTDIR/.fiscal-batch/} for the run's own state (failure records, worker log).
 */
public final class ResultStore {
    static final String STATE_DIR = ".fiscal-batch";
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path outDir;

    public ResultStore(Path outDir) {
        this.outDir = outDir;
    }

    public Path outDir() { return outDir; }

    public Path result(BatchInput in) {
        return outDir.resolve(in.resultName());
    }

    Path stateDir() { return outDir.resolve(STATE_DIR); }

    private Path failureFile(BatchInput in) {
        return stateDir().resolve("failed").resolve(in.resultName());
    }

    /** The head of this input's result when one is there for the same content and tool, else empty. */
    Optional<ResultHead> upToDate(BatchInput in, String sha256, String tool) {
        Path r = result(in);
        if (!Files.isRegularFile(r)) return Optional.empty();
        try {
            ResultHead head = ResultHead.read(r);
            return head.sha256().equals(sha256) && head.tool().equals(tool) ? Optional.of(head) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<FailureRecord> failure(BatchInput in) {
        Path f = failureFile(in);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(f.toFile(), FailureRecord.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void recordFailure(BatchInput in, FailureRecord record) throws IOException {
        AtomicFiles.write(failureFile(in), JSON.writeValueAsString(record) + "\n");
    }

    void clearFailure(BatchInput in) throws IOException {
        Files.deleteIfExists(failureFile(in));
    }
}
