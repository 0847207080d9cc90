package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.profile.RoleFamily;

class AdviceJsonTest {

  private static Advice sample() {
    return new Advice("ana", RoleFamily.MARKETING, Pathway.INTERNAL_MOVE,
        List.of(new PathwayScore(Pathway.INTERNAL_MOVE, 82, List.of("a \"quoted\" reason"), List.of("rule one"))),
        List.of(new Action("COFFEE_CHATS_WITH_PMS", Pathway.INTERNAL_MOVE, Competency.BUSINESS_SENSE, 1, "Title",
            "Line one\nline two", List.of("because\tof tabs"), List.of("rule two")),
            new Action("APPLY_TO_ENTRY_PM_ROLES", null, null, 2, "T", "D", List.of(), List.of())),
        List.of(new CompetencyRating(Competency.CUSTOMER_EMPATHY, CompetencyLevel.GAP, List.of(), List.of())),
        List.of(new Warning("CERTIFICATIONS_ARE_NOT_PROOF", "message \u2028 separator")),
        List.of(new Explanation("rule", "effect", List.of("Candidate(...)"))));
  }

  @Test
  void anyTextSurvivesAWriteAndARead() {
    // Quotes, backslashes, control characters, DEL, separators, non-ASCII, paired and lone surrogates.
    String alphabet = "ab Z9\"\\/\n\r\t\b\f\u0000\u001f\u007f\u0080é\u2028\u2029日\ud83d\ude42\ud800\udc00";
    Random random = new Random(7);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Advice advice = withWarning(text.toString());
      String compact = AdviceJson.writeCompact(advice);
      assertEquals(advice, AdviceJson.read(compact), compact);
      assertEquals(advice, AdviceJson.read(AdviceJson.write(advice)));
      for (char ch : compact.toCharArray()) {
        assertFalse(ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029' || Character.isSurrogate(ch),
            "written raw: U+" + Integer.toHexString(ch) + " in " + compact);
      }
    }
  }

  @Test
  void textAndBytesSayTheSame() throws Exception {
    Advice advice = withWarning("caf\u00e9 \ud83d\ude42 \u2028 \u0007");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AdviceJson.writeCompact(advice, bytes);
    assertEquals(AdviceJson.writeCompact(advice), bytes.toString(StandardCharsets.UTF_8));
  }

  private static Advice withWarning(String text) {
    Advice s = sample();
    return new Advice(s.profileId(), s.roleFamily(), s.primaryPathway(), s.pathways(), s.actions(), s.competencies(),
        List.of(new Warning("W", text)), s.explanation());
  }

  @Test
  void writesTheContractFieldsInOrder() {
    String json = AdviceJson.write(sample());
    String[] keys = {"\"profileId\"", "\"roleFamily\"", "\"primaryPathway\"", "\"pathways\"", "\"actions\"",
        "\"competencies\"", "\"warnings\"", "\"explanation\""};
    int last = -1;
    for (String key : keys) {
      int at = json.indexOf(key);
      assertTrue(at > last, key + " comes after the previous field in:\n" + json);
      last = at;
    }
  }

  @Test
  void outputReadsBackToTheSameAdvice() {
    assertEquals(sample(), AdviceJson.read(AdviceJson.write(sample())));
    assertEquals(sample(), AdviceJson.read(AdviceJson.writeCompact(sample())));
  }

  @Test
  void indentedOutputHasTheDocumentedLayout() {
    Advice pm = new Advice("x", RoleFamily.PRODUCT_MANAGER, null, List.of(), List.of(), List.of(),
        List.of(new Warning("ALREADY_PRODUCT_MANAGER", "m")), List.of());
    assertEquals("""
        {
          "profileId": "x",
          "roleFamily": "PRODUCT_MANAGER",
          "primaryPathway": null,
          "pathways": [],
          "actions": [],
          "competencies": [],
          "warnings": [
            {
              "id": "ALREADY_PRODUCT_MANAGER",
              "message": "m"
            }
          ],
          "explanation": []
        }""", AdviceJson.write(pm));
  }

  @Test
  void readingRefusesWhatIsNotAdviceByField() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> AdviceJson.read("{\"roleFamily\": \"DEVELOPER\", \"actions\": [{\"id\": \"A\", \"priority\": 0}]}"));
    assertEquals("actions[0].priority", e.field());
    e = assertThrows(InvalidProfileException.class,
        () -> AdviceJson.read("{\"roleFamily\": \"DEVELOPER\", \"primaryPathway\": \"SIDEWAYS\"}"));
    assertEquals("primaryPathway", e.field());
    assertTrue(e.allowedValues().contains("PRODUCT_TRIO"));
    e = assertThrows(InvalidProfileException.class, () -> AdviceJson.read("{\"pathways\": []}"));
    assertEquals("roleFamily", e.field());
    e = assertThrows(InvalidProfileException.class,
        () -> AdviceJson.read("{\"roleFamily\": \"DEVELOPER\", \"score\": 3}"));
    assertEquals("score", e.field());
    assertEquals(1, e.line());
    assertEquals(29, e.column());
  }

  @Test
  void anErrorDeepInsideNamesItsWholePathAfterTheValuesBeforeIt() {
    // Whole elements and fields before the bad value must leave nothing behind in its path.
    String json = AdviceJson.writeCompact(sample()).replace("\"explanation\":[", "\"explanation\":[{\"rule\":\"r\","
        + "\"facts\":[\"a\",\"b\"]},{\"rule\":\"s\",\"facts\":[\"c\",7]},");
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> AdviceJson.read(json));
    assertEquals("explanation[1].facts[1]", e.field(), e.getMessage());
    e = assertThrows(InvalidProfileException.class, () -> AdviceJson.read(
        "{\"roleFamily\": \"DEVELOPER\", \"pathways\": [{\"pathway\": \"PRODUCT_TRIO\", \"reasons\": [\"x\"]},"
            + " {\"reasons\": []}]}"));
    assertEquals("pathways[1].pathway", e.field(), e.getMessage());
    assertEquals("is required", e.problem());
    e = assertThrows(InvalidProfileException.class, () -> AdviceJson.read(
        "{\"roleFamily\": \"DEVELOPER\", \"titleReading\": {\"title\": \"PM\", \"modifiers\": [\"NONE_SUCH\"]}}"));
    assertEquals("titleReading.modifiers[0]", e.field(), e.getMessage());
  }

  @Test
  void nullsAreWrittenAsJsonNull() {
    Advice pm = new Advice(null, RoleFamily.PRODUCT_MANAGER, null, List.of(), List.of(), List.of(), List.of(), List.of());
    String json = AdviceJson.writeCompact(pm);
    assertEquals("{\"profileId\":null,\"roleFamily\":\"PRODUCT_MANAGER\",\"primaryPathway\":null,\"pathways\":[],"
        + "\"actions\":[],\"competencies\":[],\"warnings\":[],\"explanation\":[]}", json);
  }

  @Test
  void compactOutputIsOneLineAndLineSeparatorsAreEscaped() {
    String json = AdviceJson.writeCompact(sample());
    assertFalse(json.contains("\n"));
    assertFalse(json.contains("\u2028"));
    assertTrue(json.contains("\\u2028"));
  }

  @Test
  void theSameAdviceGivesTheSameBytes() {
    assertEquals(AdviceJson.write(sample()), AdviceJson.write(sample()));
  }

  @Test
  void withoutTheExplanationItIsAnEmptyArrayAndTheRestIsTheSame() throws Exception {
    Advice s = sample();
    ByteArrayOutputStream without = new ByteArrayOutputStream();
    AdviceJson.writeCompact(s, without, false);
    ByteArrayOutputStream with = new ByteArrayOutputStream();
    AdviceJson.writeCompact(s, with, true);
    Advice bare = new Advice(s.profileId(), s.roleFamily(), s.primaryPathway(), s.pathways(), s.actions(),
        s.competencies(), s.warnings(), List.of());
    assertEquals(AdviceJson.writeCompact(bare), without.toString(StandardCharsets.UTF_8));
    assertEquals(bare, AdviceJson.read(without.toString(StandardCharsets.UTF_8)), "still advice of the contract");
    assertEquals(AdviceJson.writeCompact(s), with.toString(StandardCharsets.UTF_8));
  }
}
