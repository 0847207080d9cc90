package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/**
 * The candidate as the rules see it: the profile's facts with the role family resolved. Getters
 * are JavaBean-style so constraints read naturally, e.g.
 * {@code Candidate(roleFamily == RoleFamily.DEVELOPER, atDigitalProductCompany)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Candidate {
  private final Profile profile;
  private final RoleFamily roleFamily;
  private final String roleSource;

  /**
   * @param profile the validated profile
   * @param roleFamily the role family to reason with
   * @param roleSource how the role family was found, for explanations (e.g. "role given")
   */
  public Candidate(Profile profile, RoleFamily roleFamily, String roleSource) {
    this.profile = Objects.requireNonNull(profile, "profile must not be null");
    this.roleFamily = Objects.requireNonNull(roleFamily, "roleFamily must not be null");
    this.roleSource = Objects.requireNonNull(roleSource, "roleSource must not be null");
  }

  public Profile getProfile() {
    return profile;
  }

  public RoleFamily getRoleFamily() {
    return roleFamily;
  }

  public String getTitle() {
    return profile.title().orElse("");
  }

  public int getYearsExperience() {
    return profile.yearsExperience();
  }

  /** Whether the profile names a current employer. */
  public boolean isEmployed() {
    return profile.employer().isPresent();
  }

  /** Employed by an organisation that builds digital products. */
  public boolean isAtDigitalProductCompany() {
    return profile.employer().map(Employer::buildsDigitalProducts).orElse(false);
  }

  /** Employed where there are product managers to meet. */
  public boolean isWorkingWithProductManagers() {
    return profile.employer().map(Employer::hasProductManagers).orElse(false);
  }

  /** Employed where a formal product practice is followed. */
  public boolean isInFormalProductProcess() {
    return profile.employer().map(Employer::formalProductProcess).orElse(false);
  }

  public List<String> getCertifications() {
    return profile.certifications();
  }

  public boolean isHoldingCertifications() {
    return !profile.certifications().isEmpty();
  }

  public int getPmContacts() {
    return profile.pmContacts();
  }

  public int getInformationalInterviews() {
    return profile.informationalInterviews();
  }

  public Set<PmLikeWork> getPmLikeWork() {
    return profile.pmLikeWork();
  }

  /** Whether the candidate has already done this piece of product-management work. */
  public boolean hasDone(PmLikeWork work) {
    return profile.pmLikeWork().contains(work);
  }

  /** Whether the candidate has done any product-management work at all. */
  public boolean isExperiencedInPmWork() {
    return !profile.pmLikeWork().isEmpty();
  }

  @Override
  public String toString() {
    String employer = profile.employer()
        .map(e -> "employer(digitalProducts=" + e.buildsDigitalProducts() + ", productManagers="
            + e.hasProductManagers() + ", formalProcess=" + e.formalProductProcess() + ")")
        .orElse("no employer");
    return "Candidate(" + roleFamily + " [" + roleSource + "], " + profile.yearsExperience() + " years, "
        + employer + ", certifications=" + profile.certifications().size() + ", pmContacts="
        + profile.pmContacts() + ", informationalInterviews=" + profile.informationalInterviews()
        + ", pmLikeWork=" + profile.pmLikeWork().stream().sorted().toList() + ")";
  }
}
