package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The input file: name, content hash, physical page count, the PDF producer string, how many pages have
 * no text layer (scans), which pages were read by OCR (their text is less certain than a text layer's), and which
 * pages were not read because they went past a limit of the reader (with the reason), and which pages show text
 * that could not be read (a content stream damaged part way, or characters that map to nothing readable; with the
 * reason), so that a page without text is never silently empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInfo(String file, String sha256, int pages, String producer, Integer imageOnlyPages,
                         List<Integer> ocrPages, List<SkippedPage> skippedPages,
                         List<SkippedPage> unreadTextPages) {

    public SourceInfo {
        ocrPages = ocrPages == null || ocrPages.isEmpty() ? null : List.copyOf(ocrPages);
        skippedPages = skippedPages == null || skippedPages.isEmpty() ? null : List.copyOf(skippedPages);
        unreadTextPages = unreadTextPages == null || unreadTextPages.isEmpty() ? null : List.copyOf(unreadTextPages);
    }

    public SourceInfo(String file, String sha256, int pages, String producer, Integer imageOnlyPages,
                      List<Integer> ocrPages, List<SkippedPage> skippedPages) {
        this(file, sha256, pages, producer, imageOnlyPages, ocrPages, skippedPages, null);
    }

    public SourceInfo(String file, String sha256, int pages, String producer, Integer imageOnlyPages,
                      List<Integer> ocrPages) {
        this(file, sha256, pages, producer, imageOnlyPages, ocrPages, null);
    }

    public SourceInfo(String file, String sha256, int pages, String producer, Integer imageOnlyPages) {
        this(file, sha256, pages, producer, imageOnlyPages, null);
    }
}
