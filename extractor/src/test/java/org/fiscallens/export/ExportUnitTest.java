package org.fiscallens.export;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportUnitTest {

    @Test
    void formulaLikeTextIsDefusedButNumbersAndOrdinaryTextAreNot() {
        assertEquals("'=SUM(A1)", CsvExporter.defuse("=SUM(A1)"));
        assertEquals("'+86 10", CsvExporter.defuse("+86 10"));
        assertEquals("'@cmd", CsvExporter.defuse("@cmd"));
        assertEquals("'-x", CsvExporter.defuse("-x"));
        assertEquals("-12.5", CsvExporter.defuse("-12.5"));
        assertEquals("-", CsvExporter.defuse("-"));
        assertEquals("收入合计", CsvExporter.defuse("收入合计"));
        assertEquals("2390.80", CsvExporter.text(new java.math.BigDecimal("2390.80")));
        assertEquals("", CsvExporter.text(null));
    }

    @Test
    void sheetNamesAreShortenedAndUnique() {
        Set<String> taken = new HashSet<>();
        assertEquals("general_budget_basic_expenditur", XlsxExporter.sheetName("general_budget_basic_expenditure", taken));
        assertEquals("general_budget_basic_expend (2)", XlsxExporter.sheetName("general_budget_basic_expenditure", taken));
        assertEquals("a_b", XlsxExporter.sheetName("a/b", taken));
    }

    @Test
    void pagesTurnClockwiseLikeTheUprightFrame() {
        // a 3×2 image with a marked top-left pixel; turned 90° clockwise the mark is at the top-right of a 2×3 image
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        BufferedImage r90 = PageCropper.rotateClockwise(img, 90);
        assertEquals(2, r90.getWidth());
        assertEquals(3, r90.getHeight());
        assertEquals(0xFF0000, r90.getRGB(1, 0) & 0xFFFFFF);
        BufferedImage r180 = PageCropper.rotateClockwise(img, 180);
        assertEquals(0xFF0000, r180.getRGB(2, 1) & 0xFFFFFF);
        BufferedImage r270 = PageCropper.rotateClockwise(img, 270);
        assertEquals(0xFF0000, r270.getRGB(0, 2) & 0xFFFFFF);
    }
}
