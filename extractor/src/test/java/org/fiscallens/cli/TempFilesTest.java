package org.fiscallens.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.fiscallens.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After any command, successful or not, and after a worker killed at its time limit (in the middle of reading, or
 * of OCR), nothing of ours stays in the temporary folder: each command runs in its own JVM with a private
 * {@code java.io.tmpdir}, which must be empty when it has ended (the commands' scratch folders fiscal-extract-,
 * fiscal-check-, the workers' own folders fiscal-worker- with Tika's OCR files in them).
 */
class TempFilesTest {
    @TempDir Path tmp;

    @Test
    void nothingOfOursStaysInTheTemporaryFolder() throws Exception {
        Path seed = Corpus.seedPdf();
        Path notPdf = Files.writeString(tmp.resolve("not.pdf"), "<html>not a PDF</html>");
        Path scan = scannedPage(tmp.resolve("scan.pdf"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(seed, in.resolve("a.pdf"));
        Files.copy(notPdf, in.resolve("b.pdf"));
        List<String[]> commands = List.of(
                new String[]{"extract", "--no-ocr", seed.toString(), "-o", tmp.resolve("seed.json").toString()},
                new String[]{"extract", notPdf.toString()},
                new String[]{"extract", "--time-limit", "0.3", seed.toString()},
                new String[]{"check", "--time-limit", "0.3", seed.toString()},
                new String[]{"check", notPdf.toString()},
                new String[]{"batch", in.toString(), "-o", tmp.resolve("out").toString(), "--workers", "1", "--time-limit", "0.3",
                        "--progress", "none"},
                // a scan read by OCR, the worker killed part way when the machine is slow, or not when it is fast
                new String[]{"extract", "--time-limit", "4", scan.toString(), "-o", tmp.resolve("scan.json").toString()});
        int i = 0;
        List<Integer> codes = new ArrayList<>();
        for (String[] args : commands) {
            Path own = Files.createDirectories(tmp.resolve("tmp-" + i++));
            codes.add(run(own, args));
            try (Stream<Path> s = Files.list(own)) {
                assertEquals(List.of(), s.toList(), String.join(" ", args) + ": left in the temporary folder");
            }
        }
        assertEquals(0, codes.get(0), "the first extract succeeds");
        assertNotEquals(0, codes.get(1));
        assertNotEquals(0, codes.get(2), "the worker was killed at the time limit");
        assertTrue(Files.size(tmp.resolve("seed.json")) > 1000);
    }

    /** Runs the command in its own JVM with {@code own} as its temporary folder; its exit code. */
    private int run(Path own, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + own, "-cp", System.getProperty("java.class.path"), FiscalCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + ": did not end");
        }
        return p.exitValue();
    }

    /** A page that is one picture of printed lines (no text layer): read by OCR. */
    private static Path scannedPage(Path file) throws IOException {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        for (int y = 150; y < 1600; y += 80) g.drawString("Budget line " + y + "   1,234.56   7,890.12", 120, y);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
