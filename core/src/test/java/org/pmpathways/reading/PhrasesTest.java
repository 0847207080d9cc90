package org.pmpathways.reading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pmpathways.profile.RoleFamily;

class PhrasesTest {
  private static final Map<String, String[]> WORDS = Map.of(
      "sr", new String[] {"senior"}, "senior", new String[0], "ii", new String[0], "of", new String[0],
      "swe", new String[] {"software", "engineer"});

  @Test
  void normalisationDropsCaseAccentsPunctuationAndMappedWords() {
    Phrases<String> p = new Phrases<>(WORDS);
    assertArrayEquals(new String[] {"ux", "ui", "designer"}, p.tokens("UX/UI Désigner"));
    assertArrayEquals(new String[] {"software", "engineer"}, p.tokens("Sr. SWE II"));
    assertArrayEquals(new String[] {"p", "and", "l"}, p.tokens("P&L"));
  }

  @Test
  void theWordScannerAgreesWithNormalisingAndSplittingOnAnyText() {
    // The reference is the plain definition: NFKD, marks dropped, lower case, '&' as "and", German
    // sharp s as "ss", split on anything but a-z and 0-9, then the word map. The scanner must give the same words.
    String alphabet = "abcXYZ09 -_./&,'()\téÉüßİıøÆ\u0301\u00A0ﬁ²Жж日🙂";
    Random random = new Random(42);
    Phrases<String> p = new Phrases<>(WORDS);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(alphabet.codePoints().skip(random.nextInt((int) alphabet.codePoints().count()))
            .findFirst().orElseThrow());
      }
      if (random.nextBoolean()) {
        text.append(" Sr SWE of ii");
      }
      assertArrayEquals(reference(text.toString()), p.tokens(text.toString()), text.toString());
    }
  }

  private static String[] reference(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replace("&", " and ").replace("\u00df", "ss");
    List<String> out = new ArrayList<>();
    for (String raw : plain.split("[^a-z0-9]+")) {
      if (!raw.isEmpty()) {
        String[] mapped = WORDS.get(raw);
        if (mapped == null) {
          out.add(raw);
          continue;
        }
        for (String word : mapped) { // replacement words are looked up once more
          String[] again = word.equals(raw) ? null : WORDS.get(word);
          out.addAll(again == null ? List.of(word) : Arrays.asList(again));
        }
      }
    }
    return out.toArray(String[]::new);
  }

  @Test
  void findsEveryOccurrenceAsWholeWords() {
    Phrases<String> p = new Phrases<>(WORDS);
    p.add("sales", "S");
    p.add("sales engineer", "SE");
    List<Phrases.Match<String>> found = p.find("Sales Engineer at Salesforce");
    assertEquals(List.of("sales", "sales engineer"), found.stream().map(Phrases.Match::phrase).toList());
  }

  @Test
  void refusesAPhraseWithAWordThatIsAlwaysDropped() {
    Phrases<String> p = new Phrases<>(WORDS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.add("senior designer", "D"));
    assertEquals("phrase 'senior designer' has the word 'senior', which is dropped from every text; leave it out"
        + " of the phrase", e.getMessage());
  }

  @Test
  void theTitleReaderPrefersTheLongestThenTheLastPhrase() {
    TitleReader r = new TitleReader(WORDS, Map.of("former", TitleModifier.FORMER));
    TitleReader.Origin ours = new TitleReader.Origin(RoleFamily.DEVELOPER, TitleReading.OUR_ADDITION);
    r.add("engineer", ours);
    r.add("sales engineer", new TitleReader.Origin(RoleFamily.SALES, TitleReading.OUR_ADDITION));
    r.add("marketing", new TitleReader.Origin(RoleFamily.MARKETING, TitleReading.OUR_ADDITION));
    r.add("data analyst", new TitleReader.Origin(RoleFamily.DATA_ANALYST, TitleReading.OUR_ADDITION));
    r.add("analyst", new TitleReader.Origin(RoleFamily.BUSINESS_ANALYST, TitleReading.OUR_ADDITION));
    assertEquals(RoleFamily.SALES, r.read("Senior Sales Engineer II").family());
    assertEquals(RoleFamily.DATA_ANALYST, r.read("Marketing Data Analyst").family());
    assertEquals(RoleFamily.BUSINESS_ANALYST, r.read("Marketing Analyst").family());
    assertEquals(RoleFamily.DEVELOPER, r.read("Sr. SWE").family());
    TitleReading nurse = r.read("Registered Nurse");
    assertEquals(RoleFamily.UNKNOWN, nurse.family());
    assertEquals("no known job title in 'Registered Nurse'", nurse.reason());
    assertEquals(RoleFamily.UNKNOWN, r.read("Former Sales Engineer").family());
  }

  @Test
  void aPhraseKeptWholeIsOneWordThatTheMapNeitherDropsNorRewrites() {
    Map<String, String[]> words = new HashMap<>(WORDS);
    words.put("staff", new String[0]);
    words.put("chief of staff", new String[0]);
    Phrases<String> p = new Phrases<>(words);
    assertArrayEquals(new String[] {"chief-of-staff", "engineering"}, p.tokens("Chief of Staff, Engineering"));
    assertArrayEquals(new String[] {"software", "engineer"}, p.tokens("Staff SWE"), "'staff' alone is still dropped");
    assertArrayEquals(new String[] {"chief", "officer"}, p.tokens("Chief of Officer"), "only the whole phrase");
    assertArrayEquals(new String[] {"chief", "of", "staff"}, p.rawTokens("Chief of Staff"), "raw words stay apart");

    TitleReader r = new TitleReader(words, Map.of());
    r.add("chief of staff", new TitleReader.Origin(RoleFamily.OTHER, TitleReading.OUR_ADDITION));
    TitleReading reading = r.read("Sr. Chief of Staff");
    assertEquals(RoleFamily.OTHER, reading.family());
    assertEquals("chief-of-staff", reading.matchedLabel());
    assertEquals(List.of("senior"), reading.seniority());
  }

  @Test
  void refusesAPhraseKeptWholeThatIsNotInPlainForm() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Phrases<String>(Map.of("Chief of Staff", new String[0])));
    assertEquals("phrase 'Chief of Staff' kept whole must be written in plain form (lower case, no accents or"
        + " punctuation, single spaces)", e.getMessage());
  }

  @Test
  void aTitleNoLabelExplainsIsReadAgainWithAWordOneLetterAwayCorrected() {
    TitleReader r = new TitleReader(WORDS, Map.of());
    r.add("designer", new TitleReader.Origin(RoleFamily.DESIGNER, TitleReading.OUR_ADDITION));
    r.add("data analyst", new TitleReader.Origin(RoleFamily.DATA_ANALYST, TitleReading.OUR_ADDITION));
    r.add("data analysts", new TitleReader.Origin(RoleFamily.DATA_ANALYST, TitleReading.OUR_ADDITION));
    TitleReading swapped = r.read("Sr. Desinger");
    assertEquals(RoleFamily.DESIGNER, swapped.family());
    assertEquals(TitleReader.CORRECTED_CONFIDENCE, swapped.confidence());
    assertEquals("read with 'desinger' as 'designer', taken for a misspelling", swapped.reason());
    assertEquals(RoleFamily.DESIGNER, r.read("Designr").family(), "a letter missing");
    assertEquals(RoleFamily.DESIGNER, r.read("Desiggner").family(), "a letter too many");
    assertEquals(RoleFamily.DESIGNER, r.read("Desifner").family(), "a letter changed");
    assertEquals(RoleFamily.UNKNOWN, r.read("Xesigner").family(), "the first letter is kept");
    assertEquals(RoleFamily.UNKNOWN, r.read("Data Analyste").family(), "two words one letter away: no guess");
    assertEquals(RoleFamily.UNKNOWN, r.read("Designers").family(), "another form of the word, not a slip");
    assertEquals(RoleFamily.UNKNOWN, r.read("Designed").family(), "a past participle is no title");
  }
}
