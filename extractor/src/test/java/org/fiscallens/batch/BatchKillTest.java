package org.fiscallens.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.cli.FiscalCli;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Killing a batch run (supervisor and workers, with SIGKILL) right after its first result loses nothing finished. */
class BatchKillTest {

    @TempDir Path tmp;

    @Test
    void killedRunKeepsEveryFinishedResultWholeAndTheRerunFinishesTheRest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in")), out = tmp.resolve("out");
        int total = 5;
        for (int i = 1; i <= total; i++) Files.copy(Corpus.seedPdf(), in.resolve("report-" + i + ".pdf"));
        String sha = ContentHash.sha256(Corpus.seedPdf());

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), FiscalCli.class.getName(),
                "batch", in.toString(), "-o", out.toString(), "--workers", "1", "--progress", "lines")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (results(out).isEmpty()) {
            if (!run.isAlive()) fail("the run ended before its first result: " + Files.readString(tmp.resolve("run.log")));
            if (System.nanoTime() > deadline) {
                killAll(run);
                fail("no result within 300 s");
            }
            Thread.sleep(20);
        }
        killAll(run);

        List<Path> finished = results(out);
        assertTrue(finished.size() < total, "killed mid-run (" + finished.size() + " of " + total + " finished)");
        assertFalse(Files.exists(out.resolve("summary.json")), "the run did not get to its summary");
        for (Path r : finished) {
            FiscalDocument doc = FiscalJson.read(r); // throws on a half-written file
            assertEquals(sha, doc.source().sha256(), r + " is whole");
            assertEquals(40, doc.source().pages());
        }
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> stray = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.toString().endsWith(".json")).toList();
            assertEquals(List.of(), stray, "nothing but whole results and hidden temporary files");
        }

        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = FiscalCli.run(o, e, "batch", in.toString(), "-o", out.toString(), "--workers", "1", "--progress", "none");
        assertEquals(0, code, e.toString());
        JsonNode summary = FiscalJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(finished.size(), summary.get("skipped").asInt(), "what was finished is not done again");
        assertEquals(total - finished.size(), summary.get("done").asInt());
        assertEquals(total, results(out).size());
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "the rerun cleared temporary files");
        }
    }

    private static void killAll(Process p) throws Exception {
        List<ProcessHandle> workers = p.descendants().toList();
        workers.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle h : workers) h.onExit().get(30, TimeUnit.SECONDS);
    }

    private static List<Path> results(Path out) throws IOException {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().matches("report-\\d+\\.json")).sorted().toList();
        }
    }
}
