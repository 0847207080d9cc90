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
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** pathways.drl: totals, the primary pathway and the pathways worth acting on. */
class PathwayRulesTest {
  /** The real rules plus one test rule that takes 40 points from every pathway. */
  private static final PathwayAdvisor LOWERED = PathwayAdvisor.builder()
      .classLoader(new IndexOverride("lowered/ruleset.properties")).build();

  private static final Profile DEVELOPER = person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS).build();
  private static final Profile NURSE = person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL).build();
  private static final Profile PRODUCT_MANAGER = person(RoleFamily.PRODUCT_MANAGER, 5).build();
  /** Trio 50 + 10 and build-your-own 20 + 40: a tie at 60. */
  private static final Profile TIED_DESIGNER = person(RoleFamily.DESIGNER, 5).employer(NOT_DIGITAL)
      .pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).build();

  static List<RuleCase> cases() {
    return List.of(
        rule("A pathway scores the sum of its points, between 0 and 100", DEVELOPER, a -> {
          assertEquals(75, score(a, Pathway.PRODUCT_TRIO));
          assertEquals(65, score(a, Pathway.INTERNAL_MOVE));
          assertEquals(20, score(a, Pathway.BUILD_YOUR_OWN));
          assertEquals(3, firings(a, "A pathway scores the sum of its points, between 0 and 100"));
        }, PRODUCT_MANAGER),
        rule("The best-scored pathway is the primary pathway", TIED_DESIGNER, a -> {
          assertEquals(score(a, Pathway.PRODUCT_TRIO), score(a, Pathway.BUILD_YOUR_OWN));
          assertEquals(Pathway.PRODUCT_TRIO, a.primaryPathway(), "a tie goes to the pathway closer to product");
          assertEquals(1, firings(a, "The best-scored pathway is the primary pathway"));
        }, PRODUCT_MANAGER));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void thePrimaryIsTheBestScoredPathway() {
    for (Profile p : List.of(DEVELOPER, NURSE, TIED_DESIGNER, person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).build())) {
      Advice a = advise(p);
      int best = a.pathways().stream().mapToInt(s -> s.score()).max().orElseThrow();
      assertEquals(best, score(a, a.primaryPathway()));
      assertEquals(a.primaryPathway(), a.pathways().get(0).pathway());
    }
  }

  @Test
  void thePrimaryPathwayIsWorthActingOnEvenBelowFifty() {
    Advice a = LOWERED.advise(NURSE);
    assertEquals(30, score(a, Pathway.BUILD_YOUR_OWN));
    assertTrue(fired(a, "The primary pathway is worth acting on"));
    assertFalse(fired(a, "A pathway scoring 50 or more is worth acting on too"));
    assertTrue(a.action("SHIP_A_TINY_PRODUCT").isPresent(), "the primary's actions are still proposed");
    assertFalse(fired(advise(PRODUCT_MANAGER), "The primary pathway is worth acting on"));
  }

  @Test
  void aPathwayScoringFiftyOrMoreIsWorthActingOnToo() {
    Advice a = advise(DEVELOPER);
    assertTrue(fired(a, "A pathway scoring 50 or more is worth acting on too"));
    assertTrue(a.action("COFFEE_CHATS_WITH_PMS").isPresent(), "the runner-up at 65 gets its actions");
    // With the real rules some pathway always scores 50 or more; the lowered rules show silence.
    assertFalse(fired(LOWERED.advise(NURSE), "A pathway scoring 50 or more is worth acting on too"));
  }

  @Test
  void aRunnerUpBelowFiftyGetsNoActions() {
    Advice a = advise(person(RoleFamily.DESIGNER, 1).employer(DIGITAL_NO_PMS).build());
    assertEquals(45, score(a, Pathway.INTERNAL_MOVE));
    assertFalse(actionIds(a).stream().anyMatch(id -> id.equals("OWN_A_PRODUCT_PROBLEM")
        || id.equals("INTRODUCE_PRODUCT_PRACTICES")), actionIds(a).toString());
  }

  @Test
  void trioActionsWaitWhileTheTrioPathwayIsNotInPlay() {
    for (RoleFamily role : List.of(RoleFamily.DEVELOPER, RoleFamily.DESIGNER, RoleFamily.DATA_ANALYST)) {
      Advice a = LOWERED.advise(person(role, 4).employer(NOT_DIGITAL).build());
      assertEquals(Pathway.BUILD_YOUR_OWN, a.primaryPathway(), "trio 10, build your own 20");
      for (String id : List.of("VOLUNTEER_FOR_PM_TASKS", "DEVELOPER_PRACTICE_PRIORITIZATION",
          "DESIGNER_LEARN_BUSINESS_STRATEGY", "ANALYST_JOIN_DISCOVERY")) {
        assertFalse(a.action(id).isPresent(), id + " for " + role + ": " + actionIds(a));
      }
    }
  }

  @Test
  void scoresAreKeptAtZeroOrMore() {
    Advice a = LOWERED.advise(DEVELOPER);
    assertEquals(0, score(a, Pathway.BUILD_YOUR_OWN), "20 - 40 is kept at 0");
  }
}
