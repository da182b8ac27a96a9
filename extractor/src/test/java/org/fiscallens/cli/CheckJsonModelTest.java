package org.fiscallens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** `fiscal check` on a JSON model: the PDF's findings, and a one-line refusal of JSON that is not a model. */
class CheckJsonModelTest {

    @Test
    void checkOnTheModelPrintsWhatCheckOnThePdfPrints(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("seed.json");
        CliRun x = CliRun.run("extract", Corpus.seedPdf().toString(), "-o", model.toString());
        assertEquals(0, x.code(), x.err());
        CliRun pdf = CliRun.run("check", "--format", "json", Corpus.seedPdf().toString());
        CliRun json = CliRun.run("check", "--format", "json", model.toString());
        assertEquals(pdf.code(), json.code());
        JsonNode a = FiscalJson.mapper().readTree(pdf.out()), b = FiscalJson.mapper().readTree(json.out());
        assertTrue(a.get("findings").size() > 50, pdf.out());
        assertEquals(a.get("findings"), b.get("findings"));
        assertEquals(a.get("sha256"), b.get("sha256"));
        // and the text report, but for the file's name
        CliRun pdfText = CliRun.run("check", Corpus.seedPdf().toString());
        CliRun jsonText = CliRun.run("check", model.toString());
        assertEquals(pdfText.out().replace(Corpus.seedPdf().toString(), "F"), jsonText.out().replace(model.toString(), "F"));
    }

    static void refused(Path dir, String name, String content, String reason) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        CliRun r = CliRun.run("check", f.toString());
        assertEquals(FiscalCli.EXIT_UNREADABLE, r.code(), name + ": " + r.out() + r.err());
        assertEquals("", r.out(), name);
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), name + ": " + err);
        assertTrue(err.contains("not a Fiscal Lens JSON model") && err.contains(reason), name + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), name + ": " + err);
        // the same from standard input
        CliRun s = runStdin(content);
        assertEquals(FiscalCli.EXIT_UNREADABLE, s.code(), name + " on stdin: " + s.err());
        assertEquals(1, s.err().strip().lines().count(), name + " on stdin: " + s.err());
        assertFalse(s.err().contains("Exception"), s.err());
    }

    static CliRun runStdin(String content) {
        Stdin.source = new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            return CliRun.run("check", "-");
        } finally {
            Stdin.source = null;
        }
    }

    @Test
    void jsonThatIsNotAModelIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        refused(dir, "random.json", "{\"name\": \"x\", \"values\": [1, 2, 3]}", "no schemaVersion");
        refused(dir, "array.json", "[{\"schemaVersion\": 1}]", "a JSON array");
        refused(dir, "summary.json", "{\"tool\": \"fiscal-lens 0.1.0\", \"inputs\": 32, \"done\": 32, \"failed\": 0, \"files\": []}", "no schemaVersion");
        refused(dir, "future.json", "{\"schemaVersion\": 2, \"source\": {}, \"document\": {}, \"sections\": [], \"tables\": [], "
                + "\"facts\": [], \"projects\": [], \"findings\": []}", "schemaVersion 2");
        refused(dir, "partial.json", "{\"schemaVersion\": 1, \"source\": {\"file\": \"a.pdf\"}, \"document\": {}}", "no \"sections\" array");
        refused(dir, "wrongtype.json", "{\"schemaVersion\": 1, \"source\": {}, \"document\": {}, \"sections\": [], \"tables\": [], "
                + "\"facts\": [{\"page\": \"eleven\"}], \"projects\": [], \"findings\": []}", "cannot be read");
        refused(dir, "broken.json", "{\"schemaVersion\": 1, ", "not valid JSON");
    }

    @Test
    void aBatchSummaryIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun b = CliRun.run("batch", Corpus.seedPdf().toString(), "-o", out.toString(), "--workers", "1");
        assertEquals(0, b.code(), b.err());
        Path summary = out.resolve("summary.json");
        assertTrue(Files.isRegularFile(summary));
        CliRun r = CliRun.run("check", summary.toString());
        assertEquals(FiscalCli.EXIT_UNREADABLE, r.code(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("not a Fiscal Lens JSON model"), r.err());
    }
}
