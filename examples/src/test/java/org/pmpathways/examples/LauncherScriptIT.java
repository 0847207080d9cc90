package org.pmpathways.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/pathway-advisor}, as {@code mvn package} puts it beside the jar, run on the
 * JDK running the build: its first run creates the start-up cache (an AOT cache on JDK 25 and later,
 * a class-data archive before), later runs start from it, the advice is the runner's byte for byte,
 * and a cache made for another build of the jar is never used.
 *
 * <p>Run after {@code package} (a surefire execution of its own, see the module's pom), since it needs
 * the runner's jar. Each test works on a copy of the jar in a directory of its own.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/pathway-advisor is a POSIX shell script")
class LauncherScriptIT {
  private static final Path TARGET = Path.of(System.getProperty("launcher.target", "target"));
  private static final Path SCRIPT = TARGET.resolve("bin/pathway-advisor");
  private static final Path JAR = TARGET.resolve("pathway-advisor.jar");
  private static final Path PROFILE =
      Path.of("src/main/resources/org/pmpathways/examples/profiles/marketer-internal-move.json");
  private static final String JAVA_HOME = System.getProperty("java.home");
  private static final String JAVA = Path.of(JAVA_HOME, "bin", "java").toString();

  private static String expectedAdvice;

  @TempDir
  Path dir;

  /** What the runner prints for the profile when started without the launcher. */
  @BeforeAll
  static void adviceWithoutTheLauncher() {
    assertTrue(Files.isExecutable(SCRIPT), SCRIPT + " is executable (made by mvn package)");
    Run plain = Run.of(Map.of(), JAVA, "-jar", JAR.toString(), "advise", PROFILE.toString());
    assertEquals(0, plain.code, plain.err);
    assertTrue(plain.out.contains("Recommended pathway: an internal move"), plain.out);
    expectedAdvice = plain.out;
  }

  private Path copyOfTheJar() throws IOException {
    Path jar = dir.resolve("pathway-advisor.jar");
    Files.copy(JAR, jar, StandardCopyOption.COPY_ATTRIBUTES);
    return jar;
  }

  private Run launch(Path jar, String javaOpts, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", JAVA_HOME);
    env.put("PATHWAY_ADVISOR_JAR", jar.toString());
    env.put("PATHWAY_ADVISOR_VERBOSE", "1");
    env.put("JAVA_OPTS", javaOpts);
    List<String> command = new ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(List.of(args));
    return Run.of(env, command.toArray(String[]::new));
  }

  private List<Path> caches() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("pathway-advisor-jdk\\d+-(short|batch)-\\d+\\.(aot|jsa)"))
          .toList();
    }
  }

  /** Where each class named came from in the run that wrote the log, e.g. "shared objects file". */
  private static String sourceOf(Path classLoadLog, String className) throws IOException {
    String marker = " " + className + " source: ";
    return Files.readAllLines(classLoadLog).stream().filter(l -> l.contains(marker)).findFirst()
        .map(l -> l.substring(l.indexOf(marker) + marker.length())).orElse("not loaded");
  }

  @Test
  void theFirstRunCreatesTheCacheAndTheNextStartsFromIt() throws IOException {
    Path jar = copyOfTheJar();
    Path classes = dir.resolve("classes.log");
    String logClasses = "-Xlog:class+load=info:file=" + classes;

    Run first = launch(jar, logClasses, "advise", PROFILE.toString());
    assertEquals(0, first.code, first.err);
    assertEquals(expectedAdvice, first.out);
    assertTrue(first.err.contains("running the command, then creating it"), first.err);
    assertTrue(first.err.contains("created: "), first.err);
    assertEquals(1, caches().size(), "one cache: " + caches());

    Run second = launch(jar, logClasses, "advise", PROFILE.toString());
    assertEquals(0, second.code, second.err);
    assertEquals(expectedAdvice, second.out, "the same advice, byte for byte");
    assertTrue(second.err.contains(caches().get(0) + ": using it"), second.err);
    assertTrue(sourceOf(classes, "org.pmpathways.PathwayAdvisor").startsWith("shared objects file"),
        "the library's classes come from the cache: " + sourceOf(classes, "org.pmpathways.PathwayAdvisor"));
    assertTrue(second.err.contains("-XX:TieredStopAtLevel=1"), "a short run uses C1 only: " + second.err);
    assertTrue(second.err.contains("-XX:-UsePerfData"), "a short run writes no hsperfdata file: " + second.err);
    // advise FILE alone runs without the command-line parser, whose classes no cache can hold
    assertEquals("not loaded", sourceOf(classes, "picocli.CommandLine"));
  }

  @Test
  void aCacheOfAnotherBuildOfTheJarIsNotUsed() throws IOException {
    Path jar = copyOfTheJar();
    assertEquals(0, launch(jar, "", "advise", PROFILE.toString()).code);
    Path old = caches().get(0);

    // A rebuilt jar: another modification time, after the cache's.
    long now = System.currentTimeMillis();
    Files.setLastModifiedTime(old, FileTime.fromMillis(now - 3_600_000));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(now - 1_800_000));
    Run rebuilt = launch(jar, "", "advise", PROFILE.toString());
    assertEquals(0, rebuilt.code, rebuilt.err);
    assertEquals(expectedAdvice, rebuilt.out);
    assertTrue(rebuilt.err.contains("running the command, then creating it"), "the old cache was not used: "
        + rebuilt.err);
    assertEquals(1, caches().size(), "the new cache, the stale one removed: " + caches());
    assertFalse(caches().contains(old));

    Run next = launch(jar, "", "advise", PROFILE.toString());
    assertTrue(next.err.contains(caches().get(0) + ": using it"), next.err);
  }

  @Test
  void twoFirstRunsAtOnceLeaveOneWholeCache() throws IOException {
    Path jar = copyOfTheJar();
    CompletableFuture<Run> one = CompletableFuture.supplyAsync(() -> launch(jar, "", "advise", PROFILE.toString()));
    CompletableFuture<Run> two = CompletableFuture.supplyAsync(() -> launch(jar, "", "advise", PROFILE.toString()));
    for (Run run : List.of(one.join(), two.join())) {
      assertEquals(0, run.code, run.err);
      assertEquals(expectedAdvice, run.out);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".tmp") || f.endsWith(".conf") || f.endsWith(".lock") || f.endsWith(".failed"))
          .toList(), "nothing left over");
    }
    assertEquals(1, caches().size(), caches().toString());
    Run next = launch(jar, "", "advise", PROFILE.toString());
    assertEquals(expectedAdvice, next.out);
    assertTrue(next.err.contains("using it"), next.err);
  }

  @Test
  void theCommandsExitCodeAndMessagesAreTheRunners() throws IOException {
    Path jar = copyOfTheJar();
    Path missing = dir.resolve("missing.json");
    Run first = launch(jar, "", "advise", missing.toString());
    assertEquals(PathwayAdvisorCli.BAD_INPUT, first.code);
    assertEquals("", first.out);
    assertTrue(first.err.contains(missing.toString()), first.err);

    Run cached = launch(jar, "", "advise", missing.toString());
    assertTrue(cached.err.contains("using it"), cached.err);
    assertEquals(PathwayAdvisorCli.BAD_INPUT, cached.code);
    assertEquals("", cached.out);
  }

  @Test
  void withoutAWritablePlaceForTheCacheTheCommandStillRunsQuietly() throws IOException {
    Path jar = copyOfTheJar();
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", JAVA_HOME);
    env.put("PATHWAY_ADVISOR_JAR", jar.toString());
    // A directory under a regular file cannot be made.
    env.put("PATHWAY_ADVISOR_CACHE_DIR", jar.resolve("cache").toString());
    Run run = Run.of(env, SCRIPT.toString(), "advise", PROFILE.toString());
    assertEquals(0, run.code, run.err);
    assertEquals(expectedAdvice, run.out);
    assertEquals("", run.err);
    assertEquals(List.of(), caches());
  }

  @Test
  void aBatchKeepsTheFullJit() throws IOException {
    Path jar = copyOfTheJar();
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, Files.readString(PROFILE).replaceAll("\\s*\\n\\s*", " ") + "\n");
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", JAVA_HOME);
    env.put("PATHWAY_ADVISOR_JAR", jar.toString());
    env.put("PATHWAY_ADVISOR_NO_CACHE", "1");
    env.put("PATHWAY_ADVISOR_VERBOSE", "1");
    Run batch = Run.of(env, SCRIPT.toString(), "advise", "--batch", in.toString());
    assertEquals(0, batch.code, batch.err);
    assertEquals(1, batch.out.lines().count(), batch.out);
    assertTrue(batch.err.contains("no start-up cache"), batch.err);
    assertFalse(batch.err.contains("TieredStopAtLevel"), batch.err);
    assertTrue(batch.err.contains("-XX:+UseParallelGC -XX:CompileThresholdScaling=2"), batch.err);
    assertEquals(List.of(), caches(), "PATHWAY_ADVISOR_NO_CACHE=1 creates none");

    // A collector chosen in JAVA_OPTS wins: the JVM would refuse two.
    env.put("JAVA_OPTS", "-XX:+UseSerialGC");
    Run chosen = Run.of(env, SCRIPT.toString(), "advise", "--batch", in.toString());
    assertEquals(0, chosen.code, chosen.err);
    assertEquals(batch.out, chosen.out);
    assertFalse(chosen.err.contains("-XX:+UseParallelGC"), chosen.err);
    assertTrue(chosen.err.contains("options -XX:CompileThresholdScaling=2, then JAVA_OPTS -XX:+UseSerialGC (these win)"),
        chosen.err);
  }

  @Test
  void aBatchHasACacheOfItsOwnTrainedWithTheBatchsOptions() throws IOException {
    Path jar = copyOfTheJar();
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, Files.readString(PROFILE).replaceAll("\\s*\\n\\s*", " ") + "\n");
    assertEquals(0, launch(jar, "", "advise", PROFILE.toString()).code);
    List<Path> shortRun = caches();
    assertEquals(1, shortRun.size(), shortRun.toString());
    assertTrue(shortRun.get(0).getFileName().toString().contains("-short-"), shortRun.toString());

    // A cache trained under C1 alone would slow the batch's C2 down: the batch makes its own.
    Run first = launch(jar, "", "advise", "--batch", in.toString());
    assertEquals(0, first.code, first.err);
    assertTrue(first.err.contains("running the command, then creating it"), first.err);
    List<Path> both = caches();
    assertEquals(2, both.size(), both.toString());
    Path batchCache = both.stream().filter(c -> c.getFileName().toString().contains("-batch-")).findFirst()
        .orElseThrow(() -> new AssertionError("no batch cache: " + both));

    Run second = launch(jar, "", "advise", "--batch", in.toString());
    assertEquals(0, second.code, second.err);
    assertEquals(first.out, second.out);
    assertTrue(second.err.contains(batchCache + ": using it"), second.err);
    assertFalse(second.err.contains("TieredStopAtLevel"), second.err);
    Run shortAgain = launch(jar, "", "advise", PROFILE.toString());
    assertTrue(shortAgain.err.contains(shortRun.get(0) + ": using it"), shortAgain.err);
  }

  /** One finished process: its exit code and what it printed. */
  private record Run(int code, String out, String err) {
    static Run of(Map<String, String> env, String... command) {
      try {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("PATHWAY_ADVISOR_") || k.equals("JAVA_OPTS")
            || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
          Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
          if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no end after 120 s: " + command[0]);
          }
          return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
        } finally {
          Files.deleteIfExists(out);
          Files.deleteIfExists(err);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
