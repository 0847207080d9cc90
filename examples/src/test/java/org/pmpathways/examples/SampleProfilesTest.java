package org.pmpathways.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.RoleFamily;

/** Each bundled sample profile gets the advice the policy calls for. */
class SampleProfilesTest {

  private static Advice advise(String name) {
    return SampleProfiles.all().stream().filter(s -> s.name().equals(name)).findFirst()
        .map(s -> CliRun.ADVISOR.advise(ProfileJson.read(s.json()))).orElseThrow();
  }

  private static List<String> ids(Advice a) {
    return a.actions().stream().map(Action::id).toList();
  }

  @Test
  void theMarketerMovesInternally() {
    Advice a = advise("marketer-internal-move");
    assertEquals(RoleFamily.MARKETING, a.roleFamily());
    assertEquals(Pathway.INTERNAL_MOVE, a.primaryPathway());
    assertEquals(Stage.BUILDING_PROOF, a.stage(), "she has defined a problem at work");
    assertEquals(List.of("COFFEE_CHATS_WITH_PMS", "OWN_A_PRODUCT_PROBLEM", "PREPARE_COMPETENCY_STORIES",
        "INTRODUCE_PRODUCT_PRACTICES", "ARTICULATE_TRANSFERABLE_SKILLS"), ids(a));
    assertTrue(a.warnings().isEmpty());
  }

  @Test
  void theDeveloperMovesThroughTheTrio() {
    Advice a = advise("developer-product-company");
    assertEquals(RoleFamily.DEVELOPER, a.roleFamily(), "read from 'Sr. Software Engineer II'");
    assertEquals(Pathway.PRODUCT_TRIO, a.primaryPathway());
    assertEquals(List.of("COFFEE_CHATS_WITH_PMS", "VOLUNTEER_FOR_PM_TASKS", "DEVELOPER_PRACTICE_PRIORITIZATION"),
        ids(a).subList(0, 3));
    assertFalse(ids(a).contains("DESIGNER_LEARN_BUSINESS_STRATEGY"));
  }

  @Test
  void theDesignerAddsBusinessStrategy() {
    Advice a = advise("designer-agency");
    assertEquals(RoleFamily.DESIGNER, a.roleFamily());
    assertEquals(Pathway.PRODUCT_TRIO, a.primaryPathway());
    assertTrue(ids(a).contains("DESIGNER_LEARN_BUSINESS_STRATEGY"));
    assertFalse(ids(a).contains("COFFEE_CHATS_WITH_PMS"), "the agency has no product managers");
    assertEquals(CompetencyLevel.GAP, a.competency(Competency.BUSINESS_SENSE).orElseThrow().level());
  }

  @Test
  void theAnalystStepsIntoDiscovery() {
    Advice a = advise("data-analyst-retail");
    assertEquals(RoleFamily.DATA_ANALYST, a.roleFamily(), "read from 'BI Analyst'");
    assertEquals(Pathway.PRODUCT_TRIO, a.primaryPathway());
    assertTrue(ids(a).contains("ANALYST_JOIN_DISCOVERY"));
    assertEquals(CompetencyLevel.STRONG, a.competency(Competency.BUSINESS_SENSE).orElseThrow().level());
  }

  @Test
  void theNurseBuildsHerOwnExperience() {
    Advice a = advise("nurse-career-changer");
    assertEquals(RoleFamily.OTHER, a.roleFamily());
    assertEquals(Pathway.BUILD_YOUR_OWN, a.primaryPathway());
    assertEquals(List.of("COMPLETE_PRODUCT_WORK_ON_PROJECT", "SHIP_A_TINY_PRODUCT"), ids(a).subList(0, 2),
        "the product work on her app comes first, then launching it");
    assertTrue(a.action("SHIP_A_TINY_PRODUCT").orElseThrow().because().stream()
        .anyMatch(b -> b.contains("Shift swap board")), "her app in progress is named");
    assertEquals("OPTIONAL_PM_COURSE", ids(a).get(ids(a).size() - 1));
  }

  @Test
  void theCertificateCollectorIsWarnedAndOfferedNoCourse() {
    Advice a = advise("certificate-collector");
    assertEquals(RoleFamily.PROJECT_MANAGER, a.roleFamily());
    assertEquals(Pathway.BUILD_YOUR_OWN, a.primaryPathway());
    assertTrue(a.hasWarning("CERTIFICATIONS_ARE_NOT_PROOF"));
    assertFalse(ids(a).contains("OPTIONAL_PM_COURSE"));
    assertEquals("SHIP_A_TINY_PRODUCT", ids(a).get(0));
  }

  @Test
  void whoeverShippedShowsItAndApplies() {
    Advice a = advise("shipped-side-project");
    assertEquals(Stage.READY, a.stage());
    assertEquals("SHOWCASE_PRODUCT_PROOF", ids(a).get(0));
    assertEquals("APPLY_TO_ENTRY_PM_ROLES", ids(a).get(ids(a).size() - 1), "applying comes after what it depends on");
    assertTrue(ids(a).containsAll(List.of("PREPARE_COMPETENCY_STORIES", "ARTICULATE_TRANSFERABLE_SKILLS")), ids(a).toString());
    assertTrue(a.warnings().isEmpty());
    assertEquals(CompetencyLevel.STRONG, a.competency(Competency.EXECUTION).orElseThrow().level());
  }

  @Test
  void theGraduateStartsFromScratch() {
    Advice a = advise("graduate-no-experience");
    assertEquals(Pathway.BUILD_YOUR_OWN, a.primaryPathway());
    assertEquals(Stage.GETTING_STARTED, a.stage());
    assertEquals(List.of("SHIP_A_TINY_PRODUCT", "CREATE_A_PRODUCT_CASE_STUDY", "INFORMATIONAL_INTERVIEWS",
        "JOIN_A_PM_COMMUNITY", "OPTIONAL_PM_COURSE"), ids(a));
  }

  @Test
  void theProductManagerNeedsNoPathway() {
    Advice a = advise("already-product-manager");
    assertEquals(RoleFamily.PRODUCT_MANAGER, a.roleFamily());
    assertNull(a.primaryPathway());
    assertTrue(a.pathways().isEmpty());
    assertTrue(a.actions().isEmpty());
    assertTrue(a.hasWarning("ALREADY_PRODUCT_MANAGER"));
  }

  @Test
  void thereAreAtLeastSixSamples() {
    assertTrue(SampleProfiles.all().size() >= 6);
  }
}
