package org.fiscallens.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the fuzz bench tells the outcome of a case read from its result JSON, and what a plain reason is. */
class FuzzBenchTest {
    @TempDir Path tmp;

    @Test
    void aReadCaseIsToldByWhatItsSourceLists() throws Exception {
        String page = "{\"page\": 2, \"reason\": \"x [y] {z}\"}";
        assertEquals("read", outcome("{\"schemaVersion\": 1, \"source\": {\"file\": \"a.pdf\", \"ocrPages\": [1, 2], \"pages\": 3}, \"tables\": [{\"skippedPages\": [1]}]}"));
        assertEquals("read, pages skipped", outcome("{\"source\": {\"ocrPages\": [1], \"skippedPages\": [" + page + "], \"x\": {\"a\": [1]}}}"));
        assertEquals("read, text unread", outcome("{\"source\": {\"skippedPages\": [], \"unreadTextPages\": [" + page + ", " + page + "]}}"));
        assertEquals("read, pages skipped", outcome("{\"source\": {\"unreadTextPages\": [" + page + "], \"skippedPages\": [" + page + "]}}"));
        assertTrue(FuzzBench.acceptable("read, text unread"));
        assertFalse(FuzzBench.acceptable("refused, unclear reason"));
    }

    @Test
    void plainReasons() {
        assertTrue(FuzzBench.plain("damaged page tree: it holds fewer pages than its page count (/Count) says"));
        assertFalse(FuzzBench.plain("cannot process PDF: IllegalStateException: Expected 'Page' but found COSName{PagR}"));
        assertFalse(FuzzBench.plain("two\nlines"));
        assertFalse(FuzzBench.plain(" "));
    }

    private String outcome(String json) throws Exception {
        Path f = Files.writeString(tmp.resolve("r.json"), json);
        return FuzzBench.readOutcome(f);
    }
}
