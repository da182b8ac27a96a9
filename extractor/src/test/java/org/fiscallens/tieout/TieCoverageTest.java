package org.fiscallens.tieout;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Tie-out coverage on the real corpus and the seed ({@link TieCoverage}): of the narrative's level figures that restate
 * a table value, the share tied to their cell. The floors are the levels reached (issue 12 aims at 95 %): overall
 * 748 of 818 (91.4 %) when last measured (709 before the 财政拨款 科目 lines, the basic table's total, the economic lines
 * told as 类/款 and the one-column tables found their cells), every document with counterparts at least 60 %. A change
 * that loses ties fails.
 */
class TieCoverageTest {
    static final double OVERALL = 0.91, EACH = 0.60;

    @Test
    void figuresRestatingATableValueAreTiedToTheirCell() {
        List<Path> pdfs = new ArrayList<>(Corpus.realPdfs());
        pdfs.add(Corpus.seedPdf());
        int counterparts = 0, tied = 0;
        List<String> low = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Path pdf : pdfs) {
            FiscalDocument doc = Corpus.extract(pdf);
            TieCoverage.Result r = TieCoverage.of(doc);
            counterparts += r.counterparts();
            tied += r.tied();
            all.append(String.format("%n%s: %d of %d", pdf.getFileName(), r.tied(), r.counterparts()));
            if (r.counterparts() > 0 && r.share() < EACH) low.add(pdf.getFileName() + " " + r.tied() + "/" + r.counterparts());
        }
        System.out.printf("tie coverage: %d of %d figures with a table counterpart tied (%.1f %%)%s%n", tied, counterparts,
                100.0 * tied / Math.max(1, counterparts), all);
        assertTrue(counterparts > 700, "figures with a table counterpart: " + counterparts + all);
        assertTrue((double) tied / counterparts >= OVERALL, "tied " + tied + " of " + counterparts + all);
        assertEquals(List.of(), low, "documents below " + EACH + all);
    }
}
