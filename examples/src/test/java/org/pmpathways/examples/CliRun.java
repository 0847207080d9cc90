package org.pmpathways.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.pmpathways.PathwayAdvisor;

/** One run of the command line with its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  static final PathwayAdvisor ADVISOR = PathwayAdvisor.builder().build();
  static final Supplier<PathwayAdvisor> SHARED = () -> ADVISOR;
  private static PathwayAdvisor fullyExplaining;

  /** The advisor for --explain=full, built on first use. */
  static synchronized PathwayAdvisor fullyExplaining() {
    if (fullyExplaining == null) {
      fullyExplaining = PathwayAdvisor.builder().fullExplanation().build();
    }
    return fullyExplaining;
  }

  static CliRun run(byte[] stdin, Supplier<PathwayAdvisor> advisors, String... args) {
    return run(stdin, advisors, false, args);
  }

  /**
   * As {@link #run(byte[], Supplier, String...)}; with {@code parsed}, always through picocli, also
   * for the arguments the runner carries out without it ({@code advise FILE}).
   */
  static CliRun run(byte[] stdin, Supplier<PathwayAdvisor> advisors, boolean parsed, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Supplier<PathwayAdvisor> fully = advisors == SHARED ? CliRun::fullyExplaining : advisors;
      ByteArrayInputStream in = new ByteArrayInputStream(stdin);
      code = parsed ? PathwayAdvisorCli.parseAndRun(args, new PathwayAdvisorCli(advisors, fully, in, o, e))
          : PathwayAdvisorCli.run(args, advisors, fully, in, o, e);
    }
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), SHARED, args);
  }
}
