package org.pmpathways.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;

/**
 * Warm advice on one or more threads, counted in CPU time rather than wall time: how many advices a
 * second, and per advice the CPU time of the threads that advise, the CPU time of the whole process
 * (compilers and garbage collector included), the bytes allocated and the garbage collectors' time.
 * On a machine shared with other work the wall time says how much of the machine was left; the CPU
 * time of the advising threads moves much less with it, and comparing it on one and on two threads
 * tells whether the threads slow each other down (shared state, caches) or only wait for a core.
 *
 * <pre>
 * java -cp examples/target/pathway-advisor.jar org.pmpathways.examples.bench.CpuPerAdvice \
 *   [--what advise|floor] [--threads 1] [--warmup 60] [--measure 20]
 * </pre>
 *
 * <p>{@code advise} is the advisor, {@code floor} the plain-Java floor ({@link PlainJavaAdvisor}); both
 * walk the 64 profiles {@link AdviseBenchmark} uses. Warm-up and measurement are in seconds. Not
 * thread-safe; a command.
 */
public final class CpuPerAdvice {
  private static volatile boolean measuring;
  private static volatile boolean stopped;

  private CpuPerAdvice() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args,
        "--what advise|floor, --threads N, --warmup SECONDS, --measure SECONDS",
        "--what", "--threads", "--warmup", "--measure");
    String what = options.text("--what", "advise");
    int threads = options.whole("--threads", 1);
    int warmup = options.whole("--warmup", 60);
    int measure = options.whole("--measure", 20);
    if (threads < 1 || warmup < 0 || measure < 1) {
      throw new IllegalArgumentException("--threads is at least 1, --warmup at least 0, --measure at least 1");
    }
    Profile[] profiles = BenchmarkProfiles.json(7, 64).stream().map(ProfileJson::read).toArray(Profile[]::new);
    Function<Profile, Advice> advisor = switch (what) {
      case "advise" -> PathwayAdvisor.builder().build()::advise;
      case "floor" -> PlainJavaAdvisor.load()::advise;
      default -> throw new IllegalArgumentException("--what is advise or floor, not " + what);
    };
    com.sun.management.ThreadMXBean threadBean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean osBean =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long[] calls = new long[threads];
    long[] cpu = new long[threads];
    long[] bytes = new long[threads];
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread worker = new Thread(() -> {
        try {
          long id = Thread.currentThread().getId();
          int next = index * 17;
          long n = 0;
          long cpu0 = 0;
          long bytes0 = 0;
          boolean counting = false;
          while (!stopped) {
            if (!counting && measuring) {
              counting = true;
              cpu0 = threadBean.getCurrentThreadCpuTime();
              bytes0 = threadBean.getThreadAllocatedBytes(id);
            }
            if (advisor.apply(profiles[next++ & 63]) == null) {
              throw new IllegalStateException("no advice");
            }
            if (counting) {
              n++;
            }
          }
          calls[index] = n;
          cpu[index] = threadBean.getCurrentThreadCpuTime() - cpu0;
          bytes[index] = threadBean.getThreadAllocatedBytes(id) - bytes0;
        } finally {
          done.countDown();
        }
      }, "advise-" + t);
      worker.setDaemon(true);
      worker.start();
    }
    Thread.sleep(warmup * 1000L);
    long gc0 = gcMillis();
    long process0 = osBean.getProcessCpuTime();
    long wall0 = System.nanoTime();
    measuring = true;
    Thread.sleep(measure * 1000L);
    stopped = true;
    done.await();
    long wall = System.nanoTime() - wall0;
    long process = osBean.getProcessCpuTime() - process0;
    long gc = gcMillis() - gc0;
    long total = 0;
    long threadCpu = 0;
    long allocated = 0;
    for (int t = 0; t < threads; t++) {
      total += calls[t];
      threadCpu += cpu[t];
      allocated += bytes[t];
    }
    System.out.printf("%s, %d thread(s): %.0f advices/s; per advice: %.2f us CPU of the advising threads,"
        + " %.2f us CPU of the process, %.1f KB allocated; GC %d ms in %d s%n", what, threads,
        total / (wall / 1e9), threadCpu / 1e3 / total, process / 1e3 / total, allocated / 1024.0 / total, gc,
        measure);
  }

  private static long gcMillis() {
    long sum = 0;
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    for (GarbageCollectorMXBean collector : collectors) {
      sum += Math.max(0, collector.getCollectionTime());
    }
    return sum;
  }
}
