package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/**
 * The role's words fit the sentences they are put in: "your field", "a role we could not read" and
 * "founding a company" (OTHER, UNKNOWN, FOUNDER) are never pasted into "your ... work" (found by a
 * coach's review: "in your your field work", "3 years of a role we could not read work", "9 years of
 * founding a company work").
 */
class RoleWordsInTextsTest {
  /**
   * The actions whose detail names the role and that OTHER and UNKNOWN roles are given
   * (VOLUNTEER_FOR_PM_TASKS names it too, for roles in the product trio only).
   */
  private static final List<String> ACTIONS_WITH_THE_ROLE = List.of("OWN_A_PRODUCT_PROBLEM",
      "ARTICULATE_TRANSFERABLE_SKILLS");

  /** Candidates of the role (or, with {@code null}, of a title that cannot be read) in every employer situation. */
  private static List<Profile> candidates(RoleFamily role) {
    List<Profile> out = new ArrayList<>();
    for (Employer employer : new Employer[] {null, Fixtures.DIGITAL_WITH_PMS, Fixtures.DIGITAL_NO_PMS,
        Fixtures.NOT_DIGITAL}) {
      for (int years : new int[] {1, 6}) {
        Profile.Builder b = Profile.builder().yearsExperience(years);
        if (role == null) {
          b.title("Open to work");
        } else {
          b.role(role);
        }
        out.add((employer == null ? b : b.employer(employer)).build());
      }
    }
    return out;
  }

  private static Set<String> details(PathwayAdvisor advisor, RoleFamily role, Set<String> ids) {
    Set<String> details = new TreeSet<>();
    for (Profile p : candidates(role)) {
      Advice advice = advisor.advise(p);
      if (role == null) {
        assertEquals(RoleFamily.UNKNOWN, advice.roleFamily());
      }
      for (Action a : advice.actions()) {
        if (ACTIONS_WITH_THE_ROLE.contains(a.id())) {
          ids.add(a.id());
          details.add(a.detail());
        }
      }
    }
    return details;
  }

  @Test
  void otherUnknownAndFounderRolesAreNotPastedIntoSentencesAboutAField() {
    for (RoleFamily role : new RoleFamily[] {RoleFamily.OTHER, RoleFamily.FOUNDER, null}) {
      Set<String> ids = new TreeSet<>();
      for (String detail : details(Fixtures.ADVISOR, role, ids)) {
        assertFalse(detail.contains("your your") || detail.contains("your field") || detail.contains("could not read")
            || detail.contains("founding a company"), detail);
      }
      for (String detail : details(PathwayAdvisor.builder().locale(Locale.FRENCH).build(), role, ids)) {
        assertFalse(detail.contains("dans votre domaine") || detail.contains("pas pu identifier")
            || detail.contains("création d'entreprise"), detail);
      }
      // The sentences were there to be checked: the actions that name the role were proposed (a
      // founder has no internal move, so no product problem to own there).
      Set<String> expected = role == RoleFamily.FOUNDER ? Set.of("ARTICULATE_TRANSFERABLE_SKILLS")
          : new TreeSet<>(ACTIONS_WITH_THE_ROLE);
      assertEquals(expected, ids, String.valueOf(role));
    }
  }

  @Test
  void aRoleThatNamesAFieldIsStillNamed() {
    Set<String> ids = new TreeSet<>();
    Set<String> details = details(Fixtures.ADVISOR, RoleFamily.MARKETING, ids);
    assertTrue(details.stream().anyMatch(d -> d.contains("of marketing work")), details.toString());
    assertTrue(details.stream().anyMatch(d -> d.contains("your marketing work")), details.toString());
  }
}
