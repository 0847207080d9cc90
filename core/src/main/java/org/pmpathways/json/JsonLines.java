package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
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
 * A line the rules fail on becomes {@code {"line":N,"failure":"..."}}. Every output line is whole:
 * a line is written only once its advice or record is complete.
 *
 * <pre>{@code
 * JsonLines.Summary summary = JsonLines.advise(advisor, System.in, System.out, 2, false, done -> {});
 * }</pre>
 *
 * <p>How a run works: one thread reads lines into chunks, a pool of threads parses, advises and
 * writes each chunk's lines as UTF-8 into the chunk's own buffer, and the calling thread writes the
 * chunks' bytes to the output in input order. There is a fixed number of chunks, reused, so memory
 * stays constant whatever the length of the stream, and a slow output holds the reading back.
 *
 * <p>Input is UTF-8; a line that is not valid UTF-8 is refused on its own. Output is UTF-8.
 *
 * <p>Thread-safe: each call uses its own threads and buffers; the advisor is shared by the pool's
 * threads, as a {@link PathwayAdvisor} allows.
 */
public final class JsonLines {
  /** At most this many lines are advised together on one thread. */
  static final int CHUNK = 64;
  /** A chunk takes no more lines once it holds this many bytes of input. */
  static final int CHUNK_BYTES = 1 << 20;
  /** Chunks in flight for each advising thread: enough that no thread waits for the reader or writer. */
  static final int CHUNKS_PER_THREAD = 4;
  /** A chunk's output buffer that grew beyond this (a huge advice) is not kept for the next chunk. */
  private static final int KEPT_BUFFER_BYTES = 4 << 20;

  private JsonLines() {}

  /**
   * What a run did. Immutable and thread-safe.
   *
   * @param lines input lines read
   * @param advised lines advised
   * @param refused lines refused as invalid profiles
   * @param failed lines the rules failed on
   */
  public record Summary(long lines, long advised, long refused, long failed) {}

  /**
   * Advises every line of {@code in} and writes one line to {@code out} for each, in input order,
   * each advice with its explanation. The same as {@link #advise(PathwayAdvisor, InputStream,
   * OutputStream, int, boolean, LongConsumer) advise(..., true, progress)}.
   *
   * @throws IOException if reading or writing fails; lines written until then stay written
   * @throws IllegalStateException if the advisor is closed (before or during the run); lines written
   *     until then stay written
   */
  public static Summary advise(PathwayAdvisor advisor, InputStream in, OutputStream out, int threads,
      LongConsumer progress) throws IOException {
    return advise(advisor, in, out, threads, true, progress);
  }

  /**
   * Advises every line of {@code in} and writes one line to {@code out} for each, in input order.
   * Neither stream is closed. {@code out} is written in large blocks of whole lines, so it needs no
   * buffer of its own, and is flushed at the end, and also when the run stops on an error, so that
   * every line written until then is out.
   *
   * @param threads how many threads parse and advise at once, at least 1 (besides them, one thread
   *     reads and the calling thread writes, which take little time)
   * @param withExplanation whether each advice carries its explanation; without, {@code explanation}
   *     is an empty array and is never rendered (see {@link AdviceJson#writeCompact(Advice,
   *     OutputStream, boolean)}), which makes each line less than half as long
   * @param progress told the number of lines written so far, after each chunk, on the calling thread
   * @throws IOException if reading or writing fails; lines written until then stay written
   * @throws IllegalStateException if the advisor is closed (before or during the run); lines written
   *     until then stay written
   */
  public static Summary advise(PathwayAdvisor advisor, InputStream in, OutputStream out, int threads,
      boolean withExplanation, LongConsumer progress) throws IOException {
    Objects.requireNonNull(advisor, "advisor must not be null");
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    return new Run(advisor, withExplanation, threads).run(in, out, progress);
  }

  /** Lines advised together, and the bytes written for them. Reused from one part of the stream to the next. */
  private static final class Chunk {
    final byte[][] lines = new byte[CHUNK][];
    final Bytes out = new Bytes(1 << 16);
    int size;
    long firstLine;
    int advised;
    int refused;
    int failed;
    Future<?> done;
  }

  /** One run: its threads, its chunks, and the hand-offs between them. */
  private static final class Run {
    /** Put after the last chunk. */
    private static final Chunk END = new Chunk();

