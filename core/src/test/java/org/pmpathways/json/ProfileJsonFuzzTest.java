package org.pmpathways.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProfileLimits;

/**
 * Any bytes given to the profile reader either become a valid profile or are refused with an
 * {@link InvalidProfileException}; anything else (another exception, a hang, a stack overflow) is a
 * finding. {@code mvn verify} fuzzes it for 15 seconds; a million executions take
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dfuzz.skip=true -Dtest='ProfileJsonFuzzTest#readsAMillionInputsCleanly'}.
 */
class ProfileJsonFuzzTest {

  @FuzzTest(maxDuration = "15s")
  void readsAnyBytesOrRefusesThemCleanly(byte[] input) {
    check(input);
  }

  @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
  void readsAMillionInputsCleanly(byte[] input) {
    check(input);
  }

  private static void check(byte[] input) {
    Profile profile;
    try {
      profile = ProfileJson.read(input);
    } catch (InvalidProfileException e) {
      assertNotNull(e.field());
      assertFalse(e.problem().isBlank());
      return;
    }
    assertTrue(profile.yearsExperience() >= 0 && profile.yearsExperience() <= ProfileLimits.MAX_YEARS);
    assertTrue(profile.role().isPresent() || profile.title().filter(t -> !t.isBlank()).isPresent());
    assertTrue(profile.skills().size() <= ProfileLimits.MAX_LIST_SIZE);
  }
}
