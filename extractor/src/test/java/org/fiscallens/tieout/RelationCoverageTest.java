package org.fiscallens.tieout;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many of the figures that follow from other figures (a change, a rate of change, a share, a completion) the
 * tie-out ties to the computation from their operands, over corpus/real and the seed. The floor is the measured share
 * less a small margin: a change that loses operands (a reading of subjects, measures or lists that no longer pairs a
 * rate with its figures) fails here.
 */
class RelationCoverageTest {

    /** Measured 2026-12-07 on corpus/real + the seed (see the message for the counts). */
    static final double FLOOR = 0.70;

    @Test
    void mostRelationFiguresOfTheRealCorpusAreTied() {
        List<Path> pdfs = new ArrayList<>(Corpus.realPdfs());
        pdfs.add(Corpus.seedPdf());
        Map<Relations.Rel, int[]> by = new EnumMap<>(Relations.Rel.class);
        int all = 0, tied = 0;
        for (Path pdf : pdfs) {
            FiscalDocument doc = Corpus.extract(pdf);
            for (Fact f : doc.facts()) {
                Relations.Rel r = Relations.rel(f);
                if (r != Relations.Rel.CHANGE && r != Relations.Rel.CHANGE_RATE && r != Relations.Rel.SHARE && r != Relations.Rel.COMPLETION) continue;
                int[] c = by.computeIfAbsent(r, k -> new int[2]);
                c[0]++;
                all++;
                boolean computed = f.tie() != null && f.tie().status() != Tie.Status.UNTIED
                        && f.tie().sources().stream().anyMatch(s -> s instanceof TieSource.Computed);
                if (computed) { c[1]++; tied++; }
            }
        }
        StringBuilder msg = new StringBuilder();
        by.forEach((k, v) -> msg.append(k).append(' ').append(v[1]).append('/').append(v[0]).append("; "));
        double share = all == 0 ? 0 : (double) tied / all;
        msg.append("all ").append(tied).append('/').append(all).append(String.format(" = %.1f %%", 100 * share));
        assertTrue(all > 500, "relation figures read: " + msg);
        assertTrue(share >= FLOOR, "relation figures tied: " + msg);
        System.out.println("relation coverage: " + msg);
    }
}
