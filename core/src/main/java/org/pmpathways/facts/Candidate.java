package org.pmpathways.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pmpathways.advice.Competency;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleModifier;
import org.pmpathways.reading.TitleReading;

/**
 * The candidate as the rules see it: one flat fact with the profile's facts and everything the rules
 * test computed once, before the session: the role family chosen, table look-ups (whether the role is
 * in the product trio, what it suggests of each competency), the trio areas of the skills, the side
 * projects summed up, and what completed actions count as. Getters are JavaBean-style so constraints
 * read naturally, e.g. {@code Candidate(inTrio, atDigitalProductCompany, pmContacts < 3)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Candidate {
  private static final String ROLE_GIVEN = "role given";
  private final Profile profile;
  private final RoleFamily roleFamily;
  /** How the role family was found; made from the title reading when first asked (racy, idempotent). */
  private String roleSource;
  private final TitleReading titleReading;
  private final boolean inTrio;
  private final List<Competency> roleCompetencies;
  private final List<WorkShown> workShown;
  private final Set<TrioArea> skillAreas;
  private final Set<PmLikeWork> pmLikeWork;
  private final int pmContacts;
  private final int informationalInterviews;
  private final Completion completion;
  private final int projectCount;
  private final int projectsUnderWay;
  private final Project proofProject;
  private final Project mainProject;
  private final boolean shippedProductKind;
  private final boolean conceptWork;
  // The employer's facts, read once: rules test them often.
  private final boolean employed;
  private final boolean atDigitalProductCompany;
  private final boolean workingWithProductManagers;
  private final boolean inFormalProductProcess;
  private final boolean holdingProductRouteCertifications;
  private final boolean strongPmWork;

  /**
   * A candidate whose role family is the one the profile gives, else the one read from its title;
   * how it was found ({@link #getRoleSource}) is then "role given" or the title reading's
   * {@link TitleReading#describe description}, made when first asked.
   *
   * @param profile the validated profile
   * @param roleFamily the role family to reason with
   * @param titleReading how the profile's title was read, or {@code null} when it has none; not
   *     {@code null} when the profile gives no role
   * @param inTrio whether the role is one of the product trio, by the trio-roles table
   * @param roleCompetencies what the role suggests, by the role-competencies table
   * @param skillAreas the trio areas the candidate's skills belong to
   * @param projects the side projects as the engine inserts them, in profile order
   * @param completion what the completed actions count as
   * @param workCompetencies what each piece of PM-like work shows, by the work-competencies table
   * @param productRouteCertifications whether a certificate held is one taken on the way to product
   *     work: it names a craft other than the holder's own (the vocabulary's certificate-crafts; the
   *     others are credentials of the holder's own field or of another)
   */
  public Candidate(Profile profile, RoleFamily roleFamily, TitleReading titleReading, boolean inTrio,
      List<Competency> roleCompetencies, Set<TrioArea> skillAreas, List<Project> projects, Completion completion,
      Map<PmLikeWork, WorkShown> workCompetencies, boolean productRouteCertifications) {
    this(profile, roleFamily, profile.role().isPresent() ? ROLE_GIVEN : null, titleReading, inTrio,
        roleCompetencies, skillAreas, projects, completion, workCompetencies, productRouteCertifications, true);
    if (profile.role().isEmpty() && titleReading == null) {
      throw new IllegalArgumentException("titleReading must not be null when the profile gives no role");
    }
  }

  /**
   * Built by the advisor for each call; host rules read it.
   *
   * @param profile the validated profile
   * @param roleFamily the role family to reason with
   * @param roleSource how the role family was found (e.g. "role given")
   * @param titleReading how the profile's title was read, or {@code null} when it has none
   * @param inTrio whether the role is one of the product trio, by the trio-roles table
   * @param roleCompetencies what the role suggests, by the role-competencies table
   * @param skillAreas the trio areas the candidate's skills belong to
   * @param projects the side projects as the engine inserts them, in profile order
   * @param completion what the completed actions count as
   * @param workCompetencies what each piece of PM-like work shows, by the work-competencies table
   * @param productRouteCertifications whether a certificate held is one taken on the way to product
   *     work: it names a craft other than the holder's own (the vocabulary's certificate-crafts)
   */
  public Candidate(Profile profile, RoleFamily roleFamily, String roleSource, TitleReading titleReading,
      boolean inTrio, List<Competency> roleCompetencies, Set<TrioArea> skillAreas, List<Project> projects,
      Completion completion, Map<PmLikeWork, WorkShown> workCompetencies, boolean productRouteCertifications) {
    this(profile, roleFamily, Objects.requireNonNull(roleSource, "roleSource must not be null"), titleReading,
        inTrio, roleCompetencies, skillAreas, projects, completion, workCompetencies, productRouteCertifications,
        true);
  }

  private Candidate(Profile profile, RoleFamily roleFamily, String roleSource, TitleReading titleReading,
      boolean inTrio, List<Competency> roleCompetencies, Set<TrioArea> skillAreas, List<Project> projects,
      Completion completion, Map<PmLikeWork, WorkShown> workCompetencies, boolean productRouteCertifications,
      boolean checked) {
    this.profile = Objects.requireNonNull(profile, "profile must not be null");
    this.roleFamily = Objects.requireNonNull(roleFamily, "roleFamily must not be null");
    this.roleSource = roleSource;
    Employer employer = profile.employer().orElse(null);
    this.employed = employer != null;
    this.atDigitalProductCompany = employer != null && employer.buildsDigitalProducts();
    this.workingWithProductManagers = employer != null && employer.hasProductManagers();
    this.inFormalProductProcess = employer != null && employer.formalProductProcess();
    this.holdingProductRouteCertifications = productRouteCertifications && !profile.certifications().isEmpty();
    this.titleReading = titleReading;
    this.inTrio = inTrio;
    this.roleCompetencies = List.copyOf(roleCompetencies);
    EnumSet<TrioArea> areas = EnumSet.noneOf(TrioArea.class);
    areas.addAll(skillAreas);
    this.skillAreas = Collections.unmodifiableSet(areas);
    this.completion = Objects.requireNonNull(completion, "completion must not be null");
    EnumSet<PmLikeWork> work = EnumSet.noneOf(PmLikeWork.class);
    work.addAll(profile.pmLikeWork());
    work.addAll(completion.work());
    this.pmLikeWork = Collections.unmodifiableSet(work);
    List<WorkShown> shown = new ArrayList<>(work.size());
    for (PmLikeWork w : work) {
      WorkShown row = workCompetencies.get(w);
      if (row != null) {
        shown.add(row);
      }
    }
    this.workShown = List.copyOf(shown);
    this.strongPmWork = strongPmWork(work, this.workShown);
    this.pmContacts = Math.max(profile.pmContacts(), completion.pmContacts());
    this.informationalInterviews = Math.max(profile.informationalInterviews(), completion.informationalInterviews());
    this.projectCount = projects.size();
    int underWay = 0;
    Project proof = null;
    Project main = null;
    boolean shippedKind = false;
    boolean concept = completion.conceptWork();
    for (Project p : projects) {
      if (p.getStage() != ProjectStage.IDEA) {
        underWay++;
      }
      if (proof == null && p.isOutcomeProof()) {
        proof = p;
      }
      if (main == null || rank(p) > rank(main)) {
        main = p;
      }
      shippedKind |= p.getNature() != ProjectNature.CONCEPT;
      concept |= p.getNature() == ProjectNature.CONCEPT;
    }
    this.projectsUnderWay = underWay;
    this.proofProject = proof;
    this.mainProject = main;
    this.shippedProductKind = shippedKind;
    this.conceptWork = concept;
  }

  /** How far a project has come, to choose the one a plan talks about: proof first, then the furthest. */
  private static int rank(Project p) {
    return (p.isOutcomeProof() ? 10 : 0) + p.getStage().ordinal();
  }

  public Profile getProfile() {
    return profile;
  }

  public RoleFamily getRoleFamily() {
    return roleFamily;
  }

  /** How the role family was found, e.g. "role given". */
  public String getRoleSource() {
    String source = roleSource;
    if (source == null) {
      source = titleReading.describe();
      roleSource = source; // a String is safe to publish this way; every thread makes the same one
    }
    return source;
  }

  /** Someone not (currently) a product manager: every pathway and action is for them. */
  public boolean isAspirant() {
    return roleFamily != RoleFamily.PRODUCT_MANAGER;
  }

  /** The role is engineering, design or analysis, by the trio-roles table. */
  public boolean isInTrio() {
    return inTrio;
  }

  public boolean isFounder() {
    return roleFamily == RoleFamily.FOUNDER;
  }

  /** The competencies the role suggests, by the role-competencies table. */
  public List<Competency> getRoleCompetencies() {
    return roleCompetencies;
  }

  /** The PM-like work done with the competency each shows, by the work-competencies table. */
  public List<WorkShown> getWorkShown() {
    return workShown;
  }

  /** The trio areas the candidate's skills belong to, in {@link TrioArea} order. */
  public Set<TrioArea> getSkillAreas() {
    return skillAreas;
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

  /**
   * Whether the title was left UNKNOWN because the role it names is not held now: a label was found,
   * but the title marks it aspiring, former, or a product-management intern, student or trainee
   * ("Aspiring PM", "Seeking PM role", "PM Bootcamp Graduate"), rather than not read at all.
   */
  public boolean isTitleNamingARoleNotHeld() {
    if (titleReading == null || titleReading.family() != RoleFamily.UNKNOWN || titleReading.matchedLabel() == null) {
      return false;
    }
    for (TitleModifier m : titleReading.modifiers()) {
      if (m != TitleModifier.FREELANCE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the role family's words name a field of work a sentence can be about ("From marketing,
   * ...", "your marketing work"): every family but OTHER ("your field"), UNKNOWN ("a role we could
   * not read") and FOUNDER ("founding a company").
   */
  public boolean isRoleNamingAField() {
    return roleFamily != RoleFamily.OTHER && roleFamily != RoleFamily.UNKNOWN && roleFamily != RoleFamily.FOUNDER;
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
    return employed;
  }

  /** Employed by an organisation that builds digital products. */
  public boolean isAtDigitalProductCompany() {
    return atDigitalProductCompany;
  }

  /** Employed where there are product managers to meet. */
  public boolean isWorkingWithProductManagers() {
    return workingWithProductManagers;
  }

  /** Employed where a formal product practice is followed. */
  public boolean isInFormalProductProcess() {
    return inFormalProductProcess;
  }

  public List<String> getCertifications() {
    return profile.certifications();
  }

  public int getCertificationCount() {
    return profile.certifications().size();
  }

  public boolean isHoldingCertifications() {
    return !profile.certifications().isEmpty();
  }

  /**
   * Holds a certificate taken on the way to product work: one that names a craft other than the
   * holder's own (product ownership, scrum, project management, UX, business analysis: the
   * vocabulary's certificate-crafts), not only credentials of their own field (a scrum master's PSM)
   * or of another (an accountant's CFA, a tester's ISTQB, a cloud provider's).
   */
  public boolean isHoldingProductRouteCertifications() {
    return holdingProductRouteCertifications;
  }

  /** Product managers the candidate talks with, counting those completed actions stand for. */
  public int getPmContacts() {
    return pmContacts;
  }

  /** Informational interviews had, counting those completed actions stand for. */
  public int getInformationalInterviews() {
    return informationalInterviews;
  }

  /** PM-like work done in a job, counting what completed actions stand for, in declaration order. */
  public Set<PmLikeWork> getPmLikeWork() {
    return pmLikeWork;
  }

  /** Whether the candidate has already done this piece of product-management work. */
  public boolean hasDone(PmLikeWork work) {
    return pmLikeWork.contains(work);
  }

  /** Whether the candidate has done any product-management work at all. */
  public boolean isExperiencedInPmWork() {
    return !pmLikeWork.isEmpty();
  }

  /**
   * PM work of substance in a job, proof in itself: an item of theirs on the roadmap, or work across
   * teams led together with product judgement (work that the work table says shows customer empathy
   * or business sense: research, a problem defined, a solution backed by data, metrics, a roadmap, an
   * experiment). Leading work across teams alone is delivery: a project manager's, a scrum master's,
   * an officer's; it shows getting things done, not what to build and why.
   */
  public boolean isStrongPmWork() {
    return strongPmWork;
  }

  private static boolean strongPmWork(Set<PmLikeWork> pmLikeWork, List<WorkShown> workShown) {
    if (pmLikeWork.contains(PmLikeWork.GOT_ITEM_ON_ROADMAP)) {
      return true;
    }
    if (!pmLikeWork.contains(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK)) {
      return false;
    }
    for (WorkShown w : workShown) {
      if (w.competency() != Competency.EXECUTION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the profile itself (not a completed action) says the candidate built a roadmap or got an
   * item onto one: what a contradiction with the years of experience is about.
   */
  public boolean isClaimingRoadmapWork() {
    Set<PmLikeWork> claimed = profile.pmLikeWork();
    return claimed.contains(PmLikeWork.GOT_ITEM_ON_ROADMAP) || claimed.contains(PmLikeWork.BUILT_ROADMAP);
  }

  /** Whether the candidate has completed the action with this id. */
  public boolean completed(String actionId) {
    return completion.ids().contains(actionId);
  }

  public Completion getCompletion() {
    return completion;
  }

  public int getProjectCount() {
    return projectCount;
  }

  /** Side projects past the idea stage. */
  public int getProjectsUnderWay() {
    return projectsUnderWay;
  }

  /**
   * Proof backed by outcomes: a project that is ({@link Project#isOutcomeProof}), or a completed
   * action that stands for a product shipped.
   */
  public boolean isOutcomeProof() {
    return proofProject != null || completion.shippedProduct();
  }

  /** The first project that is proof backed by outcomes, or {@code null}. */
  public Project getProofProject() {
    return proofProject;
  }

  /** The project a plan talks about: the proof, or else the furthest along; {@code null} without projects. */
  public Project getMainProject() {
    return mainProject;
  }

  /** Whether some project is of a kind people use or buy (not concept work). */
  public boolean isBuildingSomething() {
    return shippedProductKind;
  }

  /** Whether there is written product thinking: a concept project or a completed case study. */
  public boolean isConceptWork() {
    return conceptWork;
  }

  @Override
  public String toString() {
    String employer = profile.employer()
        .map(e -> "employer(digitalProducts=" + e.buildsDigitalProducts() + ", productManagers="
            + e.hasProductManagers() + ", formalProcess=" + e.formalProductProcess() + ")")
        .orElse("no employer");
    return "Candidate(" + roleFamily + " [" + getRoleSource() + "], " + profile.yearsExperience() + " years, "
        + employer + ", certifications=" + profile.certifications().size() + ", pmContacts=" + pmContacts
        + ", informationalInterviews=" + informationalInterviews + ", pmLikeWork=" + pmLikeWork
        + ", projects=" + projectCount + ", outcomeProof=" + isOutcomeProof()
        + (completion.ids().isEmpty() ? "" : ", completed=" + completion.ids().stream().sorted().toList()) + ")";
  }
}
