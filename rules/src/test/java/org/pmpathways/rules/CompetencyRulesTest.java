package org.pmpathways.rules;

import static org.pmpathways.rules.Concluded.evidence;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/**
 * competencies.drl: the evidence for the three competencies. Where a rule's points decide the level,
 * the case is built so that its points tip the competency to STRONG (demonstrated and 4 points or more):
 * without the rule, or with fewer points, the level drops.
 */
class CompetencyRulesTest {
  private static Profile withProject(RoleFamily role, String name, ProjectKind kind, ProjectStage stage, long users,
      double revenue, boolean problem, boolean research, boolean metrics) {
    return person(role, 1).sideProject(project(name, kind, stage, users, revenue, problem, research, metrics)).build();
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Competency: a role suggests the competencies the role table gives it", person(RoleFamily.DESIGNER, 1).build(),
            evidence(Competency.CUSTOMER_EMPATHY, CompetencyLevel.DEVELOPING, "role.DESIGNER.CUSTOMER_EMPATHY"),
            person(RoleFamily.OTHER, 1).build()),
        rule("Competency: several years of work are a record of delivering", person(RoleFamily.OTHER, 3).build(),
            evidence(Competency.EXECUTION, CompetencyLevel.DEVELOPING, "years", 3), person(RoleFamily.OTHER, 2).build()),
        rule("Competency: a skill suggests the competency it belongs to", person(RoleFamily.OTHER, 1).skill("SQL").build(),
            evidence(Competency.BUSINESS_SENSE, CompetencyLevel.DEVELOPING, "skill", "SQL"),
            // Figma places the candidate in a trio area, but belongs to no competency
            person(RoleFamily.OTHER, 1).skill("Figma").build()),
        rule("Competency: product work done in a job shows the competency the work table gives it",
            // 2 + 2 points, demonstrated
            person(RoleFamily.OTHER, 1).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build(),
            evidence(Competency.CUSTOMER_EMPATHY, CompetencyLevel.STRONG, "work.RAN_USER_RESEARCH"),
            person(RoleFamily.OTHER, 1).build()),
        rule("Competency: researching a side project's users shows customer empathy",
            // designer 1 + research 2 + problem 1
            withProject(RoleFamily.DESIGNER, "Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, true, false),
            evidence(Competency.CUSTOMER_EMPATHY, CompetencyLevel.STRONG, "project.research", "Tide"),
            withProject(RoleFamily.DESIGNER, "Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, false, false)),
        rule("Competency: defining a side project's problem shows customer empathy",
            withProject(RoleFamily.DESIGNER, "Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, true, true, false),
            evidence(Competency.CUSTOMER_EMPATHY, CompetencyLevel.STRONG, "project.problem", "Tide"),
            withProject(RoleFamily.DESIGNER, "Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, false, true, false)),
        rule("Competency: measuring a side project's success shows business sense",
            // metrics 2 + revenue 2
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 10, 120, false, false, true),
            evidence(Competency.BUSINESS_SENSE, CompetencyLevel.STRONG, "project.metrics", "Tide"),
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 10, 120, false, false, false)),
        rule("Competency: a side project that earns money shows business sense",
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 10, 120, false, false, true),
            evidence(Competency.BUSINESS_SENSE, CompetencyLevel.STRONG, "project.revenue", "Tide", 120.0),
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 10, 0, false, false, true)),
        rule("Competency: a product people use or pay for is a record of getting things done",
            // 4 points, demonstrated, on its own
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 40, 0, false, false, false),
            evidence(Competency.EXECUTION, CompetencyLevel.STRONG, "project.proof", "Tide"),
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 40, 0, false, false, false)),
        rule("Competency: a launch nobody uses yet shows you can finish, not yet that it works",
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 0, 0, false, false, false),
            evidence(Competency.EXECUTION, CompetencyLevel.DEVELOPING, "project.launched-no-outcome", "Tide"),
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 3, 0, false, false, false)),
        rule("Competency: people using a product show it solves a real problem",
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 600, 0, false, false, false),
            evidence(Competency.CUSTOMER_EMPATHY, CompetencyLevel.DEVELOPING, "project.users", "Tide", 600),
            // proof by revenue alone: nobody is counted as using it
            withProject(RoleFamily.OTHER, "Tide", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 0, 90, false, false, false)));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }
}
