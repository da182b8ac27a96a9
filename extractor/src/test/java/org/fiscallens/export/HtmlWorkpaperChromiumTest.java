package org.fiscallens.export;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The auditor's workpaper in headless Chromium, on the seed as extracted: the page runs its script without
 * errors, its marks and findings are as many as the JSON's evidence, figures, table values and findings, and a
 * scripted click on a finding's page link (the page's #test-click-N hook) makes that page the current one.
 * Screenshots are kept under target/ as artefacts.
 */
class HtmlWorkpaperChromiumTest {
    @TempDir Path tmp;

    private String run(Path chrome, String url, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--virtual-time-budget=3000",
                "--user-data-dir=" + tmp.resolve("profile-" + System.nanoTime())));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        Path log = tmp.resolve("chromium-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 180 s");
        }
        return Files.readString(log);
    }

    private static int count(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void workpaperOpensCountsMatchTheJsonAndAClickGoesToThePage() throws Exception {
        Path chrome = HtmlReportChromiumTest.chromium();
        Assumptions.assumeTrue(chrome != null, "chromium is not installed (scripts/setup.sh installs it): skipping the browser test");
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        Path results = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(results.resolve("seed.json"), FiscalJson.write(doc));
        doc = FiscalJson.read(results.resolve("seed.json"));
        List<String> warnings = new ArrayList<>();
        List<HtmlReporter.Report> reports = HtmlReporter.write(ResultLoader.scan(List.of(results)), tmp.resolve("html"),
                new PdfLocator(Map.of(), List.of(Corpus.seedPdf().getParent())), warnings::add);
        assertEquals(List.of(), warnings);
        String url = reports.get(0).file().toUri().toString();

        int evidence = 0, facts = 0, values = 0;
        for (Finding f : doc.findings()) for (Evidence e : f.evidence()) if (e.page() > 0) evidence++;
        for (Fact f : doc.facts()) if (f.page() > 0) facts++;
        for (Table t : doc.tables()) if (!t.pages().isEmpty()) for (TableRow r : t.rows()) for (String c : t.columns()) {
            BigDecimal v = r.values().get(c);
            if (v != null) values++;
        }
        assertTrue(doc.findings().size() > 10 && evidence > 10 && facts > 10 && values > 10);

        // finding 3's first page: the page the click must make current
        Finding third = doc.findings().get(2);
        int page = third.evidence().stream().filter(e -> e.page() > 0).findFirst().orElseThrow().page();
        String dom = run(chrome, url + "#test-click-3", "--dump-dom");
        Files.writeString(Files.createDirectories(Path.of("target", "workpaper")).resolve("dom.html"), dom);
        assertTrue(dom.contains("data-ready=\"1\""), "the page's script ran to its end");
        assertFalse(dom.contains("data-js-errors"), "no script error");
        assertEquals(doc.findings().size(), count(dom, "<article class=\"finding "));
        assertEquals(evidence, count(dom, "data-kind=\"evidence\""));
        assertEquals(facts, count(dom, "data-kind=\"figure\""));
        // every printed table value is marked (✗ cited or disagreed with, ✓ agreed with, ○ untied); a blank cell is
        // marked only when a finding or a tie names it
        assertEquals(values, count(dom, "<td class=\"num\" data-tie=\"untied\">[^<]+</td>")
                + count(dom, "<td class=\"num\" id=\"c-\\d+-\\d+-\\d+\" data-tie=\"(contradicts|agrees)\"[^>]*>[^<]+</td>"));
        assertEquals(0, count(dom, "<td class=\"num\" data-tie=\"untied\"></td>"));
        // each figure's tick is its tie-out status in the JSON, and the summary counts them
        int[] ties = new int[3];
        for (Fact f : doc.facts()) if (f.page() > 0) ties[f.tie().status().ordinal()]++;
        assertEquals(ties[0], count(dom, "data-kind=\"figure\" data-tie=\"agrees\""));
        assertEquals(ties[1], count(dom, "data-kind=\"figure\" data-tie=\"contradicts\""));
        assertEquals(ties[2], count(dom, "data-kind=\"figure\" data-tie=\"untied\""));
        assertTrue(dom.contains("data-agrees=\"" + ties[0] + "\" data-contradicts=\"" + ties[1] + "\" data-untied=\"" + ties[2] + "\""));
        assertTrue(dom.contains("<body data-current=\"page-" + page + "\""), "page " + page + " is current after the click");
        assertTrue(dom.contains("<section class=\"page current\" id=\"page-" + page + "\""));
        // every finding's id is an anchor, every finding carries its review key
        for (int i = 1; i <= doc.findings().size(); i++) assertTrue(dom.contains("id=\"f-" + i + "\""), "anchor f-" + i);
        assertEquals(doc.findings().size(), count(dom, "data-key=\"[0-9a-f]{24}\""));

        Path target = Files.createDirectories(Path.of("target", "workpaper"));
        for (String[] shot : new String[][]{{"", "top.png"}, {"#test-click-3", "after-click.png"}}) {
            Path png = tmp.resolve(shot[1]);
            run(chrome, url + shot[0], "--screenshot=" + png, "--window-size=1200,1600");
            assertTrue(Files.isRegularFile(png), shot[1]);
            assertEquals(1200, javax.imageio.ImageIO.read(png.toFile()).getWidth(), shot[1]);
            Files.copy(png, target.resolve(shot[1]), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Hand-built ties on the seed (its 收、支总计 2390.8 on page 13 agreed to 表一's 本年收入合计 on page 4, its 基本支出
     * untied): the page image carries a tick over each figure, a click on the figure's source makes the cell the
     * current element, and the filter for untied figures leaves only the untied one (and its page) shown.
     */
    @Test
    void tickedFiguresLinkToTheirCellsAndTheUntiedFilterHidesTheRest() throws Exception {
        Path chrome = HtmlReportChromiumTest.chromium();
        Assumptions.assumeTrue(chrome != null, "chromium is not installed (scripts/setup.sh installs it): skipping the browser test");
        FiscalDocument seed = ExportFixtures.seedFilledByHand(Corpus.extract(Corpus.seedPdf()));
        List<Fact> facts = List.of(
                seed.facts().get(0).withTie(new org.fiscallens.model.Tie(org.fiscallens.model.Tie.Status.AGREES, List.of(
                        new org.fiscallens.model.TieSource.CellRef("income_expenditure_summary", 4, "本年收入合计", null, "金额",
                                new BigDecimal("2390.80"), "万元", true)))),
                seed.facts().get(1).withTie(org.fiscallens.model.Tie.UNTIED));
        FiscalDocument doc = new FiscalDocument(seed.schemaVersion(), seed.tool(), seed.source(), seed.document(), seed.sections(),
                seed.tables(), facts, seed.projects(), seed.findings());
        Path results = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(results.resolve("seed.json"), FiscalJson.write(doc));
        List<String> warnings = new ArrayList<>();
        List<HtmlReporter.Report> reports = HtmlReporter.write(ResultLoader.scan(List.of(results)), tmp.resolve("html"),
                new PdfLocator(Map.of(), List.of(Corpus.seedPdf().getParent())), warnings::add);
        assertEquals(List.of(), warnings);
        String url = reports.get(0).file().toUri().toString();

        String dom = run(chrome, url + "#test-source-0", "--dump-dom");
        assertTrue(dom.contains("data-ready=\"1\"") && !dom.contains("data-js-errors"), "the script ran without errors");
        assertTrue(dom.contains("<body data-current=\"c-0-2-0\""), "the cell 本年收入合计 / 金额 is current after the click");
        assertTrue(dom.contains("<td class=\"num current\" id=\"c-0-2-0\"") || dom.contains("id=\"c-0-2-0\" data-tie=\"contradicts\" data-finding=\"f-2\" data-figures=\"x-0\""), dom);
        assertTrue(dom.contains("data-figures=\"x-0\""), "the cell points back at its figure");
        // page 13's image carries one tick per figure, each with its status
        assertEquals(1, count(dom, "<a class=\"tick goto\" href=\"#x-0\" data-tie=\"agrees\""));
        assertEquals(1, count(dom, "<a class=\"tick goto\" href=\"#x-1\" data-tie=\"untied\""));

        dom = run(chrome, url + "#test-tie-untied", "--dump-dom");
        Files.writeString(Files.createDirectories(Path.of("target", "workpaper")).resolve("dom-untied.html"), dom);
        assertTrue(dom.contains("data-tie-filter=\"untied\""));
        assertTrue(Pattern.compile("<span class=\"mark\" tabindex=\"0\" id=\"x-0\"[^>]*hidden").matcher(dom).find(), "the agreed figure is hidden");
        assertFalse(Pattern.compile("<span class=\"mark\" tabindex=\"0\" id=\"x-1\"[^>]*hidden").matcher(dom).find(), "the untied figure is shown");
        assertTrue(Pattern.compile("<section class=\"page\" id=\"page-4\" hidden").matcher(dom).find(), "a page without untied figures is hidden");
        assertTrue(dom.contains("<b id=\"f-ties-shown\">1</b>"));
        Path png = tmp.resolve("untied.png");
        run(chrome, url + "#test-tie-untied", "--screenshot=" + png, "--window-size=1200,1600");
        Files.copy(png, Path.of("target", "workpaper", "untied.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
