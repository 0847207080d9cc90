package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
  void quotingEscapesExactlyWhatItMustOnAnyText() {
    // The reference escapes one character at a time; the writer appends plain runs in one go.
    String alphabet = "ab Z9\"\\/\n\r\t\b\f\u0000\u001f\u007f\u0080é\u2028\u2029日\ud83d\ude42\ud800\udc00";
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      StringBuilder actual = new StringBuilder();
      AdviceJson.quote(actual, text.toString());
      assertEquals(referenceQuote(text.toString()), actual.toString());
    }
  }

  private static String referenceQuote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean paired = Character.isHighSurrogate(ch) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> sb.append(ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029'
            || (Character.isSurrogate(ch) && !paired) ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
      }
    }
    return sb.append('"').toString();
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
  void outputParsesBackToTheSameValues() {
    JsonNode root = JsonParser.parse(AdviceJson.write(sample()));
    Map<String, JsonNode> f = root.fields();
    assertEquals("ana", f.get("profileId").text());
    assertEquals("INTERNAL_MOVE", f.get("primaryPathway").text());
    JsonNode action = f.get("actions").elements().get(0);
    assertEquals("Line one\nline two", action.fields().get("detail").text());
    assertEquals("because\tof tabs", action.fields().get("because").elements().get(0).text());
    assertEquals(JsonNode.Type.NULL, f.get("actions").elements().get(1).fields().get("pathway").type());
    assertEquals("1", action.fields().get("priority").number());
    assertEquals("a \"quoted\" reason",
        f.get("pathways").elements().get(0).fields().get("reasons").elements().get(0).text());
    assertEquals("message \u2028 separator", f.get("warnings").elements().get(0).fields().get("message").text());
    assertEquals("rule two", action.fields().get("rules").elements().get(0).text());
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
}
