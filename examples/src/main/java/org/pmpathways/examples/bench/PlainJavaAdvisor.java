package org.pmpathways.examples.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.engine.AdviceRun;
import org.pmpathways.engine.PlainRules;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.facts.Candidate;
import org.pmpathways.facts.Conclusions;
import org.pmpathways.facts.Project;
import org.pmpathways.facts.ProjectNature;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.facts.Standing;
import org.pmpathways.facts.WorkShown;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/**
 * The floor of the advice benchmark: the decisions of the library's rules written as plain Java
 * conditions, with no rule engine, over the same inputs, giving the same {@link Advice}.
 *
 * <p>It is a measuring stick, not a second advisor: the policy lives in the DRL files, and this class
 * follows them by hand. Everything else is the advisor's own code ({@link AdviceRun#adviseWithoutEngine}):
 * the same reading of titles and skills, the same facts ({@link Candidate}, {@link Project},
 * {@link SkillSignal}, {@link Standing}), every conclusion kept as data with its rule and the facts it
 * matched, the same adding up, plan order and texts, and the explanation rendered only when read. The
 * difference between the two is the rule engine alone. {@code PlainJavaAdvisorTest} checks on generated profiles that it decides as the
 * advisor does.
 *
 * <p>The rules are organised like the DRL: one method per rule file and phase, each rule an
 * {@code if} with the DRL rule's name, in the file's order. When a rule changes, change its
 * {@code if}.
 *
 * <p>Thread-safe: immutable once loaded; each call has its own trail.
 */
public final class PlainJavaAdvisor implements PlainRules {
  private final AdviceRun run;

  private PlainJavaAdvisor(AdviceRun run) {
    this.run = run;
  }

  /** Loads the rule set on the classpath (for its vocabulary, policy tables and texts), in the advisor's default locale. */
  public static PlainJavaAdvisor load() {
    return load(PlainJavaAdvisor.class.getClassLoader(), Locale.ROOT);
  }

  public static PlainJavaAdvisor load(ClassLoader loader, Locale locale) {
    return new PlainJavaAdvisor(new AdviceRun(RuleSet.load(loader, locale), 10_000, false));
  }

  /**
   * Advises a validated profile as the advisor does (the same reading, facts, adding up, plan order
   * and texts, by the engine's own code), with the rules' decisions taken by the methods below.
   */
  public Advice advise(Profile profile) {
    return run.adviseWithoutEngine(profile, this);
  }

  @Override
  public void weigh(Candidate c, List<Project> projects, List<SkillSignal> signals, RuleTrail trail) {
    weighProductTrio(trail, c);
    weighInternalMove(trail, c);
    weighBuildYourOwn(trail, c);
    weighStages(trail, c);
    weighCompetencies(trail, c, projects, signals);
    weighWarnings(trail, c, projects);
  }

  @Override
  public void plan(Standing s, Candidate c, List<Project> projects, RuleTrail trail) {
    planProductTrio(trail, s, c);
    planInternalMove(trail, s, c);
    planBuildYourOwn(trail, s, c, projects);
    planNetworking(trail, c, projects);
    planGettingHired(trail, s, c);
  }

  // ---- product-trio.drl -------------------------------------------------------------------------

  private static void weighProductTrio(RuleTrail t, Candidate c) {
    if (c.isAspirant() && c.isInTrio()) {
      t.fire("Trio: working in the product trio puts you next to product decisions", c)
          .points(Pathway.PRODUCT_TRIO, 50, "trio.in-trio", c.getRoleFamily());
    }
    if (c.isAspirant() && !c.isInTrio()) {
      t.fire("Trio: a role outside the trio is far from this pathway", c)
          .points(Pathway.PRODUCT_TRIO, 0, "trio.not-in-trio", c.getRoleFamily() == RoleFamily.UNKNOWN ? 1 : 0);
    }
    if (c.isAspirant() && c.isInTrio() && c.isAtDigitalProductCompany()) {
      t.fire("Trio: product projects at work give you tasks to volunteer for", c)
          .points(Pathway.PRODUCT_TRIO, 25, "trio.product-projects");
    }
    if (c.isAspirant() && c.isInTrio() && !c.isAtDigitalProductCompany()) {
      t.fire("Trio: without product projects at work there is less to volunteer for", c)
          .points(Pathway.PRODUCT_TRIO, 0, "trio.no-product-projects");
    }
    if (c.isAspirant() && c.isInTrio() && c.isExperiencedInPmWork()) {
      t.fire("Trio: product work already done in your job counts", c)
          .points(Pathway.PRODUCT_TRIO, 10, "trio.pm-work-done");
    }
    if (c.isAspirant() && !c.isInTrio() && !c.getSkillAreas().isEmpty()) {
      t.fire("Trio: skills from trio areas bring someone outside the trio a little closer", c)
          .points(Pathway.PRODUCT_TRIO, 10 * c.getSkillAreas().size(), "trio.skill-areas", c.getSkillAreas());
    }
  }

