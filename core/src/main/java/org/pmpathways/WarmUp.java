package org.pmpathways;

import java.util.ArrayList;
import java.util.List;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/**
 * Profiles that together reach every kind of rule (each role, with and without an employer that
 * builds products, with and without proof), for warming an advisor up at build.
 */
final class WarmUp {
  static final List<Profile> PROFILES = profiles();

  private WarmUp() {}

  private static List<Profile> profiles() {
    List<Profile> out = new ArrayList<>();
    Employer[] employers = {Employer.of(true, true, false), Employer.of(true, false, false), null};
    SideProject shipped = new SideProject("Warm-up app", ProjectKind.NO_CODE_APP, ProjectStage.LAUNCHED, 150, 0,
        true, true, true);
    SideProject idea = new SideProject("", ProjectKind.CASE_STUDY, ProjectStage.IDEA, 0, 0, false, false, false);
    int i = 0;
    for (RoleFamily role : RoleFamily.values()) {
      for (Employer employer : employers) {
        Profile.Builder b = Profile.builder().role(role).yearsExperience(i % 12).skill("customer interviews")
            .skill("sql").certification("PMP").pmContacts(i % 3).pmLikeWork(PmLikeWork.PRIORITIZED_BACKLOG)
            .sideProject(i % 2 == 0 ? shipped : idea);
        if (employer != null) {
          b.employer(employer);
        }
        try {
          out.add(b.build());
        } catch (InvalidProfileException e) {
          continue; // a family the profile does not take as a role
        }
        i++;
      }
    }
    out.add(Profile.builder().title("Senior Software Engineer").yearsExperience(5).build());
    return List.copyOf(out);
  }
}
