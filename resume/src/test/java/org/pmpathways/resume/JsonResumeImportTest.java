package org.pmpathways.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.SideProject;
import org.pmpathways.resume.ImportReport.Entry;
import org.pmpathways.resume.ImportReport.Outcome;

class JsonResumeImportTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  static final ResumeImport IMPORT = ResumeImport.asOf(TODAY);

  /** A 1.x résumé whose first work entry is not the latest, with two jobs open at once. */
  static final String MESSY = """
      {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {"name": "Dana Example", "label": "Marketing professional", "email": "dana@example.org"},
        "work": [
          {"name": "Harbor Foods", "position": "Marketing Coordinator", "startDate": "2016-03", "endDate": "2019-08-31"},
          {"name": "Lumen Apps", "position": "Senior Marketing Manager", "startDate": "March 2021", "endDate": "present"},
          {"name": "Side Agency", "position": "Freelance Copywriter", "startDate": "2019", "endDate": "Present"},
          {"name": "Brightline", "position": "Marketing Specialist", "startDate": "01 October 2019", "endDate": "11/12/2020"}
        ],
        "volunteer": [{"organization": "Food bank", "position": "Volunteer coordinator", "startDate": "2018-01"}],
        "skills": [
          {"name": "Marketing", "level": "Master", "keywords": ["launch strategy", "SEO", "customer interviews"]},
          {"name": "Analytics", "keywords": ["Google Analytics", "seo"]}
        ],
        "certificates": [{"name": "Google Analytics Certification", "date": "2021-11-07", "issuer": "Google"}],
        "projects": [
          {"name": "Shift Swap", "description": "A no-code app built with Bubble for nurses to swap shifts; launched to 3 wards"},
          {"name": "Recipe ideas", "description": "Notes"}
        ],
        "awards": [{"title": "Marketer of the year"}],
        "publications": [],
        "education": [{"institution": "Somewhere University"}],
        "languages": [{"language": "English"}]
      }
      """;

  @Test
  void choosesTheCurrentRoleByDatesNotByListOrder() {
    ImportResult result = IMPORT.fromJsonResume(MESSY);
    assertEquals("Senior Marketing Manager", result.profile().title().orElseThrow());
    assertEquals("open-ended entry with the latest start: work[1]", result.report().currentRoleRule());
    assertTrue(has(result, Outcome.READ, "work[1].position", "title"));
    assertTrue(has(result, Outcome.ASSUMED, "work[1]", "title"), "two jobs open at once are reported");
    assertTrue(has(result, Outcome.IGNORED, "basics.label", ""), "the label loses to the current role");
  }

  @Test
  void countsYearsFromTheDatesWithOverlapsOnce() {
    // 2016-03..2019-08 (42 months), 2019-07..2025-06 open (72 months, overlapping the others) -> 2016-03..2025-06
    ImportResult result = IMPORT.fromJsonResume(MESSY);
    assertEquals(9, result.profile().yearsExperience());
    Entry years = entry(result, "yearsExperience");
    assertTrue(years.detail().contains("112 months"), years.detail());
  }

  @Test
  void yearsWithoutOverlapsAddUp() {
    String json = """
        {"work": [
          {"position": "Analyst", "startDate": "2015-01", "endDate": "2016-12"},
          {"position": "Data Analyst", "startDate": "2019-01", "endDate": "2020-12"}
        ]}""";
    assertEquals(4, IMPORT.fromJsonResume(json).profile().yearsExperience());
  }

  @Test
  void readsSkillsFromNamesAndKeywordsOnceEach() {
    Profile profile = IMPORT.fromJsonResume(MESSY).profile();
    assertEquals(List.of("Marketing", "launch strategy", "SEO", "customer interviews", "Analytics",
        "Google Analytics"), profile.skills());
    ImportResult result = IMPORT.fromJsonResume(MESSY);
    assertTrue(has(result, Outcome.IGNORED, "skills[1].keywords[1]", ""), "a repeated skill is reported");
    assertTrue(has(result, Outcome.IGNORED, "skills[0].level", ""));
  }

  @Test
  void readsCertificatesAndGuessesProjectsConservatively() {
    ImportResult result = IMPORT.fromJsonResume(MESSY);
    assertEquals(List.of("Google Analytics Certification"), result.profile().certifications());
    List<SideProject> projects = result.profile().sideProjects();
    assertEquals(2, projects.size());
    assertEquals(ProjectKind.NO_CODE_APP, projects.get(0).kind());
    assertEquals(ProjectStage.LAUNCHED, projects.get(0).stage());
    assertEquals(0, projects.get(0).users(), "users are unknown, never guessed");
    assertEquals(ProjectKind.OTHER, projects.get(1).kind());
    assertEquals(ProjectStage.IN_PROGRESS, projects.get(1).stage());
    assertTrue(has(result, Outcome.ASSUMED, "projects[0]", "sideProjects[0].kind"));
    assertTrue(result.report().unknownFacts().contains(UnknownFact.SIDE_PROJECT_RESULTS));
  }

  @Test
  void reportsWhatItIgnoredAndWhatAResumeCannotSay() {
    ImportResult result = IMPORT.fromJsonResume(MESSY);
    for (String section : List.of("education", "languages", "awards", "$schema", "basics", "volunteer[0]")) {
      assertTrue(has(result, Outcome.IGNORED, section, ""), section);
    }
    assertFalse(has(result, Outcome.IGNORED, "publications", ""), "an empty section is not worth a line");
    assertEquals(List.of(UnknownFact.values()), result.report().unknownFacts());
    assertTrue(result.profile().employer().isEmpty(), "employer facts are never guessed from a company name");
    assertTrue(result.profile().pmLikeWork().isEmpty());
    assertTrue(has(result, Outcome.ASSUMED, "work[3].endDate", ""), "the ambiguous 11/12/2020 is reported");
    assertTrue(has(result, Outcome.ASSUMED, "work[2].startDate", ""), "a year alone is reported");
  }

  @Test
  void theReportHasAJsonAndATextForm() {
    ImportReport report = IMPORT.fromJsonResume(MESSY).report();
    String json = report.toJson();
    assertTrue(json.contains("\"source\" : \"work[1].position\""), json);
    assertTrue(json.contains("\"currentRoleRule\" : \"open-ended entry with the latest start: work[1]\""), json);
    assertTrue(json.contains("\"unknownFacts\" : [ \"EMPLOYER_BUILDS_DIGITAL_PRODUCTS\""), json);
    String text = report.toText();
    assertTrue(text.contains("work[1].position -> title: 'Senior Marketing Manager'"), text);
    assertTrue(text.contains("Assumed (check these):\n  - work[2].startDate: year only: taken as July 2019"), text);
    assertTrue(text.contains("Unknown (a résumé cannot say"), text);
  }

  @Test
  void readsTheOlderSchemaShape() {
    String v0 = """
        {"basics": {"name": "Lee", "label": "Web Developer", "website": "https://example.org", "picture": ""},
         "work": [{"company": "Pixel Co", "position": "Front-end Developer", "website": "https://pixel.example",
                   "startDate": "2018-02-01", "endDate": "2020-01-31", "summary": "", "highlights": ["React"]},
                  {"company": "Cloudy", "position": "Software Engineer", "startDate": "2020-02-01"}],
         "skills": [{"name": "Web Development", "level": "Master", "keywords": ["HTML", "CSS", "JavaScript"]}],
         "awards": [{"title": "Hackathon winner", "date": "2019-05-01", "awarder": "City"}]}
        """;
    ImportResult result = IMPORT.fromJsonResume(v0);
    assertEquals("Software Engineer", result.profile().title().orElseThrow());
    assertTrue(has(result, Outcome.ASSUMED, "work[1].endDate", ""), "a missing end means still open");
    assertEquals(7, result.profile().yearsExperience());
    assertEquals(List.of("Web Development", "HTML", "CSS", "JavaScript"), result.profile().skills());
  }

  @Test
  void usesTheLabelWhenNoJobHasATitle() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"basics": {"label": "UX Designer"}, "work": [{"name": "Studio", "startDate": "2020-01"}]}""");
    assertEquals("UX Designer", result.profile().title().orElseThrow());
    assertTrue(result.report().currentRoleRule().contains("headline"));
    assertTrue(has(result, Outcome.UNREADABLE, "work[0].position", ""));
  }

  @Test
  void withoutOpenJobsTheLatestEndedIsTheRoleAndTheEmployerIsNotAsked() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"position": "Teacher", "startDate": "2010-09", "endDate": "2015-06"},
                  {"position": "Nurse", "startDate": "2015-09", "endDate": "2024-01"}]}""");
    assertEquals("Nurse", result.profile().title().orElseThrow());
    assertTrue(result.report().currentRoleRule().startsWith("no open-ended entry; the entry that ended latest: work[1]"));
    assertFalse(result.report().unknownFacts().contains(UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS));
  }

  @Test
  void withNoUsableDatesTheFirstListedJobIsTakenAndSaysSo() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"position": "Sales Lead"}, {"position": "Account Executive", "startDate": "soon"}]}""");
    assertEquals("Sales Lead", result.profile().title().orElseThrow());
    assertEquals(0, result.profile().yearsExperience());
    assertTrue(result.report().currentRoleRule().startsWith("no entry has usable dates"));
    assertTrue(entry(result, "yearsExperience").detail().contains("ask the candidate"));
    assertTrue(has(result, Outcome.UNREADABLE, "work[1].startDate", ""));
  }

  @Test
  void aJobEndingPresentIsHeldNowEvenWhenItsStartCannotBeRead() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"position": "UX Designer", "startDate": "2015-01", "endDate": "2020-12"},
                  {"position": "Senior Product Designer", "startDate": "sometime in 2021", "endDate": "present"}]}""");
    assertEquals("Senior Product Designer", result.profile().title().orElseThrow());
    assertTrue(result.report().currentRoleRule().startsWith("open-ended entry whose start could not be read: work[1]"));
    assertTrue(result.report().unknownFacts().contains(UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS), "employed now");
    assertEquals(6, result.profile().yearsExperience(), "the undated job is not counted");
  }

  @Test
  void anOpenJobWithoutATitleMeansEmployedAndTheHeadlineNamesTheRole() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"basics": {"label": "Operations Lead"},
         "work": [{"position": "Operations Analyst", "startDate": "2012-01", "endDate": "2019-12"},
                  {"name": "Acme", "startDate": "2020-01"}]}""");
    assertEquals("Operations Lead", result.profile().title().orElseThrow());
    assertTrue(result.report().currentRoleRule().startsWith("work[1] is held now but gives no title; the headline"));
    assertTrue(result.report().unknownFacts().contains(UnknownFact.EMPLOYER_BUILDS_DIGITAL_PRODUCTS), "employed now");

    ImportResult noLabel = IMPORT.fromJsonResume("""
        {"work": [{"position": "Operations Analyst", "startDate": "2012-01", "endDate": "2019-12"},
                  {"name": "Acme", "startDate": "2020-01"}]}""");
    assertEquals("Operations Analyst", noLabel.profile().title().orElseThrow());
    assertTrue(detail(noLabel, "work[1]").contains("held now but gives no title; the title of work[0] is used"));
    assertTrue(noLabel.report().unknownFacts().contains(UnknownFact.EMPLOYER_BUILDS_DIGITAL_PRODUCTS));
  }

  @Test
  void aCareerBreakIsNeitherCountedNorTheCurrentRole() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"position": "Account Manager", "startDate": "2010-01", "endDate": "2015-12"},
                  {"position": "Career break (parental leave)", "startDate": "2016-01", "endDate": "2019-12"},
                  {"position": "Congé parental", "startDate": "2020-01", "endDate": "2022-12"},
                  {"name": "Career Break", "position": "Travelling", "startDate": "2023-01"}]}""");
    assertEquals("Account Manager", result.profile().title().orElseThrow());
    assertEquals(6, result.profile().yearsExperience());
    assertTrue(detail(result, "work[1]").contains("time away from work"));
    assertFalse(result.report().unknownFacts().contains(UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS),
        "on a break now, so not employed");
  }

  @Test
  void aYearAloneGivesWayToTheOtherDateAndToToday() {
    // TODAY is 2025-06-15: July 2025 is still to come
    ImportResult thisYear = IMPORT.fromJsonResume("""
        {"work": [{"position": "Product Analyst", "startDate": "2025"}]}""");
    assertEquals("Product Analyst", thisYear.profile().title().orElseThrow());
    assertTrue(detail(thisYear, "work[0].startDate").contains("taken as 2025-06, this month"));
    assertTrue(thisYear.report().unknownFacts().contains(UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS));

    ImportResult beforeEnd = IMPORT.fromJsonResume("""
        {"work": [{"position": "Analyst", "startDate": "2016", "endDate": "Mar 2016"},
                  {"position": "Data Analyst", "startDate": "2016-04", "endDate": "2018-03"}]}""");
    assertTrue(detail(beforeEnd, "work[0].startDate").contains("taken as 2016-03, so as not to start after its end"));
    assertEquals(2, beforeEnd.profile().yearsExperience());

    ImportResult endedThisYear = IMPORT.fromJsonResume("""
        {"work": [{"position": "Designer", "startDate": "2019-01", "endDate": "2025"}]}""");
    assertTrue(detail(endedThisYear, "work[0].endDate").contains("taken as ended by 2025-06"));
    assertFalse(endedThisYear.report().unknownFacts().contains(UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS),
        "a job that ended this year is not held now");
  }

  @Test
  void badDatesAreReportedAndLeftOutNeverFatal() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [
          {"position": "Developer", "startDate": "2019-01", "endDate": "present"},
          {"position": "Time traveller", "startDate": "99999-01-01", "endDate": "present"},
          {"position": "Backwards", "startDate": "2020-05", "endDate": "2018-01"},
          {"position": "Future hire", "startDate": "2030-01"},
          {"position": "Contractor", "startDate": "2024-01", "endDate": "2027-12"}
        ]}""");
    assertEquals("Contractor", result.profile().title().orElseThrow(), "a future end date means still open");
    assertEquals(6, result.profile().yearsExperience(), "2019-01 to 2025-06");
    assertTrue(detail(result, "work[1].startDate").contains("year 99999 is out of range"));
    assertTrue(detail(result, "work[2].endDate").contains("before the start"));
    assertTrue(detail(result, "work[3].startDate").contains("in the future"));
    assertTrue(has(result, Outcome.ASSUMED, "work[4].endDate", ""));
  }

  @Test
  void aTitleTooLongForAProfileIsReportedAndTheNextJobTaken() {
    ImportResult result = IMPORT.fromJsonResume("{\"work\": [{\"position\": \"" + "x".repeat(201)
        + "\", \"startDate\": \"2020-01\"}, {\"position\": \"Designer\", \"startDate\": \"2015-01\"}]}");
    assertEquals("Designer", result.profile().title().orElseThrow());
    assertTrue(detail(result, "work[0].position").contains("201 characters long"));
  }

  @Test
  void yearsAreCappedAtTheProfileLimit() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"position": "Clerk", "startDate": "1900-01", "endDate": "present"}]}""");
    assertEquals(60, result.profile().yearsExperience());
    assertTrue(entry(result, "yearsExperience").detail().contains("capped at 60"));
  }

  @Test
  void listsBeyondTheProfileLimitAreCutAndReported() {
    StringBuilder skills = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      skills.append(i == 0 ? "" : ",").append("\"skill ").append(i).append('"');
    }
    ImportResult result = IMPORT.fromJsonResume("{\"basics\":{\"label\":\"Analyst\"},\"skills\":[{\"name\":\"All\","
        + "\"keywords\":[" + skills + "]}]}");
    assertEquals(100, result.profile().skills().size());
    assertEquals(51, result.report().entries(Outcome.IGNORED).stream()
        .filter(e -> e.detail().contains("at most 100 skills")).count());
  }

  @Test
  void refusesWhatIsNotJsonWithLineAndColumn() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> IMPORT.fromJsonResume("{\n  \"work\": [\n    {\"position\": \"Dev\",,}\n  ]\n}"));
    assertEquals(3, e.line());
    assertTrue(e.column() > 0);
    assertTrue(e.field().startsWith("work"), e.field());
    assertThrows(InvalidProfileException.class, () -> IMPORT.fromJsonResume("Name: Dana\nJob: marketer"));
    assertThrows(InvalidProfileException.class, () -> IMPORT.fromJsonResume(""));
    assertThrows(InvalidProfileException.class, () -> IMPORT.fromJsonResume(new byte[] {(byte) 0xC3, 0x28}));
  }

  @Test
  void refusesWrongTypesNamingTheField() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> IMPORT.fromJsonResume("{\"work\": {\"position\": \"Dev\"}}"));
    assertEquals("work", e.field());
    assertTrue(e.problem().contains("must be an array, was an object"));
    assertEquals(1, e.line());
    e = assertThrows(InvalidProfileException.class,
        () -> IMPORT.fromJsonResume("{\"work\": [{\"position\": \"Dev\", \"startDate\": 2021}]}"));
    assertEquals("work[0].startDate", e.field());
    assertTrue(e.problem().contains("must be a string, was a number"));
    e = assertThrows(InvalidProfileException.class, () -> IMPORT.fromJsonResume("[1, 2]"));
    assertEquals("", e.field());
    e = assertThrows(InvalidProfileException.class,
        () -> IMPORT.fromJsonResume("{\"skills\": [{\"keywords\": \"sql, python\"}]}"));
    assertEquals("skills[0].keywords", e.field());
  }

  @Test
  void refusesDuplicateMembers() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> IMPORT.fromJsonResume("{\"basics\": {\"label\": \"A\", \"label\": \"B\"}}"));
    assertTrue(e.problem().contains("Duplicate"), e.problem());
    assertEquals("basics.label", e.field());
  }

  @Test
  void refusesAHugeDocumentWithoutReadingIt() {
    byte[] huge = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    InvalidProfileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(InvalidProfileException.class, () -> IMPORT.fromJsonResume(huge)));
    assertTrue(e.problem().contains("at most"), e.problem());
    assertThrows(InvalidProfileException.class,
        () -> IMPORT.fromJsonResume(new ByteArrayInputStream(huge)), "a stream is cut at the limit");
  }

  @Test
  void refusesAHundredThousandWorkEntriesNamingTheField() {
    StringBuilder json = new StringBuilder("{\"work\":[");
    for (int i = 0; i < 100_000; i++) {
      json.append(i == 0 ? "" : ",").append("{}");
    }
    json.append("]}");
    InvalidProfileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(InvalidProfileException.class, () -> IMPORT.fromJsonResume(json.toString())));
    assertEquals("work", e.field());
    assertTrue(e.problem().contains("more than 1000 entries"), e.problem());
  }

  @Test
  void refusesDeepNesting() {
    String deep = "{\"meta\":" + "[".repeat(200) + "]".repeat(200) + "}";
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> IMPORT.fromJsonResume(deep));
    assertEquals("nests objects and arrays more than 32 deep; a résumé needs a few levels", e.problem());
    assertTrue(e.field().startsWith("meta[0][0]"), e.field());
    assertEquals(1, e.line());
    assertEquals(40, e.column(), "where the 33rd level opens");
    assertFalse(e.getMessage().contains("StreamReadConstraints"), "no parser internals: " + e.getMessage());
  }

  @Test
  void controlAndDirectionCharactersAreRemovedAndTheSameWordTypedTwoWaysIsOne() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"position": "Analyst\\u001b[31m\\u0000 \\u202eII", "startDate": "2020-01"}],
         "skills": ["caf\\u00e9 research", "cafe\\u0301 research"]}""");
    assertEquals("Analyst II", result.profile().title().orElseThrow());
    assertEquals(List.of("caf\u00e9 research"), result.profile().skills());
    assertTrue(detail(result, "work[0].position").contains("control or text-direction characters removed"));
  }

  @Test
  void productWorkAJobDescribesIsNamedForTheHostToAskNeverAssumed() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"position": "Operations Analyst", "startDate": "2019-01",
                   "highlights": ["Led the roadmap for the returns portal", "Ran user interviews with 30 shoppers"]}],
         "volunteer": [{"position": "Organiser", "startDate": "2018-01", "highlights": ["Owned the backlog"]}]}""");
    assertTrue(result.profile().pmLikeWork().isEmpty(), "never guessed into the profile");
    String detail = entry(result, "pmLikeWork").detail();
    assertTrue(detail.contains("worth asking about: work[0] (roadmap, user interviews)"), detail);
    assertFalse(detail.contains("volunteer"), detail);
  }

  @Test
  void membersPeopleNameOtherwiseAreReadAndSaySo() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"work": [{"title": "Data Analyst", "start": "2019-01", "end": "present", "company": 42}],
         "certificates": [{"title": "Certified Scrum Product Owner"}, null],
         "projects": [null, {"title": "Budget app", "description": "An idea"}]}""");
    assertEquals("Data Analyst", result.profile().title().orElseThrow());
    assertEquals(6, result.profile().yearsExperience());
    assertEquals(List.of("Certified Scrum Product Owner"), result.profile().certifications());
    assertEquals("Budget app", result.profile().sideProjects().get(0).name());
    assertTrue(has(result, Outcome.ASSUMED, "work[0].title", ""));
    assertTrue(detail(result, "work[0].title").contains("read as position"));
    assertTrue(has(result, Outcome.IGNORED, "work[0].company", ""), "a number for a name is reported, not refused");
    assertTrue(has(result, Outcome.IGNORED, "certificates[1]", ""));
    assertTrue(has(result, Outcome.IGNORED, "projects[0]", ""));

    ImportResult notText = IMPORT.fromJsonResume("""
        {"work": [{"position": "Designer", "startDate": "2020-01", "to": 2021, "role": ["UX"]}]}""");
    assertEquals("Designer", notText.profile().title().orElseThrow(), "an alias that is not text is not refused");
    assertTrue(has(notText, Outcome.IGNORED, "work[0].to", ""));
  }

  @Test
  void anUntitledJobEndingThisYearIsNotHeldNow() {
    ImportResult result = IMPORT.fromJsonResume("""
        {"basics": {"label": "Open to work"},
         "work": [{"position": "Analyst", "startDate": "2015-01", "endDate": "2020-12"},
                  {"name": "Acme", "startDate": "2021-01", "endDate": "2025"}]}""");
    assertFalse(result.report().unknownFacts().contains(UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS),
        "ended this year (taken as this month), so not employed now");
  }

  @Test
  void refusesAResumeWithNoJobAtAll() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> IMPORT.fromJsonResume("{\"basics\": {\"name\": \"Sam\"}, \"skills\": [{\"name\": \"SQL\"}]}"));
    assertEquals("basics.label", e.field());
  }

  @Test
  void theSameResumeOnTheSameDayGivesTheSameResult() {
    assertEquals(IMPORT.fromJsonResume(MESSY), ResumeImport.asOf(TODAY).fromJsonResume(
        MESSY.getBytes(StandardCharsets.UTF_8)));
    assertEquals(IMPORT.fromJsonResume(MESSY).report().toJson(), IMPORT.fromJsonResume(MESSY).report().toJson());
  }

  static boolean has(ImportResult result, Outcome outcome, String source, String field) {
    return result.report().entries().stream().anyMatch(e -> e.outcome() == outcome && e.source().equals(source)
        && (field.isEmpty() || e.field().equals(field)));
  }

  static Entry entry(ImportResult result, String field) {
    return result.report().entries().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
  }

  static String detail(ImportResult result, String source) {
    return result.report().entries().stream().filter(e -> e.source().equals(source)).map(Entry::detail)
        .findFirst().orElseThrow(() -> new AssertionError("no entry for " + source + ": " + result.report().toText()));
  }
}