  private static void planProductTrio(RuleTrail t, Standing s, Candidate c) {
    if (!s.isTrioInPlay()) {
      return; // every plan rule of the file needs Standing(trioInPlay)
    }
    RoleFamily role = c.getRoleFamily();
    boolean analyst = role == RoleFamily.BUSINESS_ANALYST || role == RoleFamily.DATA_ANALYST;
    // The role's own actions stay in a ready candidate's plan while the competency they build is a gap.
    boolean businessSenseToBuild = !s.isReady() || s.level(Competency.BUSINESS_SENSE) == CompetencyLevel.GAP;
    boolean empathyToBuild = !s.isReady() || s.level(Competency.CUSTOMER_EMPATHY) == CompetencyLevel.GAP;
    if (!s.isReady() && c.isInTrio() && c.isAtDigitalProductCompany() && !c.isStrongPmWork()) {
      t.fire("Trio: volunteer for product tasks on the projects you work on", s, c)
          .propose("VOLUNTEER_FOR_PM_TASKS", "volunteer", c.getRoleFamily());
    }
    if (businessSenseToBuild && role == RoleFamily.DEVELOPER && c.isEmployed()
        && !c.hasDone(PmLikeWork.PRIORITIZED_BACKLOG)) {
      t.fire("Developer: practise deciding what gets built first", s, c)
          .propose("DEVELOPER_PRACTICE_PRIORITIZATION", "developer.prioritise");
    }
    if (businessSenseToBuild && role == RoleFamily.DEVELOPER && c.isEmployed()
        && !c.hasDone(PmLikeWork.PRIORITIZED_BACKLOG) && !c.hasDone(PmLikeWork.LED_CROSS_FUNCTIONAL_WORK)) {
      t.fire("Developer: practise leading work across functions", s, c)
          .propose("DEVELOPER_PRACTICE_PRIORITIZATION", "developer.cross-functional");
    }
    if (businessSenseToBuild && role == RoleFamily.DESIGNER && !c.hasDone(PmLikeWork.BUILT_ROADMAP)) {
      t.fire("Designer: learn to build roadmaps driven by outcomes", s, c)
          .propose("DESIGNER_LEARN_BUSINESS_STRATEGY", "designer.roadmaps");
    }
    if (businessSenseToBuild && s.level(Competency.BUSINESS_SENSE) != CompetencyLevel.STRONG
        && role == RoleFamily.DESIGNER) {
      t.fire("Designer: add business models and market strategy to your design skills", s, c)
          .propose("DESIGNER_LEARN_BUSINESS_STRATEGY", "designer.business");
    }
    if (empathyToBuild && analyst && c.isEmployed() && !c.hasDone(PmLikeWork.RAN_USER_RESEARCH)) {
      t.fire("Analyst: step into discovery with the people who use the product", s, c)
          .propose("ANALYST_JOIN_DISCOVERY", "analyst.discovery");
    }
    if (empathyToBuild && analyst && c.isEmployed() && !c.hasDone(PmLikeWork.DEFINED_PROBLEM)) {
      t.fire("Analyst: turn business goals into features and own the why", s, c)
          .propose("ANALYST_JOIN_DISCOVERY", "analyst.why");
    }
  }

  // ---- internal-move.drl ------------------------------------------------------------------------

