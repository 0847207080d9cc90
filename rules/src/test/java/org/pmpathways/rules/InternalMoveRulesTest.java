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

/** internal-move.drl: scoring and actions of the INTERNAL_MOVE pathway. */
class InternalMoveRulesTest {
  private static final Profile MARKETER = marketer().build();
  private static final Profile DEVELOPER = person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS).build();
  private static final Profile NURSE = person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL).build();
  private static final Profile NO_EMPLOYER = person(RoleFamily.OTHER, 1).build();

  private static Profile.Builder marketer() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Internal move: an employer that builds digital products has product roles to move into", MARKETER,
            a -> assertEquals(85, score(a, Pathway.INTERNAL_MOVE)), NURSE),
        rule("Internal move: without an employer there is nowhere to move within", NO_EMPLOYER,
            a -> assertEquals(0, score(a, Pathway.INTERNAL_MOVE)), MARKETER),
        rule("Internal move: an employer that builds no digital products has no product role to move into", NURSE,
            a -> assertEquals(0, score(a, Pathway.INTERNAL_MOVE)), NO_EMPLOYER),
        rule("Internal move: product managers at work are people to learn from and hear of openings through", MARKETER,
            a -> assertTrue(reasons(a, Pathway.INTERNAL_MOVE).contains(text("reason.internal.pms-at-work"))),
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_NO_PMS).build()),
        rule("Internal move: roles outside the trio reach product management from inside the company", MARKETER,
            a -> assertTrue(score(a, Pathway.INTERNAL_MOVE) > score(advise(DEVELOPER), Pathway.INTERNAL_MOVE)),
            DEVELOPER),
        rule("Internal move: years of experience make a known candidate with domain knowledge", MARKETER,
            a -> assertTrue(reasons(a, Pathway.INTERNAL_MOVE).contains(text("reason.internal.domain-years", 6))),
            person(RoleFamily.MARKETING, 1).employer(DIGITAL_WITH_PMS).build()),
        rule("Internal move: relationships with product managers have already begun", marketer().pmContacts(2).build(),
            a -> assertEquals(90, score(a, Pathway.INTERNAL_MOVE)), MARKETER),
        rule("Internal move: get to know the product managers over coffee", MARKETER,
            a -> assertEquals("COFFEE_CHATS_WITH_PMS", actionIds(a).get(0)), marketer().pmContacts(3).build()),
        rule("Internal move: own a small but real product problem in your own area", MARKETER,
            a -> assertTrue(a.action("OWN_A_PRODUCT_PROBLEM").isPresent()),
            marketer().pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build()),
        rule("Internal move: a problem already defined is half of owning it",
            marketer().pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build(),
            a -> assertEquals(2, because(a, "OWN_A_PRODUCT_PROBLEM").size()), MARKETER),
        rule("Internal move: propose product practices where the company builds without them", MARKETER,
            a -> assertTrue(a.action("INTRODUCE_PRODUCT_PRACTICES").isPresent()),
            person(RoleFamily.MARKETING, 6).employer(DIGITAL_FORMAL).build()),
        rule("Internal move: say how your experience transfers to product management", MARKETER,
            a -> assertEquals(List.of(text("reason.transfer.MARKETING")), because(a, "ARTICULATE_TRANSFERABLE_SKILLS")),
            DEVELOPER));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void coffeeChatsNeedProductManagersAtWork() {
    assertFalse(advise(person(RoleFamily.MARKETING, 6).employer(DIGITAL_NO_PMS).build())
        .action("COFFEE_CHATS_WITH_PMS").isPresent());
  }

  @Test
  void practicesAreNotProposedTwice() {
    assertFalse(advise(marketer().pmLikeWork(PmLikeWork.DOCUMENTED_PRODUCT_PROCESS).build())
        .action("INTRODUCE_PRODUCT_PRACTICES").isPresent());
  }

  @Test
  void internalActionsNeedAnEmployerThatBuildsDigitalProducts() {
    List<String> ids = actionIds(advise(person(RoleFamily.MARKETING, 6).employer(NOT_DIGITAL).build()));
    for (String id : List.of("COFFEE_CHATS_WITH_PMS", "OWN_A_PRODUCT_PROBLEM", "INTRODUCE_PRODUCT_PRACTICES",
        "ARTICULATE_TRANSFERABLE_SKILLS")) {
      assertFalse(ids.contains(id), id + " in " + ids);
    }
  }
}
