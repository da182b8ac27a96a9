package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The input file: name, content hash, physical page count, the PDF producer string, how many pages have
 * no text layer (scans), and which pages were read by OCR (their text is less certain than a text layer's).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInfo(String file, String sha256, int pages, String producer, Integer imageOnlyPages,
                         List<Integer> ocrPages) {

    public SourceInfo {
        ocrPages = ocrPages == null || ocrPages.isEmpty() ? null : List.copyOf(ocrPages);
    }

    public SourceInfo(String file, String sha256, int pages, String producer, Integer imageOnlyPages) {
        this(file, sha256, pages, producer, imageOnlyPages, null);
    }
}
