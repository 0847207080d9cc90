package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** proof.drl and warnings.drl: what proof unlocks, and what a candidate must hear plainly. */
class ProofAndWarningRulesTest {
  private static final Profile NURSE = person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL).build();
  private static final Profile SHIPPED = person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL).sideProject(shippedApp()).build();

  /** A founder of a company that employs them, with no side project. */
  static final Profile FOUNDER = Profile.builder().title("Co-founder & CEO").yearsExperience(4)
      .employer(NOT_DIGITAL).build();

  static List<RuleCase> cases() {
    return List.of(
        rule("A title that could not be read is said plainly, and the role asked for",
            Profile.builder().title("Chief Happiness Wizard").yearsExperience(3).build(),
            a -> {
              assertEquals(RoleFamily.UNKNOWN, a.roleFamily());
              assertTrue(a.hasWarning("TITLE_NOT_READ"));
              String message = a.warnings().stream().filter(w -> w.id().equals("TITLE_NOT_READ")).findFirst()
                  .orElseThrow().message();
              assertTrue(message.startsWith("warning.TITLE_NOT_READ[Chief Happiness Wizard|")
                  && message.contains("no known job title"), message);
              assertEquals("Chief Happiness Wizard", a.titleReading().title());
            },
            Profile.builder().title("Registered Nurse").yearsExperience(3).build()),
        rule("A title that disagrees with the role given is named, and the role given is used",
            person(RoleFamily.SALES, 6).title("Senior Software Engineer").build(),
            a -> {
              assertEquals(RoleFamily.SALES, a.roleFamily(), "the role given is used");
              String message = a.warnings().stream().filter(w -> w.id().equals("TITLE_ROLE_DISAGREE")).findFirst()
                  .orElseThrow().message();
              assertTrue(message.contains("DEVELOPER") && message.contains("SALES")
                  && message.contains("Senior Software Engineer"), message);
            },
            person(RoleFamily.SALES, 6).title("Account Executive").build()),
        rule("Proof: a founder shows the product their company built", FOUNDER,
            a -> {
              assertEquals(RoleFamily.FOUNDER, a.roleFamily());
              assertTrue(actionIds(a).contains("SHOWCASE_PRODUCT_PROOF"), actionIds(a).toString());
              assertFalse(actionIds(a).contains("SHIP_A_TINY_PRODUCT"), "a founder has built a product already");
            },
            NURSE),
        rule("Proof: a founder applies to product roles with the company as evidence", FOUNDER,
            a -> assertTrue(because(a, "APPLY_TO_ENTRY_PM_ROLES").contains("reason.apply.founder"),
                because(a, "APPLY_TO_ENTRY_PM_ROLES").toString()),
            NURSE),
        rule("Proof: put the product you built in front of hiring managers", SHIPPED,
            a -> assertEquals("SHOWCASE_PRODUCT_PROOF", actionIds(a).get(0)), NURSE),
        rule("Proof: with proof in hand, apply to associate and junior product roles", SHIPPED,
            a -> assertEquals("APPLY_TO_ENTRY_PM_ROLES", actionIds(a).get(1)), NURSE),
        rule("Someone already working as a product manager needs no pathway",
            person(RoleFamily.PRODUCT_MANAGER, 5).certification("CSPO").build(),
            a -> {
              assertTrue(a.hasWarning("ALREADY_PRODUCT_MANAGER"));
              assertNull(a.primaryPathway());
              assertTrue(a.pathways().isEmpty());
              assertTrue(a.actions().isEmpty());
              assertFalse(a.hasWarning("CERTIFICATIONS_ARE_NOT_PROOF"), "a product manager needs no proof");
              assertEquals(3, a.competencies().size());
            },
            NURSE),
        rule("Certificates without a launched product are not proof",
            person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL).certification("PMP").certification("CSPO").build(),
            a -> assertEquals(text("warning.CERTIFICATIONS_ARE_NOT_PROOF", "PMP, CSPO"), a.warnings().get(0).message()),
            person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL).certification("PMP").sideProject(
                project("Talk", ProjectKind.WORKSHOP, ProjectStage.LAUNCHED, 0, 0, false, false, false)).build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void noCertificatesNoWarning() {
    assertTrue(advise(NURSE).warnings().isEmpty());
  }

  @Test
  void certificateHoldersAreNeverOfferedACourse() {
    Advice a = advise(person(RoleFamily.OTHER, 1).certification("Product Owner").build());
    assertFalse(a.action("OPTIONAL_PM_COURSE").isPresent(), actionIds(a).toString());
    assertTrue(a.hasWarning("CERTIFICATIONS_ARE_NOT_PROOF"));
  }

  @Test
  void proofActionsFollowThePrimaryPathwayInRank() {
    Advice a = advise(person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).sideProject(shippedApp()).build());
    assertEquals(List.of("SHOWCASE_PRODUCT_PROOF", "APPLY_TO_ENTRY_PM_ROLES"), actionIds(a).subList(0, 2));
    assertNull(a.action("SHOWCASE_PRODUCT_PROOF").orElseThrow().pathway(), "serves any pathway");
  }
}