  private static void weighInternalMove(RuleTrail t, Candidate c) {
    if (!c.isAspirant()) {
      return; // every weighing rule of the file needs Candidate(aspirant)
    }
    boolean digital = c.isAtDigitalProductCompany();
    if (digital && !c.isFounder()) {
      t.fire("Internal move: an employer that builds digital products has product roles to move into", c)
          .points(Pathway.INTERNAL_MOVE, 45, "internal.digital-employer");
    }
    if (c.isFounder() && c.isEmployed()) {
      t.fire("Internal move: a founder runs the company, with no product role above to move into", c)
          .points(Pathway.INTERNAL_MOVE, 0, "internal.founder");
    }
    if (!c.isEmployed()) {
      t.fire("Internal move: without an employer there is nowhere to move within", c)
          .points(Pathway.INTERNAL_MOVE, 0, "internal.no-employer");
    }
    if (c.isEmployed() && !digital && !c.isFounder()) {
      t.fire("Internal move: an employer that builds no digital products has no product role to move into", c)
          .points(Pathway.INTERNAL_MOVE, 0, "internal.no-digital-products");
    }
    if (digital && c.isWorkingWithProductManagers() && !c.isFounder()) {
      t.fire("Internal move: product managers at work are people to learn from and hear of openings through", c)
          .points(Pathway.INTERNAL_MOVE, 15, "internal.pms-at-work");
    }
    if (!c.isInTrio() && digital && !c.isFounder()) {
      t.fire("Internal move: roles outside the trio reach product management from inside the company", c)
          .points(Pathway.INTERNAL_MOVE, 20, "internal.non-trio-role", c.getRoleFamily(),
              c.getRoleFamily() == RoleFamily.UNKNOWN ? 2 : c.isRoleNamingAField() ? 1 : 0);
    }
    if (digital && !c.isFounder() && c.getYearsExperience() >= 2) {
      t.fire("Internal move: years of experience make a known candidate with domain knowledge", c)
          .points(Pathway.INTERNAL_MOVE, 5, "internal.domain-years", c.getYearsExperience());
    }
    if (digital && !c.isFounder() && c.getPmContacts() > 0) {
      t.fire("Internal move: relationships with product managers have already begun", c)
          .points(Pathway.INTERNAL_MOVE, 5, "internal.pm-contacts", c.getPmContacts());
    }
  }

  private static void planInternalMove(RuleTrail t, Standing s, Candidate c) {
    if (!c.isAtDigitalProductCompany() || c.isFounder()) {
      return; // every plan rule of the file needs Candidate(atDigitalProductCompany, !founder)
    }
    boolean defined = c.hasDone(PmLikeWork.DEFINED_PROBLEM);
    boolean dataBacked = c.hasDone(PmLikeWork.PROPOSED_SOLUTION_WITH_DATA);
    boolean moving = s.isInternalMoveInPlay() && !s.isReady();
    if (moving && !defined && !dataBacked) {
      t.fire("Internal move: own a small but real product problem in your own area", s, c)
          .propose("OWN_A_PRODUCT_PROBLEM", "own-problem");
    }
    if (moving && defined && !dataBacked) {
      t.fire("Internal move: a problem already defined is half of owning it", s, c)
          .propose("OWN_A_PRODUCT_PROBLEM", "own-problem.defined");
    }
    if (moving && dataBacked) {
      t.fire("Internal move: a solution already backed with data is ready to be taken to the roadmap", s, c)
          .propose("OWN_A_PRODUCT_PROBLEM", "own-problem.data-backed");
    }
    if ((s.isInternalMoveInPlay() || s.isTrioInPlay())
        && (!c.isInFormalProductProcess() || !c.isWorkingWithProductManagers())
        && !c.hasDone(PmLikeWork.DOCUMENTED_PRODUCT_PROCESS)) {
      t.fire("Internal move: propose product practices where the company builds without them", s, c)
          .propose("INTRODUCE_PRODUCT_PRACTICES", "introduce-practices");
    }
    if (s.isReady() && (c.isWorkingWithProductManagers() || c.isInFormalProductProcess())) {
      t.fire("Internal move: once ready, ask for the product role where you work", s, c)
          .propose("ASK_FOR_PM_ROLE_INTERNALLY", "ask-internally");
    }
  }

  // ---- build-your-own.drl -----------------------------------------------------------------------

