package org.pmpathways.rules;

import static org.pmpathways.rules.Concluded.proposes;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** networking.drl: meeting product managers, at work where there are some, outside where there are none. */
class NetworkingRulesTest {
  private static Profile.Builder withPms() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS);
  }

  private static Profile.Builder withoutPms() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_NO_PMS);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Networking: get to know the product managers at work over coffee", withPms().pmContacts(1).build(),
            proposes("COFFEE_CHATS_WITH_PMS", "coffee.pms-at-work", 1), withPms().pmContacts(3).build()),
        rule("Networking: with no product managers at work, meet some outside for informational interviews",
            withoutPms().informationalInterviews(2).build(),
            proposes("INFORMATIONAL_INTERVIEWS", "interviews.outside", 2, 1), withoutPms().informationalInterviews(5).build()),
        rule("Networking: ask product managers for feedback on your concept work",
            newcomer().sideProject(project("Checkout redesign", ProjectKind.FEATURE_REDESIGN, ProjectStage.IN_PROGRESS)).build(),
            proposes("INFORMATIONAL_INTERVIEWS", "interviews.feedback", "Checkout redesign"),
            newcomer().sideProject(project("Checkout redesign", ProjectKind.FEATURE_REDESIGN, ProjectStage.IDEA)).build()),
        rule("Networking: with nobody to learn product management from, join a community of practice",
            withoutPms().pmContacts(1).build(),
            proposes("JOIN_A_PM_COMMUNITY", "community.nobody-to-learn-from", 1, 1), withoutPms().pmContacts(3).build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }
}
