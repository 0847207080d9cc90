package org.pmpathways.rules;

import static org.pmpathways.rules.Concluded.proposes;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.advice.Competency;
import org.pmpathways.profile.CompletedAction;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** getting-hired.drl: telling the story, interview stories, and once ready, showing the proof and applying. */
class GettingHiredRulesTest {
  private static final String UNREADABLE = "Zorblax wrangler";
  private static final Profile MARKETER = marketer().build();

  private static Profile.Builder marketer() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS);
  }

  /** Ready: a launched app with 600 users ({@link Fixtures#shippedApp}). */
  private static Profile shipped(RoleFamily role, int years) {
    return person(role, years).sideProject(shippedApp()).build();
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Story: tell how what you do today carries over to product work", MARKETER,
            proposes("ARTICULATE_TRANSFERABLE_SKILLS", "transfer", RoleFamily.MARKETING), person(RoleFamily.MARKETING, 0).build()),
        rule("Story: with a role we could not read, tell how your years of work carry over",
            Profile.builder().title(UNREADABLE).yearsExperience(3).build(),
            proposes("ARTICULATE_TRANSFERABLE_SKILLS", "transfer.unread", 3),
            Profile.builder().title(UNREADABLE).yearsExperience(0).build()),
        rule("Story: with product work under way, prepare interview stories for the three competencies",
            newcomer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS)).build(),
            proposes("PREPARE_COMPETENCY_STORIES", "stories"), newcomer().build()),
        rule("Story: with product work under way, the competencies not shown yet need a real example first",
            person(RoleFamily.DEVELOPER, 5).employer(DIGITAL_WITH_PMS).pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build(),
            proposes("PREPARE_COMPETENCY_STORIES", "stories.gap",
                EnumSet.of(Competency.CUSTOMER_EMPATHY, Competency.BUSINESS_SENSE), 2),
            shipped(RoleFamily.OTHER, 1)),
        rule("Ready: put the product you built in front of hiring managers", shipped(RoleFamily.OTHER, 1),
            proposes("SHOWCASE_PRODUCT_PROOF", "showcase", "Shift swap"), shipped(RoleFamily.FOUNDER, 1)),
        rule("Ready: show the tiny product you shipped since the last plan",
            person(RoleFamily.OTHER, 1).completedAction(CompletedAction.of("SHIP_A_TINY_PRODUCT")).build(),
            proposes("SHOWCASE_PRODUCT_PROOF", "showcase.shipped-since"), shipped(RoleFamily.OTHER, 1)),
        rule("Ready: a founder shows the product their company built", shipped(RoleFamily.FOUNDER, 1),
            proposes("SHOWCASE_PRODUCT_PROOF", "showcase.founder"), shipped(RoleFamily.OTHER, 1)),
        rule("Ready: show the product work you led in your job", marketer().pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build(),
            proposes("SHOWCASE_PRODUCT_PROOF", "showcase.work"), marketer().pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build()),
        rule("Ready: early in a career, apply to associate and junior product roles", shipped(RoleFamily.OTHER, 4),
            proposes("APPLY_TO_ENTRY_PM_ROLES", "apply.entry", 4), shipped(RoleFamily.OTHER, 5)),
        rule("Ready: with years of experience, apply to product roles at your level", shipped(RoleFamily.MARKETING, 5),
            proposes("APPLY_TO_PM_ROLES", "apply.experienced", 5), shipped(RoleFamily.MARKETING, 4)),
        rule("Ready: years in a field far from product start at associate roles", shipped(RoleFamily.OTHER, 5),
            proposes("APPLY_TO_ENTRY_PM_ROLES", "apply.new-field", 5), shipped(RoleFamily.MARKETING, 5)));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }
}
