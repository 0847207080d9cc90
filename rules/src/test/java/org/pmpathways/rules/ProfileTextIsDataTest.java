package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/**
 * Profile text is data, never code: rule-language and expression fragments, format strings,
 * placeholders, control characters and markup in every text field come back as plain text, and
 * nothing in them is evaluated.
 */
class ProfileTextIsDataTest {
  private static final String CANARY = "org.pmpathways.rules.Canary.trip()";

  static List<String> hostileTexts() {
    return List.of(
        "${" + CANARY + "}",
        "#{" + CANARY + "}",
        "@{" + CANARY + "}",
        CANARY,
        "\"); " + CANARY + "; (\"",
        "rule \"evil\" when then " + CANARY + "; end",
        "end\nrule \"evil\" when Candidate() then " + CANARY + "; end",
        "insertLogical(new WarningRaised(\"EVIL\"));",
        "%s%n%x%d%%",
        "{0}{1}{2}{99}",
        "\u0000\u0007\u001b[2J\u0008",
        "\u202eevil\u2028\u2029",
        "'; DROP TABLE profiles; --",
        "<script>alert(1)</script>",
        "\\u0000\\\"",
        "\uD83D\uDE80 Launch",
        "x".repeat(200));
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void hostileTextInEveryFieldComesBackAsPlainText(String text) {
    int before = Canary.CALLS.get();
    Profile profile = Profile.builder().id(text).title(text).yearsExperience(2).skill(text).certification(text)
        .sideProject(Fixtures.project(text, ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, false, false, false))
        .build();
    Advice advice = Fixtures.advise(profile);

    assertEquals(before, Canary.CALLS.get(), "nothing in the profile was evaluated");
    assertEquals(text, advice.profileId());
    assertEquals(RoleFamily.UNKNOWN, advice.roleFamily(), "a title of hostile text is not read as a job");
    assertTrue(advice.warnings().stream().filter(w -> w.id().equals("CERTIFICATIONS_ARE_NOT_PROOF")).findFirst()
        .orElseThrow().message().contains("(" + text + ")"), "the certificate, as written");
    assertTrue(advice.warnings().stream().filter(w -> w.id().equals("TITLE_NOT_READ")).findFirst()
        .orElseThrow().message().contains("\"" + text + "\""), "the title, as written");
    assertTrue(advice.action("COMPLETE_PRODUCT_WORK_ON_PROJECT").orElseThrow().because()
        .contains("There is no written definition yet of the problem " + text + " solves."), "the project name, as written");
    assertFalse(advice.hasWarning("EVIL"));

    String json = AdviceJson.writeCompact(advice);
    assertTrue(json.chars().noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029), "control characters are escaped");
    String roundTrip = "{\"title\": " + json.substring(json.indexOf("\"profileId\":") + 12, json.indexOf(",\"roleFamily\""))
        + ", \"yearsExperience\": 2}";
    assertEquals(text, ProfileJson.read(roundTrip).title().orElseThrow(), "the JSON reads back to the same text");
  }

  @Test
  void textsBeyondTheLimitsAreRefusedNamingTheField() {
    String tooLong = "y".repeat(201);
    assertEquals("skills[0]", assertThrows(InvalidProfileException.class,
        () -> Profile.builder().role(RoleFamily.OTHER).yearsExperience(1).skill(tooLong).build()).field());
    assertEquals("sideProjects[0].name", assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
        "{\"role\": \"OTHER\", \"yearsExperience\": 1, \"sideProjects\": [{\"name\": \"" + tooLong
            + "\", \"kind\": \"CODED_APP\", \"stage\": \"IDEA\"}]}")).field());
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> ProfileJson.read("{\"title\": \"" + "z".repeat(ProfileJson.MAX_DOCUMENT_CHARS) + "\"}"));
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
  }
}