  private static void weighBuildYourOwn(RuleTrail t, Candidate c) {
    if (!c.isAspirant()) {
      return; // every weighing rule of the file needs Candidate(aspirant)
    }
    t.fire("Build your own: anyone can create product work without asking permission", c)
        .points(Pathway.BUILD_YOUR_OWN, 20, "build.open-to-all");
    if (!c.isEmployed()) {
      t.fire("Build your own: without an employer your own work is the way in", c)
          .points(Pathway.BUILD_YOUR_OWN, 45, "build.no-employer");
    }
    if (c.isEmployed() && !c.isAtDigitalProductCompany()) {
      t.fire("Build your own: an employer without digital products leaves your own work as the way in", c)
          .points(Pathway.BUILD_YOUR_OWN, 40, "build.no-digital-products");
    }
    if (c.getRoleFamily() == RoleFamily.OTHER) {
      t.fire("Build your own: a role far from product needs proof made outside it", c)
          .points(Pathway.BUILD_YOUR_OWN, 10, "build.far-role");
    }
    if (c.getRoleFamily() == RoleFamily.UNKNOWN) {
      t.fire("Build your own: a role we could not read leans on proof made outside it", c)
          .points(Pathway.BUILD_YOUR_OWN, 10, "build.unread-role");
    }
    if (c.isFounder()) {
      t.fire("Build your own: a founder has already built something of their own", c)
          .points(Pathway.BUILD_YOUR_OWN, 30, "build.founder");
    }
    if (c.getYearsExperience() < 2) {
      t.fire("Build your own: an early career aims at associate product roles", c)
          .points(Pathway.BUILD_YOUR_OWN, 10, "build.early-career");
    }
    if (c.getProjectsUnderWay() > 0) {
      t.fire("Build your own: a side project under way is momentum", c)
          .points(Pathway.BUILD_YOUR_OWN, 5, "build.momentum");
    }
  }

  private static void planBuildYourOwn(RuleTrail t, Standing s, Candidate c, List<Project> projects) {
    boolean building = s.isBuildYourOwnInPlay() && !s.isReady();
    if (building && !c.isOutcomeProof() && !c.isBuildingSomething() && !c.isFounder()) {
      t.fire("Build your own: ship a tiny product that solves a real pain", s, c)
          .propose("SHIP_A_TINY_PRODUCT", "ship.no-product");
    }
    if (building && !c.isOutcomeProof()) {
      for (Project p : projects) {
        if (p.getNature() != ProjectNature.CONCEPT && !p.isLaunched()) {
          t.fire("Build your own: finish and launch the product you have started", s, c, p)
              .propose("SHIP_A_TINY_PRODUCT", "ship.finish", p);
        }
        if (p.getNature() == ProjectNature.SHIPPED_PRODUCT && p.isLaunchedWithoutOutcome()) {
          t.fire("Build your own: find the first users of the product you launched", s, c, p)
              .propose("SHIP_A_TINY_PRODUCT", "ship.find-users", p);
        }
      }
    }
    if (building && c.getRoleFamily() == RoleFamily.DEVELOPER && !c.isOutcomeProof() && !c.isBuildingSomething()) {
      t.fire("Developer: you can code the tiny product yourself", s, c)
          .propose("SHIP_A_TINY_PRODUCT", "ship.can-code");
    }
    if (building && !c.isConceptWork() && c.getProjectsUnderWay() == 0 && !c.isFounder()) {
      t.fire("Build your own: write a product case study", s, c)
          .propose("CREATE_A_PRODUCT_CASE_STUDY", "case-study.none");
    }
    for (Project p : projects) {
      if (c.isAspirant() && !p.isProblemDefined()) {
        t.fire("Projects: define the problem your side project solves", c, p)
            .propose("COMPLETE_PRODUCT_WORK_ON_PROJECT", "complete.problem", p);
      }
      if (c.isAspirant() && !p.isUserResearch()) {
        t.fire("Projects: research the users of your side project", c, p)
            .propose("COMPLETE_PRODUCT_WORK_ON_PROJECT", "complete.research", p);
      }
      if (c.isAspirant() && !p.isSuccessMetrics()) {
        t.fire("Projects: set success metrics for your side project", c, p)
            .propose("COMPLETE_PRODUCT_WORK_ON_PROJECT", "complete.metrics", p);
      }
    }
    if (building && c.isAspirant() && !c.isHoldingCertifications()) {
      t.fire("Build your own: a course is optional and comes after real work", s, c)
          .propose("OPTIONAL_PM_COURSE", "course.optional");
    }
  }

  // ---- networking.drl ---------------------------------------------------------------------------

