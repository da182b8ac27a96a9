package org.fiscallens.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fiscallens.bench.FuzzBench;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Finding;
import org.fiscallens.model.SkippedPage;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A damaged but readable file whose pages show text that gives no readable character is never silently empty:
 * a page whose font maps its codes to nothing, and a page whose content stream breaks off part way, are listed in
 * {@code source.unreadTextPages} with a {@code complete.text_unread} finding, the rest of the document being read;
 * a page that shows only blanks, or only invisible text, is not. The file is made here, by hand.
 */
class UnreadTextTest {
    @TempDir static Path tmp;
    static Path file;

    @BeforeAll
    static void make() throws IOException {
        file = tmp.resolve("unread-text.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            // a simple font whose codes are given glyph names no reader can map to a character (no ToUnicode either)
            COSDictionary garbled = new COSDictionary();
            garbled.setItem(COSName.TYPE, COSName.FONT);
            garbled.setItem(COSName.SUBTYPE, COSName.TYPE1);
            garbled.setName(COSName.BASE_FONT, "GarbledSubset");
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(65));
            for (String g : List.of("g101", "g102", "g103", "g104")) differences.add(COSName.getPDFName(g));
            encoding.setItem(COSName.DIFFERENCES, differences);
            garbled.setItem(COSName.ENCODING, encoding);
            String[] contents = {
                    "BT /F1 12 Tf 72 700 Td (The first page is read.) Tj ET",
                    "BT /F2 12 Tf 72 700 Td (ABCDDCBA ABCD) Tj 0 -20 Td (DCBA) Tj ET",
                    "BT /F1 12 Tf 72 700 Td (Read before the damage.) Tj 0 -20 Td <41424",
                    "BT /F1 12 Tf 72 700 Td (     ) Tj ET",
                    "BT 3 Tr /F1 12 Tf 72 700 Td (Invisible words.) Tj ET",
            };
            for (String c : contents) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources res = new PDResources();
                res.add(helvetica); // F1
                COSDictionary fonts = res.getCOSObject().getCOSDictionary(COSName.FONT);
                fonts.setItem(COSName.getPDFName("F2"), garbled);
                page.setResources(res);
                PDStream s = new PDStream(doc);
                try (OutputStream o = s.createOutputStream()) {
                    o.write(c.getBytes(StandardCharsets.ISO_8859_1));
                }
                page.setContents(s);
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
    }

    @Test
    void pagesShowingTextThatGivesNoReadableCharacterAreListedAndFlagged() throws Exception {
        FiscalDocument doc = new DocumentExtractor(null).extract(file, null);
        assertEquals(5, doc.source().pages());
        List<SkippedPage> unread = doc.source().unreadTextPages();
        assertEquals(List.of(2, 3), unread.stream().map(SkippedPage::page).toList(), String.valueOf(unread));
        assertTrue(unread.get(0).reason().contains("none of which maps to a readable character"), unread.get(0).reason());
        assertTrue(unread.get(0).reason().startsWith("it shows 17 characters"), unread.get(0).reason());
        assertTrue(unread.get(1).reason().contains("content stream is damaged"), unread.get(1).reason());
        assertFalse(unread.get(1).reason().contains("no readable text came before it"), unread.get(1).reason());
        assertTrue(FuzzBench.plain(unread.get(0).reason()) && FuzzBench.plain(unread.get(1).reason()));
        List<Integer> flagged = doc.findings().stream().filter(f -> f.rule().equals("complete.text_unread"))
                .map(f -> f.evidence().get(0).page()).sorted().toList();
        assertEquals(List.of(2, 3), flagged);
        for (Finding f : doc.findings()) {
            if (f.rule().equals("complete.text_unread")) assertTrue(f.message().startsWith("第 " + f.evidence().get(0).page() + " 页"), f.message());
        }
        assertNull(doc.source().skippedPages());
    }

    @Test
    void whatCameBeforeTheDamageIsReadAndTheOtherPagesAreRead() throws Exception {
        try (PDDocument pdf = PdfOpener.open(file, null)) {
            PageLayoutReader reader = new PageLayoutReader(pdf, null);
            assertEquals("The first page is read.", text(reader.read(1)));
            assertNull(reader.read(1).unreadText());
            PageLayout damaged = reader.read(3);
            assertEquals("Read before the damage.", text(damaged));
            assertTrue(damaged.unreadText() != null);
            assertNull(reader.read(4).unreadText(), "a page of blanks shows no text to read");
            assertNull(reader.read(5).unreadText(), "invisible text is readable text, left out as unseen");
            assertEquals("The first page is read.", text(reader.read(1)), "the reader goes on after a damaged page");
        }
    }

    private static String text(PageLayout p) {
        return p.lines().stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }
}
