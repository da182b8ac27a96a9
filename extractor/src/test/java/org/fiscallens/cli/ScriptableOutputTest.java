package org.fiscallens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.checks.report.Review;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One JSON shape whatever the number of inputs, standard input, the review baseline, consistent options. */
class ScriptableOutputTest {
    @TempDir static Path dir;
    static Path model;

    @BeforeAll
    static void extractSeed() throws Exception {
        model = dir.resolve("seed.json");
        CliRun r = CliRun.run("extract", Corpus.seedPdf().toString(), "-o", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static CliRun withStdin(byte[] in, String... args) {
        Stdin.source = new ByteArrayInputStream(in);
        try {
            return CliRun.run(args);
        } finally {
            Stdin.source = null;
        }
    }

    @Test
    void checkGivesAnObjectPerDocumentAndJsonLinesForSeveral() throws Exception {
        CliRun one = CliRun.run("check", "--format", "json", model.toString());
        JsonNode o = FiscalJson.mapper().readTree(one.out());
        assertTrue(o.isObject() && o.get("file").asText().equals(model.toString()) && o.get("findings").isArray(), one.out());
        assertEquals(FiscalJson.read(model).source().sha256(), o.get("sha256").asText());

        Path copy = dir.resolve("copy.json");
        Files.copy(model, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun two = CliRun.run("check", "-f", "json", model.toString(), copy.toString());
        List<String> lines = two.out().strip().lines().toList();
        assertEquals(2, lines.size(), two.out().substring(0, 200));
        assertEquals(copy.toString(), FiscalJson.mapper().readTree(lines.get(1)).get("file").asText());
        assertEquals(o.get("findings").size(), FiscalJson.mapper().readTree(lines.get(0)).get("findings").size());

        CliRun jsonl = CliRun.run("check", "-f", "json", "--jsonl", model.toString());
        assertEquals(1, jsonl.out().strip().lines().count(), jsonl.err());
        CliRun compact = CliRun.run("check", "-f", "json", "--compact", model.toString());
        assertEquals(1, compact.out().strip().lines().count());
        assertEquals(o, FiscalJson.mapper().readTree(compact.out()));
    }

    @Test
    void findingsCarryTheirArithmeticAsDataInThePrintedUnit() throws Exception {
        JsonNode o = FiscalJson.mapper().readTree(CliRun.run("check", "-f", "json", model.toString()).out());
        JsonNode growth = null, sum = null;
        for (JsonNode f : o.get("findings")) {
            if (f.get("rule").asText().equals("rate.growth") && growth == null) growth = f.get("calc");
            if (f.has("calc") && f.get("calc").get("unit").asText().equals("万元") && sum == null) sum = f.get("calc");
        }
        // seed p.13: 增长420.89%, 1822.77 ÷ (2390.8 − 1822.77) × 100 = 320.89
        assertEquals("420.89", growth.get("printed").decimalValue().toPlainString());
        assertEquals("420.885", growth.get("printedInterval").get(0).decimalValue().toPlainString());
        assertEquals("%", growth.get("unit").asText());
        assertEquals("1822.77 ÷ (2390.8 − 1822.77) × 100", growth.get("computed").asText());
        assertTrue(growth.get("gap").decimalValue().compareTo(new java.math.BigDecimal("99.9")) > 0);
        // a 万元 figure: interval and gap in 万元, never in 元
        assertTrue(sum != null, "some 万元 finding has a calc");
        assertTrue(sum.get("printedInterval").get(1).decimalValue().subtract(sum.get("printedInterval").get(0).decimalValue())
                .compareTo(java.math.BigDecimal.ONE) < 0, sum.toString());
    }

    @Test
    void extractGivesAnObjectPerDocument() throws Exception {
        String pdf = Corpus.seedPdf().toString();
        CliRun one = CliRun.run("extract", pdf);
        assertTrue(FiscalJson.mapper().readTree(one.out()).isObject());
        // two documents (a file named twice is read once: the inputs are a set of files)
        Path copy = dir.resolve("seed-copy.pdf");
        Files.copy(Corpus.seedPdf(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun two = CliRun.run("extract", "--compact", pdf, copy.toString());
        List<String> lines = two.out().strip().lines().toList();
        assertEquals(2, lines.size());
        for (String l : lines) assertTrue(FiscalJson.mapper().readTree(l).has("findings"));
        CliRun jsonl = CliRun.run("extract", "--jsonl", pdf);
        assertEquals(1, jsonl.out().strip().lines().count(), jsonl.err());
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        byte[] pdf = Files.readAllBytes(Corpus.seedPdf());
        CliRun fromPdf = withStdin(pdf, "check", "-f", "json", "-");
        assertEquals(1, fromPdf.code(), fromPdf.err());
        JsonNode o = FiscalJson.mapper().readTree(fromPdf.out());
        assertEquals("-", o.get("file").asText());
        assertEquals(FiscalJson.mapper().readTree(CliRun.run("check", "-f", "json", Corpus.seedPdf().toString()).out()).get("findings"),
                o.get("findings"));
        CliRun fromModel = withStdin(Files.readAllBytes(model), "check", "-f", "json", "-");
        assertEquals(FiscalJson.mapper().readTree(CliRun.run("check", "-f", "json", model.toString()).out()).get("findings"),
                FiscalJson.mapper().readTree(fromModel.out()).get("findings"));
        CliRun extracted = withStdin(pdf, "extract", "--compact", "-");
        assertEquals(0, extracted.code(), extracted.err());
        assertEquals(FiscalJson.read(model).source().sha256(), FiscalJson.mapper().readTree(extracted.out()).get("source").get("sha256").asText());
        CliRun junk = withStdin("hello".getBytes(), "check", "-");
        assertEquals(2, junk.code());
        assertTrue(junk.err().startsWith("fiscal: -: ") && junk.err().strip().lines().count() == 1, junk.err());
    }

    @Test
    void baselineHidesReviewedFindingsByRuleAndPlace() throws Exception {
        FiscalDocument doc = FiscalJson.read(model);
        JsonNode checked = FiscalJson.mapper().readTree(CliRun.run("check", "-f", "json", model.toString()).out()).get("findings");
        List<Finding> all = new ArrayList<>();
        for (JsonNode f : checked) all.add(FiscalJson.mapper().treeToValue(f, Finding.class));
        Finding first = all.get(0);
        String key = Review.key(doc.source().sha256(), first);
        // every finding of the seed that has its own place has its own key
        long sameKey = all.stream().filter(f -> Review.key(doc.source().sha256(), f).equals(key)).count();
        Path reviewed = dir.resolve("reviewed.json");
        Files.writeString(reviewed, "{\"reviewed\": [{\"key\": \"" + key + "\", \"status\": \"dismissed\", \"message\": \"whatever\"}]}");
        CliRun r = CliRun.run("check", "-f", "json", "--baseline", reviewed.toString(), model.toString());
        JsonNode o = FiscalJson.mapper().readTree(r.out());
        assertEquals(all.size() - sameKey, o.get("findings").size());
        assertEquals(sameKey, o.get("reviewedHidden").asLong());
        // the message is not part of the key; the place is
        Finding reworded = new Finding(first.rule(), first.category(), first.severity(), "另一种说法", first.evidence(), null);
        assertEquals(key, Review.key(doc.source().sha256(), reworded));
        Finding elsewhere = reworded.withEvidence(List.of(new org.fiscallens.model.Evidence(first.evidence().get(0).page() + 1,
                first.evidence().get(0).quote(), null, null, null, null)));
        assertFalse(key.equals(Review.key(doc.source().sha256(), elsewhere)));
        assertFalse(key.equals(Review.key("other-sha", first)));

        Files.writeString(reviewed, "[1, 2]");
        CliRun bad = CliRun.run("check", "--baseline", reviewed.toString(), model.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not a reviewed-findings file"), bad.err());
    }

    @Test
    void optionsMeanTheSameAndFailTheSame() throws Exception {
        String pdf = Corpus.seedPdf().toString();
        CliRun layout = CliRun.run("layout", pdf, "-p", "99");
        CliRun debug = CliRun.run("debug", pdf, "-p", "99");
        assertEquals(2, layout.code());
        assertEquals(2, debug.code());
        assertEquals(debug.err(), layout.err());
        assertEquals(0, CliRun.run("layout", pdf, "--pages", "2").code());

        Path xlsx = dir.resolve("x.xlsx");
        CliRun csv = CliRun.run("export", "--format", "csv", model.toString(), "-o", xlsx.toString());
        assertEquals(2, csv.code());
        assertFalse(Files.exists(xlsx), "no folder named x.xlsx");
        assertEquals(2, CliRun.run("export", "--format", "xlsx", model.toString(), "-o", dir.resolve("x.csv").toString()).code());

        // -p is --pages wherever it exists; every option and parameter is described
        List<String> undescribed = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(List.of(FiscalCli.full()));
        for (int i = 0; i < commands.size(); i++) {
            CommandLine c = commands.get(i);
            commands.addAll(c.getSubcommands().values());
            for (CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
                if (o.description().length == 0 || o.description()[0].isBlank()) undescribed.add(c.getCommandName() + " " + o.longestName());
                if (List.of(o.names()).contains("-p")) assertTrue(List.of(o.names()).contains("--pages"), c.getCommandName());
            }
            for (CommandLine.Model.PositionalParamSpec p : c.getCommandSpec().positionalParameters()) {
                if (p.description().length == 0 || p.description()[0].isBlank()) undescribed.add(c.getCommandName() + " " + p.paramLabel());
            }
        }
        assertEquals(List.of(), undescribed);
    }
}