  private static void planNetworking(RuleTrail t, Candidate c, List<Project> projects) {
    if (!c.isAspirant()) {
      return; // every rule of the file needs Candidate(aspirant)
    }
    boolean pmsAtWork = c.isWorkingWithProductManagers();
    if (pmsAtWork && c.getPmContacts() < 3) {
      t.fire("Networking: get to know the product managers at work over coffee", c)
          .propose("COFFEE_CHATS_WITH_PMS", "coffee.pms-at-work", c.getPmContacts());
    }
    if (!pmsAtWork && c.getInformationalInterviews() < 5) {
      t.fire("Networking: with no product managers at work, meet some outside for informational interviews", c)
          .propose("INFORMATIONAL_INTERVIEWS", "interviews.outside", c.getInformationalInterviews(),
              c.isEmployed() ? 1 : 0);
      for (Project p : projects) {
        if (p.getNature() == ProjectNature.CONCEPT && p.getStage() != ProjectStage.IDEA) {
          t.fire("Networking: ask product managers for feedback on your concept work", c, p)
              .propose("INFORMATIONAL_INTERVIEWS", "interviews.feedback", p);
        }
      }
    }
    if (!pmsAtWork && c.getPmContacts() < 3) {
      t.fire("Networking: with nobody to learn product management from, join a community of practice", c)
          .propose("JOIN_A_PM_COMMUNITY", "community.nobody-to-learn-from", c.getPmContacts(),
              c.isEmployed() ? 1 : 0);
    }
  }

  // ---- getting-hired.drl ------------------------------------------------------------------------

  private static void planGettingHired(RuleTrail t, Standing s, Candidate c) {
    RoleFamily role = c.getRoleFamily();
    boolean farFromProduct = role == RoleFamily.OTHER || role == RoleFamily.UNKNOWN;
    if (role == RoleFamily.UNKNOWN && c.getYearsExperience() >= 1) {
      t.fire("Story: with a role we could not read, tell how your years of work carry over", c)
          .propose("ARTICULATE_TRANSFERABLE_SKILLS", "transfer.unread", c.getYearsExperience());
    }
    if (!c.isAspirant()) {
      return; // every other rule of the file needs Candidate(aspirant)
    }
    if ((c.getYearsExperience() >= 1 || c.isEmployed()) && role != RoleFamily.UNKNOWN) {
      t.fire("Story: tell how what you do today carries over to product work", c)
          .propose("ARTICULATE_TRANSFERABLE_SKILLS", "transfer", c.getRoleFamily());
    }
    if (s.isBuildingProof() || s.isReady()) {
      t.fire("Story: with product work under way, prepare interview stories for the three competencies", s, c)
          .propose("PREPARE_COMPETENCY_STORIES", "stories");
    }
    if (s.isReady() && !s.getGaps().isEmpty()) {
      t.fire("Story: with product work under way, the competencies not shown yet need a real example first", s, c)
          .propose("PREPARE_COMPETENCY_STORIES", "stories.gap", s.getGaps(), s.getGaps().size());
    }
    if (!s.isReady()) {
      return; // the rest need Standing(ready)
    }
    if (c.getProofProject() != null && !c.isFounder()) {
      t.fire("Ready: put the product you built in front of hiring managers", s, c)
          .propose("SHOWCASE_PRODUCT_PROOF", "showcase", c.getProofProject());
    }
    if (c.isOutcomeProof() && c.getProofProject() == null && !c.isFounder()) {
      t.fire("Ready: show the tiny product you shipped since the last plan", s, c)
          .propose("SHOWCASE_PRODUCT_PROOF", "showcase.shipped-since");
    }
    if (c.isOutcomeProof() && c.isFounder()) {
      t.fire("Ready: a founder shows the product their company built", s, c)
          .propose("SHOWCASE_PRODUCT_PROOF", "showcase.founder");
    }
    if (c.isStrongPmWork()) {
      t.fire("Ready: show the product work you led in your job", s, c)
          .propose("SHOWCASE_PRODUCT_PROOF", "showcase.work");
    }
    if (c.getYearsExperience() < 5) {
      t.fire("Ready: early in a career, apply to associate and junior product roles", s, c)
          .propose("APPLY_TO_ENTRY_PM_ROLES", "apply.entry", c.getYearsExperience());
    }
    if (c.getYearsExperience() >= 5 && (c.isStrongPmWork() || !farFromProduct)) {
      t.fire("Ready: with years of experience, apply to product roles at your level", s, c)
          .propose("APPLY_TO_PM_ROLES", "apply.experienced", c.getYearsExperience());
    }
    if (c.getYearsExperience() >= 5 && !c.isStrongPmWork() && farFromProduct) {
      t.fire("Ready: years in a field far from product start at associate roles", s, c)
          .propose("APPLY_TO_ENTRY_PM_ROLES", "apply.new-field", c.getYearsExperience());
    }
  }

