package org.fiscallens.pipeline;

import org.fiscallens.bench.HostileCases;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.pdf.ParallelPageReader;
import org.fiscallens.pdf.PdfReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identical input gives byte-identical JSON (or the identical refusal), on one thread and on several, run after run:
 * real reports and damaged copies of them (bytes flipped, cut with an end marker, broken cross-reference tables and
 * streams), where a page read on another thread's copy of the document, or after other pages, must read the same.
 */
class DeterminismTest {
    @TempDir Path tmp;

    private static String once(Path pdf, int threads) {
        String before = System.getProperty(ParallelPageReader.THREADS_PROPERTY);
        System.setProperty(ParallelPageReader.THREADS_PROPERTY, Integer.toString(threads));
        try {
            return FiscalJson.write(new DocumentExtractor(null).extract(pdf, null));
        } catch (PdfReadException e) {
            return "refused: " + e.getMessage();
        } finally {
            if (before == null) System.clearProperty(ParallelPageReader.THREADS_PROPERTY);
            else System.setProperty(ParallelPageReader.THREADS_PROPERTY, before);
        }
    }

    @Test
    void sameInputSameJsonOnOneAndSeveralThreads() throws Exception {
        List<Path> real = new ArrayList<>(Corpus.realPdfs());
        real.sort(Comparator.comparingLong(p -> p.toFile().length()));
        List<Path> sources = real.subList(0, Math.min(3, real.size()));
        List<Path> inputs = new ArrayList<>(sources);
        HostileCases gen = new HostileCases(sources);
        String[][] damage = {{"byte-flips", "0"}, {"byte-flips", "1"}, {"truncation", "1"}, {"xref-trailer", "0"},
                {"xref-trailer", "1"}, {"streams", "1"}, {"streams", "2"}, {"streams", "0"}};
        int i = 0;
        for (String[] d : damage) {
            inputs.add(gen.make(d[0], Integer.parseInt(d[1]), new Random(1000 + i), tmp, "d" + i++).path());
        }
        int read = 0;
        for (Path in : inputs) {
            String first = once(in, 1);
            if (!first.startsWith("refused: ")) read++;
            assertEquals(first, once(in, 3), in + ": three threads read as one does");
            assertEquals(first, once(in, 3), in + ": the next run reads the same");
            assertTrue(Files.exists(in));
        }
        assertTrue(read >= sources.size() + 2, "most damaged copies are still read: " + read + " of " + inputs.size());
    }
}
