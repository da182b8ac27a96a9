package org.fiscallens.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.cli.FiscalCli;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file past the per-file time or heap limit is abandoned with its reason, its worker replaced, and the run goes on. */
class BatchLimitsTest {

    @TempDir Path tmp;

    static String[] run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = FiscalCli.run(o, e, args);
        return new String[]{String.valueOf(code), e.toString(StandardCharsets.UTF_8)};
    }

    static Map<String, JsonNode> failures(JsonNode summary) {
        Map<String, JsonNode> m = new HashMap<>();
        summary.get("failures").forEach(f -> m.put(Path.of(f.get("input").asText()).getFileName().toString(), f));
        return m;
    }

    @Test
    void aTinyTimeLimitAbandonsEachFileAndTheRunGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in")), out = tmp.resolve("out");
        Files.copy(Corpus.seedPdf(), in.resolve("a.pdf"));
        Files.copy(Corpus.seedPdf(), in.resolve("b.pdf"));
        String[] r = run("batch", in.toString(), "-o", out.toString(), "--workers", "1", "--time-limit", "0.05", "--progress", "none");
        assertEquals("2", r[0], r[1]);
        JsonNode summary = FiscalJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, summary.get("failed").asInt(), "both files were tried: " + summary.toPrettyString());
        for (String f : new String[]{"a.pdf", "b.pdf"}) {
            JsonNode failure = failures(summary).get(f);
            assertEquals("timeout", failure.get("kind").asText());
            assertTrue(failure.get("reason").asText().contains("time limit of 0.05 s"), failure.toString());
            assertFalse(Files.exists(out.resolve(f.replace(".pdf", ".json"))));
        }
        assertTrue(r[1].contains("a.pdf") && r[1].contains("b.pdf"), "each failure is reported: " + r[1]);
        assertEquals(2, summary.get("workerStarts").get("count").asInt(), "the killed worker was replaced for the second file");

        // a larger limit is a reason to try again: the rerun does both
        String[] again = run("batch", in.toString(), "-o", out.toString(), "--workers", "1", "--progress", "none");
        assertEquals("0", again[0], again[1]);
        JsonNode summary2 = FiscalJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, summary2.get("done").asInt());
        assertTrue(summary2.get("failures").isEmpty());
    }

    @Test
    void exhaustingTheWorkersHeapAbandonsTheFileAndTheNextFileIsStillRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in")), out = tmp.resolve("out");
        Files.copy(Corpus.seedPdf(), in.resolve("a-big.pdf"));
        Files.writeString(in.resolve("b-not-a-pdf.pdf"), "plain text");
        String[] r = run("batch", in.toString(), "-o", out.toString(), "--workers", "1", "--max-heap", "16m", "--progress", "none");
        assertEquals("2", r[0], r[1]);
        JsonNode summary = FiscalJson.mapper().readTree(out.resolve("summary.json").toFile());
        Map<String, JsonNode> failures = failures(summary);
        assertEquals("memory", failures.get("a-big.pdf").get("kind").asText(), failures.toString());
        assertTrue(failures.get("a-big.pdf").get("reason").asText().contains("-Xmx16m"), failures.toString());
        assertEquals("unreadable", failures.get("b-not-a-pdf.pdf").get("kind").asText(), "the run went on in a new worker");
        assertEquals(2, summary.get("workerStarts").get("count").asInt());
    }
}
