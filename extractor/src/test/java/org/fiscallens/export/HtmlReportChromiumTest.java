package org.fiscallens.export;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The auditor's report as a browser shows it: the seed's report (findings filled by hand, evidence boxes
 * read off its pages) rendered by headless Chromium; the screenshot must have the window's size, show a
 * page (not blank), and show the highlighted evidence box of the first crop in the highlight colour.
 */
class HtmlReportChromiumTest {
    static final int WIDTH = 1200, HEIGHT = 1600;

    @TempDir Path tmp;

    static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    @Test
    void reportRendersInHeadlessChromiumWithTheEvidenceHighlighted() throws Exception {
        Path chrome = chromium();
        Assumptions.assumeTrue(chrome != null, "chromium is not installed (scripts/setup.sh installs it): skipping the browser rendering test");
        Path results = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(results.resolve("seed.json"),
                FiscalJson.write(ExportFixtures.seedFilledByHand(Corpus.extract(Corpus.seedPdf()))));
        List<String> warnings = new ArrayList<>();
        List<HtmlReporter.Report> reports = HtmlReporter.write(ResultLoader.scan(List.of(results)), tmp.resolve("html"),
                new PdfLocator(Map.of(), List.of(Corpus.seedPdf().getParent())), warnings::add);
        assertEquals(List.of(), warnings);
        assertEquals(3, reports.get(0).crops());
        Path page = reports.get(0).file();

        Path shot = tmp.resolve("shot.png");
        Process p = new ProcessBuilder(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + tmp.resolve("profile"), "--screenshot=" + shot, "--window-size=" + WIDTH + "," + HEIGHT,
                page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 180 s");
        }
        assertTrue(Files.isRegularFile(shot), "screenshot written; chromium said: " + Files.readString(tmp.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(shot.toFile());
        Files.copy(shot, Path.of("target", "html-report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertEquals(WIDTH, img.getWidth());
        assertEquals(HEIGHT, img.getHeight());
        int dark = 0;
        Set<Integer> colours = new HashSet<>();
        int highlight = PageCropper.HIGHLIGHT.getRGB() & 0xFFFFFF, hx0 = WIDTH, hy0 = HEIGHT, hx1 = -1, hy1 = -1, hits = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (r + g + b < 300) dark++;
                if (near(rgb, highlight)) {
                    hits++;
                    hx0 = Math.min(hx0, x); hy0 = Math.min(hy0, y); hx1 = Math.max(hx1, x); hy1 = Math.max(hy1, y);
                }
            }
        }
        assertTrue(dark > WIDTH * HEIGHT / 500, "text is drawn (dark pixels: " + dark + ")");
        assertTrue(colours.size() > 50, "not a blank page (" + colours.size() + " colours)");
        // the first crop's outline: the box of a 12-pt text line 481 pt wide at 1.5 px/pt, outlined 3 px wide
        assertTrue(hits > 2 * 3 * 700, "the highlight outline is on screen (" + hits + " pixels)");
        assertTrue(hx1 - hx0 > 700, "the outline spans the quoted line: x " + hx0 + ".." + hx1);
        assertTrue(hy1 - hy0 > 20, "the outline has the line's height: y " + hy0 + ".." + hy1);
    }

    private static boolean near(int rgb, int want) {
        return Math.abs((rgb >> 16) - (want >> 16)) <= 6 && Math.abs(((rgb >> 8) & 0xFF) - ((want >> 8) & 0xFF)) <= 6
                && Math.abs((rgb & 0xFF) - (want & 0xFF)) <= 6;
    }
}
