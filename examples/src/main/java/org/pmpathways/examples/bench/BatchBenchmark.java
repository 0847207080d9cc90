package org.pmpathways.examples.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.JsonLines;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleReading;

/**
 * Batches measured whole-process: {@code java -Xmx256m -jar pathway-advisor.jar advise --batch} on
 * generated profiles (JSON Lines in, JSON Lines out), from JVM start to exit, several runs with the
 * variants interleaved so that they share the machine's noise, and the median of each. Not a JMH
 * benchmark: what counts here is the whole process, start-up, warm-up and garbage collection included.
 *
 * <pre>
 * java -cp examples/target/pathway-advisor.jar org.pmpathways.examples.bench.BatchBenchmark \
 *     [--profiles 1000000] [--runs 3] [--heap 256m] [--dir /tmp/pm-batch] [--reference-jar OLD.jar] \
 *     [--jvm-options "-XX:+UseParallelGC"] [--variants batch,reference,...]
 * </pre>
 *
 * <p>The variants: {@code batch}, without explanations (the default), {@code explain}, with
 * {@code --explain}, {@code one-thread}, with one advising thread (the reference for how well both
 * cores are used), {@code ceiling}, the pipeline's own ceiling (the same reading, parsing, writing
 * and threads with advice computed beforehand: the most the pipeline could deliver with an instant
 * rule engine), {@code ceiling-explain}, the same with explanations, and with a reference jar,
 * {@code reference} and {@code reference-explain}: another build's jar run the same way (say, the
 * previous release). {@code --variants} picks some, in this order. {@code --jvm-options} go to every
 * variant (the launcher's for a batch, say). Output goes to {@code /dev/null}: the disk is not what
 * is measured.
 *
 * <p>The input is written once, from a fixed seed, to {@code DIR/profiles-N.jsonl}, and reused.
 *
 * <p>{@code BatchBenchmark warm IN.jsonl} times the batch warm in one JVM instead, with one advising
 * thread and with every processor, to tell warm-up from steady state.
 */
public final class BatchBenchmark {
  private static final long SEED = 42;
  /** Advice computed beforehand for the ceiling: this many profiles' worth, picked by profile id. */
  private static final int PRECOMPUTED = 64;

