package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.pmpathways.AdvisorException;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.Pathway;
import org.pmpathways.facts.Candidate;
import org.pmpathways.facts.Completion;
import org.pmpathways.facts.Conclusions;
import org.pmpathways.facts.Project;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.facts.Standing;
import org.pmpathways.facts.TrioArea;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;
import org.pmpathways.reading.SkillReading;
import org.pmpathways.reading.TitleReading;

/**
 * Advises one profile at a time over a shared rule base: the facts computed once and inserted, the
 * rules of the {@value Conclusions#WEIGH} phase fired, their conclusions added up ({@link Tally}),
 * the {@link Standing} inserted and the rules of the {@value Conclusions#PLAN} phase fired, then the
 * advice assembled ({@link Assembly}).
 *
 * <p>Each call takes a session of its own ({@link Sessions}) and gives it back with its facts deleted,
 * so any number of calls may run at once, and no call sees another's facts.
 *
 * <p>Thread-safe.
 */
public final class AdviceRun {
  /** The name of the global the rules write their conclusions to. */
  public static final String CONCLUSIONS = "conclusions";

  private final RuleSet rules;
  private final int maxFirings;
  private final boolean fullExplanation;
  private final Sessions sessions;
  private final Assembly.Texts texts;
  private final Collector.RuleRanks ranks;

  /**
   * @param rules the compiled rules, vocabulary, policy and texts
   * @param maxFirings how many rule firings one call may take before it is stopped as a runaway
   * @param fullExplanation whether the explanation also shows the facts as the engine holds them and
   *     the sums before clamping (for debugging rules)
   */
  public AdviceRun(RuleSet rules, int maxFirings, boolean fullExplanation) {
    this.rules = rules;
    this.maxFirings = maxFirings;
    this.fullExplanation = fullExplanation;
    this.sessions = new Sessions(rules.kieBase(), rules.claimBase(), rules.copies(),
        Runtime.getRuntime().availableProcessors());
    this.texts = new Assembly.Texts(rules.messages());
    this.ranks = Collector.RuleRanks.of(rules.kieBase());
  }

  /**
   * Shuts the session pool down. Only for when no call is under way or will start: the facade
   * counts its calls and closes a run after the last one.
   */
  public void close() {
    sessions.close();
  }

  /** The words the texts use for a value, or its name when they have none. */
  public String words(Enum<?> value) {
    String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    return rules.messages().has(key) ? String.valueOf(rules.messages().words(value)) : value.name();
  }

  /** The rule set this run advises with. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Advises a validated profile.
   *
   * @throws AdvisorException if a rule fails or the rules do not finish within the firing limit
   */
  public Advice advise(Profile profile) {
    Call call = new Call(profile);
    Sessions.Lease lease = sessions.take();
    KieSession session = lease.session;
    boolean failed = true;
    try {
      lease.collectInto(call.collector);
      lease.insert(call.candidate);
      for (Project project : call.projects) {
        lease.insert(project);
      }
      for (SkillSignal signal : call.skills.signals()) {
        lease.insert(signal);
      }
      session.getAgenda().getAgendaGroup(Conclusions.WEIGH).setFocus();
      int fired = session.fireAllRules(maxFirings);
      checkLimit(fired, maxFirings, call.collector);
      Standing standing = call.addUp();
      lease.insert(standing);
      session.getAgenda().getAgendaGroup(Conclusions.PLAN).setFocus();
      fired += session.fireAllRules(maxFirings - fired);
      checkLimit(fired, maxFirings, call.collector);
      failed = false;
    } catch (ConsequenceException e) {
      throw new AdvisorException("rule '" + e.getMatch().getRule().getName() + "' failed: " + rootMessage(e), e);
    } catch (AdvisorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AdvisorException("the rule engine failed: " + rootMessage(e), e);
    } catch (LinkageError e) {
      // Rules compiled against another Drools than the one here (see RuleSet): a host's concern, not a crash.
      throw new AdvisorException("the rule engine failed: " + e + " (rules built for another Drools version?)", e);
    } finally {
      sessions.giveBack(lease, failed); // kept for the next call when it is clean, else disposed of
    }
    return call.assemble();
  }

