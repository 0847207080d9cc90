package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.pmpathways.AdvisorException;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;

/**
 * Advises a stream of profiles in JSON Lines: one profile a line in, one line out for each, in the
 * same order. A line that is not a valid profile becomes an error record naming the line and the
 * field, and the run goes on:
 *
 * <pre>{"line":3,"error":{"field":"yearsExperience","problem":"must be between 0 and 60, was 61","allowedValues":[]}}</pre>
 *
 * A line the rules fail on becomes {@code {"line":N,"failure":"..."}}. Memory stays constant
 * whatever the length of the stream: lines are read, advised on a pool of threads and written in
 * chunks, with a bounded number of chunks in flight.
 *
 * <pre>{@code
 * JsonLines.Summary summary = JsonLines.advise(advisor, System.in, System.out, 2, done -> {});
 * }</pre>
 *
 * <p>Input is UTF-8; a line that is not valid UTF-8 is refused on its own. Output is UTF-8.
 *
 * <p>Thread-safe: each call uses its own threads and buffers.
 */
public final class JsonLines {
  /** Lines advised together on one thread. */
  static final int CHUNK = 64;

  private JsonLines() {}

  /**
   * What a run did.
   *
   * @param lines input lines read
   * @param advised lines advised
   * @param refused lines refused as invalid profiles
   * @param failed lines the rules failed on
   */
  public record Summary(long lines, long advised, long refused, long failed) {}

  /** One output line, already UTF-8 (written on the advising thread), without its line feed. */
  private record Outcome(byte[] json, int kind) {
    static final int ADVISED = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;
  }

  /**
   * Advises every line of {@code in} and writes one line to {@code out} for each, in input order.
   * Neither stream is closed; {@code out} is flushed at the end.
   *
   * @param threads how many threads advise at once, at least 1
   * @param progress told the number of lines written so far, after each chunk
   * @throws IOException if reading or writing fails; lines written until then stay written
   */
  public static Summary advise(PathwayAdvisor advisor, InputStream in, OutputStream out, int threads,
      LongConsumer progress) throws IOException {
    Objects.requireNonNull(advisor, "advisor must not be null");
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    LineReader lines = new LineReader(in, ProfileJson.MAX_DOCUMENT_BYTES);
    OutputStream writer = new BufferedOutputStream(out, 1 << 16);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "pm-pathways-batch");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<List<Outcome>>> inFlight = new ArrayBlockingQueue<>(threads * 4);
    long[] counts = new long[3];
    long written = 0;
    long lineNumber = 0;
    try {
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        while (more && inFlight.remainingCapacity() > 0) {
          List<byte[]> chunk = new ArrayList<>(CHUNK);
          byte[] line;
          while (chunk.size() < CHUNK && (line = lines.next()) != null) {
            chunk.add(line);
          }
          if (chunk.size() < CHUNK) {
            more = false;
          }
          if (!chunk.isEmpty()) {
            long first = lineNumber + 1;
            lineNumber += chunk.size();
            inFlight.add(pool.submit(() -> adviseChunk(advisor, chunk, first)));
          }
        }
        Future<List<Outcome>> next = inFlight.poll();
        if (next == null) {
          break;
        }
        for (Outcome o : await(next)) {
          writer.write(o.json());
          writer.write('\n');
          counts[o.kind()]++;
          written++;
        }
        progress.accept(written);
      }
      writer.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
    return new Summary(lineNumber, counts[Outcome.ADVISED], counts[Outcome.REFUSED], counts[Outcome.FAILED]);
  }

  private static List<Outcome> adviseChunk(PathwayAdvisor advisor, List<byte[]> chunk, long firstLine) {
    List<Outcome> out = new ArrayList<>(chunk.size());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(16_384);
    for (int i = 0; i < chunk.size(); i++) {
      long line = firstLine + i;
      byte[] bytes = chunk.get(i);
      buffer.reset();
      int kind;
      try {
        if (bytes == LineReader.TOO_LONG) {
          throw new InvalidProfileException("", "is longer than " + ProfileJson.MAX_DOCUMENT_BYTES + " bytes");
        }
        Advice advice = advisor.advise(ProfileJson.read(bytes));
        AdviceJson.writeCompact(advice, buffer);
        kind = Outcome.ADVISED;
      } catch (InvalidProfileException e) {
        buffer.reset();
        record(buffer, g -> errorRecord(g, line, e));
        kind = Outcome.REFUSED;
      } catch (AdvisorException e) {
        buffer.reset();
        record(buffer, g -> failureRecord(g, line, e));
        kind = Outcome.FAILED;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // writing to memory does not fail
      }
      out.add(new Outcome(buffer.toByteArray(), kind));
    }
    return out;
  }

  private static void record(ByteArrayOutputStream buffer, JsonCodec.Writing writing) {
    try (JsonGenerator g = JsonCodec.generator(buffer, false)) {
      writing.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Outcome> await(Future<List<Outcome>> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while advising", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** {@code {"line":N,"error":{"field":...,"problem":...,"line":L,"column":C,"allowedValues":[...]}}} */
  static void errorRecord(JsonGenerator g, long line, InvalidProfileException e) throws IOException {
    g.writeStartObject();
    g.writeNumberField("line", line);
    g.writeObjectFieldStart("error");
    g.writeStringField("field", e.field());
    g.writeStringField("problem", e.problem());
    if (e.column() > 0) {
      g.writeNumberField("column", e.column());
    }
    g.writeArrayFieldStart("allowedValues");
    for (String value : e.allowedValues()) {
      g.writeString(value);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** {@code {"line":N,"failure":"..."}} */
  static void failureRecord(JsonGenerator g, long line, AdvisorException e) throws IOException {
    g.writeStartObject();
    g.writeNumberField("line", line);
    g.writeStringField("failure", e.getMessage());
    g.writeEndObject();
  }

  /**
   * Reads lines of bytes of at most a given length; a longer line is skipped to its end and
   * returned as {@link #TOO_LONG}, so one huge line never has to fit in memory.
   */
  static final class LineReader {
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    private int pos;
    private int end;

    LineReader(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    /** The next line without its terminator, or {@code null} at the end of the input. */
    byte[] next() {
      line.reset();
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == end && !fill()) {
          return any ? finish(tooLong) : null;
        }
        any = true;
        int start = pos;
        while (pos < end && buf[pos] != '\n') {
          pos++;
        }
        if (!tooLong) {
          if (line.size() + (pos - start) > max) {
            tooLong = true;
          } else {
            line.write(buf, start, pos - start);
          }
        }
        if (pos < end) {
          pos++; // the newline
          return finish(tooLong);
        }
      }
    }

    private byte[] finish(boolean tooLong) {
      if (tooLong) {
        return TOO_LONG;
      }
      byte[] bytes = line.toByteArray();
      if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
        return java.util.Arrays.copyOf(bytes, bytes.length - 1);
      }
      return bytes;
    }

    private boolean fill() {
      try {
        int n = in.read(buf);
        if (n <= 0) {
          return false;
        }
        pos = 0;
        end = n;
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
