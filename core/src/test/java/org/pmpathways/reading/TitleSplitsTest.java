package org.pmpathways.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The title reader skips its regular expressions on a title that has none of the characters they need
 * ({@link TitleReader#mayNameEmployer}, {@link TitleReader#mayHaveParts}); that is only right if the
 * checks never say "cannot match" where the expression finds a match.
 */
class TitleSplitsTest {
  @Test
  void theChecksAgreeWithTheExpressionsOnWrittenCases() {
    for (String t : List.of("PM at Acme", "PM AT Acme", "PM\tAt\nAcme", "pm@acme", "Analyst aT  Bank")) {
      assertTrue(TitleReader.mayNameEmployer(t), t);
      assertTrue(TitleReader.EMPLOYER.matcher(t).find(), t);
    }
    for (String t : List.of("Data Analyst", "Attorney", "at Acme", "PM at", "Cat at", "Head of Data",
        "PM-at-Acme", "PM at\u00a0Acme", "Chat Bot Trainer")) {
      assertEquals(TitleReader.EMPLOYER.matcher(t).find(), TitleReader.mayNameEmployer(t), t);
    }
    assertTrue(TitleReader.mayNameEmployer("Cat at Home"));
    assertFalse(TitleReader.mayNameEmployer("Senior Data Analyst"));
    for (String t : List.of("UX/UI Designer", "Engineer, Site Reliability", "PM (Growth)", "Dev | Ops",
        "Lead \u2013 Data", "A & B", "C++ Developer", "Sales - EMEA", "Head: Product", "[Remote] PM")) {
      assertTrue(TitleReader.mayHaveParts(t), t);
      assertTrue(TitleReader.PARTS.matcher(t).find(), t);
    }
    assertFalse(TitleReader.mayHaveParts("Senior Product Manager"));
    assertFalse(TitleReader.PARTS.matcher("Senior Product Manager").find());
  }

  @Test
  void theChecksNeverMissAMatchOnRandomTitles() {
    // Characters around every case the expressions have, and others that look like them.
    String alphabet = "aAtTbx @-,/|;:()[]+&\t\n\u000B\f\r\u00a0\u2013\u2014\u2012.'_";
    Random random = new Random(20261129);
    int employers = 0;
    int parted = 0;
    for (int n = 0; n < 200_000; n++) {
      char[] chars = new char[1 + random.nextInt(12)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String t = new String(chars);
      if (TitleReader.EMPLOYER.matcher(t).find()) {
        employers++;
        assertTrue(TitleReader.mayNameEmployer(t), () -> "misses the employer in '" + t + "'");
      }
      if (TitleReader.PARTS.matcher(t).find()) {
        parted++;
        assertTrue(TitleReader.mayHaveParts(t), () -> "misses the parts in '" + t + "'");
      }
    }
    assertTrue(employers > 1_000 && parted > 1_000, employers + " employers, " + parted + " with parts");
  }
}