  // ---- stages.drl -------------------------------------------------------------------------------

  private static void weighStages(RuleTrail t, Candidate c) {
    if (!c.isAspirant()) {
      return; // every rule of the file needs Candidate(aspirant)
    }
    if (c.getProjectCount() == 0 && !c.isExperiencedInPmWork() && !c.isConceptWork() && !c.isOutcomeProof()) {
      t.fire("Stage: with no product work yet, the candidate is getting started", c)
          .stage(Stage.GETTING_STARTED, "stage.nothing-yet");
    }
    if ((c.getProjectCount() > 0 || c.isConceptWork()) && !c.isOutcomeProof()) {
      t.fire("Stage: a side project, whatever its stage, is proof being built", c)
          .stage(Stage.BUILDING_PROOF, "stage.project", c.getMainProject());
    }
    if (c.isExperiencedInPmWork() && !c.isStrongPmWork()) {
      t.fire("Stage: product-management tasks done at work are proof being built", c)
          .stage(Stage.BUILDING_PROOF, "stage.pm-tasks", c.getPmLikeWork());
    }
    if (c.getProofProject() != null) {
      t.fire("Stage: a product with real users, revenue or measured results makes the candidate ready", c)
          .stage(Stage.READY, "stage.outcome-proof", c.getProofProject());
    }
    if (c.isOutcomeProof() && c.getProofProject() == null) {
      t.fire("Stage: a tiny product shipped since the last plan makes the candidate ready", c)
          .stage(Stage.READY, "stage.shipped-since");
    }
    if (c.isStrongPmWork()) {
      t.fire("Stage: an item on the roadmap, or cross-team work led with product judgement, makes the candidate ready", c)
          .stage(Stage.READY, "stage.strong-pm-work", c.getPmLikeWork());
    }
  }

  // ---- competencies.drl -------------------------------------------------------------------------

  private static void weighCompetencies(RuleTrail t, Candidate c, List<Project> projects, List<SkillSignal> skills) {
    // The trail orders the conclusions of a rule over a table by the row, as the Collector does.
    List<Competency> suggested = c.getRoleCompetencies();
    for (int i = 0; i < suggested.size(); i++) {
      Competency competency = suggested.get(i);
      t.fire("Competency: a role suggests the competencies the role table gives it", c, competency)
          .evidence(competency, 1, false, "role." + c.getRoleFamily() + "." + competency);
    }
    if (c.getYearsExperience() >= 3) {
      t.fire("Competency: several years of work are a record of delivering", c)
          .evidence(Competency.EXECUTION, 1, false, "years", c.getYearsExperience());
    }
    for (SkillSignal signal : skills) {
      if (signal.competency() != null) {
        t.fire("Competency: a skill suggests the competency it belongs to", signal)
            .evidence(signal.competency(), 1, false, "skill", signal.skill());
      }
    }
    List<WorkShown> shown = c.getWorkShown();
    for (int i = 0; i < shown.size(); i++) {
      WorkShown work = shown.get(i);
      t.fire("Competency: product work done in a job shows the competency the work table gives it", c, work)
          .evidence(work.competency(), work.points(), true, "work." + work.work());
    }
    for (Project p : projects) {
      if (p.isUserResearch()) {
        t.fire("Competency: researching a side project's users shows customer empathy", p)
            .evidence(Competency.CUSTOMER_EMPATHY, 2, true, "project.research", p);
      }
      if (p.isProblemDefined()) {
        t.fire("Competency: defining a side project's problem shows customer empathy", p)
            .evidence(Competency.CUSTOMER_EMPATHY, 1, true, "project.problem", p);
      }
      if (p.isSuccessMetrics()) {
        t.fire("Competency: measuring a side project's success shows business sense", p)
            .evidence(Competency.BUSINESS_SENSE, 2, true, "project.metrics", p);
      }
      if (p.isEarning()) {
        t.fire("Competency: a side project that earns money shows business sense", p)
            .evidence(Competency.BUSINESS_SENSE, 2, true, "project.revenue", p, p.getRevenue());
      }
      if (p.isOutcomeProof()) {
        t.fire("Competency: a product people use or pay for is a record of getting things done", p)
            .evidence(Competency.EXECUTION, 4, true, "project.proof", p);
      }
      if (p.isLaunchedWithoutOutcome() && p.getNature() != ProjectNature.CONCEPT) {
        t.fire("Competency: a launch nobody uses yet shows you can finish, not yet that it works", p)
            .evidence(Competency.EXECUTION, 1, false, "project.launched-no-outcome", p);
      }
      if (p.isOutcomeProof() && p.getUsers() > 0) {
        t.fire("Competency: people using a product show it solves a real problem", p)
            .evidence(Competency.CUSTOMER_EMPATHY, 1, true, "project.users", p, p.getUsers());
      }
    }
  }

