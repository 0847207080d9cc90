package org.pmpathways.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.resume.JsonResumeImportTest.detail;
import static org.pmpathways.resume.JsonResumeImportTest.has;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.resume.ImportReport.Outcome;

class LinkedInExportImportTest {
  static final ResumeImport IMPORT = ResumeImport.asOf(LocalDate.of(2025, 6, 15));

  static final String POSITIONS = """
      \uFEFFCompany Name,Title,Description,Location,Started On,Finished On
      Lakeside Events,Marketing Coordinator,"Ran email campaigns, and ""Lakeside Live"".","Bristol, United Kingdom",Jun 2015,Aug 2018
      Tillbox,Product Marketing Manager,"Launch plans
      over two lines.","Bristol, United Kingdom",Mar 2022,
      Tillbox,Marketing Manager,,"Bristol, United Kingdom",Sep 2018,Mar 2022
      """;

  static Map<String, String> export() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Positions.csv", POSITIONS);
    files.put("Skills.csv", "Name\nGo-to-market Strategy\nCustomer Interviews\ncustomer interviews\n");
    files.put("Certifications.csv", "Name,Url,Authority,Started On,Finished On,License Number\n"
        + "Pragmatic Institute Foundations,,Pragmatic Institute,Nov 2023,,\n");
    files.put("Projects.csv", "Title,Description,Url,Started On,Finished On\n"
        + "Café loyalty case study,\"A case study of a loyalty feature for cafés.\",,Feb 2024,Apr 2024\n");
    files.put("Connections.csv", "Notes:\n\"never read\"\n");
    return files;
  }

  @Test
  void readsTheExportFolder(@TempDir Path dir) throws IOException {
    write(dir, export());
    ImportResult result = IMPORT.fromLinkedInExport(dir);
    assertEquals("Product Marketing Manager", result.profile().title().orElseThrow());
    assertEquals("open-ended entry with the latest start: Positions.csv[2]", result.report().currentRoleRule());
    assertEquals(10, result.profile().yearsExperience(), "Jun 2015 to Jun 2025, no gaps");
    assertEquals(List.of("Go-to-market Strategy", "Customer Interviews"), result.profile().skills());
    assertEquals(List.of("Pragmatic Institute Foundations"), result.profile().certifications());
    assertEquals(ProjectKind.CASE_STUDY, result.profile().sideProjects().get(0).kind());
    assertTrue(has(result, Outcome.READ, "Positions.csv[2].Title", "title"));
    assertTrue(has(result, Outcome.ASSUMED, "Positions.csv[2].Finished On", ""), "an empty end means still open");
    assertEquals(ImportReport.Format.LINKEDIN_EXPORT, result.report().format());
  }

  @Test
  void readsTheZipToTheSameResult(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("export"));
    write(folder, export());
    Path zip = zip(dir.resolve("export.zip"), export());
    assertEquals(IMPORT.fromLinkedInExport(folder), IMPORT.fromLinkedInExport(zip));
  }

  @Test
  void readsAnExportWithOnlySomeFilesAndSaysWhichWereMissing(@TempDir Path dir) throws IOException {
    write(dir, Map.of("Positions.csv", POSITIONS));
    ImportResult result = IMPORT.fromLinkedInExport(dir);
    assertTrue(has(result, Outcome.IGNORED, "Skills.csv", ""));
    assertTrue(result.profile().skills().isEmpty());
  }

  @Test
  void readsTheHeadlineOfProfileCsvAndNamesTheCareerFilesItDoesNotRead(@TempDir Path dir) throws IOException {
    write(dir, Map.of(
        "Profile.csv", "First Name,Last Name,Address,Birth Date,Headline,Summary\n"
            + "Lucía,García,\"Calle 1, Madrid\",1 Jan 2001,Estudiante de Ingeniería | Aspiring PM,\n",
        "Skills.csv", "Name\nUser research\n",
        "Education.csv", "School Name,Start Date,End Date\nUPM,2020,2025\n"));
    ImportResult result = IMPORT.fromLinkedInExport(dir);
    assertEquals("Estudiante de Ingeniería | Aspiring PM", result.profile().title().orElseThrow(),
        "a student with no position is read from the headline, not refused");
    assertTrue(has(result, Outcome.READ, "Profile.csv[1].Headline", "title"));
    assertTrue(has(result, Outcome.IGNORED, "Education.csv", ""));
    assertFalse(result.report().toText().contains("Calle 1"), "nothing but the headline is kept from Profile.csv");
  }

  @Test
  void matchesFileNamesInAFolderIgnoringCase(@TempDir Path dir) throws IOException {
    write(dir, Map.of("positions.csv", POSITIONS, "SKILLS.CSV", "Name\nSQL\n"));
    ImportResult result = IMPORT.fromLinkedInExport(dir);
    assertEquals("Product Marketing Manager", result.profile().title().orElseThrow());
    assertEquals(List.of("SQL"), result.profile().skills());
  }

  @Test
  void refusesAFolderThatIsNoExport(@TempDir Path dir) throws IOException {
    write(dir, Map.of("notes.txt", "hello"));
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(dir));
    assertTrue(e.problem().contains("holds none of"), e.problem());
    assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(dir.resolve("missing")));
    Path notZip = Files.writeString(dir.resolve("export.zip"), "not a zip");
    assertTrue(assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(notZip)).problem()
        .contains("zip"));
  }

  @Test
  void refusesACsvWithoutTheColumnsItNeeds(@TempDir Path dir) throws IOException {
    write(dir, Map.of("Positions.csv", "Company,Role,From\nAcme,Dev,2020\n"));
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(dir));
    assertEquals("Positions.csv", e.field());
    assertTrue(e.problem().contains("no column 'Title'"), e.problem());
  }

  @Test
  void refusesABrokenCsvNamingTheFile(@TempDir Path dir) throws IOException {
    write(dir, Map.of("Skills.csv", "Name\n\"unterminated\n"));
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(dir));
    assertEquals("Skills.csv", e.field());
    assertEquals(2, e.line());
    assertFalse(e.getMessage().contains("org.apache") || e.getMessage().contains("column -1"), e.getMessage());
  }

  @Test
  void reportsBadDatesInRows(@TempDir Path dir) throws IOException {
    write(dir, Map.of("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
        + "A,Developer,,,Jan 2019,\nB,Tester,,,Mar 99999,\nC,Clerk,,,May 2020,Jan 2019\n"));
    ImportResult result = IMPORT.fromLinkedInExport(dir);
    assertEquals("Developer", result.profile().title().orElseThrow());
    assertTrue(detail(result, "Positions.csv[2].Started On").contains("year 99999 is out of range"));
    assertTrue(detail(result, "Positions.csv[3].Finished On").contains("before the start"));
  }

  @Test
  void refusesTooManyRows(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("Name\n");
    for (int i = 0; i < 100_000; i++) {
      csv.append("skill ").append(i).append('\n');
    }
    write(dir, Map.of("Skills.csv", csv.toString()));
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(dir));
    assertEquals("Skills.csv", e.field());
    assertTrue(e.problem().contains("more than 1000 rows"), e.problem());
  }

  @Test
  void refusesAZipBombWithoutInflatingIt(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("bomb.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("Positions.csv"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) { // 64 MiB of zeros, about 64 KB compressed
        out.write(zeros);
      }
      out.closeEntry();
    }
    InvalidProfileException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(zip)));
    assertEquals("Positions.csv", e.field());
    assertTrue(e.problem().contains("more than " + LinkedInExportReader.MAX_FILE_BYTES + " bytes"), e.problem());
  }

  @Test
  void refusesAZipWithTooManyEntries(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("many.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i <= LinkedInExportReader.MAX_ZIP_ENTRIES; i++) {
        out.putNextEntry(new ZipEntry("f" + i));
        out.closeEntry();
      }
    }
    assertTrue(assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(zip)).problem()
        .contains("entries"));
  }

  @Test
  void entryNamesAreNeverPathsAndTwoCandidatesAreRefused(@TempDir Path dir) throws IOException {
    Map<String, String> tricky = new LinkedHashMap<>();
    tricky.put("../../Positions.csv", POSITIONS);
    tricky.put("/etc/passwd", "root:x:0:0\n");
    Path zip = zip(dir.resolve("tricky.zip"), tricky);
    ImportResult result = IMPORT.fromLinkedInExport(zip);
    assertEquals("Product Marketing Manager", result.profile().title().orElseThrow());
    assertTrue(Files.notExists(dir.getParent().resolve("Positions.csv")), "nothing is written anywhere");

    tricky.put("Basic_LinkedInDataExport/Positions.csv", POSITIONS);
    Path twice = zip(dir.resolve("twice.zip"), tricky);
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(twice));
    assertTrue(e.problem().contains("more than one Positions.csv"), e.problem());
  }

  @Test
  void refusesAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("Skills.csv"), new byte[] {'N', 'a', 'm', 'e', '\n', (byte) 0xFF, (byte) 0xFE, '\n'});
    assertTrue(assertThrows(InvalidProfileException.class, () -> IMPORT.fromLinkedInExport(dir)).problem()
        .contains("UTF-8"));
  }

  static void write(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
  }

  static Path zip(Path zip, Map<String, String> files) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }
}
