package org.pmpathways.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host example in the README compiles, runs, and is the same code as {@link HostExample}. */
class HostExampleTest {

  @Test
  void runsAndPrintsAPlan() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      HostExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("INTERNAL_MOVE", lines.get(0));
    assertEquals("1. Have coffee with the product managers where you work [COFFEE_CHATS_WITH_PMS]", lines.get(1));
  }

  @Test
  void theReadmeShowsTheSameLines() throws Exception {
    String source = Files.readString(Path.of("src/main/java/org/pmpathways/examples/HostExample.java"));
    String between = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
        source.indexOf("// README:end"));
    List<String> snippet = Arrays.stream(between.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> readme = Files.readAllLines(Path.of("../README.md")).stream().map(String::strip).toList();
    int start = readme.indexOf(snippet.get(0));
    assertTrue(start >= 0, "the README quotes the host example, starting with: " + snippet.get(0));
    List<String> quoted = readme.subList(start, readme.size()).stream().filter(l -> !l.isEmpty()).limit(snippet.size())
        .toList();
    assertEquals(snippet, quoted);
  }
}
