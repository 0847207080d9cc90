package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/** competencies.drl: evidence for the three competencies and the levels it adds up to. */
class CompetencyRulesTest {
  private static final Profile DEVELOPER = person(RoleFamily.DEVELOPER, 2).build();
  private static final Profile DESIGNER = person(RoleFamily.DESIGNER, 2).build();
  private static final Profile BLANK = person(RoleFamily.OTHER, 0).build();

  private static Profile withProject(SideProject project) {
    return person(RoleFamily.OTHER, 0).sideProject(project).build();
  }

  private static SideProject app(ProjectStage stage, long users, double revenue, boolean problem, boolean research,
      boolean metrics) {
    return project("Board", ProjectKind.CODED_APP, stage, users, revenue, problem, research, metrics);
  }

  private static java.util.function.Consumer<Advice> evidenceOf(Competency c, String expected) {
    return a -> assertTrue(evidence(a, c).contains(expected), c + " evidence " + evidence(a, c) + " lacks: " + expected);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Competency: designers work close to users", DESIGNER,
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.role.designer")), DEVELOPER),
        rule("Competency: analysts work with value and metrics", person(RoleFamily.DATA_ANALYST, 2).build(),
            evidenceOf(Competency.BUSINESS_SENSE, text("evidence.role.analyst")), DEVELOPER),
        rule("Competency: developers deliver working software", DEVELOPER,
            evidenceOf(Competency.EXECUTION, text("evidence.role.developer")), DESIGNER),
        rule("Competency: project managers deliver through others", person(RoleFamily.PROJECT_MANAGER, 2).build(),
            evidenceOf(Competency.EXECUTION, text("evidence.role.project-manager")), DEVELOPER),
        rule("Competency: marketers know customer needs", person(RoleFamily.MARKETING, 2).build(),
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.role.marketing.empathy")), DEVELOPER),
        rule("Competency: marketers know markets and launches", person(RoleFamily.MARKETING, 2).build(),
            evidenceOf(Competency.BUSINESS_SENSE, text("evidence.role.marketing.business")), DEVELOPER),
        rule("Competency: salespeople hear what customers will pay for", person(RoleFamily.SALES, 2).build(),
            evidenceOf(Competency.BUSINESS_SENSE, text("evidence.role.sales")), DEVELOPER),
        rule("Competency: customer success lives with customers' problems", person(RoleFamily.CUSTOMER_SUCCESS, 2).build(),
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.role.customer-success")),
            DEVELOPER),
        rule("Competency: product managers practise all three", person(RoleFamily.PRODUCT_MANAGER, 2).build(), a -> {
          for (Competency c : Competency.values()) {
            evidenceOf(c, text("evidence.role.product-manager")).accept(a);
          }
        }, DEVELOPER),
        rule("Competency: several years of work are a record of delivering", person(RoleFamily.OTHER, 3).build(),
            evidenceOf(Competency.EXECUTION, text("evidence.years", 3)), person(RoleFamily.OTHER, 2).build()),
        rule("Competency: a skill suggests the competency it belongs to",
            person(RoleFamily.OTHER, 0).skill("Customer interviews (20+)").build(),
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.skill", "Customer interviews (20+)")),
            person(RoleFamily.OTHER, 0).skill("Java").build()),
        rule("Competency: user research and problem definition at work show customer empathy",
            person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).build(),
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.work.RAN_USER_RESEARCH")),
            person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.BUILT_ROADMAP).build()),
        rule("Competency: data-backed proposals, metrics, roadmaps and experiments show business sense",
            person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.BUILT_ROADMAP).build(),
            evidenceOf(Competency.BUSINESS_SENSE, text("evidence.work.BUILT_ROADMAP")),
            person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).build()),
        rule("Competency: prioritising, leading across functions and landing roadmap items show execution",
            person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.PRIORITIZED_BACKLOG).build(),
            evidenceOf(Competency.EXECUTION, text("evidence.work.PRIORITIZED_BACKLOG")),
            person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.BUILT_ROADMAP).build()),
        rule("Competency: researching a side project's users shows customer empathy",
            withProject(app(ProjectStage.IDEA, 0, 0, false, true, false)),
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.project.research", "Board")),
            withProject(app(ProjectStage.IDEA, 0, 0, true, false, true))),
        rule("Competency: defining a side project's problem shows customer empathy",
            withProject(app(ProjectStage.IDEA, 0, 0, true, false, false)),
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.project.problem", "Board")),
            withProject(app(ProjectStage.IDEA, 0, 0, false, true, true))),
        rule("Competency: measuring a side project's success shows business sense",
            withProject(app(ProjectStage.IDEA, 0, 0, false, false, true)),
            evidenceOf(Competency.BUSINESS_SENSE, text("evidence.project.metrics", "Board")),
            withProject(app(ProjectStage.IDEA, 0, 0, true, true, false))),
        rule("Competency: a side project that earns money shows business sense",
            withProject(app(ProjectStage.LAUNCHED, 0, 9.5, false, false, false)),
            evidenceOf(Competency.BUSINESS_SENSE, text("evidence.project.revenue", "Board")),
            withProject(app(ProjectStage.LAUNCHED, 10, 0, false, false, false))),
        rule("Competency: launching a side project shows execution",
            withProject(app(ProjectStage.LAUNCHED, 0, 0, false, false, false)),
            evidenceOf(Competency.EXECUTION, text("evidence.project.launched", "Board")),
            withProject(app(ProjectStage.IN_PROGRESS, 0, 0, false, false, false))),
        rule("Competency: a product you built that people use or pay for is a record of getting things done",
            withProject(app(ProjectStage.LAUNCHED, 5, 0, false, false, false)), a -> {
              evidenceOf(Competency.EXECUTION, text("evidence.project.proof", "Board")).accept(a);
              assertEquals(CompetencyLevel.STRONG, level(a, Competency.EXECUTION));
            },
            withProject(app(ProjectStage.LAUNCHED, 0, 0, false, false, false))),
        rule("Competency: people using a side project show it solves a real problem",
            withProject(app(ProjectStage.LAUNCHED, 5, 0, false, false, false)),
            evidenceOf(Competency.CUSTOMER_EMPATHY, text("evidence.project.users", "Board", 5)),
            withProject(app(ProjectStage.LAUNCHED, 0, 0, false, false, false))),
        rule("Competency: no evidence at all is a gap", BLANK,
            a -> assertEquals(List.of(CompetencyLevel.GAP, CompetencyLevel.GAP, CompetencyLevel.GAP),
                a.competencies().stream().map(c -> c.level()).toList()),
            person(RoleFamily.PRODUCT_MANAGER, 2).build()),
        rule("Competency: demonstrated work and four points of evidence make it strong",
            person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.BUILT_ROADMAP).pmLikeWork(PmLikeWork.RAN_EXPERIMENT).build(),
            a -> assertEquals(CompetencyLevel.STRONG, level(a, Competency.BUSINESS_SENSE)),
            person(RoleFamily.OTHER, 0).skill("SQL").skill("pricing").skill("market research").skill("forecasting")
                .skill("A/B testing").build()),
        rule("Competency: some evidence short of strong is developing",
            person(RoleFamily.OTHER, 0).skill("SQL").skill("pricing").skill("market research").skill("forecasting")
                .skill("A/B testing").build(),
            a -> assertEquals(CompetencyLevel.DEVELOPING, level(a, Competency.BUSINESS_SENSE),
                "five skills alone are not strong: strong needs demonstrated work"),
            BLANK));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void demonstratedWorkBelowFourPointsIsStillDeveloping() {
    Advice a = advise(person(RoleFamily.OTHER, 0).pmLikeWork(PmLikeWork.BUILT_ROADMAP).skill("SQL").build());
    assertEquals(CompetencyLevel.DEVELOPING, level(a, Competency.BUSINESS_SENSE), "2 + 1 points");
  }

  @Test
  void competenciesComeInTheirFixedOrder() {
    assertEquals(List.of(Competency.CUSTOMER_EMPATHY, Competency.BUSINESS_SENSE, Competency.EXECUTION),
        advise(DEVELOPER).competencies().stream().map(c -> c.competency()).toList());
  }
}
