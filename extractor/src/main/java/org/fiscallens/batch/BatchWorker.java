package org.fiscallens.batch;

import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The worker JVM of {@code fiscal batch}: reads jobs (one JSON line each) on standard input, extracts the
 * PDF, writes the result atomically and answers one line on standard output. It runs in its own process
 * with its own heap limit, so that a PDF that exhausts the heap or hangs takes only this process down;
 * the supervisor ({@link BatchRunner}) kills and replaces it. It exits when its standard input closes.
 */
public final class BatchWorker {
    private BatchWorker() {}

    public static void main(String[] args) throws Exception {
        // The protocol owns standard output; anything a library prints goes to standard error.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        org.fiscallens.pipeline.LibraryLogging.quiet(false);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        DocumentExtractor extractor = new DocumentExtractor();
        DocumentExtractor withoutOcr = null;
        protocol.println(WorkerMessages.line(new WorkerMessages.Ready(ProcessHandle.current().pid(), DocumentExtractor.TOOL)));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) continue;
            WorkerMessages.Job job = WorkerMessages.parse(line, WorkerMessages.Job.class);
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            WorkerMessages.Reply reply;
            try {
                DocumentExtractor x = extractor;
                if (Boolean.TRUE.equals(job.noOcr())) x = withoutOcr == null ? (withoutOcr = new DocumentExtractor(null)) : withoutOcr;
                FiscalDocument doc = x.extract(Path.of(job.input()), job.password());
                AtomicFiles.write(Path.of(job.output()), out -> FiscalJson.write(doc, out));
                reply = new WorkerMessages.Reply(true, null, null, millisSince(t0), doc.source().pages(), peak(heapPools));
            } catch (PdfReadException e) {
                reply = failure(FailureKind.UNREADABLE, e.getMessage(), t0, heapPools);
            } catch (StackOverflowError e) {
                reply = failure(FailureKind.UNREADABLE, org.fiscallens.pdf.Reasons.of(e), t0, heapPools);
            } catch (Exception | LinkageError | AssertionError e) {
                e.printStackTrace(); // standard error: the batch's worker.log with --debug
                reply = failure(FailureKind.CRASH, org.fiscallens.pdf.Reasons.of(e), t0, heapPools);
            }
            protocol.println(WorkerMessages.line(reply));
        }
    }

    private static WorkerMessages.Reply failure(FailureKind kind, String reason, long t0, List<MemoryPoolMXBean> pools) {
        return new WorkerMessages.Reply(false, kind.id(), reason, millisSince(t0), 0, peak(pools));
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** An upper bound of the heap used during the job: the sum of each heap pool's peak. */
    private static long peak(List<MemoryPoolMXBean> pools) {
        long sum = 0;
        for (MemoryPoolMXBean p : pools) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