  private BatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("ceiling")) {
      ceiling(args);
      return;
    }
    if (args.length > 0 && args[0].equals("warm")) {
      warm(Path.of(args[1]));
      return;
    }
    Map<String, String> options = options(args);
    int profiles = Integer.parseInt(options.getOrDefault("--profiles", "1000000"));
    int runs = Integer.parseInt(options.getOrDefault("--runs", "3"));
    String heap = options.getOrDefault("--heap", "256m");
    Path dir = Path.of(options.getOrDefault("--dir", System.getProperty("java.io.tmpdir") + "/pm-batch"));
    Path jar = Path.of(BatchBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path input = generate(dir, profiles);

    List<String> jvm = new ArrayList<>(List.of(java, "-Xmx" + heap));
    if (options.containsKey("--jvm-options")) {
      jvm.addAll(List.of(options.get("--jvm-options").trim().split("\\s+")));
    }
    Map<String, List<String>> variants = new LinkedHashMap<>();
    List<String> batch = plus(jvm, "-jar", jar.toString(), "advise", "--batch", input.toString(), "--out", "/dev/null");
    variants.put("batch", batch);
    variants.put("explain", plus(batch, "--explain"));
    variants.put("one-thread", plus(batch, "--threads", "1"));
    List<String> ceiling = plus(jvm, "-cp", jar.toString(), BatchBenchmark.class.getName(), "ceiling",
        input.toString());
    variants.put("ceiling", ceiling);
    variants.put("ceiling-explain", plus(ceiling, "--explain"));
    if (options.containsKey("--reference-jar")) {
      List<String> reference = plus(jvm, "-jar", options.get("--reference-jar"), "advise", "--batch",
          input.toString(), "--out", "/dev/null");
      variants.put("reference", reference);
      variants.put("reference-explain", plus(reference, "--explain"));
    }
    if (options.containsKey("--variants")) {
      List<String> chosen = List.of(options.get("--variants").split(","));
      if (!variants.keySet().containsAll(chosen)) {
        throw new IllegalArgumentException("--variants takes some of " + variants.keySet() + ", was " + chosen);
      }
      variants.keySet().retainAll(chosen);
    }

    System.out.printf(Locale.ROOT, "%s, %d profiles (%,d bytes), %d runs, %s, %d processors, %s %s%n",
        Instant.now(), profiles, Files.size(input), runs, String.join(" ", jvm.subList(1, jvm.size())),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    Map<String, List<Measure>> measured = new LinkedHashMap<>();
    for (int run = 1; run <= runs; run++) {
      for (Map.Entry<String, List<String>> v : variants.entrySet()) {
        Measure m = measure(v.getValue(), dir);
        measured.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(m);
        System.out.printf(Locale.ROOT, "run %d  %-45s %7.1f s  %,9.0f profiles/s  CPU %5.1f s  peak RSS %4d MB%n",
            run, v.getKey(), m.seconds(), profiles / m.seconds(), m.cpuSeconds(), m.peakKb() / 1024);
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-45s %12s %14s %10s %12s%n", "median of " + runs, "wall", "profiles/s",
        "CPU", "peak RSS");
    double first = -1;
    for (Map.Entry<String, List<Measure>> e : measured.entrySet()) {
      double seconds = median(e.getValue().stream().mapToDouble(Measure::seconds).toArray());
      double cpu = median(e.getValue().stream().mapToDouble(Measure::cpuSeconds).toArray());
      double rss = median(e.getValue().stream().mapToDouble(Measure::peakKb).toArray()) / 1024;
      if (first < 0) {
        first = seconds;
      }
      System.out.printf(Locale.ROOT, "%-45s %10.1f s %,14.0f %8.1f s %9.0f MB   x%.2f of the first%n", e.getKey(),
          seconds, profiles / seconds, cpu, rss, first / seconds);
    }
  }

  /** One whole process: wall time, and CPU time and peak memory as {@code /usr/bin/time} reports them. */
  private record Measure(double seconds, double cpuSeconds, long peakKb) {}

  private static Measure measure(List<String> command, Path dir) throws IOException, InterruptedException {
    Path times = dir.resolve("time.txt");
    List<String> timed = new ArrayList<>();
    boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    if (gnuTime) {
      timed.addAll(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S %M"));
    }
    timed.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr.txt").toFile());
    long start = System.nanoTime();
    int code = pb.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("exit " + code + " from " + String.join(" ", command) + ":\n"
          + Files.readString(dir.resolve("stderr.txt")));
    }
    if (!gnuTime) {
      return new Measure(seconds, Double.NaN, 0);
    }
    String[] t = Files.readAllLines(times).get(0).trim().split(" ");
    return new Measure(seconds, Double.parseDouble(t[0]) + Double.parseDouble(t[1]), Long.parseLong(t[2]));
  }

  /** The profiles file, written once from the fixed seed. */
  private static Path generate(Path dir, int profiles) throws IOException {
    Files.createDirectories(dir);
    Path input = dir.resolve("profiles-" + profiles + ".jsonl");
    if (!Files.exists(input)) {
      Path partial = dir.resolve("profiles-" + profiles + ".jsonl.partial");
      Random r = new Random(SEED);
      try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        for (int i = 0; i < profiles; i++) {
          w.write(BenchmarkProfiles.one(r, i));
          w.write('\n');
        }
      }
      Files.move(partial, input);
    }
    return input;
  }

  /**
   * {@code ceiling IN [--explain] [--threads N]}: the batch pipeline with the rules taken out. The
   * first profiles are advised by the real advisor beforehand; then every line is read, parsed and
   * answered with one of those advices, picked by the profile's id, and written to /dev/null.
   */
  private static void ceiling(String[] args) throws IOException {
    Path input = Path.of(args[1]);
    boolean explain = List.of(args).contains("--explain");
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 2; i < args.length - 1; i++) {
      if (args[i].equals("--threads")) {
        threads = Integer.parseInt(args[i + 1]);
      }
    }
    List<Advice> advices = new ArrayList<>();
    try (PathwayAdvisor real = PathwayAdvisor.builder().build();
        BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while (advices.size() < PRECOMPUTED && (line = lines.readLine()) != null) {
        Advice advice = real.advise(ProfileJson.read(line));
        if (explain) {
          advice.explanation(); // rendered now, as the advising threads would have done
        }
        advices.add(advice);
      }
    }
    try (InputStream in = Files.newInputStream(input); OutputStream out = new FileOutputStream("/dev/null")) {
      JsonLines.Summary summary = JsonLines.advise(new Precomputed(advices), in, out, threads, explain, done -> { });
      if (summary.advised() != summary.lines()) {
        throw new IllegalStateException("not every line was advised: " + summary);
      }
    }
  }

  /**
   * {@code warm IN}: the batch in one JVM once warm, without start-up: three passes over the input
   * on every processor, then two rounds of one advising thread and of every processor, each timed
   * with the process's CPU time, explanations left out. Meant for a few tens of thousands of
   * profiles, read into memory.
   */
  private static void warm(Path input) throws IOException {
    byte[] all = Files.readAllBytes(input);
    long profiles = 0;
    for (byte b : all) {
      profiles += b == '\n' ? 1 : 0;
    }
    int processors = Runtime.getRuntime().availableProcessors();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    try (PathwayAdvisor advisor = PathwayAdvisor.builder().build();
        OutputStream out = new FileOutputStream("/dev/null")) {
      for (int pass = 0; pass < 3; pass++) {
        JsonLines.advise(advisor, new java.io.ByteArrayInputStream(all), out, processors, false, done -> { });
      }
      for (int round = 1; round <= 2; round++) {
        for (int threads : new int[] {1, processors}) {
          long cpu = os.getProcessCpuTime();
          long start = System.nanoTime();
          JsonLines.advise(advisor, new java.io.ByteArrayInputStream(all), out, threads, false, done -> { });
          double seconds = (System.nanoTime() - start) / 1e9;
          double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
          System.out.printf(Locale.ROOT, "round %d, %d advising thread(s): %.1f s, %,.0f profiles/s, CPU %.1f s"
              + " (%.0f us a profile)%n", round, threads, seconds, profiles / seconds, cpuSeconds,
              cpuSeconds * 1e6 / profiles);
        }
      }
    }
  }

  /** Answers every profile with advice computed beforehand. */
  private static final class Precomputed implements PathwayAdvisor {
    private final List<Advice> advices;

    Precomputed(List<Advice> advices) {
      this.advices = List.copyOf(advices);
    }

    @Override
    public Advice advise(Profile profile) {
      return advices.get(Math.floorMod(profile.id().orElse("").hashCode(), advices.size()));
    }

    @Override
    public RoleFamily classifyTitle(String title) {
      throw new UnsupportedOperationException("not used by a batch");
    }

    @Override
    public TitleReading readTitle(String title) {
      throw new UnsupportedOperationException("not used by a batch");
    }

    @Override
    public void replaceHostRules(List<RuleSource> hostRules) {
      throw new UnsupportedOperationException("not used by a batch");
    }

    @Override
    public void close() {}
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value pairs, got " + String.join(" ", args));
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static List<String> plus(List<String> command, String... more) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(more));
    return all;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
