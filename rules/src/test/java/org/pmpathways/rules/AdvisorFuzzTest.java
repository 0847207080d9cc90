package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Explanation;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/**
 * Profiles built from fuzzed data, with any text in every text field and any number in every
 * count, are either refused with an {@link InvalidProfileException} or advised: the advisor never
 * throws anything else, and the same profile always gets the same advice. {@code mvn verify} fuzzes
 * it for 30 seconds; a million executions take (about 10 minutes on two cores)
 * {@code JAZZER_FUZZ=1 mvn -pl rules -am test -Dfuzz.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest='AdvisorFuzzTest#advisesAMillionProfiles'}.
 */
class AdvisorFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @FuzzTest(maxDuration = "30s")
  void advisesAnyProfileOrRefusesIt(FuzzedDataProvider data) {
    check(data);
  }

  @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
  void advisesAMillionProfiles(FuzzedDataProvider data) {
    check(data);
  }

  private static void check(FuzzedDataProvider data) {
    Profile profile;
    try {
      profile = profile(data);
    } catch (InvalidProfileException e) {
      assertFalse(e.field().isEmpty(), "a refused profile names the field: " + e.getMessage());
      return;
    }
    Advice advice = Fixtures.advise(profile);
    String json = AdviceJson.write(advice);
    assertEquals(profile.id().orElse(null), advice.profileId());
    assertEquals(json, AdviceJson.write(Fixtures.advise(profile)), "the same profile, the same advice");
    // Whatever text the profile holds, the advice is JSON that follows the contract, and the texts in
    // it read back, with an independent parser, as they were.
    assertEquals(List.of(), AdviceSchema.problems(json));
    JsonNode read = readJson(json);
    assertEquals(advice.profileId(), read.get("profileId").isNull() ? null : read.get("profileId").textValue());
    List<List<String>> facts = new ArrayList<>();
    read.get("explanation").forEach(e -> {
      List<String> each = new ArrayList<>();
      e.get("facts").forEach(f -> each.add(f.textValue()));
      facts.add(each);
    });
    assertEquals(advice.explanation().stream().map(Explanation::facts).toList(), facts);
  }

  private static JsonNode readJson(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("the advice is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Profile profile(FuzzedDataProvider data) {
    Profile.Builder b = Profile.builder();
    if (data.consumeBoolean()) {
      b.id(data.consumeString(250));
    }
    if (data.consumeBoolean()) {
      b.title(data.consumeString(250));
    }
    if (data.consumeBoolean()) {
      b.role(data.pickValue(RoleFamily.values()));
    }
    b.yearsExperience(data.consumeInt(-5, 70));
    for (int i = data.consumeInt(0, 6); i > 0; i--) {
      b.skill(data.consumeString(250));
    }
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      b.sideProject(new SideProject(data.consumeString(250), data.pickValue(ProjectKind.values()),
          data.pickValue(ProjectStage.values()), data.consumeLong(-10, 2_000_000_000L), data.consumeDouble(),
          data.consumeBoolean(), data.consumeBoolean(), data.consumeBoolean()));
    }
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      b.certification(data.consumeString(250));
    }
    if (data.consumeBoolean()) {
      b.employer(Employer.of(data.consumeBoolean(), data.consumeBoolean(), data.consumeBoolean()));
    }
    b.pmContacts(data.consumeInt(-3, 20)).informationalInterviews(data.consumeInt(-3, 20));
    for (PmLikeWork w : PmLikeWork.values()) {
      if (data.consumeBoolean()) {
        b.pmLikeWork(w);
      }
    }
    return b.build();
  }
}