    private final PathwayAdvisor advisor;
    private final boolean withExplanation;
    private final ExecutorService pool;
    /** Chunks ready to be filled. */
    private final BlockingQueue<Chunk> free;
    /** Chunks submitted to the pool, in input order, then {@link #END}. */
    private final BlockingQueue<Chunk> ordered;
    /** Each advising thread's generator and encoded texts, kept from chunk to chunk. */
    private final ThreadLocal<LineWriter> writers = ThreadLocal.withInitial(LineWriter::new);
    /** Why reading stopped early, or {@code null}; set before {@link #END} is queued. */
    private volatile Throwable readFailure;

    Run(PathwayAdvisor advisor, boolean withExplanation, int threads) {
      this.advisor = advisor;
      this.withExplanation = withExplanation;
      int chunks = threads * CHUNKS_PER_THREAD;
      this.free = new ArrayBlockingQueue<>(chunks);
      this.ordered = new ArrayBlockingQueue<>(chunks + 1);
      for (int i = 0; i < chunks; i++) {
        free.add(new Chunk());
      }
      this.pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "pm-pathways-batch");
        t.setDaemon(true);
        return t;
      });
    }

    Summary run(InputStream in, OutputStream out, LongConsumer progress) throws IOException {
      Thread reader = new Thread(() -> read(in), "pm-pathways-batch-reader");
      reader.setDaemon(true);
      long lines = 0;
      long[] counts = new long[3];
      boolean finished = false;
      try {
        reader.start();
        while (true) {
          Chunk chunk = take(ordered);
          if (chunk == END) {
            break;
          }
          await(chunk.done);
          chunk.out.writeTo(out);
          lines += chunk.size;
          counts[0] += chunk.advised;
          counts[1] += chunk.refused;
          counts[2] += chunk.failed;
          chunk.out.reset(KEPT_BUFFER_BYTES);
          chunk.done = null;
          free.add(chunk); // never full: it holds at most the chunks there are
          progress.accept(lines);
        }
        Throwable failure = readFailure;
        if (failure instanceof UncheckedIOException e) {
          throw e.getCause();
        }
        if (failure instanceof RuntimeException e) {
          throw e;
        }
        if (failure instanceof Error e) {
          throw e;
        }
        out.flush();
        finished = true;
      } finally {
        reader.interrupt();
        pool.shutdownNow();
        if (!finished) {
          flushQuietly(out);
        }
      }
      return new Summary(lines, counts[0], counts[1], counts[2]);
    }

    /** On the reader thread: fills chunks and hands them to the pool and, in order, to the writer. */
    private void read(InputStream in) {
      LineReader lines = new LineReader(in, ProfileJson.MAX_DOCUMENT_BYTES);
      long lineNumber = 0;
      try {
        while (readFailure == null) {
          Chunk chunk = free.take();
          chunk.firstLine = lineNumber + 1;
          chunk.size = 0;
          try {
            long bytes = 0;
            byte[] line;
            while (chunk.size < CHUNK && bytes < CHUNK_BYTES && (line = lines.next()) != null) {
              chunk.lines[chunk.size++] = line;
              bytes += line.length;
            }
          } catch (RuntimeException | Error e) {
            readFailure = e; // the lines read whole until then are still advised
          }
          if (chunk.size == 0) {
            break;
          }
          lineNumber += chunk.size;
          chunk.done = pool.submit(() -> advise(chunk));
          ordered.add(chunk); // never full: it holds at most the chunks there are, and END
        }
      } catch (InterruptedException | RejectedExecutionException e) {
        return; // the writer stopped and shut the pool down: nobody waits for END
      }
      ordered.add(END);
    }

    /** On a pool thread: one line of output for each line of the chunk. */
    private void advise(Chunk chunk) {
      Bytes buffer = chunk.out;
      LineWriter writer = writers.get();
      writer.into(buffer);
      buffer.reset(Integer.MAX_VALUE);
      chunk.advised = 0;
      chunk.refused = 0;
      chunk.failed = 0;
      for (int i = 0; i < chunk.size; i++) {
        long line = chunk.firstLine + i;
        byte[] bytes = chunk.lines[i];
        chunk.lines[i] = null;
        int start = buffer.size();
        try {
          if (bytes == LineReader.TOO_LONG) {
            throw new InvalidProfileException("", "is longer than " + ProfileJson.MAX_DOCUMENT_BYTES + " bytes");
          }
          Advice advice = advisor.advise(ProfileJson.read(bytes));
          writer.advice(advice, withExplanation);
          chunk.advised++;
        } catch (InvalidProfileException e) {
          writer.discard(start);
          writer.record(g -> errorRecord(g, line, e));
          chunk.refused++;
        } catch (AdvisorException e) {
          writer.discard(start);
          writer.record(g -> failureRecord(g, line, e));
          chunk.failed++;
        }
        buffer.write('\n');
      }
    }

    private static <T> T take(BlockingQueue<T> queue) throws IOException {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while advising");
      }
    }
  }

  /**
   * One advising thread's way of writing lines into a chunk's buffer: a generator kept from line to
   * line and chunk to chunk (creating one for each line costs more than some lines take to write),
   * and the thread's encoded texts. Not thread-safe: one per thread.
   */
  private static final class LineWriter extends OutputStream {
    private final EncodedTexts texts = new EncodedTexts();
    /** Where the generator's bytes go: the current chunk's buffer. */
    private Bytes target;
    /** Null until first needed, and after a line whose writing failed half way. */
    private JsonGenerator g;
    /** Whether the generator is in the middle of a line. */
    private boolean writing;

    void into(Bytes buffer) {
      target = buffer;
    }

    /** One advice as a line (without its newline), all of it in the buffer on return. */
    void advice(Advice advice, boolean withExplanation) {
      try {
        JsonGenerator generator = generator();
        writing = true;
        AdviceJson.write(advice, generator, withExplanation, texts);
        generator.flush();
        writing = false;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // writing to memory does not fail
      }
    }

    /** A record in place of an advice. */
    void record(JsonCodec.Writing body) {
      try {
        JsonGenerator generator = generator();
        writing = true;
        body.to(generator);
        generator.flush();
        writing = false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Forgets a line that was not finished: the buffer is cut back to where it started, and the
     * generator, which may hold the line's start, is not used again.
     */
    void discard(int lineStart) {
      if (writing) {
        g = null;
        writing = false;
      }
      target.truncate(lineStart);
    }

    private JsonGenerator generator() throws IOException {
      if (g == null) {
        g = JsonCodec.generator(this, false);
        g.setRootValueSeparator(null); // lines are separated by the caller
      }
      return g;
    }

    @Override
    public void write(int b) {
      target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      target.write(b, off, len);
    }
  }

  private static void flushQuietly(OutputStream out) {
    try {
      out.flush();
    } catch (IOException | RuntimeException e) {
      // the run already failed, and says why; this only tries to get the lines before it out
    }
  }

  private static void await(Future<?> future) throws IOException {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while advising");
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

  /** A growable byte buffer that can be cut back to an earlier size; not thread-safe. */
  static final class Bytes extends OutputStream {
    private byte[] buf;
    private int count;

    Bytes(int capacity) {
      buf = new byte[capacity];
    }

    int size() {
      return count;
    }

    /** Forgets everything from {@code size} on. */
    void truncate(int size) {
      if (size < 0 || size > count) {
        throw new IndexOutOfBoundsException(size);
      }
      count = size;
    }

    /** Empties the buffer, and lets go of its array if it grew beyond {@code keep} bytes. */
    void reset(int keep) {
      count = 0;
      if (buf.length > keep) {
        buf = new byte[1 << 16];
      }
    }

    void writeTo(OutputStream out) throws IOException {
      out.write(buf, 0, count);
    }

    @Override
    public void write(int b) {
      room(1);
      buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      room(len);
      System.arraycopy(b, off, buf, count, len);
      count += len;
    }

    private void room(int more) {
      int needed = count + more;
      if (needed < 0) {
        throw new OutOfMemoryError("a chunk of output is larger than 2 GB");
      }
      if (needed > buf.length) {
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) buf.length * 2, needed));
        buf = Arrays.copyOf(buf, grown);
      }
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
        if (pos < end && line.size() == 0 && !tooLong) {
          // The whole line is in the buffer: one copy.
          int stop = pos > start && buf[pos - 1] == '\r' ? pos - 1 : pos;
          pos++; // the newline
          return stop - start > max ? TOO_LONG : Arrays.copyOfRange(buf, start, stop);
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
        return Arrays.copyOf(bytes, bytes.length - 1);
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
