package org.pmpathways.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;
import org.pmpathways.resume.ImportResult;
import org.pmpathways.resume.ResumeImport;

/** The runner's {@code import} command and {@code advise --resume}, on the bundled sample résumés. */
class ResumeCommandsTest {
  static final Path RESUMES = Path.of("src/main/resources/org/pmpathways/examples/resumes");
  static final String JSON_RESUME = RESUMES.resolve("jordan-data-analyst.json").toString();
  static final String LINKEDIN = RESUMES.resolve("linkedin-export").toString();
  static final String AS_OF = "2025-06-15";

  @TempDir
  Path dir;

  @Test
  void importPrintsTheProfileJsonAndTheReport() {
    CliRun r = CliRun.run("", "import", "--as-of", AS_OF, JSON_RESUME);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\n  \"title\": \"Senior Data Analyst\","), r.out());
    assertTrue(r.out().contains("Current role: open-ended entry with the latest start: work[1]"), r.out());
    assertTrue(r.out().contains("Unknown (a résumé cannot say; ask the candidate):"), r.out());
  }

  @Test
  void theProfileJsonIsTheContractsAndReadsBackToTheSameProfile() throws Exception {
    CliRun r = CliRun.run("", "import", "--as-of", AS_OF, "--format", "json", JSON_RESUME);
    assertEquals(0, r.code(), r.err());
    JsonNode both = new ObjectMapper().readTree(r.out());
    assertEquals("open-ended entry with the latest start: work[1]", both.get("report").get("currentRoleRule").asText());
    ImportResult imported = ResumeImport.asOf(LocalDate.parse(AS_OF)).fromJsonResume(
        Files.readAllBytes(Path.of(JSON_RESUME)));
    assertEquals(imported.profile(), ProfileJson.read(both.get("profile").toString()));
  }

  @Test
  void importsALinkedInExportFolderAndItsZip() throws IOException {
    CliRun folder = CliRun.run("", "import", "--as-of", AS_OF, LINKEDIN);
    assertEquals(0, folder.code(), folder.err());
    assertTrue(folder.out().contains("\"title\": \"Product Marketing Manager\""), folder.out());
    assertTrue(folder.out().contains("Imported from a LinkedIn data export"), folder.out());
    Path zip = dir.resolve("export.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> csvs = Files.list(Path.of(LINKEDIN))) {
      for (Path csv : csvs.sorted().toList()) {
        out.putNextEntry(new ZipEntry("Basic_LinkedInDataExport/" + csv.getFileName()));
        out.write(Files.readAllBytes(csv));
        out.closeEntry();
      }
    }
    CliRun zipped = CliRun.run("", "import", "--as-of", AS_OF, zip.toString());
    assertEquals(folder, zipped);
  }

  @Test
  void adviseAResumeSaysWhatItDoesNotKnowAndWhatToAsk() {
    CliRun r = CliRun.run("", "advise", "--as-of", AS_OF, "--resume", JSON_RESUME);
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("Read from a JSON Resume (dates counted up to 2025-06-15): title 'Senior Data Analyst'"),
        out);
    assertTrue(out.indexOf("! A résumé cannot say whether the employer builds digital products, whether it has product managers,") < out.indexOf("PM Pathways plan"),
        "what is missing is said before the plan: " + out);
    assertTrue(out.contains("Ask the candidate, most valuable first:\n  1. Does your current employer build software,"
        + " apps or other digital products? [EMPLOYER_BUILDS_DIGITAL_PRODUCTS] (the answer can change the recommended"
        + " pathway)"), out);
    assertTrue(out.contains("work[3].startDate: year only: taken as July 2020"), out);
  }

  @Test
  void adviseAResumeAsJsonCarriesTheAdviceTheReportAndTheQuestions() throws Exception {
    CliRun r = CliRun.run("", "advise", "--as-of", AS_OF, "--resume", LINKEDIN, "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("MARKETING", json.get("advice").get("roleFamily").asText());
    assertEquals("LINKEDIN_EXPORT", json.get("importReport").get("format").asText());
    assertEquals("EMPLOYER_BUILDS_DIGITAL_PRODUCTS", json.get("questions").get(0).get("id").asText());
    assertTrue(json.get("questions").get(0).get("changesPrimaryPathway").asBoolean());
  }

  @Test
  void theReadmesAnswerToTheFirstQuestionChangesThePathwayAsItSays() throws IOException {
    ImportResult imported = ResumeImport.asOf(LocalDate.parse(AS_OF)).fromJsonResume(
        Files.readAllBytes(Path.of(JSON_RESUME)));
    assertEquals(Pathway.BUILD_YOUR_OWN, CliRun.ADVISOR.advise(imported.profile()).primaryPathway());
    Profile p = imported.profile();
    Profile answered = Profile.builder().title(p.title().orElseThrow()).yearsExperience(p.yearsExperience())
        .skills(p.skills()).sideProjects(p.sideProjects()).certifications(p.certifications())
        .employer(Employer.of(true, false, false)).build();
    Advice advice = CliRun.ADVISOR.advise(answered);
    assertEquals(Pathway.PRODUCT_TRIO, advice.primaryPathway());
    assertEquals(75, advice.pathways().get(0).score());
  }

  @Test
  void aResumeReadsFromStandardInput() throws IOException {
    CliRun r = CliRun.run(Files.readString(Path.of(JSON_RESUME)), "import", "--as-of", AS_OF, "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Senior Data Analyst"));
  }

  @Test
  void badResumesAreRefusedNamingThePlace() throws IOException {
    Path notJson = Files.writeString(dir.resolve("cv.json"), "Jordan Sample\nSenior Data Analyst\n");
    assertRefused(CliRun.run("", "import", notJson.toString()), "is not valid JSON");
    Path wrongType = Files.writeString(dir.resolve("wrong.json"), "{\"work\": {\"position\": \"Dev\"}}");
    assertRefused(CliRun.run("", "advise", "--resume", wrongType.toString()),
        "work: must be an array, was an object (line 1, column 10)");
    assertRefused(CliRun.run("", "import", dir.resolve("missing.json").toString()), "no such file");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertRefused(CliRun.run("", "import", empty.toString()), "holds none of");
    assertRefused(CliRun.run("", "advise", "--resume", JSON_RESUME, JSON_RESUME), "--resume goes without FILE");
    assertRefused(CliRun.run("", "advise", "--as-of", AS_OF, JSON_RESUME), "--as-of goes with --resume");
  }

  private static void assertRefused(CliRun r, String inMessage) {
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out(), "nothing on stdout when input is refused");
    assertTrue(r.err().contains(inMessage), "stderr should mention '" + inMessage + "': " + r.err());
  }

}
