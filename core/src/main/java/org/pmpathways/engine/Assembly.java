package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.facts.ActionProposal;
import org.pmpathways.facts.Candidate;
import org.pmpathways.facts.CompetencyEvidence;
import org.pmpathways.facts.PathwayPoints;
import org.pmpathways.facts.Project;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.facts.StageReached;
import org.pmpathways.facts.Standing;
import org.pmpathways.facts.WarningRaised;
import org.pmpathways.facts.WorkShown;
import org.pmpathways.internal.Later;
import org.pmpathways.profile.Profile;

/**
 * Turns one call's conclusions into {@link Advice}: what was decided at once, each text rendered when
 * it is first read ({@link Later}) and then kept. A conclusion's text is rendered for each list that
 * shows it (its pathway's reasons, say, and the explanation); rendering is cheap enough that keeping
 * it for the explanation, which most callers never read, cost more than doing it again.
 *
 * <p>An action's detail is one text per action with the same arguments for every action, taken from
 * the candidate's facts: {@code {0}} the project it is about (the project a proposing rule matched,
 * else the candidate's main project; "" without one), {@code {1}} that project's stage, {@code {2}}
 * the product managers the candidate talks with, {@code {3}} the informational interviews had,
 * {@code {4}} the role family, {@code {5}} the years of experience, {@code {6}} the number of
 * certificates, {@code {7}} 1 when the employer has product managers (else 0), {@code {8}} the
 * primary pathway, {@code {9}} the stage, {@code {10}} 1 when the role family names a field of work
 * ({@link Candidate#isRoleNamingAField()}; else 0), {@code {11}} how far the project has come (0 with
 * no project, then 1 to 3 for an idea, in progress, launched).
 *
 * <p>Not thread-safe: one per call (the advice it returns is thread-safe).
 */
final class Assembly {
  private static final Pathway[] PATHWAYS = Pathway.values();
  private static final Competency[] COMPETENCIES = Competency.values();
  private final Messages messages;
  private final Texts texts;
  private final Candidate candidate;
  private final Standing standing;
  private final List<Collector.Entry> entries;
  private final List<PlanOrder.Planned> plan;
  private final Tally.Sums sums;
  private String[] scratch;

  Assembly(Texts texts, Candidate candidate, Standing standing, List<Collector.Entry> entries,
      List<PlanOrder.Planned> plan, Tally.Sums sums) {
    this.messages = texts.messages;
    this.texts = texts;
    this.candidate = candidate;
    this.standing = standing;
    this.entries = entries;
    this.plan = plan;
    this.sums = sums;
  }

  /**
   * The advice: what it decided now (scores, primary pathway, levels, stage, the rules behind each),
   * its texts when they are first read (the reasons of each pathway, the evidence of each competency,
   * the actions, the warnings, the explanation). Each text-making method runs at most once (see
   * {@link Later}), on whichever thread first reads its list; they share no mutable state (each makes
   * its own arrays, and the call's facts and conclusions no longer change), so they need no lock and
   * may run at once on different threads.
   */
  Advice advice(Profile profile, List<String> unreadSkills) {
    checkTexts();
    return new Advice(profile.id().orElse(null), candidate.getRoleFamily(), standing.getPrimary(), pathways(),
        Later.of(this::actions), competencies(), Later.of(this::warnings), Later.of(this::explanation),
        candidate.getTitleReading(), unreadSkills, standing.getStage());
  }

  /**
   * Checks now that every text of the advice exists, so that a key missing from the bundles (a host
   * rule's reason, say) fails the call that drew it, as when the texts were rendered at once, rather
   * than a later read: a look-up per text, nothing rendered. (The explanation's texts, stages' reasons
   * among them, are checked when it is rendered, as before.)
   */
  private void checkTexts() {
    for (Collector.Entry e : entries) {
      Object c = e.conclusion();
      if (c instanceof PathwayPoints p) {
        texts.reasons.check(p.reason());
      } else if (c instanceof CompetencyEvidence ev) {
        texts.evidence.check(ev.reason());
      } else if (c instanceof ActionProposal a) {
        texts.reasons.check(a.reason());
      } else if (c instanceof WarningRaised w) {
        messages.check(w.key());
      }
    }
    for (PlanOrder.Planned planned : plan) {
      texts.actionTitles.check(planned.id());
      texts.actionDetails.check(planned.id());
    }
  }

