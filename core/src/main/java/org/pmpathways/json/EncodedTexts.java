package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The encoded JSON of strings a batch writes again and again (rule names, enum names, the texts of
 * the advice, which come from a small set), kept so that the next time the same string is written
 * its bytes are copied instead of escaped and encoded character by character, which is most of the
 * cost of writing advice.
 *
 * <p>Strings are recognised by value, so equal strings share their bytes whether or not they are the
 * same object; the same object costs one comparison of references, since a string keeps its hash.
 * A string is kept on its second sighting in a row at its place, so strings met once (profile ids,
 * names) do not push out the strings that repeat. The bytes are made by the library's own JSON
 * generator, so they are exactly what it would have written: escapes and all.
 *
 * <p>Memory is bounded: {@value #ENTRIES} strings of at most {@value #MAX_CHARS} characters.
 *
 * <p>Not thread-safe: one per thread.
 */
final class EncodedTexts {
  /** Strings kept: two ways in each of {@code ENTRIES / 2} sets. */
  static final int ENTRIES = 1 << 13;
  /** Longer strings are written as they come. */
  static final int MAX_CHARS = 512;
  private static final int SETS = ENTRIES / 2;

  /** The kept strings, two a set: {@code 2 * set} and {@code 2 * set + 1}. */
  private final String[] kept = new String[ENTRIES];
  /** Their encoded JSON, without the quotes. */
  private final byte[][] bytes = new byte[ENTRIES][];
  /** For each set, a string seen once and not kept yet. */
  private final String[] seen = new String[SETS];
  /** For each set, the way that was used last, so that the other one is replaced. */
  private final boolean[] lastWasSecond = new boolean[SETS];
  private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(256);
  /** Writes each string to encode into {@link #scratch}; made once (a generator costs more than a string). */
  private JsonGenerator encoder;

  /** Writes {@code text} as a JSON string value, the same bytes as {@code g.writeString(text)}. */
  void write(JsonGenerator g, String text) throws IOException {
    if (text == null || text.length() > MAX_CHARS) {
      g.writeString(text);
      return;
    }
    int hash = text.hashCode();
    int set = (hash ^ (hash >>> 15)) & (SETS - 1);
    int way;
    if (same(kept[2 * set], text, hash)) {
      way = 2 * set;
    } else if (same(kept[2 * set + 1], text, hash)) {
      way = 2 * set + 1;
    } else if (same(seen[set], text, hash)) {
      // Seen twice in a row here: kept, in place of the way used less recently.
      way = lastWasSecond[set] ? 2 * set : 2 * set + 1;
      seen[set] = null;
      kept[way] = text;
      bytes[way] = encode(text);
    } else {
      seen[set] = text;
      g.writeString(text);
      return;
    }
    lastWasSecond[set] = (way & 1) == 1;
    byte[] b = bytes[way];
    g.writeRawUTF8String(b, 0, b.length);
  }

  /** How many strings are kept. */
  int size() {
    int n = 0;
    for (String s : kept) {
      n += s == null ? 0 : 1;
    }
    return n;
  }

  private static boolean same(String candidate, String text, int hash) {
    return candidate == text || candidate != null && candidate.hashCode() == hash && candidate.equals(text);
  }

  /** What the library's generator writes for the string, less the quotes around it. */
  private byte[] encode(String text) {
    scratch.reset();
    try {
      if (encoder == null) {
        encoder = JsonCodec.generator(scratch, false);
        encoder.setRootValueSeparator(null); // one string after another, nothing between them
      }
      encoder.writeString(text);
      encoder.flush();
    } catch (IOException e) {
      encoder = null;
      throw new UncheckedIOException(e); // writing to memory does not fail
    } catch (RuntimeException e) {
      encoder = null; // it may hold part of the string: never used again
      throw e;
    }
    byte[] quoted = scratch.toByteArray();
    return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
  }
}
