package org.fiscallens.cli;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** `fiscal check`: report, JSON, exit codes 0/1/2. */
class CheckCommandTest {

    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void seedHasErrorsReportedWithPagesQuotesAndArithmetic() {
        CliRun r = run("check", Corpus.seedPdf().toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("[ERROR]") && r.out().contains("rate.growth"), r.out());
        assertTrue(r.out().contains("p.13") && r.out().contains("算式: 印 420.89%"), r.out());
        CliRun j = run("check", "--format", "json", Corpus.seedPdf().toString());
        assertEquals(1, j.code());
        assertTrue(j.out().strip().startsWith("{\n  \"file\" : ") && j.out().contains("\"rule\" : \"rate.growth\""), j.out());
    }

    @Test
    void cleanModelExitsZeroAndUnreadableExitsTwo(@TempDir Path dir) throws Exception {
        FiscalDocument seed = Corpus.extract(Corpus.seedPdf());
        FiscalDocument clean = new FiscalDocument(1, "t", seed.source(), seed.document(), List.of(), List.of(), List.of(), List.of(), List.of());
        Path json = dir.resolve("clean.json");
        Files.writeString(json, FiscalJson.write(clean));
        CliRun ok = run("check", json.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        Path bad = dir.resolve("bad.pdf");
        Files.writeString(bad, "not a pdf");
        CliRun b = run("check", bad.toString());
        assertEquals(2, b.code());
        assertEquals(1, b.err().strip().lines().count(), b.err());
        assertFalse(b.err().contains("Exception:") && b.err().contains("\tat "), "no stack trace");
    }
}
