package org.fiscallens.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The line protocol between the supervisor and a worker JVM: one JSON object per line. The worker says
 * {@link Ready} once, then answers each {@link Job} on its standard input with one {@link Reply}.
 */
final class WorkerMessages {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private WorkerMessages() {}

    record Ready(long pid, String tool) {}

    /** One file to read; {@code password} and {@code noOcr} only where the command gave them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Job(String input, String output, String password, Boolean noOcr) {
        Job(String input, String output) {
            this(input, output, null, null);
        }
    }

    /** The outcome of one job: {@code ok} with figures, or a failure of some {@link FailureKind}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reply(boolean ok, String kind, String reason, long millis, int pages, long peakHeapBytes) {}

    static String line(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T parse(String line, Class<T> type) throws IOException {
        return JSON.readValue(line, type);
    }
}
