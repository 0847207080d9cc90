package org.pmpathways.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a class of the packaged runner jar in a JVM of its own, as a benchmark's user would. */
final class RunnerJar {
  static final Path JAR = Path.of(System.getProperty("launcher.target", "target"), "pathway-advisor.jar");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** What a run printed and how it ended. */
  record Result(int code, String out, String err) {}

  private RunnerJar() {}

  /** Runs {@code main} from the jar with these arguments; fails after 120 s. */
  static Result run(Class<?> main, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-cp", JAR.toString(), main.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("runner", ".out");
    Path err = Files.createTempFile("runner", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("no end after 120 s: " + command);
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
