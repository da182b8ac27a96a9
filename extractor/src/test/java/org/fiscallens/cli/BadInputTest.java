package org.fiscallens.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.fiscallens.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets one clear line on stderr naming the file and the reason, exit code 2, no stack trace. */
class BadInputTest {

    @TempDir Path tmp;

    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static void assertOneLineError(CliRun r, Path file, String reasonPart) {
        assertEquals(FiscalCli.EXIT_UNREADABLE, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, "exactly one line on stderr: " + r.err());
        assertTrue(lines[0].contains(file.getFileName().toString()), "names the file: " + lines[0]);
        assertTrue(lines[0].contains(reasonPart), "says why (" + reasonPart + "): " + lines[0]);
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertTrue(r.out().isBlank(), "nothing on stdout");
    }

    @Test
    void notAPdf() throws Exception {
        Path f = tmp.resolve("notes.pdf");
        Files.writeString(f, "这不是PDF文件\n");
        assertOneLineError(run("extract", f.toString()), f, "not a PDF");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = tmp.resolve("empty.pdf");
        Files.write(f, new byte[0]);
        assertOneLineError(run("extract", f.toString()), f, "empty");
    }

    @Test
    void missingFile() {
        Path f = tmp.resolve("nowhere.pdf");
        assertOneLineError(run("extract", f.toString()), f, "not found");
    }

    @Test
    void truncatedPdf() throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.seedPdf());
        Path f = tmp.resolve("truncated.pdf");
        Files.write(f, Arrays.copyOf(whole, whole.length / 3));
        assertOneLineError(run("extract", f.toString()), f, "truncated");
    }

    @Test
    void encryptedWithoutAndWithWrongAndWithRightPassword() throws Exception {
        Path f = tmp.resolve("locked.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(f.toFile());
        }
        assertOneLineError(run("extract", f.toString()), f, "password is required");
        assertOneLineError(run("extract", "--password", "nope", f.toString()), f, "wrong password");
        CliRun ok = run("extract", "--password", "user-pw", f.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("\"schemaVersion\" : 1"), ok.out());
    }

    @Test
    void zeroPages() throws Exception {
        Path f = tmp.resolve("nopages.pdf");
        try (PDDocument d = new PDDocument()) {
            d.save(f.toFile());
        }
        assertOneLineError(run("extract", f.toString()), f, "no pages");
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        Path f = tmp.resolve("nopages.pdf");
        try (PDDocument d = new PDDocument()) {
            d.save(f.toFile());
        }
        CliRun r = run("extract", "--debug", f.toString());
        assertEquals(FiscalCli.EXIT_UNREADABLE, r.code());
    }

    @Test
    void directoryGoesOnPastFailuresAndWritesOneJsonPerInput() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Corpus.seedPdf(), in.resolve("good.pdf"));
        Files.writeString(in.resolve("bad.pdf"), "garbage");
        Path out = tmp.resolve("out");
        CliRun r = run("extract", in.toString(), "-o", out.toString());
        assertEquals(FiscalCli.EXIT_UNREADABLE, r.code());
        assertTrue(Files.exists(out.resolve("good.json")), "the good file's result is written");
        assertFalse(Files.exists(out.resolve("bad.json")));
        assertTrue(r.err().contains("bad.pdf") && r.err().contains("not a PDF"), r.err());
    }

    @Test
    void oneFileToOneJsonFile() throws Exception {
        Path out = tmp.resolve("seed.json");
        CliRun r = run("extract", Corpus.seedPdf().toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String json = Files.readString(out);
        assertTrue(json.contains("\"entity\" : \"鄂州市葛店经济技术开发区社会保险服务中心\""), json.substring(0, 400));
    }

    @Test
    void aPipeAsOutputIsWrittenToNotReplaced() throws Exception {
        // Writing through a temporary file and a rename must never replace a device or pipe (/dev/null, a FIFO).
        Path fifo = tmp.resolve("out.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo not available");
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try { return Files.readString(fifo); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
        });
        CliRun r = run("extract", Corpus.seedPdf().toString(), "-o", fifo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(read.get(60, java.util.concurrent.TimeUnit.SECONDS).contains("\"schemaVersion\" : 1"));
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
    }

    @Test
    void versionAndHelp() {
        CliRun v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("fiscal-lens "), v.out());
        CliRun h = run("extract", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--password"), h.out());
    }

    @Test
    void aFolderWithoutPdfsAndAFolderNamedLikeAPdfSaySo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertOneLineError(run("extract", empty.toString()), empty, "no PDF file in this folder");
        Path named = Files.createDirectories(tmp.resolve("x.pdf"));
        assertOneLineError(run("check", named.toString()), named, "no PDF file in this folder");
    }

    @Test
    void aPipeOrDeviceAsInputIsRefusedNotWaitedFor() throws Exception {
        Path fifo = tmp.resolve("in.pdf");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo not available");
        assertOneLineError(run("extract", fifo.toString()), fifo, "named pipe (FIFO), not a regular file");
        Path zero = Files.createSymbolicLink(tmp.resolve("zero.pdf"), Path.of("/dev/zero"));
        assertOneLineError(run("check", zero.toString()), zero, "character device, not a regular file");
    }

    @Test
    void extractHasTheTimeLimitOfBatch() {
        CliRun r = run("extract", "--time-limit", "0.001", Corpus.seedPdf().toString());
        assertOneLineError(r, Corpus.seedPdf(), "abandoned: still running after the time limit of 0.001 s (worker killed; raise --time-limit SECONDS: a scanned report is read by OCR at several seconds a page)");
        assertOneLineError(run("extract", "--limit", "glyphs=5", Corpus.seedPdf().toString()), Path.of("glyphs"), "unknown limit 'glyphs'");
    }
}
