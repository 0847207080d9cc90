package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Concluded.points;
import static org.pmpathways.rules.Concluded.proposes;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.facts.TrioArea;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.SideProject;
import org.pmpathways.profile.RoleFamily;

/** product-trio.drl: the points and actions of the PRODUCT_TRIO pathway. */
class ProductTrioRulesTest {
  /** Trio 50 (in the trio) + 25 (product projects at work). */
  private static final Profile DEVELOPER = developer().build();
  private static final Profile MARKETER = person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).build();

  private static Profile.Builder developer() {
    return person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS);
  }

  private static Profile.Builder designer() {
    return person(RoleFamily.DESIGNER, 4).employer(DIGITAL_WITH_PMS);
  }

  private static Profile.Builder analyst(RoleFamily role) {
    return person(role, 3).employer(DIGITAL_WITH_PMS);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Trio: working in the product trio puts you next to product decisions", DEVELOPER,
            points(Pathway.PRODUCT_TRIO, 75, "trio.in-trio", RoleFamily.DEVELOPER), MARKETER),
        rule("Trio: a role outside the trio is far from this pathway", MARKETER,
            points(Pathway.PRODUCT_TRIO, 0, "trio.not-in-trio", 0), DEVELOPER),
        rule("Trio: product projects at work give you tasks to volunteer for", DEVELOPER,
            points(Pathway.PRODUCT_TRIO, 75, "trio.product-projects"),
            person(RoleFamily.DEVELOPER, 4).employer(NOT_DIGITAL).build()),
        rule("Trio: without product projects at work there is less to volunteer for",
            person(RoleFamily.DEVELOPER, 4).employer(NOT_DIGITAL).build(),
            points(Pathway.PRODUCT_TRIO, 50, "trio.no-product-projects"), DEVELOPER),
        rule("Trio: product work already done in your job counts",
            developer().pmLikeWork(PmLikeWork.RAN_EXPERIMENT).build(),
            points(Pathway.PRODUCT_TRIO, 85, "trio.pm-work-done"), DEVELOPER),
        rule("Trio: skills from trio areas bring someone outside the trio a little closer",
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).skill("SQL").skill("Figma").skill("Tableau").build(),
            // two areas, ten points each, however many skills
            points(Pathway.PRODUCT_TRIO, 20, "trio.skill-areas", List.of(TrioArea.USABILITY, TrioArea.VALUE)),
            developer().skill("SQL").skill("Figma").build()),
        rule("Trio: volunteer for product tasks on the projects you work on", DEVELOPER,
            proposes("VOLUNTEER_FOR_PM_TASKS", "volunteer", RoleFamily.DEVELOPER),
            person(RoleFamily.DEVELOPER, 4).employer(NOT_DIGITAL).build()),
        rule("Developer: practise deciding what gets built first", DEVELOPER,
            proposes("DEVELOPER_PRACTICE_PRIORITIZATION", "developer.prioritise"),
            developer().pmLikeWork(PmLikeWork.PRIORITIZED_BACKLOG).build()),
        rule("Developer: practise leading work across functions", DEVELOPER,
            proposes("DEVELOPER_PRACTICE_PRIORITIZATION", "developer.cross-functional"),
            developer().pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK).build()),
        rule("Designer: learn to build roadmaps driven by outcomes", designer().build(),
            proposes("DESIGNER_LEARN_BUSINESS_STRATEGY", "designer.roadmaps"),
            designer().pmLikeWork(PmLikeWork.BUILT_ROADMAP).build()),
        rule("Designer: add business models and market strategy to your design skills", designer().build(),
            proposes("DESIGNER_LEARN_BUSINESS_STRATEGY", "designer.business"),
            // a roadmap and a solution backed by data: business sense 4 points, demonstrated, STRONG
            designer().pmLikeWork(PmLikeWork.BUILT_ROADMAP).pmLikeWork(PmLikeWork.PROPOSED_SOLUTION_WITH_DATA).build()),
        rule("Analyst: step into discovery with the people who use the product", analyst(RoleFamily.DATA_ANALYST).build(),
            proposes("ANALYST_JOIN_DISCOVERY", "analyst.discovery"),
            analyst(RoleFamily.DATA_ANALYST).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).build()),
        rule("Analyst: turn business goals into features and own the why", analyst(RoleFamily.BUSINESS_ANALYST).build(),
            proposes("ANALYST_JOIN_DISCOVERY", "analyst.why"),
            analyst(RoleFamily.BUSINESS_ANALYST).pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void aSideProjectWithUsersDoesNotTakeAwayTheRoleActionThatClosesAGap() {
    // Found by a coach review: a UX researcher whose free app had users was ready, her business sense
    // a gap, and the designer's business-strategy action was gone from her plan.
    SideProject freeApp = project("Plantwise", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 400, 0, true, true, false);
    Advice designer = ADVISOR.advise(designer().sideProject(freeApp).build());
    assertEquals(Stage.READY, designer.stage());
    assertEquals(CompetencyLevel.GAP, level(designer, Competency.BUSINESS_SENSE));
    assertTrue(actionIds(designer).contains("DESIGNER_LEARN_BUSINESS_STRATEGY"), actionIds(designer)::toString);
    Advice developer = ADVISOR.advise(developer().sideProject(freeApp).build());
    assertEquals(CompetencyLevel.GAP, level(developer, Competency.BUSINESS_SENSE));
    assertTrue(actionIds(developer).contains("DEVELOPER_PRACTICE_PRIORITIZATION"), actionIds(developer)::toString);
    // Once the project shows business sense too (revenue), the ready plan goes without them.
    SideProject paidApp = project("Plantwise", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 400, 900, true, true, true);
    Advice paid = ADVISOR.advise(designer().sideProject(paidApp).build());
    assertEquals(Stage.READY, paid.stage());
    assertTrue(level(paid, Competency.BUSINESS_SENSE) != CompetencyLevel.GAP);
    assertFalse(actionIds(paid).contains("DESIGNER_LEARN_BUSINESS_STRATEGY"), actionIds(paid)::toString);
  }
}
