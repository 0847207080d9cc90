package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** build-your-own.drl: scoring and actions of the BUILD_YOUR_OWN pathway, and the course policy. */
class BuildYourOwnRulesTest {
  private static final Profile NURSE = nurse().build();
  private static final Profile NO_EMPLOYER = person(RoleFamily.OTHER, 1).build();
  private static final Profile DEVELOPER = person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS).build();

  private static Profile.Builder nurse() {
    return person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Build your own: anyone can create product work without asking permission", DEVELOPER,
            a -> assertEquals(20, score(a, Pathway.BUILD_YOUR_OWN)), person(RoleFamily.PRODUCT_MANAGER, 3).build()),
        rule("Build your own: without an employer your own work is the way in", NO_EMPLOYER,
            a -> assertEquals(85, score(a, Pathway.BUILD_YOUR_OWN)), NURSE),
        rule("Build your own: an employer without digital products leaves your own work as the way in", NURSE,
            a -> assertEquals(70, score(a, Pathway.BUILD_YOUR_OWN)), NO_EMPLOYER),
        rule("Build your own: a role far from product needs proof made outside it", NURSE,
            a -> assertEquals(Pathway.BUILD_YOUR_OWN, a.primaryPathway()),
            person(RoleFamily.SALES, 8).employer(NOT_DIGITAL).build()),
        rule("Build your own: a founder has already built something of their own",
            Profile.builder().title("Founder").yearsExperience(5).employer(NOT_DIGITAL).build(),
            a -> {
              assertEquals(Pathway.BUILD_YOUR_OWN, a.primaryPathway());
              assertTrue(reasons(a, Pathway.BUILD_YOUR_OWN).stream().anyMatch(r -> r.contains("founder")));
              assertFalse(reasons(a, Pathway.BUILD_YOUR_OWN).stream().anyMatch(r -> r.contains("far from product")),
                  "a founder is not far from product work");
            },
            NURSE),
        rule("Build your own: an early career aims at associate product roles", NO_EMPLOYER,
            a -> assertTrue(reasons(a, Pathway.BUILD_YOUR_OWN).contains(text("reason.build.early-career"))),
            person(RoleFamily.OTHER, 2).build()),
        rule("Build your own: a side project under way is momentum",
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, false, false, false)).build(),
            a -> assertEquals(75, score(a, Pathway.BUILD_YOUR_OWN)),
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IDEA, 0, 0, false, false, false)).build()),
        rule("Build your own: ship a tiny product that solves a real pain", NURSE,
            a -> assertEquals("SHIP_A_TINY_PRODUCT", actionIds(a).get(0)),
            nurse().sideProject(shippedApp()).build()),
        rule("Build your own: finish and launch the product you have started",
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, false, false, false)).build(),
            a -> assertTrue(because(a, "SHIP_A_TINY_PRODUCT").contains(text("reason.ship.finish", "Board"))),
            nurse().sideProject(project("Study", ProjectKind.CASE_STUDY, ProjectStage.IN_PROGRESS, 0, 0, false, false, false)).build()),
        rule("Build your own: find the first users for the product you launched",
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 0, 0, false, false, false)).build(),
            a -> assertTrue(because(a, "SHIP_A_TINY_PRODUCT").contains(text("reason.ship.find-users", "Board"))),
            nurse().sideProject(shippedApp()).build()),
        rule("Developer: you can code the tiny product yourself", person(RoleFamily.DEVELOPER, 4).build(),
            a -> assertTrue(because(a, "SHIP_A_TINY_PRODUCT").contains(text("reason.ship.can-code"))),
            NO_EMPLOYER),
        rule("Build your own: write a product case study", NURSE,
            a -> assertTrue(a.action("CREATE_A_PRODUCT_CASE_STUDY").isPresent()),
            nurse().sideProject(shippedApp()).build()),
        rule("Build your own: define the problem your side project solves",
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, false, true, true)).build(),
            a -> assertEquals(List.of(text("reason.complete.problem", "Board")),
                because(a, "COMPLETE_PRODUCT_WORK_ON_PROJECT")),
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, true, true)).build()),
        rule("Build your own: research the users of your side project",
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, false, true)).build(),
            a -> assertEquals(List.of(text("reason.complete.research", "Board")), because(a, "COMPLETE_PRODUCT_WORK_ON_PROJECT")),
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, true, true)).build()),
        rule("Build your own: set success metrics for your side project",
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, true, false)).build(),
            a -> assertEquals(List.of(text("reason.complete.metrics", "Board")), because(a, "COMPLETE_PRODUCT_WORK_ON_PROJECT")),
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, true, true)).build()),
        rule("Build your own: ask product managers for informational interviews, not jobs", NURSE,
            a -> assertEquals(text("reason.interviews.few", 0), because(a, "INFORMATIONAL_INTERVIEWS").get(0)),
            nurse().informationalInterviews(3).build()),
        rule("Build your own: ask for feedback on the product work you have",
            nurse().sideProject(project("Checkout study", ProjectKind.CASE_STUDY, ProjectStage.IN_PROGRESS, 0, 0, true, false, false)).build(),
            a -> assertTrue(because(a, "INFORMATIONAL_INTERVIEWS").contains(text("reason.interviews.feedback", "Checkout study"))),
            nurse().sideProject(project("Board", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, false, false, false)).build()),
        rule("Build your own: a course is optional and comes after real work", NURSE,
            a -> assertEquals("OPTIONAL_PM_COURSE", actionIds(a).get(actionIds(a).size() - 1)),
            nurse().certification("PMP").build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void aSecondLaunchedProductWithoutUsersDoesNotAskToShipWhatIsShipped() {
    Advice a = advise(nurse().sideProject(shippedApp())
        .sideProject(project("Second", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 0, 0, true, true, true)).build());
    assertFalse(a.action("SHIP_A_TINY_PRODUCT").isPresent(), actionIds(a).toString());
  }

  @Test
  void aCaseStudyIsNotAskedOfSomeoneWhoPublishedProductWork() {
    Advice a = advise(nurse().sideProject(
        project("Study", ProjectKind.CASE_STUDY, ProjectStage.LAUNCHED, 0, 0, true, false, false)).build());
    assertFalse(a.action("CREATE_A_PRODUCT_CASE_STUDY").isPresent());
  }

  @Test
  void someoneWithProofIsNotAskedToShipOrWriteOrStudy() {
    Advice a = advise(nurse().sideProject(shippedApp()).informationalInterviews(5).build());
    assertEquals(List.of("SHOWCASE_PRODUCT_PROOF", "APPLY_TO_ENTRY_PM_ROLES"), actionIds(a),
        "no course either: a course only comes after another action of this pathway");
  }

  @Test
  void buildYourOwnActionsWaitWhileThePathwayIsNotInPlay() {
    List<String> ids = actionIds(advise(person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).build()));
    for (String id : List.of("SHIP_A_TINY_PRODUCT", "CREATE_A_PRODUCT_CASE_STUDY", "INFORMATIONAL_INTERVIEWS",
        "OPTIONAL_PM_COURSE")) {
      assertFalse(ids.contains(id), id + " in " + ids);
    }
  }
}
