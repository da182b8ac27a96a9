package org.fiscallens.parallel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mapping on several threads gives what a sequential loop gives: results in order, the first item's error. */
class ParallelMapTest {

    @Test
    void resultsComeBackInListOrderWhateverFinishesFirst() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> out = ParallelMap.map(items, 3, i -> {
            threads.add(Thread.currentThread().getName());
            busy(i % 2 == 0 ? 3 : 0); // uneven items
            return "item " + i;
        });
        List<String> expected = new ArrayList<>();
        for (int i : items) expected.add("item " + i);
        assertEquals(expected, out);
        assertTrue(threads.size() >= 2, "the work was shared: " + threads);
    }

    @Test
    void theErrorOfTheFirstFailingItemIsTheOneThrown() {
        List<Integer> items = IntStream.range(0, 30).boxed().toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParallelMap.map(items, 4, i -> {
            if (i == 25) throw new IllegalArgumentException("item 25");
            busy(i == 7 ? 20 : 1);
            if (i == 7) throw new IllegalArgumentException("item 7");
            return i;
        }));
        assertEquals("item 7", e.getMessage());
        assertThrows(StackOverflowError.class, () -> ParallelMap.map(items, 2, i -> {
            if (i == 3) throw new StackOverflowError();
            return i;
        }));
    }

    @Test
    void oneThreadOrOneItemRunsOnTheCallersThread() {
        String me = Thread.currentThread().getName();
        assertEquals(List.of(me, me, me), ParallelMap.map(List.of(1, 2, 3), 1, i -> Thread.currentThread().getName()));
        assertEquals(List.of(me), ParallelMap.map(List.of(1), 4, i -> Thread.currentThread().getName()));
        assertEquals(List.of(), ParallelMap.map(List.<Integer>of(), 4, i -> i));
    }

    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }
}
