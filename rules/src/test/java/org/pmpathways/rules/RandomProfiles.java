package org.pmpathways.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/** Valid profiles drawn at random from a fixed seed, covering every field of the contract. */
final class RandomProfiles {
  /** The roles a profile can give: every family but UNKNOWN, which is only ever read from a title. */
  private static final RoleFamily[] GIVEN = java.util.Arrays.stream(RoleFamily.values())
      .filter(f -> f != RoleFamily.UNKNOWN).toArray(RoleFamily[]::new);

  private static final String[] TITLES = {"Sr. Software Engineer", "UX Designer", "BI Analyst", "Scrum Master",
      "Account Executive", "Registered Nurse", "Customer Success Manager", "Growth Marketer", "Product Owner", "Chef"};
  private static final String[] SKILLS = {"SQL", "Figma", "customer interviews", "launch strategy", "Java",
      "stakeholder management", "pricing", "knitting", "A/B testing", "roadmapping"};
  private static final String[] CERTIFICATES = {"PMP", "CSPO", "Pragmatic Marketing"};

  private RandomProfiles() {}

  static List<Profile> generate(long seed, int count) {
    Random r = new Random(seed);
    List<Profile> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Profile.Builder b = Profile.builder().id("p" + i).yearsExperience(r.nextInt(25));
      if (r.nextInt(4) == 0) {
        b.title(TITLES[r.nextInt(TITLES.length)]);
      } else {
        b.role(GIVEN[r.nextInt(GIVEN.length)]);
      }
      for (int s = r.nextInt(5); s > 0; s--) {
        b.skill(SKILLS[r.nextInt(SKILLS.length)]);
      }
      for (int p = r.nextInt(3); p > 0; p--) {
        b.sideProject(new SideProject("project " + p, ProjectKind.values()[r.nextInt(ProjectKind.values().length)],
            ProjectStage.values()[r.nextInt(ProjectStage.values().length)], r.nextBoolean() ? 0 : r.nextInt(1000),
            r.nextInt(3) == 0 ? r.nextInt(500) : 0, r.nextBoolean(), r.nextBoolean(), r.nextBoolean()));
      }
      if (r.nextInt(3) == 0) {
        b.certification(CERTIFICATES[r.nextInt(CERTIFICATES.length)]);
      }
      if (r.nextInt(4) != 0) {
        b.employer(Employer.of(r.nextBoolean(), r.nextBoolean(), r.nextBoolean()));
      }
      b.pmContacts(r.nextInt(5)).informationalInterviews(r.nextInt(5));
      for (PmLikeWork w : PmLikeWork.values()) {
        if (r.nextInt(5) == 0) {
          b.pmLikeWork(w);
        }
      }
      out.add(b.build());
    }
    return out;
  }
}
