package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the {@link TextPosition}s of one page through PDFBox's text stripper (which resolves fonts,
 * Unicode mappings and drops duplicated overlapping glyphs used to fake bold).
 */
final class TextCollector extends PDFTextStripper {
    private final List<TextPosition> positions = new ArrayList<>();

    TextCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    List<TextPosition> collect(PDDocument doc, int pageNumber) throws IOException {
        positions.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        writeText(doc, new StringWriter());
        return new ArrayList<>(positions);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        positions.addAll(textPositions);
    }
}
