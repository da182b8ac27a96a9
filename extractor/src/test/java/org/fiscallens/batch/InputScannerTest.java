package org.fiscallens.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputScannerTest {

    @TempDir Path tmp;

    private Path touch(String rel) throws Exception {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    @Test
    void directoriesFilesAndPatternsBecomeInputsWithRelativeResultNames() throws Exception {
        touch("in/a.pdf");
        touch("in/sub/B.PDF");
        touch("in/sub/notes.txt");
        touch("in/.hidden/c.pdf");
        Path single = touch("other/x.pdf");
        touch("other/y.pdf");
        InputScanner.Result r = InputScanner.scan(List.of(tmp.resolve("in").toString(), single.toString(),
                tmp.resolve("other").toString() + "/y*.pdf", tmp.resolve("in/a.pdf").toString()));
        assertEquals(List.of("a.json", "sub/B.json", "x.json", "y.json"), r.inputs().stream().map(BatchInput::resultName).toList());
        assertEquals(List.of(), r.problems(), "the same file named twice is taken once");
    }

    @Test
    void missingInputsAndCollidingResultNamesAreReported() throws Exception {
        touch("one/r.pdf");
        touch("two/r.pdf");
        touch("top/summary.pdf");
        touch("top/deep/summary.pdf");
        InputScanner.Result r = InputScanner.scan(List.of(tmp.resolve("one").toString(), tmp.resolve("two").toString(),
                tmp.resolve("nowhere.pdf").toString(), tmp.resolve("one") + "/*.xls", tmp.resolve("top").toString()));
        assertEquals(List.of("r.json", "deep/summary.pdf.json", "summary.pdf.json"),
                r.inputs().stream().map(BatchInput::resultName).toList(), "a result never takes the summary's name");
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).contains("is taken by"), r.problems().get(0));
        assertTrue(r.problems().get(1).contains("file not found"));
        assertTrue(r.problems().get(2).contains("matches no file"));
    }

    @Test
    void failuresAreRetriedOnlyWhenSomethingChanged() {
        FailureRecord timeout = new FailureRecord("f.pdf", "abc", "fiscal-lens 1", "timeout", "slow", 10, 512L << 20);
        assertFalse(timeout.worthRetrying("abc", "fiscal-lens 1", 10, 512L << 20, false));
        assertTrue(timeout.worthRetrying("abc", "fiscal-lens 1", 20, 512L << 20, false), "a larger time limit");
        assertTrue(timeout.worthRetrying("abd", "fiscal-lens 1", 10, 512L << 20, false), "new content");
        assertTrue(timeout.worthRetrying("abc", "fiscal-lens 2", 10, 512L << 20, false), "new tool");
        assertTrue(timeout.worthRetrying("abc", "fiscal-lens 1", 10, 512L << 20, true), "--retry-failed");
        FailureRecord unreadable = new FailureRecord("f.pdf", "abc", "fiscal-lens 1", "unreadable", "not a PDF", 10, 512L << 20);
        assertFalse(unreadable.worthRetrying("abc", "fiscal-lens 1", 99, 1L << 30, false), "limits do not cure a broken file");
        FailureRecord memory = new FailureRecord("f.pdf", "abc", "fiscal-lens 1", "memory", "heap", 10, 512L << 20);
        assertTrue(memory.worthRetrying("abc", "fiscal-lens 1", 10, 1L << 30, false), "a larger heap");
    }

    @Test
    void optionsAreChecked() {
        assertEquals(512L << 20, BatchOptions.heapBytes("512m"));
        assertEquals(2L << 30, BatchOptions.heapBytes("2G"));
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.heapBytes("lots"));
        assertThrows(IllegalArgumentException.class, () -> new BatchOptions(tmp, 0, Duration.ofSeconds(1), "1g", false, Progress.Mode.NONE, false));
        assertThrows(IllegalArgumentException.class, () -> new BatchOptions(tmp, 1, Duration.ZERO, "1g", false, Progress.Mode.NONE, false));
    }
}