  // ---- warnings.drl -----------------------------------------------------------------------------

  private static void weighWarnings(RuleTrail t, Candidate c, List<Project> projects) {
    if (!c.isAspirant() && c.isEmployed()) {
      t.fire("Someone already working as a product manager needs no pathway", c)
          .warn("ALREADY_PRODUCT_MANAGER");
    }
    if (!c.isAspirant() && !c.isEmployed()) {
      t.fire("A product manager with no employer given needs a search, not a pathway", c)
          .warnBecause("ALREADY_PRODUCT_MANAGER", "no-employer");
    }
    if (c.getRoleFamily() == RoleFamily.UNKNOWN && !c.isTitleNamingARoleNotHeld()) {
      t.fire("A title that could not be read is said plainly, and the role asked for", c)
          .warn("TITLE_NOT_READ", c.getTitle());
    }
    if (c.getRoleFamily() == RoleFamily.UNKNOWN && c.isTitleNamingARoleNotHeld()) {
      t.fire("A title naming a role not held now is said plainly, and the role held now asked for", c)
          .warnBecause("TITLE_NOT_READ", "not-held", c.getTitle());
    }
    if (c.isTitleDisagreeingWithRole()) {
      Conclusions rule = t.fire("A title that disagrees with the role given is named, and the role given is used", c);
      rule.warn("TITLE_ROLE_DISAGREE", c.getTitle(), c.getTitleFamily(), c.getRoleGiven());
      rule.warnBecause("PROFILE_CONTRADICTION", "title-role", c.getTitle(), c.getTitleFamily(), c.getRoleGiven());
    }
    if (c.getYearsExperience() == 0 && c.isClaimingRoadmapWork()) {
      t.fire("Contradiction: no years of experience next to work on the roadmap", c)
          .warnBecause("PROFILE_CONTRADICTION", "years-roadmap");
    }
    for (Project p : projects) {
      if (p.isLaunched() && !p.isNamed() && p.getUsers() == 0 && p.getRevenue() == 0) {
        t.fire("Contradiction: a launch with no name and no users", p)
            .warnBecause("PROFILE_CONTRADICTION", "unnamed-launch", p.getIndex(), p.getKind());
      }
      if (p.getStage() == ProjectStage.IDEA && (p.getUsers() > 0 || p.getRevenue() > 0)) {
        t.fire("Contradiction: an idea that already has users or revenue", p)
            .warnBecause("PROFILE_CONTRADICTION", "idea-with-outcomes", p.getIndex(), p);
      }
    }
    if (c.isAspirant() && c.isHoldingProductRouteCertifications() && !c.isOutcomeProof() && !c.isStrongPmWork()) {
      t.fire("Certificates without proof backed by outcomes are not proof", c)
          .warn("CERTIFICATIONS_ARE_NOT_PROOF", c.getCertifications(), c.getCertificationCount());
    }
    if (c.isAspirant() && c.isHoldingProductRouteCertifications() && !c.isOutcomeProof() && c.isStrongPmWork()) {
      t.fire("Certificates beside product work led in a job are not what hiring managers weigh", c)
          .warnBecause("CERTIFICATIONS_ARE_NOT_PROOF", "work-proof", c.getCertifications(), c.getCertificationCount());
    }
    if (c.isAspirant() && c.isHoldingCertifications() && !c.isHoldingProductRouteCertifications()
        && !c.isOutcomeProof()) {
      t.fire("Certificates of another field count there, and are not product proof", c)
          .warnBecause("CERTIFICATIONS_ARE_NOT_PROOF", "own-field", c.getCertifications(), c.getCertificationCount());
    }
  }
}
