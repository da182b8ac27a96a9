package org.fiscallens.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fiscallens.cli.FiscalCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The speed bench runs end to end and prints every measure with its ratio to the target (no timing is asserted). */
class BenchSpeedCommandTest {

    @TempDir Path tmp;

    @Test
    void benchPrintsEveryMeasureAndTheRatiosAgainstTheTargets() throws Exception {
        Path pdf = tmp.resolve("one-page.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Budget 2025: total 1,234.50");
                cs.endText();
            }
            d.save(pdf.toFile());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = FiscalCli.run(out, err, "bench", "speed", pdf.toString(), "--workers", "1");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8) + text);
        assertTrue(text.contains("1 PDFs, 1 pages"), text);
        assertTrue(text.contains("extract / PDFTextStripper"), text);
        assertTrue(text.contains("1 worker : wall"), text);
        assertTrue(text.contains("1 done, 0 failed"), text);
        assertTrue(text.contains("fiscal extract, 1 pages (one-page.pdf)") && text.contains("(target <= 1.5 s: "), text);
        assertTrue(text.contains("target <= 512 MB: ") && text.contains("every file within -Xmx512m: yes"), text);
        boolean poppler = !text.contains("pdftotext -layout not available");
        if (poppler) {
            assertTrue(text.contains("extract / pdftotext -layout") && text.contains("pdftotext wall (target <= 5x: "), text);
        }
    }
}
