package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.facts.TrioArea;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** Free-text skills: our phrases, ESCO skill labels, and the skills nothing places. */
class SkillReadingTest {
  private static Advice adviseWithSkills(String... skills) {
    Profile.Builder b = Fixtures.person(RoleFamily.MARKETING, 5);
    for (String skill : skills) {
      b.skill(skill);
    }
    return Fixtures.advise(b.build());
  }

  @Test
  void skillsNothingPlacesAreListedAsUnreadInOrderWithoutRepeats() {
    Advice advice = adviseWithSkills("customer interviews", "basket weaving", "SQL", "competitive yodelling",
        "basket weaving");
    assertEquals(List.of("basket weaving", "competitive yodelling"), advice.unreadSkills());
  }

  @Test
  void escoSkillLabelsShowWhatTheirSkillShows() {
    // "design user interface" (ESCO) shows usability; "implement marketing strategies" (ESCO) shows value.
    Advice advice = adviseWithSkills("design user interface", "implement marketing strategies");
    assertEquals(List.of(), advice.unreadSkills());
    assertTrue(Fixtures.fired(advice, "Trio: skills from trio areas bring someone outside the trio a little closer"));
    Advice keyed = Fixtures.adviseKeyed(Fixtures.person(RoleFamily.SALES, 2).skill("design user interface")
        .skill("implement marketing strategies").build());
    assertTrue(Fixtures.reasons(keyed, Pathway.PRODUCT_TRIO).contains(
        Fixtures.text("reason.trio.skill-areas", List.of(TrioArea.USABILITY, TrioArea.VALUE))),
        Fixtures.reasons(keyed, Pathway.PRODUCT_TRIO).toString());
  }

  @Test
  void aProfileWithoutSkillsHasNoUnreadSkills() {
    assertEquals(List.of(), Fixtures.advise(Fixtures.person(RoleFamily.SALES, 2).build()).unreadSkills());
  }
}
