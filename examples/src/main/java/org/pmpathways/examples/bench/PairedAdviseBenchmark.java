package org.pmpathways.examples.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Warm advice on one thread, this build against another in the same process, in turn: each build's
 * jar is loaded by a class loader of its own (its own classes, its own compiled code, its own copy
 * of Drools), both are warmed up, then each round gives each build the same slice of time, the order
 * swapped every round, and the ratio is taken round by round. A machine whose speed drifts (shared
 * with other work, as the benchmark machines are) moves both builds of a round alike, so the ratio
 * holds where two runs of {@link AdviseBenchmark} minutes apart can differ by a third.
 *
 * <pre>
 * java -cp examples/target/pathway-advisor.jar org.pmpathways.examples.bench.PairedAdviseBenchmark \
 *   --reference-jar OTHER/pathway-advisor.jar [--what advise|floor] [--rounds 60] [--slice-ms 250] [--warmup 20]
 * </pre>
 *
 * <p>It calls {@link AdviseBenchmark}'s {@code advise} or {@code plainJavaFloor} in each jar, on the
 * same 64 profiles; any build of the runner jar that has them can be the reference (it refuses one
 * whose generator makes other profiles, or that lacks the method asked for). It prints, for
 * each build, the median microseconds per advice over the rounds, in wall time and in the thread's
 * CPU time, and the ratio this / reference: its median and quartiles over the rounds. The warm-up is
 * in seconds, shared by the two; the warm-up alternates the order as the rounds do.
 *
 * <p>Its limit: the JDK's own code (sorting, maps, lists) is shared by the two builds, so where a
 * call site there sees both builds' classes the JIT cannot specialise it for one of them as it
 * would in a process running one build. Both builds bear that alike, but a change that makes such a
 * site simpler (a comparator, say) may gain less or more here than alone.
 *
 * <p>The jar against itself says what the harness resolves: on the 2-core benchmark machine five
 * such runs gave medians of 0.966 to 1.003 (BENCHMARKS.md, "Paired in one process"), so a difference
 * of a few percent needs several runs to be told from noise. Not thread-safe; a command.
 */
public final class PairedAdviseBenchmark {
  private PairedAdviseBenchmark() {}

  /** One build: its benchmark state and the method measured. */
  private static final class Build {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    final String name;
    final MethodHandle call;
    /** The profiles the build's benchmark walks, as JSON: both builds must walk the same. */
    final Object profiles;
    /** What the calls returned, kept so that they are not optimised away. */
    long sink;

    Build(String name, Path jar, String method) throws Throwable {
      this.name = name;
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      String bench = AdviseBenchmark.class.getName();
      Class<?> benchmark;
      try {
        benchmark = Class.forName(bench, true, loader);
        this.profiles = Class.forName(BenchmarkProfiles.class.getName(), true, loader)
            .getMethod("json", long.class, int.class).invoke(null, 7L, 64);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(jar + " is not a runner jar with AdviseBenchmark and"
            + " BenchmarkProfiles.json(seed, count): " + e, e);
      }
      Class<?> shared = Class.forName(bench + "$Shared", true, loader);
      Class<?> cursor = Class.forName(bench + "$Cursor", true, loader);
      Object sharedState = make(shared);
      ClassLoader before = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(loader); // as if the build ran alone
      try {
        shared.getMethod("setUp").invoke(sharedState);
      } finally {
        Thread.currentThread().setContextClassLoader(before);
      }
      try {
        benchmark.getMethod(method, shared, cursor);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(jar + " has no AdviseBenchmark." + method
            + " (a build older than the benchmark asked for)", e);
      }
      MethodHandle handle = MethodHandles.publicLookup()
          .findVirtual(benchmark, method, MethodType.methodType(
              benchmark.getMethod(method, shared, cursor).getReturnType(), shared, cursor));
      this.call = MethodHandles.insertArguments(handle, 0, make(benchmark), sharedState, make(cursor))
          .asType(MethodType.methodType(Object.class));
    }

    private static Object make(Class<?> type) throws ReflectiveOperationException {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    }

