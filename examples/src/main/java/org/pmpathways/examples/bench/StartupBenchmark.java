package org.pmpathways.examples.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-process start-up of {@code advise FILE}: from starting the process to its exit, with the
 * launcher {@code bin/pathway-advisor} (start-up cache, C1 only) and with plain {@code java -jar},
 * on each JDK given. The variants run in turn within each round (the first of each round moving
 * on by one), so a machine that speeds up or slows down affects them alike; each variant's median
 * and its ratio to the same JDK's default options, taken round by round, are printed as a Markdown
 * table. Every run must exit 0 and print the same advice, byte for byte, as the other runs of its jar
 * (a reference jar may be an earlier release that advises otherwise). Where GNU time is installed
 * ({@code /usr/bin/time}), each run's CPU time (user and system, the process and its children) is
 * reported too: on a loaded machine it moves less than the wall time.
 *
 * <pre>
 * java -cp examples/target/pathway-advisor.jar org.pmpathways.examples.bench.StartupBenchmark \
 *   [--runs 20] [--jdk JAVA_HOME]... [--launcher bin/pathway-advisor] [--jar examples/target/pathway-advisor.jar]
 *   [--profile FILE] [--reference-jar OTHER/pathway-advisor.jar [--reference-launcher OTHER/bin/pathway-advisor]]
 * </pre>
 *
 * <p>Without {@code --jdk}, the JDK running it. With {@code --reference-jar}, each JDK gets a fourth
 * variant, the launcher on that jar (another build, such as the previous release's), run in turn
 * with the others, and the launcher on this jar is also given as a ratio to it, round by round. The
 * caches go to a directory of the benchmark's own, deleted at the end, so a run neither uses a cache
 * made before it nor leaves one beside a jar. Before measuring, the launcher's cache is created for
 * each jar and JDK ({@code --prepare}) and every variant runs once, not counted. Not thread-safe; a
 * command.
 */
public final class StartupBenchmark {
  /**
   * A command to time, running {@code jar}; {@code base} is the variant its ratio is taken to,
   * {@code reference} another (or -1).
   */
  private record Variant(String name, String jdk, Path jar, List<String> command, Map<String, String> env, int base,
      int reference) {}

  private static final Path TIME = Path.of("/usr/bin/time");

  private StartupBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = 20;
    List<String> jdks = new ArrayList<>();
    Path launcher = Path.of("bin/pathway-advisor");
    Path jar = Path.of("examples/target/pathway-advisor.jar");
    Path profile = Path.of("examples/src/main/resources/org/pmpathways/examples/profiles/marketer-internal-move.json");
    Path referenceJar = null;
    Path referenceLauncher = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(required(args[i], value));
        case "--jdk" -> jdks.add(required(args[i], value));
        case "--launcher" -> launcher = Path.of(required(args[i], value));
        case "--jar" -> jar = Path.of(required(args[i], value));
        case "--profile" -> profile = Path.of(required(args[i], value));
        case "--reference-jar" -> referenceJar = Path.of(required(args[i], value));
        case "--reference-launcher" -> referenceLauncher = Path.of(required(args[i], value));
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; the options are --runs N,"
            + " --jdk JAVA_HOME, --launcher FILE, --jar FILE, --profile FILE, --reference-jar FILE,"
            + " --reference-launcher FILE");
      }
      i++;
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, not " + runs);
    }
    if (jdks.isEmpty()) {
      jdks.add(System.getProperty("java.home"));
    }
    if (referenceLauncher != null && referenceJar == null) {
      throw new IllegalArgumentException("--reference-launcher goes with --reference-jar");
    }
    if (referenceJar != null && referenceLauncher == null) {
      referenceLauncher = launcher;
    }
    List<Path> files = new ArrayList<>(List.of(launcher, jar, profile));
    if (referenceJar != null) {
      files.addAll(List.of(referenceJar, referenceLauncher));
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
    }

    Path caches = Files.createTempDirectory("startup-caches");
    try {
      measure(runs, jdks, launcher, jar, profile, referenceJar, referenceLauncher, caches);
    } finally {
      try (var left = Files.list(caches)) {
        for (Path file : left.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(caches);
    }
  }

  private static void measure(int runs, List<String> jdks, Path launcher, Path jar, Path profile, Path referenceJar,
      Path referenceLauncher, Path caches) throws IOException, InterruptedException {
    List<Variant> variants = new ArrayList<>();
    for (String jdk : jdks) {
      String java = Path.of(jdk, "bin", "java").toString();
      String label = "JDK " + feature(java);
      int base = variants.size();
      variants.add(new Variant(label + ", no options", jdk, jar,
          List.of(java, "-jar", jar.toString(), "advise", profile.toString()), Map.of(), base, -1));
      variants.add(new Variant(label + ", C1 only and serial GC, no cache", jdk, jar,
          List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "advise",
              profile.toString()), Map.of(), base, -1));
      Map<String, String> env = launcherEnv(jdk, jar, caches);
      variants.add(new Variant(label + ", bin/pathway-advisor (cache, C1 only, serial GC)", jdk, jar,
          List.of(launcher.toString(), "advise", profile.toString()), env, base,
          referenceJar == null ? -1 : base + 3));
      prepare(launcher, env, jdk);
      if (referenceJar != null) {
        Map<String, String> referenceEnv = launcherEnv(jdk, referenceJar, caches);
        variants.add(new Variant(label + ", reference " + referenceJar + " with " + referenceLauncher, jdk,
            referenceJar, List.of(referenceLauncher.toString(), "advise", profile.toString()), referenceEnv, base, -1));
        prepare(referenceLauncher, referenceEnv, jdk);
      }
    }

    Path out = Files.createTempFile("startup", ".out");
    Path times = Files.createTempFile("startup", ".time");
    boolean timed = Files.isExecutable(TIME);
    // Each jar's first run sets the advice its later runs must print; a reference jar may be an
    // earlier release whose advice differs on purpose.
    Map<Path, byte[]> expected = new HashMap<>();
    long[][] nanos = new long[variants.size()][runs];
    double[][] cpu = new double[variants.size()][runs];
    try {
      for (int round = -1; round < runs; round++) {
        for (int k = 0; k < variants.size(); k++) {
          int v = Math.floorMod(k + round, variants.size());
          Variant variant = variants.get(v);
          List<String> command = new ArrayList<>(variant.command());
          if (timed) {
            command.addAll(0, List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
          }
          long start = System.nanoTime();
          int code = run(command, variant.env(), out.toFile());
          long took = System.nanoTime() - start;
          byte[] printed = Files.readAllBytes(out);
          if (code != 0) {
            throw new IllegalStateException(variant.name() + ": exit " + code);
          }
          byte[] first = expected.putIfAbsent(variant.jar(), printed);
          if (first != null && !Arrays.equals(first, printed)) {
            throw new IllegalStateException(variant.name() + ": other advice than the first run of " + variant.jar());
          }
          if (round >= 0) {
            nanos[v][round] = took;
            if (timed) {
              String[] userSystem = Files.readString(times).trim().split("\\s+");
              cpu[v][round] = Double.parseDouble(userSystem[userSystem.length - 2])
                  + Double.parseDouble(userSystem[userSystem.length - 1]);
            }
          }
        }
      }
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(times);
    }

    System.out.printf("Start-up of advise %s, %s, %s %s, %d cores, %d runs of each in turn after one not counted%n%n",
        profile.getFileName(), LocalDate.now(ZoneOffset.UTC), System.getProperty("os.name"),
        System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), runs);
    boolean referenced = variants.stream().anyMatch(v -> v.reference() >= 0);
    System.out.println("| variant | wall, median s | min s | max s | wall × same JDK, no options (median of rounds) |"
        + (timed ? " CPU, median s | CPU × same JDK, no options |" : "")
        + (referenced ? " wall × reference | CPU × reference |" : ""));
    System.out.println("|---|---|---|---|---|" + (timed ? "---|---|" : "") + (referenced ? "---|---|" : ""));
    for (int v = 0; v < variants.size(); v++) {
      Variant variant = variants.get(v);
      long[] sorted = nanos[v].clone();
      Arrays.sort(sorted);
      System.out.printf("| %s | %.3f | %.3f | %.3f | %.2f |", variant.name(), median(sorted) / 1e9,
          sorted[0] / 1e9, sorted[runs - 1] / 1e9, medianRatio(nanos[v], nanos[variant.base()]));
      if (timed) {
        System.out.printf(" %.2f | %.2f |", median(cpu[v]), medianRatio(cpu[v], cpu[variant.base()]));
      }
      if (referenced && variant.reference() >= 0) {
        System.out.printf(" %.2f | %s |", medianRatio(nanos[v], nanos[variant.reference()]),
            timed ? String.format("%.2f", medianRatio(cpu[v], cpu[variant.reference()])) : "");
      } else if (referenced) {
        System.out.print(" | |");
      }
      System.out.println();
    }
    System.out.println();
    for (Variant variant : variants) {
      System.out.println("- " + variant.name() + ": " + (variant.env().isEmpty() ? "" : "JAVA_HOME=" + variant.jdk() + " ")
          + String.join(" ", variant.command()));
    }
  }

  /** The launcher's environment: the JDK, the jar, and the benchmark's own cache directory. */
  private static Map<String, String> launcherEnv(String jdk, Path jar, Path caches) {
    return Map.of("JAVA_HOME", jdk, "PATHWAY_ADVISOR_JAR", jar.toAbsolutePath().toString(),
        "PATHWAY_ADVISOR_CACHE_DIR", caches.toString());
  }

  private static void prepare(Path launcher, Map<String, String> env, String jdk)
      throws IOException, InterruptedException {
    int prepared = run(List.of(launcher.toString(), "--prepare"), env, null);
    if (prepared != 0) {
      throw new IllegalStateException(launcher + " --prepare failed on " + jdk + " for "
          + env.get("PATHWAY_ADVISOR_JAR") + " (exit " + prepared + ")");
    }
  }

  /** The median of the ratios of two variants' figures taken in the same round. */
  private static double medianRatio(long[] variant, long[] base) {
    double[] ratios = new double[variant.length];
    for (int r = 0; r < variant.length; r++) {
      ratios[r] = (double) variant[r] / base[r];
    }
    return median(ratios);
  }

  private static double medianRatio(double[] variant, double[] base) {
    double[] ratios = new double[variant.length];
    for (int r = 0; r < variant.length; r++) {
      ratios[r] = variant[r] / base[r];
    }
    return median(ratios);
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  /** Runs a command to its end, its output to {@code out} (or discarded), and returns its exit code. */
  private static int run(List<String> command, Map<String, String> env, File out)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out));
    builder.environment().keySet().removeIf(k -> k.startsWith("PATHWAY_ADVISOR_") || k.equals("JAVA_OPTS")
        || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("no end after 10 minutes: " + command);
    }
    return process.exitValue();
  }

  /** The JDK's feature version, from the java command itself. */
  private static String feature(String java) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    Matcher m = Pattern.compile("version \"(?:1\\.)?(\\d+)").matcher(text);
    return m.find() ? m.group(1) : "?";
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
