package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.CompletedAction;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

class ProfileJsonTest {

  private static final String FULL = """
      {
        "id": "ana",
        "title": "Senior Marketing Manager",
        "role": "MARKETING",
        "yearsExperience": 6,
        "skills": ["launch strategy", "customer interviews"],
        "sideProjects": [{
          "name": "Shift swap", "kind": "NO_CODE_APP", "stage": "LAUNCHED",
          "users": 600, "revenue": 12.5,
          "problemDefined": true, "userResearch": true, "successMetrics": false
        }],
        "certifications": ["PMP"],
        "employer": { "buildsDigitalProducts": true, "hasProductManagers": true,
                      "formalProductProcess": false },
        "pmContacts": 1,
        "informationalInterviews": 0,
        "pmLikeWork": ["PRIORITIZED_BACKLOG"]
      }
      """;

  @Test
  void readsEveryFieldOfTheContract() {
    Profile p = ProfileJson.read(FULL);
    assertEquals("ana", p.id().orElseThrow());
    assertEquals("Senior Marketing Manager", p.title().orElseThrow());
    assertEquals(RoleFamily.MARKETING, p.role().orElseThrow());
    assertEquals(6, p.yearsExperience());
    assertEquals(List.of("launch strategy", "customer interviews"), p.skills());
    assertEquals(List.of(new SideProject("Shift swap", ProjectKind.NO_CODE_APP, ProjectStage.LAUNCHED, 600, 12.5,
        true, true, false)), p.sideProjects());
    assertEquals(List.of("PMP"), p.certifications());
    assertEquals(Employer.of(true, true, false), p.employer().orElseThrow());
    assertEquals(1, p.pmContacts());
    assertEquals(0, p.informationalInterviews());
    assertEquals(Set.of(PmLikeWork.PRIORITIZED_BACKLOG), p.pmLikeWork());
  }

  @Test
  void readsFromAReader() throws Exception {
    assertEquals(ProfileJson.read(FULL), ProfileJson.read(new StringReader(FULL)));
  }

  @Test
  void optionalFieldsMayBeAbsentOrNull() {
    Profile p = ProfileJson.read("{\"title\": \"Nurse\", \"yearsExperience\": 2, \"employer\": null, \"id\": null}");
    assertTrue(p.employer().isEmpty());
    assertTrue(p.id().isEmpty());
    assertTrue(p.role().isEmpty());
    assertEquals(0, p.pmContacts());
  }

