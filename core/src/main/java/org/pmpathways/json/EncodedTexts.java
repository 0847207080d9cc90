package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of strings a batch writes again and again (rule names, enum names, texts without
 * parameters), kept so that the next time the same string is copied instead of encoded and escaped
 * character by character, which is most of the cost of writing advice.
 *
 * <p>Strings are recognised by identity, not by value: a slot is looked up by the string's identity
 * hash, and holds the string it was filled for, so a hit can only be that very string and the bytes
 * are always its own. A string is encoded on its second sighting, so strings built for one advice
 * only cost a slot. Only strings that need no escaping (printable ASCII without {@code "} and
 * {@code \}) are kept, so the bytes are what the generator would have written.
 *
 * <p>Not thread-safe: one per thread.
 */
final class EncodedTexts {
  private static final int SLOTS = 1 << 11;
  /** A slot whose string needs escaping: written by the generator each time. */
  private static final byte[] ESCAPED = new byte[0];

  private final String[] strings = new String[SLOTS];
  private final byte[][] bytes = new byte[SLOTS][];

  /** A generator that writes strings through these texts; the rest goes straight to {@code g}. */
  JsonGenerator over(JsonGenerator g) {
    return new JsonGeneratorDelegate(g, false) {
      @Override
      public void writeString(String text) throws IOException {
        write(delegate, text);
      }
    };
  }

  void write(JsonGenerator g, String text) throws IOException {
    if (text == null) {
      g.writeString((String) null);
      return;
    }
    int slot = System.identityHashCode(text) & (SLOTS - 1);
    if (strings[slot] != text) {
      strings[slot] = text;
      bytes[slot] = null;
      g.writeString(text);
      return;
    }
    byte[] b = bytes[slot];
    if (b == null) {
      b = plain(text) ? text.getBytes(StandardCharsets.US_ASCII) : ESCAPED;
      bytes[slot] = b;
    }
    if (b == ESCAPED) {
      g.writeString(text);
    } else {
      g.writeRawUTF8String(b, 0, b.length);
    }
  }

  /** Whether the text is written as it is: printable ASCII, nothing that JSON or our escapes change. */
  static boolean plain(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
