package org.pmpathways.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LaterTest {

  @Test
  void isMadeOnFirstReadOnlyAndThenKept() {
    AtomicInteger made = new AtomicInteger();
    List<String> later = Later.of(() -> {
      made.incrementAndGet();
      return List.of("a", "b");
    });
    assertEquals(0, made.get(), "nothing is made before the list is read");
    assertEquals(2, later.size());
    assertEquals("b", later.get(1));
    assertEquals(List.of("a", "b"), later);
    assertEquals(1, made.get(), "the supplier runs once");
  }

  @Test
  void equalsHashesAndPrintsAsAnyListWithTheSameItems() {
    List<String> plain = List.of("x", "y", "z");
    List<String> later = Later.of(() -> new ArrayList<>(plain));
    assertEquals(plain, later);
    assertEquals(later, plain);
    assertEquals(plain.hashCode(), later.hashCode());
    assertEquals(plain.toString(), later.toString());
    assertEquals(List.of(), Later.of(List::of));
    assertEquals("[]", Later.of(List::of).toString());
  }

  @Test
  void isImmutableAndKeepsNoLinkToWhatTheSupplierGave() {
    List<String> source = new ArrayList<>(List.of("a"));
    List<String> later = Later.of(() -> source);
    assertEquals(List.of("a"), later);
    source.add("b");
    assertEquals(List.of("a"), later, "a copy is kept");
    assertThrows(UnsupportedOperationException.class, () -> later.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> later.remove(0));
  }

  @Test
  void refusesNullItemsWhenMade() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    List<String> later = Later.of(() -> withNull);
    assertThrows(NullPointerException.class, later::size);
    assertThrows(NullPointerException.class, () -> Later.of(null));
  }

  @Test
  void keepLeavesALaterListAsItIsAndCopiesAnyOther() {
    List<String> later = Later.of(() -> List.of("a"));
    assertSame(later, Later.keep(later));
    assertTrue(Later.isLater(later));
    List<String> mutable = new ArrayList<>(List.of("a"));
    List<String> kept = Later.keep(mutable);
    assertFalse(Later.isLater(kept));
    mutable.add("b");
    assertEquals(List.of("a"), kept);
  }

  @Test
  void threadsReadingAtOnceSeeOneListMadeOnce() throws Exception {
    for (int round = 0; round < 50; round++) {
      AtomicInteger made = new AtomicInteger();
      List<Integer> later = Later.of(() -> {
        made.incrementAndGet();
        return List.of(1, 2, 3);
      });
      int threads = 4;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<List<Integer>>> seen = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          seen.add(pool.submit(() -> {
            start.await();
            return List.copyOf(later);
          }));
        }
        start.countDown();
        for (Future<List<Integer>> f : seen) {
          assertEquals(List.of(1, 2, 3), f.get(10, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, made.get(), "made once, whichever thread read first");
    }
  }
}