  /**
   * Advises a validated profile as {@link #advise} does, with the decisions of the rules taken by
   * plain Java instead of the rule engine: for measuring what the engine costs, everything else the
   * same (reading, facts, adding up, plan order, texts, explanation).
   */
  public Advice adviseWithoutEngine(Profile profile, PlainRules decisions) {
    Call call = new Call(profile);
    decisions.weigh(call.candidate, call.projects, call.skills.signals(), call.collector);
    Standing standing = call.addUp();
    decisions.plan(standing, call.candidate, call.projects, call.collector);
    return call.assemble();
  }

  /** One advice: the facts computed once, the conclusions drawn, the adding up and the assembly. */
  private final class Call {
    final Profile profile;
    final SkillReading skills;
    final List<Project> projects;
    final Candidate candidate;
    final Collector collector;
    final Tally.Sums sums;
    Standing standing;

    Call(Profile profile) {
      this.profile = profile;
      Policy policy = rules.policy();
      this.skills = rules.vocabulary().readSkills(profile.skills());
      Completion completion = policy.completion(profile);
      this.projects = projects(profile, policy, completion);
      this.candidate = candidate(profile, policy, skills, projects, completion);
      this.collector = new Collector(skills.signals(), ranks);
      this.sums = fullExplanation ? new Tally.Sums(new EnumMap<>(Pathway.class), new EnumMap<>(Competency.class))
          : null;
    }

    /** Adds up the weighing phase and moves the collector on to the plan phase. */
    Standing addUp() {
      standing = Tally.standing(collector.entries(), candidate, rules.policy(), sums);
      collector.phase(1);
      return standing;
    }

    Advice assemble() {
      List<PlanOrder.Planned> plan = PlanOrder.order(collector.entries(), standing, candidate, rules.policy());
      return new Assembly(texts, candidate, standing, collector.entries(), plan, sums)
          .advice(profile, skills.unread());
    }
  }

  private static void checkLimit(int fired, int maxFirings, Collector collector) {
    if (fired >= maxFirings) {
      throw new AdvisorException("the rules did not finish within " + maxFirings
          + " firings; the last rule to fire was '" + collector.currentRule() + "'");
    }
  }

  private static List<Project> projects(Profile profile, Policy policy, Completion completion) {
    List<SideProject> sideProjects = profile.sideProjects();
    if (sideProjects.isEmpty()) {
      return List.of();
    }
    List<Project> projects = new ArrayList<>(sideProjects.size());
    for (int i = 0; i < sideProjects.size(); i++) {
      SideProject p = sideProjects.get(i);
      projects.add(new Project(p, i, policy.nature(p.kind()), completion.projectWorkDone()));
    }
    return projects;
  }

  /**
   * The candidate, with the family the advice uses. Policy: a role the profile gives is used as it is,
   * even when the title reads otherwise (the host knows the person; warnings.drl says so to the
   * candidate); without a role, the family read from the title, which may be UNKNOWN.
   */
  private Candidate candidate(Profile profile, Policy policy, SkillReading skills, List<Project> projects,
      Completion completion) {
    String title = profile.title().orElse(null);
    TitleReading reading = title == null || title.isBlank() ? null : rules.vocabulary().readTitle(title);
    RoleFamily role = profile.role().isPresent() ? profile.role().get() : reading.family();
    Set<TrioArea> areas = EnumSet.noneOf(TrioArea.class);
    for (SkillSignal signal : skills.signals()) {
      if (signal.trioArea() != null) {
        areas.add(signal.trioArea());
      }
    }
    return new Candidate(profile, role, reading, policy.inTrio(role), policy.roleCompetencies(role), areas,
        projects, completion, policy.workCompetencies(), productRouteCertifications(profile, role));
  }

  /**
   * Whether a certificate held names a craft other than the role's own (vocabulary's
   * certificate-crafts): one taken on the way to product work, not a credential of the holder's field.
   */
  private boolean productRouteCertifications(Profile profile, RoleFamily role) {
    for (String certificate : profile.certifications()) {
      for (RoleFamily craft : rules.vocabulary().readCertificate(certificate)) {
        if (craft != role) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
