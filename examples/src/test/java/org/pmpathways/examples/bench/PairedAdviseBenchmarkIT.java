package org.pmpathways.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The paired benchmark runs from the packaged runner jar against a reference jar (here the same jar)
 * and prints its two lines; it refuses a missing reference with a message that says so. No figure is
 * checked: timing belongs to the benchmark, not to a test.
 */
class PairedAdviseBenchmarkIT {
  private static final Pattern LINE = Pattern.compile(
      "(wall|CPU) +this build [0-9.]+ us, reference [0-9.]+ us \\(medians\\); this / reference: median [0-9.]+,"
          + " quartiles [0-9.]+-[0-9.]+");

  @Test
  void comparesTwoBuildsRoundByRound() throws Exception {
    for (String what : List.of("advise", "floor")) {
      RunnerJar.Result run = run("--reference-jar", RunnerJar.JAR.toString(), "--what", what, "--rounds", "4",
          "--slice-ms", "10", "--warmup", "0");
      assertEquals(0, run.code(), run.err());
      List<String> lines = run.out().lines().toList();
      assertEquals(3, lines.size(), run.out());
      assertTrue(lines.get(0).startsWith(what + ", 4 rounds of 10 ms each after 0 s"), run.out());
      assertTrue(LINE.matcher(lines.get(1)).matches() && lines.get(1).startsWith("wall"), run.out());
      assertTrue(LINE.matcher(lines.get(2)).matches() && lines.get(2).startsWith("CPU"), run.out());
    }
  }

  @Test
  void saysWhatIsWrongWithItsArguments() throws Exception {
    RunnerJar.Result missing = run("--what", "advise");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("--reference-jar names the other build's pathway-advisor.jar; it is missing"),
        missing.err());
    RunnerJar.Result what = run("--reference-jar", RunnerJar.JAR.toString(), "--what", "everything");
    assertEquals(1, what.code());
    assertTrue(what.err().contains("--what is advise or floor, not everything"), what.err());
    RunnerJar.Result unknown = run("--reference", RunnerJar.JAR.toString());
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("unknown option --reference; the options are --reference-jar FILE"), unknown.err());
  }

  private static RunnerJar.Result run(String... args) throws IOException, InterruptedException {
    return RunnerJar.run(PairedAdviseBenchmark.class, args);
  }
}
