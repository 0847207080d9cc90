package org.pmpathways.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The thread-scaling benchmark runs from the packaged runner jar and prints its two lines; it refuses
 * options it does not know with a message that names the ones it does. No figure is checked: timing
 * belongs to the benchmark, not to a test.
 */
class ThreadScalingBenchmarkIT {
  private static final Pattern LINE = Pattern.compile("one thread [0-9]+ advices/s, two threads [0-9]+ advices/s"
      + " \\(medians\\); two / one: median [0-9.]+, quartiles [0-9.]+-[0-9.]+");

  @Test
  void comparesOneThreadWithTwoRoundByRound() throws Exception {
    RunnerJar.Result run = run("--rounds", "4", "--slice-ms", "10", "--warmup", "0");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    assertTrue(lines.get(0).startsWith("advise, 4 rounds of two 10 ms slices each after 0 s, "), run.out());
    assertTrue(LINE.matcher(lines.get(1)).matches(), run.out());
  }

  @Test
  void saysWhatIsWrongWithItsArguments() throws Exception {
    RunnerJar.Result unknown = run("--threads", "2");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("unknown option --threads; the options are --rounds N, --slice-ms N,"
        + " --warmup SECONDS"), unknown.err());
    RunnerJar.Result few = run("--rounds", "2");
    assertEquals(1, few.code());
    assertTrue(few.err().contains("--rounds is at least 4"), few.err());
    RunnerJar.Result word = run("--slice-ms", "long");
    assertEquals(1, word.code());
    assertTrue(word.err().contains("--slice-ms needs a whole number, not 'long'"), word.err());
  }

  private static RunnerJar.Result run(String... args) throws IOException, InterruptedException {
    return RunnerJar.run(ThreadScalingBenchmark.class, args);
  }
}
