package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** JSON Lines batches: one output line per input line, in order, whatever goes wrong on a line. */
class JsonLinesTest {
  /** Stands in for the rules: echoes the profile id, and fails for the id "boom". */
  private static final class EchoingAdvisor implements PathwayAdvisor {
    @Override
    public Advice advise(Profile p) {
      if (p.id().orElse("").equals("boom")) {
        throw new AdvisorException("rule 'X' failed: boom");
      }
      return new Advice(p.id().orElse(null), RoleFamily.OTHER, null, List.of(), List.of(), List.of(), List.of(),
          List.of());
    }

    @Override
    public RoleFamily classifyTitle(String title) {
      throw new UnsupportedOperationException("not used by a batch");
    }

    @Override
    public void replaceHostRules(List<RuleSource> hostRules) {
      throw new UnsupportedOperationException("not used by a batch");
    }

    @Override
    public org.pmpathways.reading.TitleReading readTitle(String title) {
      throw new UnsupportedOperationException("not used by a batch");
    }

    @Override
    public void close() {}
  }

  private static PathwayAdvisor echoingAdvisor() {
    return new EchoingAdvisor();
  }

  private static List<String> run(byte[] input, int threads, JsonLines.Summary[] summary) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> progress = new ArrayList<>();
    summary[0] = JsonLines.advise(echoingAdvisor(), new ByteArrayInputStream(input), out, threads, progress::add);
    assertTrue(progress.isEmpty() || progress.get(progress.size() - 1) == summary[0].lines());
    String text = out.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  private static String profile(String id) {
    return "{\"id\": \"" + id + "\", \"role\": \"OTHER\", \"yearsExperience\": 1}";
  }

  @Test
  void everyLineGetsOneLineInInputOrder() throws IOException {
    StringBuilder in = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      in.append(profile("p" + i)).append('\n');
    }
    JsonLines.Summary[] summary = new JsonLines.Summary[1];
    List<String> out = run(in.toString().getBytes(StandardCharsets.UTF_8), 4, summary);
    assertEquals(1000, out.size());
    for (int i = 0; i < 1000; i++) {
      assertTrue(out.get(i).startsWith("{\"profileId\":\"p" + (i + 1) + "\","), out.get(i));
    }
    assertEquals(new JsonLines.Summary(1000, 1000, 0, 0), summary[0]);
  }

  @Test
  void badLinesBecomeErrorRecordsAndTheRunGoesOn() throws IOException {
    String in = profile("a") + "\r\n"
        + "{\"id\": \"b\", \"role\": \"OTHER\", \"yearsExperiance\": 1}\n"
        + "\n"
        + "{\"role\": \"NINJA\", \"yearsExperience\": 1}\n"
        + profile("boom") + "\n"
        + "{not json\n"
        + profile("c"); // no newline at the end
    byte[] bytes = in.getBytes(StandardCharsets.UTF_8);
    JsonLines.Summary[] summary = new JsonLines.Summary[1];
    List<String> out = run(bytes, 2, summary);
    assertEquals(7, out.size(), String.join("\n", out));
    assertTrue(out.get(0).startsWith("{\"profileId\":\"a\""));
    assertTrue(out.get(1).startsWith("{\"line\":2,\"error\":{\"field\":\"yearsExperiance\""), out.get(1));
    assertTrue(out.get(2).startsWith("{\"line\":3,\"error\":{\"field\":\"\",\"problem\":\"is empty"), out.get(2));
    assertTrue(out.get(3).contains("\"field\":\"role\"") && out.get(3).contains("\"allowedValues\":[\"DEVELOPER\""),
        out.get(3));
    assertEquals("{\"line\":5,\"failure\":\"rule 'X' failed: boom\"}", out.get(4));
    assertTrue(out.get(5).startsWith("{\"line\":6,\"error\":{\"field\":\"\",\"problem\":\"is not valid JSON"), out.get(5));
    assertTrue(out.get(6).startsWith("{\"profileId\":\"c\""));
    assertEquals(new JsonLines.Summary(7, 2, 4, 1), summary[0]);
  }

  @Test
  void aLineThatIsNotUtf8IsRefusedAlone() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write((profile("a") + "\n").getBytes(StandardCharsets.UTF_8));
    in.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    in.write((profile("b") + "\n").getBytes(StandardCharsets.UTF_8));
    JsonLines.Summary[] summary = new JsonLines.Summary[1];
    List<String> out = run(in.toByteArray(), 1, summary);
    assertEquals(3, out.size());
    assertTrue(out.get(1).contains("\"line\":2") && out.get(1).contains("not valid UTF-8"), out.get(1));
    assertTrue(out.get(2).startsWith("{\"profileId\":\"b\""));
  }

  @Test
  void aHugeLineIsRefusedWithoutBeingHeldInMemory() throws IOException {
    long huge = 4L * ProfileJson.MAX_DOCUMENT_CHARS + 10;
    InputStream in = new InputStream() {
      long served;

      @Override
      public int read() {
        if (served < huge) {
          served++;
          return 'x';
        }
        if (served == huge) {
          served++;
          return '\n';
        }
        return -1;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.Summary summary = JsonLines.advise(echoingAdvisor(), in, out, 1, done -> { });
    assertEquals(new JsonLines.Summary(1, 0, 1, 0), summary);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"line\":1,\"error\":{\"field\":\"\",\"problem\":\"is longer than"));
  }

  @Test
  void emptyInputGivesEmptyOutput() throws IOException {
    JsonLines.Summary[] summary = new JsonLines.Summary[1];
    assertEquals(List.of(), run(new byte[0], 2, summary));
    assertEquals(new JsonLines.Summary(0, 0, 0, 0), summary[0]);
  }

  @Test
  void threadsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> JsonLines.advise(echoingAdvisor(),
        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), 0, done -> { }));
  }
}
