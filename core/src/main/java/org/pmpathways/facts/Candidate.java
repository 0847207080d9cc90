package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleReading;

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
  private final TitleReading titleReading;

  /**
   * @param profile the validated profile
   * @param roleFamily the role family to reason with
   * @param roleSource how the role family was found, for explanations (e.g. "role given")
   */
  public Candidate(Profile profile, RoleFamily roleFamily, String roleSource) {
    this(profile, roleFamily, roleSource, null);
  }

  /**
   * @param profile the validated profile
   * @param roleFamily the role family to reason with
   * @param roleSource how the role family was found, for explanations (e.g. "role given")
   * @param titleReading how the profile's title was read, or {@code null} when it has none
   */
  public Candidate(Profile profile, RoleFamily roleFamily, String roleSource, TitleReading titleReading) {
    this.profile = Objects.requireNonNull(profile, "profile must not be null");
    this.roleFamily = Objects.requireNonNull(roleFamily, "roleFamily must not be null");
    this.roleSource = Objects.requireNonNull(roleSource, "roleSource must not be null");
    this.titleReading = titleReading;
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

  /** How the title was read, or {@code null} when the profile has no title. */
  public TitleReading getTitleReading() {
    return titleReading;
  }

  /** The family read from the title: UNKNOWN when it could not be read, {@code null} without a title. */
  public RoleFamily getTitleFamily() {
    return titleReading == null ? null : titleReading.family();
  }

  /** Why the title could not be read, or "" when it was read or there is none. */
  public String getTitleReason() {
    return titleReading == null || titleReading.reason() == null ? "" : titleReading.reason();
  }

  /** The role the profile gives, or {@code null} when it gives none and the title decides. */
  public RoleFamily getRoleGiven() {
    return profile.role().orElse(null);
  }

  /**
   * Whether the profile gives a role and its title was read, confidently, as another family.
   * OTHER and UNKNOWN readings never disagree: they say too little about the person.
   */
  public boolean isTitleDisagreeingWithRole() {
    RoleFamily given = getRoleGiven();
    RoleFamily read = getTitleFamily();
    return given != null && read != null && read != given && read != RoleFamily.UNKNOWN
        && read != RoleFamily.OTHER && given != RoleFamily.OTHER;
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