  @Test
  void malformedJsonIsRefusedWithLineAndColumn() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\n  \"role\": \"DEVELOPER\",\n  \"yearsExperience\": 3,,\n}"));
    assertEquals("", e.field());
    assertEquals(3, e.line());
    assertEquals(24, e.column());
    assertTrue(e.getMessage().contains("line 3, column 24"), e.getMessage());
  }

  @Test
  void truncatedJsonIsRefused() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"role\": \"DEVELOPER\", \"yearsExperience\": "));
    assertTrue(e.getMessage().contains("ends too early"), e.getMessage());
  }

  @Test
  void emptyInputIsRefused() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read("  \n"));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void trailingContentIsRefused() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"role\": \"DEVELOPER\", \"yearsExperience\": 1} {}"));
    assertEquals(1, e.line());
    assertEquals(45, e.column());
  }

  @Test
  void aMisspelledFieldIsRefusedByName() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"role\": \"DEVELOPER\", \"yearsExperiance\": 3}"));
    assertEquals("yearsExperiance", e.field());
    assertTrue(e.getMessage().contains("not a known field"), e.getMessage());
    assertTrue(e.getMessage().contains("yearsExperience"), "lists the known fields: " + e.getMessage());
  }

  @Test
  void anUnknownNestedFieldIsRefusedWithItsPath() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 3, \"sideProjects\": [{\"kind\": \"CODED_APP\","
            + " \"stage\": \"IDEA\", \"user\": 3}]}"));
    assertEquals("sideProjects[0].user", e.field());
    e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 3, \"employer\": {\"digital\": true}}"));
    assertEquals("employer.digital", e.field());
  }

  @Test
  void aDuplicateFieldIsRefused() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"role\": \"DEVELOPER\", \"yearsExperience\": 3, \"yearsExperience\": 4}"));
    assertEquals("yearsExperience", e.field());
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
  }

  @Test
  void wrongTypesAreRefusedByField() {
    assertField("yearsExperience", "must be a whole number, was a string",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": \"six\"}");
    assertField("skills", "must be an array", "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"skills\": \"sql\"}");
    assertField("skills[1]", "must be a string",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"skills\": [\"sql\", 3]}");
    assertField("employer.hasProductManagers", "must be true or false",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"employer\": {\"hasProductManagers\": \"yes\"}}");
    assertField("sideProjects[0]", "must be an object",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"sideProjects\": [\"app\"]}");
    assertField("", "must be an object", "[1, 2]");
    assertField("pmContacts", "must be a whole number, was 1.5",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"pmContacts\": 1.5}");
  }

  @Test
  void outOfRangeNumbersAreRefusedByField() {
    assertField("yearsExperience", "must be between 0 and 60, was 61", "{\"role\": \"DEVELOPER\", \"yearsExperience\": 61}");
    assertField("yearsExperience", "must be between 0 and 60, was -1", "{\"role\": \"DEVELOPER\", \"yearsExperience\": -1}");
    assertField("pmContacts", "must be between 0", "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"pmContacts\": -2}");
    assertField("informationalInterviews", "must be between 0",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"informationalInterviews\": 1e12}");
    assertField("yearsExperience", "must be between 0 and 60, was 1e99999999999",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1e99999999999}");
    assertField("sideProjects[0].users", "must be between 0",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"sideProjects\": [{\"kind\": \"CODED_APP\","
            + " \"stage\": \"IDEA\", \"users\": -5}]}");
    assertField("sideProjects[0].revenue", "must be between 0",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"sideProjects\": [{\"kind\": \"CODED_APP\","
            + " \"stage\": \"IDEA\", \"revenue\": -0.01}]}");
  }

  @Test
  void anUnknownEnumValueIsRefusedWithTheAllowedValues() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"role\": \"ENGINEER\", \"yearsExperience\": 3}"));
    assertEquals("role", e.field());
    assertEquals(List.of("DEVELOPER", "DESIGNER", "BUSINESS_ANALYST", "DATA_ANALYST", "PROJECT_MANAGER", "MARKETING",
        "SALES", "CUSTOMER_SUCCESS", "PRODUCT_MANAGER", "FOUNDER", "OTHER"), e.allowedValues());
    assertTrue(e.getMessage().contains("DEVELOPER"), e.getMessage());
    assertTrue(e.getMessage().contains("\"ENGINEER\""), e.getMessage());
    e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read("{\"role\": \"UNKNOWN\", \"yearsExperience\": 3}"));
    assertEquals("role", e.field());
    assertTrue(!e.allowedValues().contains("UNKNOWN") && e.getMessage().contains("\"UNKNOWN\""), e.getMessage());

    e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 3, \"sideProjects\": [{\"kind\": \"APP\", \"stage\": \"IDEA\"}]}"));
    assertEquals("sideProjects[0].kind", e.field());
    assertTrue(e.allowedValues().contains("CODED_APP"));

    e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 3, \"pmLikeWork\": [\"RAN_USER_RESEARCH\", \"SHIPPED\"]}"));
    assertEquals("pmLikeWork[1]", e.field());
    assertTrue(e.allowedValues().contains("GOT_ITEM_ON_ROADMAP"));
  }

  @Test
  void aMissingRoleAndTitleIsRefused() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"yearsExperience\": 3}"));
    assertEquals("role", e.field());
    assertTrue(e.getMessage().contains("title"), e.getMessage());
    assertTrue(e.allowedValues().contains("DEVELOPER"));
    e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"title\": \"   \", \"yearsExperience\": 3}"));
    assertEquals("role", e.field());
  }

  @Test
  void aMissingYearsOfExperienceIsRefused() {
    assertField("yearsExperience", "is required", "{\"role\": \"DEVELOPER\"}");
  }

  @Test
  void aSideProjectWithoutKindOrStageIsRefused() {
    assertField("sideProjects[0].kind", "is required",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"sideProjects\": [{\"stage\": \"IDEA\"}]}");
    assertField("sideProjects[1].stage", "is required",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"sideProjects\": [{\"kind\": \"CODED_APP\","
            + " \"stage\": \"IDEA\"}, {\"kind\": \"CODED_APP\"}]}");
  }

  @Test
  void oversizedTextsAndListsAreRefused() {
    assertField("title", "at most 200 characters",
        "{\"title\": \"" + "x".repeat(201) + "\", \"yearsExperience\": 1}");
    String many = "\"s\",".repeat(100) + "\"s\"";
    assertField("skills", "at most 100 entries", "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"skills\": [" + many + "]}");
  }

  @Test
  void deepNestingIsRefusedWithoutAStackOverflow() {
    // The reader never descends into a value of the wrong shape, so it refuses at the first bracket.
    String deep = "[".repeat(100_000);
    assertField("", "must be an object, was an array", deep);
    assertField("skills[0]", "must be a string, was an array",
        "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1, \"skills\": " + deep);
  }

  @Test
  void writesWhatReadsBackToAnEqualProfile() {
    Profile full = ProfileJson.read(FULL);
    assertEquals(full, ProfileJson.read(ProfileJson.write(full)));
    Profile minimal = ProfileJson.read("{\"title\": \"Nurse\", \"yearsExperience\": 2}");
    String json = ProfileJson.write(minimal);
    assertEquals(minimal, ProfileJson.read(json));
    assertTrue(!json.contains("\"employer\"") && !json.contains("\"role\""), "absent fields are left out: " + json);
  }

  @Test
  void readsFromAHostsParserAndLeavesItAfterTheProfile() throws Exception {
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
        .createParser("[" + FULL + ", 7]")) {
      p.nextToken(); // the array
      p.nextToken(); // the profile's opening brace
      assertEquals(ProfileJson.read(FULL), ProfileJson.read(p));
      assertEquals(com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT, p.nextToken());
    }
  }

  @Test
  void aDocumentTooLargeForTheStreamReaderIsRefused() {
    String padding = " ".repeat(ProfileJson.MAX_DOCUMENT_BYTES);
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read(new java.io.ByteArrayInputStream(("{\"title\": \"x\"," + padding + "\"yearsExperience\": 1}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
  }

  @Test
  void aReaderIsHeldToTheBoundInCharacters() throws Exception {
    String head = "{\"title\": \"x\",";
    String tail = "\"yearsExperience\": 1}";
    String atBound = head + " ".repeat(ProfileJson.MAX_DOCUMENT_CHARS - head.length() - tail.length()) + tail;
    assertEquals(ProfileJson.MAX_DOCUMENT_CHARS, atBound.length());
    assertEquals(1, ProfileJson.read(new StringReader(atBound)).yearsExperience());
    String over = head + " " + atBound.substring(head.length());
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(new StringReader(over)));
    assertEquals("", e.field());
    assertTrue(e.getMessage().contains("larger than " + ProfileJson.MAX_DOCUMENT_CHARS + " characters"), e.getMessage());
    // As a string, the same bound.
    assertThrows(InvalidProfileException.class, () -> ProfileJson.read(over));
  }

  @Test
  void escapesAndUnicodeAreDecoded() {
    Profile p = ProfileJson.read("{\"title\": \"D\\u00e9veloppeur \\\"web\\\" \\ud83d\\ude80\", \"yearsExperience\": 1}");
    assertEquals("Développeur \"web\" \uD83D\uDE80", p.title().orElseThrow());
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    assertEquals("", e.field());
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    assertEquals(ProfileJson.read(FULL), ProfileJson.read(FULL.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void utf16AndUtf32AreRefusedAsNotUtf8() throws Exception {
    String json = "{\"role\": \"DEVELOPER\", \"yearsExperience\": 1}";
    for (java.nio.charset.Charset other : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
        java.nio.charset.StandardCharsets.UTF_16BE, java.nio.charset.StandardCharsets.UTF_16,
        java.nio.charset.Charset.forName("UTF-32"))) {
      byte[] bytes = json.getBytes(other);
      InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(bytes));
      assertTrue(e.getMessage().contains("not valid UTF-8"), other + ": " + e.getMessage());
      e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(new java.io.ByteArrayInputStream(bytes)));
      assertTrue(e.getMessage().contains("not valid UTF-8"), other + ": " + e.getMessage());
    }
    // A fuzzing find: an opening brace and zero bytes once escaped as an UncheckedIOException.
    byte[] found = java.util.Base64.getDecoder().decode("ewAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAInllYXKQoQAAADVyaQAAADVyaWVuY2Ui"
        + "OjFlOTk5ZW5jZSI6MWU5OTk5OTk5a2lsbHM=");
    assertThrows(InvalidProfileException.class, () -> ProfileJson.read(found));
  }

  @Test
  void rawControlCharactersInStringsAreRefused() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"title\": \"a\u0001b\", \"yearsExperience\": 1}"));
    assertTrue(e.getMessage().contains("control character"), e.getMessage());
  }

  private static void assertField(String field, String problem, String json) {
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.problem().contains(problem), "expected '" + problem + "' in: " + e.getMessage());
    assertTrue(e.line() >= 1 && e.column() >= 1, "has a position: " + e.getMessage());
  }

  @Test
  void completedActionsAreReadWrittenAndCheckedNamingTheField() {
    Profile p = ProfileJson.read("""
        {"role": "MARKETING", "yearsExperience": 3,
         "completedActions": [{"id": "COFFEE_CHATS_WITH_PMS"}, {"id": "SHIP_A_TINY_PRODUCT", "evidence": "https://tide.app"}]}
        """);
    assertEquals(List.of(CompletedAction.of("COFFEE_CHATS_WITH_PMS"),
        new CompletedAction("SHIP_A_TINY_PRODUCT", "https://tide.app")), p.completedActions());
    assertEquals(p, ProfileJson.read(ProfileJson.write(p)), "written and read back");

    InvalidProfileException badId = assertThrows(InvalidProfileException.class, () -> ProfileJson.read("""
        {"role": "MARKETING", "yearsExperience": 3,
         "completedActions": [{"id": "ship it"}]}
        """));
    assertEquals("completedActions[0].id", badId.field(), badId.getMessage());
    assertTrue(badId.line() > 0, badId.getMessage());

    InvalidProfileException noId = assertThrows(InvalidProfileException.class, () -> ProfileJson.read("""
        {"role": "MARKETING", "yearsExperience": 3, "completedActions": [{"evidence": "x"}]}
        """));
    assertEquals("completedActions[0].id", noId.field(), noId.getMessage());

    InvalidProfileException unknown = assertThrows(InvalidProfileException.class, () -> ProfileJson.read("""
        {"role": "MARKETING", "yearsExperience": 3, "completedActions": [{"id": "X", "when": "today"}]}
        """));
    assertTrue(unknown.field().startsWith("completedActions[0]"), unknown.field());
  }
}