    /** Advises for about {@code millis}; returns {wall ns, CPU ns} per advice. */
    double[] slice(long millis) throws Throwable {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long end = start + millis * 1_000_000L;
      long count = 0;
      long now;
      do {
        for (int i = 0; i < 16; i++) {
          sink += System.identityHashCode(call.invokeExact());
        }
        count += 16;
        now = System.nanoTime();
      } while (now < end);
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      return new double[] {(now - start) / (double) count, cpu / (double) count};
    }
  }

  public static void main(String[] args) throws Throwable {
    BenchOptions options = BenchOptions.parse(args,
        "--reference-jar FILE, --what advise|floor, --rounds N, --slice-ms N, --warmup SECONDS",
        "--reference-jar", "--what", "--rounds", "--slice-ms", "--warmup");
    String referenceJar = options.text("--reference-jar", null);
    Path reference = referenceJar == null ? null : Path.of(referenceJar);
    String what = options.text("--what", "advise");
    int rounds = options.whole("--rounds", 60);
    long sliceMillis = options.whole("--slice-ms", 250);
    int warmupSeconds = options.whole("--warmup", 20);
    if (reference == null || !Files.isRegularFile(reference)) {
      throw new IllegalArgumentException("--reference-jar names the other build's pathway-advisor.jar; "
          + (reference == null ? "it is missing" : reference + " is not a file"));
    }
    if (rounds < 4 || sliceMillis < 10 || warmupSeconds < 0) {
      throw new IllegalArgumentException("--rounds is at least 4, --slice-ms at least 10, --warmup at least 0");
    }
    String method = switch (what) {
      case "advise" -> "advise";
      case "floor" -> "plainJavaFloor";
      default -> throw new IllegalArgumentException("--what is advise or floor, not " + what);
    };
    Build self = new Build("this build", thisJar(), method);
    Build other = new Build("reference", reference, method);
    if (!self.profiles.equals(other.profiles)) {
      throw new IllegalArgumentException("the two builds generate different benchmark profiles"
          + " (BenchmarkProfiles.json(7, 64)): their times would not compare");
    }
    boolean selfFirst = true;
    for (long warm = 0; warm < warmupSeconds * 1000L; warm += 2 * sliceMillis, selfFirst = !selfFirst) {
      (selfFirst ? self : other).slice(sliceMillis);
      (selfFirst ? other : self).slice(sliceMillis);
    }
    double[][] selfTimes = new double[2][rounds];
    double[][] otherTimes = new double[2][rounds];
    for (int r = 0; r < rounds; r++) {
      double[] a;
      double[] b;
      if (r % 2 == 0) {
        a = self.slice(sliceMillis);
        b = other.slice(sliceMillis);
      } else {
        b = other.slice(sliceMillis);
        a = self.slice(sliceMillis);
      }
      for (int k = 0; k < 2; k++) {
        selfTimes[k][r] = a[k];
        otherTimes[k][r] = b[k];
      }
    }
    System.out.printf(Locale.ROOT, "%s, %d rounds of %d ms each after %d s, reference %s%n", what, rounds,
        sliceMillis, warmupSeconds, reference);
    String[] clocks = {"wall", "CPU"};
    for (int k = 0; k < 2; k++) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = selfTimes[k][r] / otherTimes[k][r];
      }
      System.out.printf(Locale.ROOT,
          "%-4s  this build %.2f us, reference %.2f us (medians); this / reference: median %.3f, quartiles %.3f-%.3f%n",
          clocks[k], Quantiles.median(selfTimes[k]) / 1000, Quantiles.median(otherTimes[k]) / 1000,
          Quantiles.median(ratios), Quantiles.quantile(ratios, 0.25), Quantiles.quantile(ratios, 0.75));
    }
  }

  private static Path thisJar() throws URISyntaxException {
    Path jar = Path.of(PairedAdviseBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("run it from the runner jar (java -cp examples/target/pathway-advisor.jar ...),"
          + " not from " + jar);
    }
    return jar;
  }
}
