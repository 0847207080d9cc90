package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pmpathways.rules.Concluded.stage;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.advice.Stage;
import org.pmpathways.profile.CompletedAction;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** stages.drl: getting started, building proof, ready. Each case's stage is the furthest one found. */
class StageRulesTest {
  private static final Profile MARKETER = marketer().build();

  private static Profile.Builder marketer() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS);
  }

  private static Profile newcomerWith(ProjectKind kind, ProjectStage stage) {
    return newcomer().sideProject(project("Tide", kind, stage)).build();
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Stage: with no product work yet, the candidate is getting started", MARKETER,
            stage(Stage.GETTING_STARTED, "stage.nothing-yet"),
            marketer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IDEA)).build()),
        rule("Stage: a side project, whatever its stage, is proof being built",
            newcomerWith(ProjectKind.CODED_APP, ProjectStage.IDEA),
            stage(Stage.BUILDING_PROOF, "stage.project", "Tide"), newcomer().build()),
        rule("Stage: product-management tasks done at work are proof being built",
            marketer().pmLikeWork(PmLikeWork.DEFINED_PROBLEM).pmLikeWork(PmLikeWork.RAN_EXPERIMENT).build(),
            stage(Stage.BUILDING_PROOF, "stage.pm-tasks", List.of(PmLikeWork.DEFINED_PROBLEM, PmLikeWork.RAN_EXPERIMENT)),
            marketer().pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build()),
        rule("Stage: a product with real users, revenue or measured results makes the candidate ready",
            newcomer().sideProject(shippedApp()).build(),
            stage(Stage.READY, "stage.outcome-proof", "Shift swap"),
            newcomerWith(ProjectKind.CODED_APP, ProjectStage.LAUNCHED)),
        rule("Stage: a tiny product shipped since the last plan makes the candidate ready",
            newcomer().completedAction(CompletedAction.of("SHIP_A_TINY_PRODUCT")).build(),
            stage(Stage.READY, "stage.shipped-since"),
            newcomer().sideProject(shippedApp()).completedAction(CompletedAction.of("SHIP_A_TINY_PRODUCT")).build()),
        rule("Stage: an item on the roadmap, or cross-team work led with product judgement, makes the candidate ready",
            marketer().pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).build(),
            stage(Stage.READY, "stage.strong-pm-work",
                List.of(PmLikeWork.RAN_USER_RESEARCH, PmLikeWork.LED_CROSS_FUNCTIONAL_WORK)),
            marketer().pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK).build()));
  }

  @Test
  void leadingWorkAcrossTeamsIsDeliveryUntilItComesWithProductJudgement() {
    // Found by a coach review: a logistics officer, a scrum master and an agency project manager who
    // had led work across teams were "ready", told their proof was ready and sent to apply at their
    // level, with two competencies still gaps. Delivery alone shows getting things done.
    for (PmLikeWork delivery : List.of(PmLikeWork.PRIORITIZED_BACKLOG, PmLikeWork.DOCUMENTED_PRODUCT_PROCESS)) {
      assertEquals(Stage.BUILDING_PROOF, ADVISOR.advise(marketer().pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK)
          .pmLikeWork(delivery).build()).stage(), delivery::name);
    }
    assertEquals(Stage.BUILDING_PROOF,
        ADVISOR.advise(marketer().pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK).build()).stage());
    // With a piece of product judgement beside it, it is product work of substance.
    for (PmLikeWork judgement : List.of(PmLikeWork.RAN_USER_RESEARCH, PmLikeWork.DEFINED_PROBLEM,
        PmLikeWork.PROPOSED_SOLUTION_WITH_DATA, PmLikeWork.DEFINED_SUCCESS_METRICS, PmLikeWork.BUILT_ROADMAP,
        PmLikeWork.RAN_EXPERIMENT)) {
      assertEquals(Stage.READY, ADVISOR.advise(marketer().pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK)
          .pmLikeWork(judgement).build()).stage(), judgement::name);
      assertEquals(Stage.BUILDING_PROOF, ADVISOR.advise(marketer().pmLikeWork(judgement).build()).stage(),
          judgement::name);
    }
    // An item of one's own on the roadmap is enough by itself.
    assertEquals(Stage.READY, ADVISOR.advise(marketer().pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build()).stage());
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }
}