  /** The pathways weighed: the primary one first, then by score, then in {@link Pathway} order. */
  private List<PathwayScore> pathways() {
    Map<Pathway, Integer> scores = standing.getScores();
    if (scores.isEmpty()) {
      return List.of();
    }
    PathwayScore[] pathways = new PathwayScore[scores.size()];
    int count = 0;
    for (Pathway pathway : PATHWAYS) {
      Integer score = scores.get(pathway);
      if (score != null) {
        PathwayScore p = new PathwayScore(pathway, score, Later.of(() -> reasons(pathway)), pointRules(pathway));
        int i = count++;
        while (i > 0 && before(p, pathways[i - 1])) { // a stable insertion: three at most
          pathways[i] = pathways[i - 1];
          i--;
        }
        pathways[i] = p;
      }
    }
    return List.of(pathways);
  }

  private boolean before(PathwayScore a, PathwayScore b) {
    Pathway primary = standing.getPrimary();
    if ((a.pathway() == primary) != (b.pathway() == primary)) {
      return a.pathway() == primary;
    }
    return a.score() != b.score() ? a.score() > b.score() : a.pathway().compareTo(b.pathway()) < 0;
  }

  /** The rules that gave a pathway points, then the adding up, without repeats. */
  private List<String> pointRules(Pathway pathway) {
    String[] kept = scratch();
    int count = 0;
    for (Collector.Entry e : entries) {
      if (e.conclusion() instanceof PathwayPoints p && p.pathway() == pathway) {
        count = keep(kept, count, e.rule());
      }
    }
    return listOf(kept, keep(kept, count, tallyRule()));
  }

  private List<String> reasons(Pathway pathway) {
    String[] kept = new String[entries.size()];
    int count = 0;
    for (Collector.Entry e : entries) {
      if (e.conclusion() instanceof PathwayPoints p && p.pathway() == pathway) {
        count = keep(kept, count, text(p));
      }
    }
    return listOf(kept, count);
  }

  private List<Action> actions() {
    Action[] actions = new Action[plan.size()];
    for (int i = 0; i < actions.length; i++) {
      PlanOrder.Planned planned = plan.get(i);
      List<Collector.Entry> proposals = planned.proposals();
      String[] because = new String[proposals.size()];
      String[] rules = new String[proposals.size()];
      int reasons = 0;
      int ruleCount = 0;
      Project project = null;
      for (Collector.Entry e : proposals) {
        reasons = keep(because, reasons, text((ActionProposal) e.conclusion()));
        ruleCount = keep(rules, ruleCount, e.rule());
        if (project == null) {
          project = projectOf(e);
        }
      }
      if (project == null) {
        project = candidate.getMainProject();
      }
      String id = planned.id();
      actions[i] = new Action(id, planned.row() == null ? null : planned.row().pathway(),
          planned.row() == null ? null : planned.row().competency(), i + 1,
          texts.actionTitles.text(id, List.of()), texts.actionDetails.render(id, detailArgs(project)),
          listOf(because, reasons), listOf(rules, ruleCount));
    }
    return List.of(actions);
  }

  private Object[] detailArgs(Project project) {
    return new Object[] {project == null ? "" : project, project == null ? "" : project.getStage(),
        candidate.getPmContacts(), candidate.getInformationalInterviews(), candidate.getRoleFamily(),
        candidate.getYearsExperience(), candidate.getCertificationCount(),
        candidate.isWorkingWithProductManagers() ? 1 : 0, standing.getPrimary() == null ? "" : standing.getPrimary(),
        standing.getStage() == null ? "" : standing.getStage(), candidate.isRoleNamingAField() ? 1 : 0,
        project == null ? 0 : project.getStage().ordinal() + 1};
  }

  private static Project projectOf(Collector.Entry e) {
    for (Object fact : e.matched()) {
      if (fact instanceof Project p) {
        return p;
      }
    }
    return null;
  }

  /** The three competencies, in {@link Competency} order. */
  private List<CompetencyRating> competencies() {
    CompetencyRating[] competencies = new CompetencyRating[COMPETENCIES.length];
    for (Competency competency : COMPETENCIES) {
      competencies[competency.ordinal()] = new CompetencyRating(competency, standing.level(competency),
          Later.of(() -> evidence(competency)), evidenceRules(competency));
    }
    return List.of(competencies);
  }

  /** The rules that found evidence of a competency, then the adding up (which sets the level), without repeats. */
  private List<String> evidenceRules(Competency competency) {
    String[] kept = scratch();
    int count = 0;
    for (Collector.Entry e : entries) {
      if (e.conclusion() instanceof CompetencyEvidence ev && ev.competency() == competency) {
        count = keep(kept, count, e.rule());
      }
    }
    return listOf(kept, keep(kept, count, tallyRule()));
  }

