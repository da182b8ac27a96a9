package org.fiscallens.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on a few threads and returns the results in list order: the
 * result a sequential loop gives, including its exception (the one of the first item that fails). The calling
 * thread works too; the others take the next item from a shared counter, so uneven items balance themselves.
 * For the independent per-page and per-rule steps of one document, where the cores a cold start leaves idle
 * are worth a thread's start (a fraction of a millisecond).
 */
public final class ParallelMap {
    private ParallelMap() {}

    public static <T, R> List<R> map(List<T> items, int threads, Function<? super T, ? extends R> f) {
        int n = items.size();
        int helpers = Math.min(threads, n) - 1;
        if (helpers <= 0) {
            List<R> out = new ArrayList<>(n);
            for (T item : items) out.add(f.apply(item));
            return out;
        }
        Object[] results = new Object[n];
        Throwable[] errors = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = f.apply(items.get(i));
                } catch (Throwable e) {
                    errors[i] = e;
                }
            }
        };
        List<Thread> started = new ArrayList<>(helpers);
        for (int t = 0; t < helpers; t++) {
            Thread th = new Thread(work, "fiscal-parallel-" + (t + 1));
            th.setDaemon(true);
            th.start();
            started.add(th);
        }
        work.run();
        for (Thread th : started) joinQuietly(th);
        for (Throwable e : errors) {
            if (e instanceof RuntimeException r) throw r;
            if (e instanceof Error err) throw err;
            if (e != null) throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }

    /** Waits for the thread to end; an interrupt meanwhile is kept for the caller (the thread's work is needed). */
    public static void joinQuietly(Thread th) {
        boolean interrupted = false;
        while (true) {
            try {
                th.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
