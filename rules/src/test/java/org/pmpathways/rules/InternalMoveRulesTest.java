package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** internal-move.drl: the points and actions of the INTERNAL_MOVE pathway. */
class InternalMoveRulesTest {
  /** Internal move 45 (digital employer) + 15 (PMs at work) + 20 (outside the trio) + 5 (years) = 85. */
  private static final Profile MARKETER = marketer().build();

  private static Profile.Builder marketer() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Internal move: an employer that builds digital products has product roles to move into", MARKETER,
            points(Pathway.INTERNAL_MOVE, 85, "internal.digital-employer"),
            person(RoleFamily.MARKETING, 6).employer(NOT_DIGITAL).build()),
        rule("Internal move: a founder runs the company, with no product role above to move into",
            person(RoleFamily.FOUNDER, 6).employer(DIGITAL_WITH_PMS).build(),
            points(Pathway.INTERNAL_MOVE, 0, "internal.founder"), person(RoleFamily.FOUNDER, 6).build()),
        rule("Internal move: without an employer there is nowhere to move within", person(RoleFamily.MARKETING, 6).build(),
            points(Pathway.INTERNAL_MOVE, 0, "internal.no-employer"), MARKETER),
        rule("Internal move: an employer that builds no digital products has no product role to move into",
            person(RoleFamily.MARKETING, 6).employer(NOT_DIGITAL).build(),
            points(Pathway.INTERNAL_MOVE, 0, "internal.no-digital-products"), MARKETER),
        rule("Internal move: product managers at work are people to learn from and hear of openings through", MARKETER,
            points(Pathway.INTERNAL_MOVE, 85, "internal.pms-at-work"),
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_NO_PMS).build()),
        rule("Internal move: roles outside the trio reach product management from inside the company", MARKETER,
            points(Pathway.INTERNAL_MOVE, 85, "internal.non-trio-role", RoleFamily.MARKETING, 1),
            person(RoleFamily.DEVELOPER, 6).employer(DIGITAL_WITH_PMS).build()),
        rule("Internal move: years of experience make a known candidate with domain knowledge", MARKETER,
            points(Pathway.INTERNAL_MOVE, 85, "internal.domain-years", 6),
            person(RoleFamily.MARKETING, 1).employer(DIGITAL_WITH_PMS).build()),
        rule("Internal move: relationships with product managers have already begun", marketer().pmContacts(2).build(),
            points(Pathway.INTERNAL_MOVE, 90, "internal.pm-contacts", 2), MARKETER),
        rule("Internal move: own a small but real product problem in your own area", MARKETER,
            proposes("OWN_A_PRODUCT_PROBLEM", "own-problem"),
            marketer().pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build()),
        rule("Internal move: a problem already defined is half of owning it",
            marketer().pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build(),
            proposes("OWN_A_PRODUCT_PROBLEM", "own-problem.defined"), MARKETER),
        rule("Internal move: a solution already backed with data is ready to be taken to the roadmap",
            marketer().pmLikeWork(PmLikeWork.PROPOSED_SOLUTION_WITH_DATA).build(),
            proposes("OWN_A_PRODUCT_PROBLEM", "own-problem.data-backed"), MARKETER),
        rule("Internal move: propose product practices where the company builds without them", MARKETER,
            proposes("INTRODUCE_PRODUCT_PRACTICES", "introduce-practices"),
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_FORMAL).build()),
        rule("Internal move: once ready, ask for the product role where you work",
            marketer().pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build(),
            proposes("ASK_FOR_PM_ROLE_INTERNALLY", "ask-internally"),
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_NO_PMS).pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void aRoleWeCouldNotReadIsNotCalledOutsideTheTrio() {
    // Found by a coach review: a title we could not read ("Chief of Staff") was told "Your role is not
    // one of the three around a product" and "From a role outside the trio": claims about a role we
    // did not read.
    Advice advice = KEYED_ADVISOR.advise(Profile.builder().title("Zorblax wrangler").yearsExperience(6)
        .employer(DIGITAL_WITH_PMS).build());
    assertEquals(List.of("reason.trio.not-in-trio[1]"), reasons(advice, Pathway.PRODUCT_TRIO));
    assertTrue(reasons(advice, Pathway.INTERNAL_MOVE).contains("reason.internal.non-trio-role[enum.RoleFamily.UNKNOWN|2]"),
        reasons(advice, Pathway.INTERNAL_MOVE)::toString);
    // Rendered, the sentence makes no claim about the role.
    Advice english = ADVISOR.advise(Profile.builder().title("Zorblax wrangler").yearsExperience(6)
        .employer(DIGITAL_WITH_PMS).build());
    assertTrue(reasons(english, Pathway.INTERNAL_MOVE).contains(
        "Whatever your role, a company that already knows you is often the shortest route into product."),
        reasons(english, Pathway.INTERNAL_MOVE)::toString);
  }

  private static List<String> reasons(Advice advice, Pathway pathway) {
    return advice.pathways().stream().filter(p -> p.pathway() == pathway).findFirst().orElseThrow().reasons();
  }
}
