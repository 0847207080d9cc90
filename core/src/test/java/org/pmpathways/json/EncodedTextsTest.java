package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strings written through the kept encodings come out byte for byte as the generator writes them. */
class EncodedTextsTest {
  private static byte[] write(List<String> texts, EncodedTexts encoded) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator plain = JsonCodec.generator(out, false)) {
      JsonGenerator g = encoded == null ? plain : encoded.over(plain);
      g.writeStartObject();
      g.writeFieldName("texts");
      g.writeStartArray();
      for (String t : texts) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  @Test
  void anyTextWrittenAgainIsTheSameBytes() throws IOException {
    String alphabet = "ab Z9~\"\\/\n\t\u0000\u001f\u007f\u0080é\u2028日\ud83d\ude42";
    Random random = new Random(11);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      boolean plainOnly = random.nextBoolean();
      for (int n = random.nextInt(40); n > 0; n--) {
        text.append(plainOnly ? (char) (0x20 + random.nextInt(0x5f)) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      pool.add(text.toString());
    }
    pool.add(null);
    EncodedTexts encoded = new EncodedTexts();
    for (int round = 0; round < 5; round++) {
      // The same instances again and again (hits), new equal strings (misses), and slots taken over.
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 5000; i++) {
        String t = pool.get(random.nextInt(pool.size()));
        texts.add(t != null && random.nextInt(4) == 0 ? new String(t) : t);
      }
      assertArrayEquals(write(texts, null), write(texts, encoded), "round " + round);
    }
  }

  @Test
  void onlyTextsThatNeedNoEscapingAreKeptAsTheyAre() {
    assertTrue(EncodedTexts.plain("Trio: volunteer for product tasks (1/2) ~ #ok"));
    assertTrue(EncodedTexts.plain(""));
    for (String s : new String[] {"a\"b", "a\\b", "tab\t", "del\u007f", "caf\u00e9", "\u2028", "\ud83d\ude42"}) {
      assertFalse(EncodedTexts.plain(s), s);
    }
  }
}
