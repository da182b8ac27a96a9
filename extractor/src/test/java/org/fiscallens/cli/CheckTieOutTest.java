package org.fiscallens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** `fiscal check` ends each document with its tie-out count; --tickmarks lists every figure (text and JSON). */
class CheckTieOutTest {

    static Path model(Path dir) throws Exception {
        Path model = dir.resolve("seed.json");
        Files.writeString(model, FiscalJson.write(Corpus.extract(Corpus.seedPdf())));
        return model;
    }

    @Test
    void jsonCarriesTheCountAndWithTickmarksEveryFactWithItsTie(@TempDir Path dir) throws Exception {
        Path model = model(dir);
        FiscalDocument seed = Corpus.extract(Corpus.seedPdf());
        JsonNode plain = FiscalJson.mapper().readTree(CliRun.run("check", "-f", "json", model.toString()).out());
        JsonNode t = plain.get("tieout");
        assertNotNull(t, plain.toString());
        assertEquals(List.of("figures", "agrees", "contradicts", "untied", "noSubject"), List.copyOf(iter(t.fieldNames())));
        assertEquals(seed.facts().size(), t.get("figures").asInt());
        assertEquals(t.get("figures").asInt(), t.get("agrees").asInt() + t.get("contradicts").asInt() + t.get("untied").asInt());
        assertTrue(t.get("noSubject").asInt() <= t.get("untied").asInt());
        assertFalse(plain.has("facts"), "facts only with --tickmarks");
        assertEquals(List.of("file", "sha256", "tieout", "findings"), List.copyOf(iter(plain.fieldNames())));

        JsonNode ticked = FiscalJson.mapper().readTree(CliRun.run("check", "-f", "json", "--tickmarks", model.toString()).out());
        assertEquals(plain.get("findings"), ticked.get("findings"));
        assertEquals(t, ticked.get("tieout"));
        JsonNode facts = ticked.get("facts");
        assertEquals(seed.facts().size(), facts.size());
        int[] n = new int[3];
        for (JsonNode f : facts) {
            String s = f.get("tie").get("status").asText();
            n[s.equals("agrees") ? 0 : s.equals("contradicts") ? 1 : 2]++;
            assertTrue(f.has("page") && f.has("quote"), f.toString());
        }
        assertArrayEquals(new int[]{t.get("agrees").asInt(), t.get("contradicts").asInt(), t.get("untied").asInt()}, n);
    }

    @Test
    void textEndsWithTheCountAndTickmarksListEveryFigure(@TempDir Path dir) throws Exception {
        Path model = model(dir);
        FiscalDocument seed = Corpus.extract(Corpus.seedPdf());
        JsonNode t = FiscalJson.mapper().readTree(CliRun.run("check", "-f", "json", model.toString()).out()).get("tieout");
        CliRun text = CliRun.run("check", model.toString());
        String expected = "-- 勾稽 (tie-out): " + seed.facts().size() + " 个数字 (figures): " + t.get("agrees").asInt() + " ✓ 相符 (agree), "
                + t.get("contradicts").asInt() + " ✗ 矛盾 (contradict), " + t.get("untied").asInt() + " ○ 未勾稽 (untied)";
        assertTrue(text.out().contains("\n" + expected), text.out());
        assertTrue(text.out().indexOf(expected) > text.out().lastIndexOf("[ERROR]"), "the count closes the document's report");
        assertFalse(text.out().contains("[TICKMARKS]"));
        CliRun ticks = CliRun.run("check", "--tickmarks", model.toString());
        assertEquals(text.code(), ticks.code());
        long marks = ticks.out().lines().filter(l -> l.matches("^[✓✗○] #\\d+ +p\\.\\d+ .*")).count();
        assertEquals(seed.facts().size(), marks, ticks.out());
        assertTrue(ticks.out().indexOf("[TICKMARKS]") < ticks.out().indexOf(expected), "the list, then the count");
    }

    private static <T> List<T> iter(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
