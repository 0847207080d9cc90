package org.pmpathways.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;

/**
 * How many more advices two threads give than one, on one advisor, in turn in one process: each
 * round gives one thread a slice of time, then two threads the same slice (the order swapped every
 * round), and takes the ratio of their advices a second round by round. Two JMH runs, one with one
 * thread and one with two, are minutes apart on a machine whose speed drifts (shared with other
 * work, as the benchmark machines are), and their ratio moves with it; the two slices of a round are
 * a second apart.
 *
 * <pre>
 * java -cp examples/target/pathway-advisor.jar org.pmpathways.examples.bench.ThreadScalingBenchmark \
 *   [--rounds 40] [--slice-ms 500] [--warmup 20]
 * </pre>
 *
 * <p>The threads call {@code advise} on {@link AdviseBenchmark}'s 64 profiles, each walking them
 * from its own place, as JMH's {@code -t 2} does; the same two threads serve every slice. It
 * prints the median advices a second of one thread and of two over the rounds, and the ratio two /
 * one: its median and quartiles. The warm-up is in seconds, alternating as the rounds do. Not
 * thread-safe; a command.
 */
public final class ThreadScalingBenchmark {
  private ThreadScalingBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args, "--rounds N, --slice-ms N, --warmup SECONDS",
        "--rounds", "--slice-ms", "--warmup");
    int rounds = options.whole("--rounds", 40);
    long sliceMillis = options.whole("--slice-ms", 500);
    int warmupSeconds = options.whole("--warmup", 20);
    if (rounds < 4 || sliceMillis < 10 || warmupSeconds < 0) {
      throw new IllegalArgumentException("--rounds is at least 4, --slice-ms at least 10, --warmup at least 0");
    }
    Profile[] profiles = BenchmarkProfiles.json(7, 64).stream().map(ProfileJson::read).toArray(Profile[]::new);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (PathwayAdvisor advisor = PathwayAdvisor.builder().build()) {
      Slices slices = new Slices(advisor, profiles, threads);
      boolean oneFirst = true;
      for (long warm = 0; warm < warmupSeconds * 1000L; warm += 2 * sliceMillis, oneFirst = !oneFirst) {
        slices.run(oneFirst ? 1 : 2, sliceMillis);
        slices.run(oneFirst ? 2 : 1, sliceMillis);
      }
      double[] one = new double[rounds];
      double[] two = new double[rounds];
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        if (r % 2 == 0) {
          one[r] = slices.run(1, sliceMillis);
          two[r] = slices.run(2, sliceMillis);
        } else {
          two[r] = slices.run(2, sliceMillis);
          one[r] = slices.run(1, sliceMillis);
        }
        ratios[r] = two[r] / one[r];
      }
      System.out.printf(Locale.ROOT, "advise, %d rounds of two %d ms slices each after %d s, %d processors%n",
          rounds, sliceMillis, warmupSeconds, Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT,
          "one thread %.0f advices/s, two threads %.0f advices/s (medians); two / one: median %.3f,"
              + " quartiles %.3f-%.3f%n",
          Quantiles.median(one), Quantiles.median(two), Quantiles.median(ratios),
          Quantiles.quantile(ratios, 0.25), Quantiles.quantile(ratios, 0.75));
      if (slices.hashes[0] == 42 && slices.hashes[1] == 42) {
        System.out.println(); // never in practice: it makes the advices' hashes used
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** The slices of a run: the same two threads, each with its own place in the profiles. */
  private static final class Slices {
    private final PathwayAdvisor advisor;
    private final Profile[] profiles;
    private final ExecutorService threads;
    private final int[] next = {0, 32};
    /** What the advices hashed to, read at the end so that no call can be left out. */
    private final long[] hashes = new long[2];

    Slices(PathwayAdvisor advisor, Profile[] profiles, ExecutorService threads) {
      this.advisor = advisor;
      this.profiles = profiles;
      this.threads = threads;
    }

    /** Advises on {@code count} threads for about {@code millis}; returns the advices a second. */
    double run(int count, long millis) throws Exception {
      CountDownLatch go = new CountDownLatch(1);
      long[] starts = new long[count];
      long[] ends = new long[count];
      List<Future<Long>> done = new ArrayList<>(count);
      for (int t = 0; t < count; t++) {
        int slot = t;
        done.add(threads.submit(() -> {
          go.await();
          long start = System.nanoTime();
          long end = start + millis * 1_000_000L;
          long calls = 0;
          int at = next[slot];
          long hash = 0;
          long now;
          do {
            for (int i = 0; i < 16; i++) {
              Advice advice = advisor.advise(profiles[at]);
              hash += System.identityHashCode(advice);
              at = (at + 1) % profiles.length;
            }
            calls += 16;
            now = System.nanoTime();
          } while (now < end);
          next[slot] = at;
          starts[slot] = start;
          ends[slot] = now;
          hashes[slot] += hash;
          return calls;
        }));
      }
      go.countDown();
      long calls = 0;
      for (Future<Long> f : done) {
        calls += f.get();
      }
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (int t = 0; t < count; t++) {
        first = Math.min(first, starts[t]);
        last = Math.max(last, ends[t]);
      }
      return calls / ((last - first) / 1e9);
    }
  }
}
