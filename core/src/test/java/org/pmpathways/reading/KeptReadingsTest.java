package org.pmpathways.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pmpathways.profile.ProfileLimits;

class KeptReadingsTest {
  /** A reading that counts how often each text was read. */
  private static final class CountingReader implements Function<String, String> {
    final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

    @Override
    public String apply(String text) {
      reads.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      return new String("read:" + text); // a new instance each time, so that a kept one can be told apart
    }

    int reads(String text) {
      AtomicInteger n = reads.get(text);
      return n == null ? 0 : n.get();
    }
  }

  @Test
  void aTextMetAgainIsNotReadAgain() {
    CountingReader reader = new CountingReader();
    KeptReadings<String> kept = new KeptReadings<>(16, reader);
    String first = kept.read("Software Engineer");
    assertEquals("read:Software Engineer", first);
    assertSame(first, kept.read("Software Engineer"));
    assertSame(first, kept.read(new String("Software Engineer")));
    assertEquals(1, reader.reads("Software Engineer"));
    kept.read("software engineer"); // another text, even if it reads the same
    assertEquals(1, reader.reads("software engineer"));
    assertEquals(2, kept.size());
  }

  @Test
  void aTextLongerThanAProfileAllowsIsReadEachTimeAndNotKept() {
    CountingReader reader = new CountingReader();
    KeptReadings<String> kept = new KeptReadings<>(16, reader);
    String longest = "x".repeat(ProfileLimits.MAX_TEXT_LENGTH);
    String tooLong = longest + "x";
    kept.read(longest);
    kept.read(longest);
    kept.read(tooLong);
    kept.read(tooLong);
    assertEquals(1, reader.reads(longest));
    assertEquals(2, reader.reads(tooLong));
    assertEquals(1, kept.size());
  }

  @Test
  void whenFullItKeepsWhatItHasAndReadsNewTextsEachTime() {
    CountingReader reader = new CountingReader();
    KeptReadings<String> kept = new KeptReadings<>(3, reader);
    for (String text : List.of("a", "b", "c", "a", "b", "c")) {
      kept.read(text);
    }
    assertEquals(3, kept.size());
    assertEquals(List.of(1, 1, 1), List.of(reader.reads("a"), reader.reads("b"), reader.reads("c")));
    kept.read("d");
    kept.read("d");
    kept.read("a");
    assertEquals(2, reader.reads("d"), "full: d is read each time");
    assertEquals(1, reader.reads("a"), "a is still kept");
    assertEquals(3, kept.size());
  }

  @Test
  void badSettingsAndReadingsAreRefusedWithWhatWasWrong() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new KeptReadings<>(0, String::trim));
    assertEquals("capacity must be at least 1, was 0", e.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class, () -> new KeptReadings<>(1, null));
    assertEquals("read must not be null", n.getMessage());
    KeptReadings<String> nothing = new KeptReadings<>(1, text -> null);
    n = assertThrows(NullPointerException.class, () -> nothing.read("a"));
    assertEquals("a reading must not be null", n.getMessage());
  }

  @Test
  void threadsReadingAtOnceWhileItFillsEachGetTheReadingOfTheirText() throws Exception {
    // Four threads start together on a store of 7 and read 23 texts over and over: the store fills
    // while they race, and the texts beyond it are read each time.
    int threads = 4;
    int capacity = 7;
    CountingReader reader = new CountingReader();
    KeptReadings<String> kept = new KeptReadings<>(capacity, reader);
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        wrong.add(pool.submit(() -> {
          start.await();
          int bad = 0;
          for (int i = 0; i < 50_000; i++) {
            String text = "title " + ((i * 31 + seed) % 23);
            if (!kept.read(text).equals("read:" + text)) {
              bad++;
            }
          }
          return bad;
        }));
      }
      for (Future<Integer> f : wrong) {
        assertEquals(0, f.get());
      }
      assertTrue(kept.size() >= capacity && kept.size() <= capacity - 1 + threads,
          "between the capacity and the capacity less one plus a text per thread: " + kept.size());
      int readOnce = 0;
      for (int n = 0; n < 23; n++) {
        int reads = reader.reads("title " + n);
        assertTrue(reads >= 1, "title " + n + " was read");
        if (reads <= threads) {
          readOnce++; // kept: read once, or once by each thread that met it new at the same time
        }
      }
      assertEquals(kept.size(), readOnce, "the kept texts are the ones read only at first");
    } finally {
      pool.shutdownNow();
    }
  }
}
