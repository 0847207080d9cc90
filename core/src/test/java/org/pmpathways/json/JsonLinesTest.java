package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.Warning;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** JSON Lines batches: one output line per input line, in order, whatever goes wrong on a line. */
class JsonLinesTest {
  /** Stands in for the rules: echoes the profile id, and fails for the id "boom". */
  private static class EchoingAdvisor implements PathwayAdvisor {
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

  /** Advice with an explanation, as the rules give; the echoing advisor's has none. */
  private static class ExplainingAdvisor implements PathwayAdvisor {
    private final EchoingAdvisor echo = new EchoingAdvisor();

    @Override
    public Advice advise(Profile p) {
      Advice a = echo.advise(p);
      return new Advice(a.profileId(), a.roleFamily(), a.primaryPathway(), a.pathways(), a.actions(),
          a.competencies(), List.of(new Warning("W", "warned \"" + a.profileId() + "\"")),
          List.of(new Explanation("rule \u00e9", "said " + a.profileId(), List.of("Fact(" + a.profileId() + ")"))));
    }

    @Override
    public RoleFamily classifyTitle(String title) {
      return echo.classifyTitle(title);
    }

    @Override
    public void replaceHostRules(List<RuleSource> hostRules) {
      echo.replaceHostRules(hostRules);
    }

    @Override
    public org.pmpathways.reading.TitleReading readTitle(String title) {
      return echo.readTitle(title);
    }

    @Override
    public void close() {}
  }

  private static String lines(int count, int badLine) {
    StringBuilder in = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      in.append(i == badLine ? "{\"id\": \"bad\", \"role\": \"NINJA\", \"yearsExperience\": 1}" : profile("p" + i))
          .append('\n');
    }
    return in.toString();
  }

