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
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** product-trio.drl: scoring and actions of the PRODUCT_TRIO pathway. */
class ProductTrioRulesTest {
  private static final Profile DEVELOPER = person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS).build();
  private static final Profile MARKETER = person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).build();

  private static Profile.Builder developer() {
    return person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS);
  }

  private static Profile.Builder designer() {
    return person(RoleFamily.DESIGNER, 4).employer(DIGITAL_WITH_PMS);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Trio: working in the product trio puts you next to product decisions", DEVELOPER,
            a -> assertEquals(text("reason.trio.in-trio.DEVELOPER"), reasons(a, Pathway.PRODUCT_TRIO).get(0)), MARKETER),
        rule("Trio: a role outside the trio is far from this pathway", MARKETER,
            a -> assertEquals(0, score(a, Pathway.PRODUCT_TRIO)), DEVELOPER),
        rule("Trio: product projects at work give you tasks to volunteer for", DEVELOPER,
            a -> assertEquals(75, score(a, Pathway.PRODUCT_TRIO)),
            person(RoleFamily.DEVELOPER, 4).employer(NOT_DIGITAL).build()),
        rule("Trio: without product projects at work there is less to volunteer for",
            person(RoleFamily.DEVELOPER, 4).build(),
            a -> assertEquals(50, score(a, Pathway.PRODUCT_TRIO)), DEVELOPER),
        rule("Trio: product work already done in your job counts",
            developer().pmLikeWork(PmLikeWork.RAN_EXPERIMENT).build(),
            a -> assertEquals(85, score(a, Pathway.PRODUCT_TRIO)), DEVELOPER),
        rule("Trio: skills from trio areas bring someone outside the trio a little closer",
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).skill("SQL").skill("Figma").skill("Tableau").build(),
            a -> {
              assertEquals(20, score(a, Pathway.PRODUCT_TRIO), "two areas, ten points each, however many skills");
              assertTrue(reasons(a, Pathway.PRODUCT_TRIO).contains(text("reason.trio.skill-areas", "USABILITY, VALUE")));
            },
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).skill("negotiation").build()),
        rule("Trio: volunteer for product tasks on your current projects", DEVELOPER,
            a -> assertEquals(List.of(text("reason.volunteer.DEVELOPER")),
                because(a, "VOLUNTEER_FOR_PM_TASKS")),
            person(RoleFamily.DEVELOPER, 4).build()),
        rule("Developer: practise deciding what to build first", DEVELOPER,
            a -> assertEquals(text("reason.developer.prioritise"), because(a, "DEVELOPER_PRACTICE_PRIORITIZATION").get(0)),
            developer().pmLikeWork(PmLikeWork.PRIORITIZED_BACKLOG).build()),
        rule("Developer: practise leading work across functions", DEVELOPER,
            a -> assertEquals(text("reason.developer.cross-functional"), because(a, "DEVELOPER_PRACTICE_PRIORITIZATION").get(1)),
            developer().pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK).build()),
        rule("Designer: learn to build outcome-driven roadmaps", designer().build(),
            a -> assertEquals(text("reason.designer.roadmaps"), because(a, "DESIGNER_LEARN_BUSINESS_STRATEGY").get(0)),
            designer().pmLikeWork(PmLikeWork.BUILT_ROADMAP).build()),
        rule("Designer: add business models and market strategy to your design skills", designer().build(),
            a -> assertTrue(because(a, "DESIGNER_LEARN_BUSINESS_STRATEGY").contains(text("reason.designer.business"))),
            designer().pmLikeWork(PmLikeWork.BUILT_ROADMAP).pmLikeWork(PmLikeWork.PROPOSED_SOLUTION_WITH_DATA).build()),
        rule("Analyst: step into discovery with the people who use the product",
            person(RoleFamily.DATA_ANALYST, 3).employer(DIGITAL_WITH_PMS).build(),
            a -> assertEquals(text("reason.analyst.discovery"), because(a, "ANALYST_JOIN_DISCOVERY").get(0)),
            person(RoleFamily.DATA_ANALYST, 3).employer(DIGITAL_WITH_PMS).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).build()),
        rule("Analyst: turn business goals into features and own the why",
            person(RoleFamily.BUSINESS_ANALYST, 3).employer(DIGITAL_WITH_PMS).build(),
            a -> assertTrue(because(a, "ANALYST_JOIN_DISCOVERY").contains(text("reason.analyst.why"))),
            person(RoleFamily.BUSINESS_ANALYST, 3).employer(DIGITAL_WITH_PMS).pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void roleSpecificActionsGoOnlyToTheirRole() {
    assertFalse(advise(designer().build()).action("DEVELOPER_PRACTICE_PRIORITIZATION").isPresent());
    assertFalse(advise(DEVELOPER).action("DESIGNER_LEARN_BUSINESS_STRATEGY").isPresent());
    assertFalse(advise(DEVELOPER).action("ANALYST_JOIN_DISCOVERY").isPresent());
    assertFalse(advise(person(RoleFamily.DATA_ANALYST, 3).employer(DIGITAL_WITH_PMS).build())
        .action("DEVELOPER_PRACTICE_PRIORITIZATION").isPresent());
  }

  @Test
  void aDeveloperWhoAlreadyPrioritisesAndLeadsIsNotAskedTo() {
    assertFalse(advise(developer().pmLikeWork(PmLikeWork.PRIORITIZED_BACKLOG)
        .pmLikeWork(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK).build()).action("DEVELOPER_PRACTICE_PRIORITIZATION").isPresent());
  }

  @Test
  void skillAreasDoNotAddToTrioMembers() {
    assertEquals(75, score(advise(developer().skill("SQL").skill("Figma").build()), Pathway.PRODUCT_TRIO));
  }
}
