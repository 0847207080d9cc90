package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.profile.Profile;

/** One advisor serves many threads at once, and each gets exactly what a serial run gives. */
class ConcurrentAdviceTest {

  @Test
  void manyThreadsGetTheSameAdviceAsOneThread() throws Exception {
    PathwayAdvisor advisor = PathwayAdvisor.builder().build();
    List<Profile> profiles = RandomProfiles.generate(7L, 200);
    List<String> expected = profiles.stream().map(p -> AdviceJson.writeCompact(advisor.advise(p))).toList();

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 25;
        results.add(pool.submit(() -> {
          start.await();
          List<String> out = new ArrayList<>();
          for (int i = 0; i < profiles.size(); i++) {
            int index = (i + offset) % profiles.size(); // every thread walks the profiles from a different start
            out.add(index + ":" + AdviceJson.writeCompact(advisor.advise(profiles.get(index))));
          }
          return out;
        }));
      }
      start.countDown();
      for (Future<List<String>> f : results) {
        for (String line : f.get()) {
          int index = Integer.parseInt(line.substring(0, line.indexOf(':')));
          assertEquals(expected.get(index), line.substring(line.indexOf(':') + 1));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