  private static String batch(PathwayAdvisor advisor, String in, int threads, boolean explain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.advise(advisor, new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out, threads, explain,
        done -> { });
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theExplanationIsWrittenOnlyWhenAskedForAndTheRestOfEachLineIsTheSame() throws IOException {
    String in = lines(300, 150);
    List<String> with = batch(new ExplainingAdvisor(), in, 2, true).lines().toList();
    List<String> without = batch(new ExplainingAdvisor(), in, 2, false).lines().toList();
    assertEquals(300, with.size());
    assertEquals(300, without.size());
    String empty = ",\"explanation\":[]";
    for (int i = 0; i < 300; i++) {
      String w = with.get(i);
      String wo = without.get(i);
      if (i == 149) {
        assertEquals(w, wo, "an error record has no explanation either way");
        continue;
      }
      int at = wo.indexOf(empty);
      assertTrue(at > 0, wo);
      assertEquals(wo.substring(0, at), w.substring(0, at), "everything before the explanation is the same bytes");
      assertTrue(w.startsWith(",\"explanation\":[{\"rule\":\"rule \u00e9\",\"effect\":\"said p" + (i + 1) + "\"", at),
          w);
      assertTrue(w.endsWith(wo.substring(at + empty.length())), "everything after it too: " + w);
      assertEquals(AdviceJson.writeCompact(new ExplainingAdvisor().advise(ProfileJson.read(profile("p" + (i + 1))))),
          w, "with the explanation, a line is the advice's compact JSON");
    }
  }

  @Test
  void anAdviceWhoseWritingFailsHalfWayBecomesAFailureRecordAndTheNextLinesAreWhole() throws IOException {
    // The explanation is rendered while the line is written, after the first fields are out.
    PathwayAdvisor lateFailure = new ExplainingAdvisor() {
      @Override
      public Advice advise(Profile p) {
        Advice a = super.advise(p);
        if (!p.id().orElseThrow().equals("p5")) {
          return a;
        }
        return new Advice(a.profileId(), a.roleFamily(), a.primaryPathway(), a.pathways(), a.actions(),
            a.competencies(), a.warnings(), Explanation.later(() -> {
              throw new AdvisorException("rendering the explanation failed");
            }));
      }
    };
    String in = lines(3 * JsonLines.CHUNK, 0);
    List<String> out = batch(lateFailure, in, 1, true).lines().toList();
    assertEquals(3 * JsonLines.CHUNK, out.size());
    assertEquals("{\"line\":5,\"failure\":\"rendering the explanation failed\"}", out.get(4));
    for (int i = 0; i < out.size(); i++) {
      if (i != 4) {
        assertEquals(AdviceJson.writeCompact(new ExplainingAdvisor().advise(ProfileJson.read(profile("p" + (i + 1))))),
            out.get(i), "line " + (i + 1));
      }
    }
  }

  @Test
  void theDefaultIsWithTheExplanation() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.advise(new ExplainingAdvisor(), new ByteArrayInputStream(lines(3, 0).getBytes(StandardCharsets.UTF_8)),
        out, 1, done -> { });
    assertEquals(batch(new ExplainingAdvisor(), lines(3, 0), 1, true), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void orderIsKeptWhenLaterChunksFinishFirst() throws IOException {
    // Lines of the first chunks take longest, so the threads finish chunks out of order.
    PathwayAdvisor slowFirst = new EchoingAdvisor() {
      @Override
      public Advice advise(Profile p) {
        int n = Integer.parseInt(p.id().orElseThrow().substring(1));
        if (n <= 2 * JsonLines.CHUNK && n % 8 == 0) {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return super.advise(p);
      }
    };
    int count = 20 * JsonLines.CHUNK + 7;
    List<String> out = batch(slowFirst, lines(count, 0), 4, false).lines().toList();
    assertEquals(count, out.size());
    for (int i = 0; i < count; i++) {
      assertTrue(out.get(i).startsWith("{\"profileId\":\"p" + (i + 1) + "\","), out.get(i));
    }
  }

  @Test
  void aBadLineInTheMiddleOfAManyChunkBatchIsReportedInItsPlace() throws IOException {
    int count = 10 * JsonLines.CHUNK;
    int bad = 5 * JsonLines.CHUNK + 3;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.Summary summary = JsonLines.advise(echoingAdvisor(),
        new ByteArrayInputStream(lines(count, bad).getBytes(StandardCharsets.UTF_8)), out, 2, false, done -> { });
    assertEquals(new JsonLines.Summary(count, count - 1, 1, 0), summary);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(bad - 1).startsWith("{\"line\":" + bad + ",\"error\":{\"field\":\"role\""), lines.get(bad - 1));
    assertTrue(lines.get(bad - 2).startsWith("{\"profileId\":\"p" + (bad - 1) + "\""));
    assertTrue(lines.get(bad).startsWith("{\"profileId\":\"p" + (bad + 1) + "\""));
  }

  @Test
  void anInputOfOneEmptyLineGetsOneErrorRecord() throws IOException {
    JsonLines.Summary[] summary = new JsonLines.Summary[1];
    List<String> out = run("\n".getBytes(StandardCharsets.UTF_8), 2, summary);
    assertEquals(1, out.size());
    assertTrue(out.get(0).startsWith("{\"line\":1,\"error\":"), out.get(0));
    assertEquals(new JsonLines.Summary(1, 0, 1, 0), summary[0]);
  }

  @Test
  void whenAnAdvisingThreadBreaksTheLinesBeforeItsChunkAreWrittenWholeAndFlushed() {
    // A bug in the advisor (not an AdvisorException) stops the run; lines of earlier chunks are out.
    int breaksAt = 3 * JsonLines.CHUNK + 10;
    PathwayAdvisor broken = new EchoingAdvisor() {
      @Override
      public Advice advise(Profile p) {
        if (p.id().orElseThrow().equals("p" + breaksAt)) {
          throw new IllegalStateException("a bug");
        }
        return super.advise(p);
      }
    };
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(sink, 1 << 20);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonLines.advise(broken,
        new ByteArrayInputStream(lines(10 * JsonLines.CHUNK, 0).getBytes(StandardCharsets.UTF_8)), buffered, 2, false,
        done -> { }));
    assertEquals("a bug", e.getMessage());
    String written = sink.toString(StandardCharsets.UTF_8);
    assertTrue(written.endsWith("\n"), "only whole lines");
    List<String> lines = written.lines().toList();
    assertEquals(3 * JsonLines.CHUNK, lines.size(), "the chunks before the broken one, flushed");
    assertTrue(lines.get(lines.size() - 1).startsWith("{\"profileId\":\"p" + 3 * JsonLines.CHUNK + "\""));
  }

  @Test
  void whenReadingFailsTheLinesReadWholeAreAdvisedAndFlushedAndTheFailureIsThrown() {
    byte[] good = lines(3 * JsonLines.CHUNK + 5, 0).getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      int served;

      @Override
      public int read() throws IOException {
        if (served < good.length) {
          return good[served++];
        }
        throw new IOException("the disk went away");
      }
    };
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(sink, 1 << 20);
    IOException e = assertThrows(IOException.class,
        () -> JsonLines.advise(echoingAdvisor(), failing, buffered, 2, false, done -> { }));
    assertEquals("the disk went away", e.getMessage());
    List<String> lines = sink.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3 * JsonLines.CHUNK + 5, lines.size());
  }

  @Test
  void whenWritingFailsTheRunStopsWithTheFailure() {
    OutputStream full = new OutputStream() {
      long written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        written += len;
        if (written > 10_000) {
          throw new IOException("no space left on device");
        }
      }
    };
    IOException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(IOException.class,
        () -> JsonLines.advise(echoingAdvisor(), new ByteArrayInputStream(
            lines(100 * JsonLines.CHUNK, 0).getBytes(StandardCharsets.UTF_8)), full, 2, false, done -> { })));
    assertEquals("no space left on device", e.getMessage());
  }

  @Test
  void threadsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> JsonLines.advise(echoingAdvisor(),
        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), 0, done -> { }));
  }
}
