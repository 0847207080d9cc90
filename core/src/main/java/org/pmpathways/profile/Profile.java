package org.pmpathways.profile;

import static org.pmpathways.profile.ProfileLimits.checkRange;
import static org.pmpathways.profile.ProfileLimits.checkSize;
import static org.pmpathways.profile.ProfileLimits.checkText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pmpathways.InvalidProfileException;

/**
 * A candidate's background: the facts the advisor reasons over. It mirrors the profile JSON of the
 * contract field by field, and field names in validation errors are the JSON names.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Profile ana = Profile.builder()
 *     .id("ana")
 *     .title("Senior Marketing Manager")
 *     .yearsExperience(6)
 *     .skills(List.of("launch strategy", "customer interviews"))
 *     .employer(Employer.of(true, true, false))
 *     .build();
 * }</pre>
 */
public final class Profile {
  private final String id;
  private final String title;
  private final RoleFamily role;
  private final int yearsExperience;
  private final List<String> skills;
  private final List<SideProject> sideProjects;
  private final List<String> certifications;
  private final Employer employer;
  private final int pmContacts;
  private final int informationalInterviews;
  private final Set<PmLikeWork> pmLikeWork;
  private final List<CompletedAction> completedActions;

  private Profile(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.role = b.role;
    this.yearsExperience = b.yearsExperience;
    this.skills = List.copyOf(b.skills);
    this.sideProjects = List.copyOf(b.sideProjects);
    this.certifications = List.copyOf(b.certifications);
    this.employer = b.employer;
    this.pmContacts = b.pmContacts;
    this.informationalInterviews = b.informationalInterviews;
    EnumSet<PmLikeWork> work = EnumSet.noneOf(PmLikeWork.class);
    work.addAll(b.pmLikeWork);
    this.pmLikeWork = Collections.unmodifiableSet(work); // EnumSet: iteration in declaration order
    this.completedActions = List.copyOf(b.completedActions);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The host's identifier for this profile, echoed back in the advice. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The free-text job title, read into a role family when {@link #role()} is absent. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The role family the host chose; when absent the advisor reads the title. */
  public Optional<RoleFamily> role() {
    return Optional.ofNullable(role);
  }

  public int yearsExperience() {
    return yearsExperience;
  }

  /** Free-text skills, in the order given. */
  public List<String> skills() {
    return skills;
  }

  public List<SideProject> sideProjects() {
    return sideProjects;
  }

  /** Certificates held (PMP, product owner, ...), as free text. */
  public List<String> certifications() {
    return certifications;
  }

  /** The current employer; absent when not employed or unknown. */
  public Optional<Employer> employer() {
    return Optional.ofNullable(employer);
  }

  /** Product managers the candidate talks with. */
  public int pmContacts() {
    return pmContacts;
  }

  public int informationalInterviews() {
    return informationalInterviews;
  }

  /** Product-management work already done; an unmodifiable set iterated in declaration order. */
  public Set<PmLikeWork> pmLikeWork() {
    return pmLikeWork;
  }

  /** Actions of earlier plans the candidate has done, in the order given; empty when none. */
  public List<CompletedAction> completedActions() {
    return completedActions;
  }

  /** Whether the candidate has done the action with this id. */
  public boolean hasCompleted(String actionId) {
    for (CompletedAction done : completedActions) {
      if (done.id().equals(actionId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * This profile with one more completed action, for asking what completing it would change. The
   * profile is returned as it is when the action is already completed.
   */
  public Profile withCompleted(String actionId) {
    if (hasCompleted(actionId)) {
      return this;
    }
    return toBuilder().completedAction(CompletedAction.of(actionId)).build();
  }

  /** A builder holding this profile's facts. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.role = role;
    b.yearsExperience = yearsExperience;
    b.skills.addAll(skills);
    b.sideProjects.addAll(sideProjects);
    b.certifications.addAll(certifications);
    b.employer = employer;
    b.pmContacts = pmContacts;
    b.informationalInterviews = informationalInterviews;
    b.pmLikeWork.addAll(pmLikeWork);
    b.completedActions.addAll(completedActions);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile p && Objects.equals(id, p.id) && Objects.equals(title, p.title)
        && role == p.role && yearsExperience == p.yearsExperience && skills.equals(p.skills)
        && sideProjects.equals(p.sideProjects) && certifications.equals(p.certifications)
        && Objects.equals(employer, p.employer) && pmContacts == p.pmContacts
        && informationalInterviews == p.informationalInterviews && pmLikeWork.equals(p.pmLikeWork)
        && completedActions.equals(p.completedActions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, role, yearsExperience, skills, sideProjects, certifications, employer,
        pmContacts, informationalInterviews, pmLikeWork, completedActions);
  }

  @Override
  public String toString() {
    return "Profile(id=" + id + ", title=" + title + ", role=" + role + ", yearsExperience=" + yearsExperience
        + ", skills=" + skills + ", sideProjects=" + sideProjects + ", certifications=" + certifications
        + ", employer=" + employer + ", pmContacts=" + pmContacts + ", informationalInterviews="
        + informationalInterviews + ", pmLikeWork=" + pmLikeWork
        + (completedActions.isEmpty() ? "" : ", completedActions=" + completedActions) + ")";
  }

  /**
   * Builds a {@link Profile}. {@code yearsExperience} is required, and so is a role or a title.
   * Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String title;
    private RoleFamily role;
    private Integer yearsExperience;
    private final List<String> skills = new ArrayList<>();
    private final List<SideProject> sideProjects = new ArrayList<>();
    private final List<String> certifications = new ArrayList<>();
    private Employer employer;
    private int pmContacts;
    private int informationalInterviews;
    private final List<PmLikeWork> pmLikeWork = new ArrayList<>();
    private final List<CompletedAction> completedActions = new ArrayList<>();

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder role(RoleFamily role) {
      this.role = role;
      return this;
    }

    public Builder yearsExperience(int yearsExperience) {
      this.yearsExperience = yearsExperience;
      return this;
    }

    public Builder skill(String skill) {
      skills.add(Objects.requireNonNull(skill, "skill must not be null"));
      return this;
    }

    public Builder skills(Collection<String> skills) {
      skills.forEach(this::skill);
      return this;
    }

    public Builder sideProject(SideProject project) {
      sideProjects.add(Objects.requireNonNull(project, "side project must not be null"));
      return this;
    }

    public Builder sideProjects(Collection<SideProject> projects) {
      projects.forEach(this::sideProject);
      return this;
    }

    public Builder certification(String certification) {
      certifications.add(Objects.requireNonNull(certification, "certification must not be null"));
      return this;
    }

    public Builder certifications(Collection<String> certifications) {
      certifications.forEach(this::certification);
      return this;
    }

    /** Sets the current employer; {@code null} means not employed or unknown. */
    public Builder employer(Employer employer) {
      this.employer = employer;
      return this;
    }

    public Builder pmContacts(int pmContacts) {
      this.pmContacts = pmContacts;
      return this;
    }

    public Builder informationalInterviews(int informationalInterviews) {
      this.informationalInterviews = informationalInterviews;
      return this;
    }

    public Builder pmLikeWork(PmLikeWork work) {
      pmLikeWork.add(Objects.requireNonNull(work, "pm-like work must not be null"));
      return this;
    }

    public Builder pmLikeWork(Collection<PmLikeWork> work) {
      work.forEach(this::pmLikeWork);
      return this;
    }

    /** Adds an action of an earlier plan that the candidate has done. */
    public Builder completedAction(CompletedAction done) {
      completedActions.add(Objects.requireNonNull(done, "completed action must not be null"));
      return this;
    }

    /** Adds the actions of earlier plans that the candidate has done. */
    public Builder completedActions(Collection<CompletedAction> done) {
      done.forEach(this::completedAction);
      return this;
    }

    /**
     * Validates the facts and returns the profile.
     *
     * @throws InvalidProfileException naming the first field that is missing, too long or out of range
     */
    public Profile build() {
      if (id != null) {
        checkText("id", id);
      }
      if (title != null) {
        checkText("title", title);
      }
      if (role == RoleFamily.UNKNOWN) {
        List<String> allowed = InvalidProfileException.namesOf(RoleFamily.class).stream()
            .filter(n -> !n.equals(RoleFamily.UNKNOWN.name())).toList();
        throw new InvalidProfileException("role", "UNKNOWN is what reading a title answers when it cannot read it;"
            + " give a role or leave the field out; allowed values: " + allowed, allowed);
      }
      if (role == null && (title == null || title.isBlank())) {
        List<String> allowed = InvalidProfileException.namesOf(RoleFamily.class).stream()
            .filter(n -> !n.equals(RoleFamily.UNKNOWN.name())).toList();
        throw new InvalidProfileException("role", "is required when title is absent or blank; allowed values: " + allowed,
            allowed);
      }
      if (yearsExperience == null) {
        throw new InvalidProfileException("yearsExperience", "is required (a whole number from 0 to " + ProfileLimits.MAX_YEARS + ")");
      }
      checkRange("yearsExperience", yearsExperience, 0, ProfileLimits.MAX_YEARS);
      checkList("skills", skills);
      checkList("certifications", certifications);
      checkSize("sideProjects", sideProjects.size());
      checkSize("pmLikeWork", pmLikeWork.size());
      checkRange("pmContacts", pmContacts, 0, ProfileLimits.MAX_COUNT);
      checkRange("informationalInterviews", informationalInterviews, 0, ProfileLimits.MAX_COUNT);
      checkSize("completedActions", completedActions.size());
      for (int i = 0; i < completedActions.size(); i++) {
        completedActions.get(i).check("completedActions[" + i + "]");
      }
      return new Profile(this);
    }

    private static void checkList(String field, List<String> values) {
      checkSize(field, values.size());
      for (int i = 0; i < values.size(); i++) {
        checkText(field + "[" + i + "]", values.get(i));
      }
    }
  }
}
