package org.pmpathways.resume;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProfileLimits;
import org.pmpathways.resume.ImportReport.Entry;
import org.pmpathways.resume.ImportReport.Outcome;

/**
 * Any bytes given to the résumé importer either become a valid profile with a report, or are refused
 * with an {@link InvalidProfileException} naming the place; anything else (another exception, a hang,
 * a stack overflow) is a finding. {@code mvn verify} fuzzes the JSON Resume reader for 15 seconds;
 * longer runs:
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dfuzz.skip=true -Dtest='ResumeImportFuzzTest#readsAMillionResumesCleanly'}
 * and, for the LinkedIn export's CSV files,
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dfuzz.skip=true -Dtest='ResumeImportFuzzTest#readsAnyExportOrRefusesItCleanly'}.
 */
class ResumeImportFuzzTest {
  private static final ResumeImport IMPORT = ResumeImport.asOf(LocalDate.of(2025, 6, 15));

  @FuzzTest(maxDuration = "15s")
  void readsAnyResumeOrRefusesItCleanly(byte[] input) {
    check(() -> IMPORT.fromJsonResume(input));
  }

  @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
  void readsAMillionResumesCleanly(byte[] input) {
    check(() -> IMPORT.fromJsonResume(input));
  }

  @FuzzTest(maxDuration = "2m")
  void readsAnyExportOrRefusesItCleanly(FuzzedDataProvider data) throws IOException {
    Path dir = Files.createTempDirectory("export");
    try {
      for (String file : LinkedInExportReader.FILES) {
        if (data.consumeBoolean()) {
          Files.write(dir.resolve(file), data.consumeString(4_000).getBytes(StandardCharsets.UTF_8));
        }
      }
      check(() -> IMPORT.fromLinkedInExport(dir));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void check(java.util.function.Supplier<ImportResult> read) {
    ImportResult result;
    try {
      result = read.get();
    } catch (InvalidProfileException e) {
      assertNotNull(e.field());
      assertFalse(e.problem().isBlank());
      return;
    } catch (UncheckedIOException e) {
      throw new AssertionError("an I/O failure on a temporary file is not the importer's", e);
    }
    Profile profile = result.profile();
    assertTrue(profile.title().filter(t -> !t.isBlank()).isPresent());
    assertTrue(profile.yearsExperience() >= 0 && profile.yearsExperience() <= ProfileLimits.MAX_YEARS);
    assertTrue(profile.skills().size() <= ProfileLimits.MAX_LIST_SIZE);
    assertTrue(profile.sideProjects().size() <= ProfileLimits.MAX_LIST_SIZE);
    for (Entry entry : result.report().entries()) {
      assertTrue(entry.outcome() != Outcome.READ || !entry.field().isEmpty(), entry.toString());
    }
    assertFalse(result.report().toJson().isEmpty());
    assertFalse(result.report().toText().isEmpty());
  }
}
