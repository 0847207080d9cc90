package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    try (JsonGenerator g = JsonCodec.generator(out, false)) {
      g.writeStartObject();
      g.writeFieldName("texts");
      g.writeStartArray();
      for (String t : texts) {
        if (encoded == null) {
          g.writeString(t);
        } else {
          encoded.write(g, t);
        }
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
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      boolean plainOnly = random.nextBoolean();
      int length = random.nextInt(100) == 0 ? EncodedTexts.MAX_CHARS + random.nextInt(3) - 1 : random.nextInt(40);
      for (int n = length; n > 0; n--) {
        text.append(plainOnly ? (char) (0x20 + random.nextInt(0x5f)) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      pool.add(text.toString());
    }
    pool.add(null);
    EncodedTexts encoded = new EncodedTexts();
    for (int round = 0; round < 5; round++) {
      // Some strings often (kept), most seldom (sets taken over), the same instances and new equal strings.
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        String t = pool.get(random.nextInt(4) == 0 ? random.nextInt(pool.size()) : random.nextInt(200));
        texts.add(t != null && random.nextInt(4) == 0 ? new String(t) : t);
      }
      assertArrayEquals(write(texts, null), write(texts, encoded), "round " + round);
    }
  }

  @Test
  void aStringSeenTwiceInARowIsKeptAndAStringSeenOnceIsNot() throws IOException {
    EncodedTexts encoded = new EncodedTexts();
    String repeated = "Trio: volunteer for product tasks";
    String once = "p12345";
    write(List.of(repeated, new String(repeated), once), encoded);
    assertEquals(1, encoded.size());
    write(List.of("x".repeat(EncodedTexts.MAX_CHARS + 1), "x".repeat(EncodedTexts.MAX_CHARS + 1)), encoded);
    assertEquals(1, encoded.size(), "strings longer than the limit are written as they come");
  }

  @Test
  void twoStringsThatRepeatAtTheSamePlaceAreBothKept() throws IOException {
    // "Aa" and "BB" have the same hash, so they share a set.
    EncodedTexts encoded = new EncodedTexts();
    write(List.of("Aa", "Aa", "BB", "BB", "Aa", "BB"), encoded);
    assertEquals(2, encoded.size());
  }
}