  private List<String> evidence(Competency competency) {
    String[] kept = new String[entries.size()];
    int count = 0;
    for (Collector.Entry e : entries) {
      if (e.conclusion() instanceof CompetencyEvidence ev && ev.competency() == competency) {
        count = keep(kept, count, text(ev));
      }
    }
    return listOf(kept, count);
  }

  /** The warnings in the order first raised, each with the texts of all its raisings joined. */
  private List<Warning> warnings() {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Collector.Entry e : entries) {
      if (e.conclusion() instanceof WarningRaised w) {
        texts.computeIfAbsent(w.id(), k -> new ArrayList<>(1)).add(text(w));
      }
    }
    List<Warning> warnings = new ArrayList<>(texts.size());
    for (Map.Entry<String, List<String>> w : texts.entrySet()) {
      String[] kept = new String[w.getValue().size()];
      int count = 0;
      for (String text : w.getValue()) {
        count = keep(kept, count, text);
      }
      warnings.add(new Warning(w.getKey(), String.join(" ", listOf(kept, count))));
    }
    return warnings;
  }

  /** The name the explanation gives the adding up, which concludes scores and levels. */
  private String tallyRule() {
    return texts.tallyRule();
  }

  // ---- Texts ----------------------------------------------------------------------------------

  private String text(PathwayPoints p) {
    return texts.reasons.text(p.reason(), p.args());
  }

  private String text(ActionProposal a) {
    return texts.reasons.text(a.reason(), a.args());
  }

  private String text(CompetencyEvidence e) {
    return texts.evidence.text(e.reason(), e.args());
  }

  private String text(StageReached s) {
    return texts.reasons.text(s.reason(), s.args());
  }

  private String text(WarningRaised w) {
    return messages.text(w.key(), w.args());
  }

  // ---- The explanation, rendered when read ------------------------------------------------------

  /**
   * The explanation: what the weighing rules concluded, how it was added up, what the planning
   * rules proposed, and the order the plan was put in. It runs at most once, on whichever thread
   * first reads the explanation.
   */
  private List<Explanation> explanation() {
    List<Explanation> explanation = new ArrayList<>(entries.size() + 8);
    Map<Object, String> facts = new IdentityHashMap<>();
    boolean tallied = false;
    for (Collector.Entry e : entries) {
      if (e.phase() > 0 && !tallied) {
        tally(explanation);
        tallied = true;
      }
      List<Object> matched = e.matched();
      List<String> described = new ArrayList<>(matched.size() + 1);
      for (Object fact : matched) {
        describe(fact, facts, described);
        if (fact instanceof Standing s && !matched.contains(s.getCandidate())) {
          describe(s.getCandidate(), facts, described); // the rule read the candidate through its standing
        }
      }
      explanation.add(new Explanation(e.rule(), effect(e.conclusion()), described));
    }
    if (!tallied) {
      tally(explanation);
    }
    if (!plan.isEmpty()) {
      List<String> order = new ArrayList<>(plan.size());
      for (int i = 0; i < plan.size(); i++) {
        PlanOrder.Planned p = plan.get(i);
        order.add(messages.text("explain.plan.item", List.of(i + 1, texts.actionTitles.text(p.id(), List.of()),
            p.rank(), p.row() == null ? List.of() : p.row().dependsOn())));
      }
      explanation.add(new Explanation(messages.text("explain.plan.rule", List.of()),
          messages.text("explain.plan", List.of(plan.size())), order));
    }
    return explanation;
  }

  private void tally(List<Explanation> explanation) {
    String rule = tallyRule();
    for (Map.Entry<Pathway, Integer> score : standing.getScores().entrySet()) {
      List<String> facts = sums == null ? List.of()
          : List.of(messages.text("explain.tally.sum", List.of(sums.points().getOrDefault(score.getKey(), 0))));
      explanation.add(new Explanation(rule, messages.text("explain.total", List.of(score.getKey(), score.getValue())),
          facts));
    }
    if (standing.getPrimary() != null) {
      explanation.add(new Explanation(rule, messages.text("explain.primary", List.of(standing.getPrimary())),
          List.of()));
    }
    for (Competency competency : Competency.values()) {
      explanation.add(new Explanation(rule, messages.text("explain.level",
          List.of(competency, standing.level(competency))), List.of()));
    }
    if (standing.getStage() != null) {
      explanation.add(new Explanation(rule, messages.text("explain.stage-reached", List.of(standing.getStage())),
          List.of()));
    }
  }

  private String effect(Object conclusion) {
    if (conclusion instanceof PathwayPoints p) {
      return messages.text("explain.points", List.of(p.pathway(), p.points(), text(p)));
    } else if (conclusion instanceof CompetencyEvidence e) {
      return messages.text("explain.evidence", List.of(e.competency(), e.points(), e.demonstrated() ? 1 : 0, text(e)));
    } else if (conclusion instanceof StageReached s) {
      return messages.text("explain.stage", List.of(s.stage(), text(s)));
    } else if (conclusion instanceof WarningRaised w) {
      return messages.text("explain.warning", List.of(text(w)));
    } else if (conclusion instanceof ActionProposal a) {
      return messages.text("explain.proposal", List.of(texts.actionTitles.text(a.id(), List.of()),
          text(a)));
    }
    return String.valueOf(conclusion);
  }

  /** Adds a fact in words (once worded, kept), and as the engine holds it for the full explanation. */
  private void describe(Object fact, Map<Object, String> worded, List<String> described) {
    String words = worded.computeIfAbsent(fact, this::describe);
    if (words != null) {
      described.add(words);
    }
    if (sums != null) {
      described.add(messages.text("explain.fact.raw", List.of(String.valueOf(fact))));
    }
  }

  /** A fact in words, or {@code null} for what needs none (a table row read by the rule). */
  private String describe(Object fact) {
    if (fact instanceof Candidate c) {
      return messages.text(c.isEmployed() ? "explain.fact.candidate" : "explain.fact.candidate.no-employer",
          List.of(c.getRoleFamily(), c.getYearsExperience(), c.isAtDigitalProductCompany() ? 1 : 0,
              c.isWorkingWithProductManagers() ? 1 : 0));
    } else if (fact instanceof Project p) {
      return messages.text("explain.fact.project", List.of(p, p.getKind(), p.getStage(), p.getUsers(),
          p.isEarning() ? 1 : 0));
    } else if (fact instanceof SkillSignal s) {
      return messages.text("explain.fact.skill", List.of(s.skill(), s.phrase()));
    } else if (fact instanceof Standing s) {
      return messages.text("explain.fact.standing", List.of(s.getPrimary() == null ? "" : s.getPrimary(),
          s.getStage() == null ? "" : s.getStage()));
    } else if (fact instanceof WorkShown w) {
      return messages.text("explain.fact.work", List.of(w.work(), w.competency()));
    } else if (fact instanceof Enum<?> e) {
      return String.valueOf(messages.words(e));
    }
    return null;
  }

  /**
   * Room for the rules of one pathway or competency, reused from one to the next while the advice is
   * made (on one thread, before the advice is published; the texts made later have their own).
   */
  private String[] scratch() {
    if (scratch == null) {
      scratch = new String[entries.size() + 1];
    }
    return scratch;
  }

  /** Adds a text to the first {@code count} kept unless it is null or kept already; the new count. */
  private static int keep(String[] kept, int count, String text) {
    if (text == null) {
      return count;
    }
    for (int i = 0; i < count; i++) {
      if (kept[i].equals(text)) {
        return count;
      }
    }
    kept[count] = text;
    return count + 1;
  }

  /** The first {@code count} texts as an immutable list. */
  private static List<String> listOf(String[] texts, int count) {
    switch (count) {
      case 0:
        return List.of();
      case 1:
        return List.of(texts[0]);
      case 2:
        return List.of(texts[0], texts[1]);
      default:
        return List.of(count == texts.length ? texts : Arrays.copyOf(texts, count));
    }
  }

  /**
   * The texts of an advice that are found by a rule's name for them: reasons, evidence, and the
   * title and detail of each action. One per rule set, shared by its calls. Thread-safe.
   */
  static final class Texts {
    private final Messages messages;
    private final Messages.Family reasons;
    private final Messages.Family evidence;
    private final Messages.Family actionTitles;
    private final Messages.Family actionDetails;
    /** The adding up's name in the explanation, found on first use (it appears in every advice). */
    private volatile String tallyRule;

    Texts(Messages messages) {
      this.messages = messages;
      this.reasons = messages.family("reason.", "");
      this.evidence = messages.family("evidence.", "");
      this.actionTitles = messages.family("action.", ".title");
      this.actionDetails = messages.family("action.", ".detail");
    }

    String tallyRule() {
      String rule = tallyRule;
      if (rule == null) {
        rule = messages.text("explain.tally.rule");
        tallyRule = rule;
      }
      return rule;
    }
  }
}
