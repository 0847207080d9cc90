package org.pmpathways.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Stage;
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
import org.pmpathways.profile.Profile;

/**
 * What the plain-Java floor ({@link PlainJavaAdvisor}) does after its rules, the same way the
 * advisor does it: adding the weighing conclusions up into a {@link Standing} ({@link #standing}),
 * putting the proposed actions in order ({@link #plan}), and assembling the {@link Advice} with each
 * text rendered once and the explanation rendered only when read.
 *
 * <p>Not thread-safe: one per call (the advice it returns is thread-safe).
 */
final class FloorAssembly {
  /** One action of the plan: its id, its catalogue row (null outside the catalogue), its rank, its proposals. */
  record Planned(String id, FloorPolicy.ActionRow row, int rank, List<FloorTrail.Entry> proposals) {}

  private final FloorTexts texts;
  private final Candidate candidate;
  private final Standing standing;
  private final List<FloorTrail.Entry> entries;
  private final List<Planned> plan;
  private final Map<Object, String> rendered = new IdentityHashMap<>();

  FloorAssembly(FloorTexts texts, Candidate candidate, Standing standing, List<FloorTrail.Entry> entries,
      List<Planned> plan) {
    this.texts = texts;
    this.candidate = candidate;
    this.standing = standing;
    this.entries = entries;
    this.plan = plan;
  }

  // ---- Adding up: scores clamped, primary pathway (ties in Pathway order), in play, levels, stage --

  static Standing standing(List<FloorTrail.Entry> entries, FloorPolicy policy) {
    Map<Pathway, Integer> scores = new EnumMap<>(Pathway.class);
    Map<Competency, Integer> evidence = new EnumMap<>(Competency.class);
    Set<Competency> demonstrated = EnumSet.noneOf(Competency.class);
    Stage stage = null;
    for (FloorTrail.Entry entry : entries) {
      Object c = entry.conclusion();
      if (c instanceof PathwayPoints p) {
        scores.merge(p.pathway(), p.points(), Integer::sum);
      } else if (c instanceof CompetencyEvidence e) {
        evidence.merge(e.competency(), e.points(), Integer::sum);
        if (e.demonstrated()) {
          demonstrated.add(e.competency());
        }
      } else if (c instanceof StageReached s) {
        stage = stage == null || s.stage().compareTo(stage) > 0 ? s.stage() : stage;
      }
    }
    Pathway primary = null;
    for (Map.Entry<Pathway, Integer> e : scores.entrySet()) {
      int clamped = Math.max(0, Math.min(policy.scoreMax, e.getValue()));
      e.setValue(clamped);
      if (primary == null || clamped > scores.get(primary)) {
        primary = e.getKey();
      }
    }
    Set<Pathway> inPlay = EnumSet.noneOf(Pathway.class);
    for (Map.Entry<Pathway, Integer> e : scores.entrySet()) {
      if (e.getKey() == primary || e.getValue() >= policy.inPlayAt) {
        inPlay.add(e.getKey());
      }
    }
    Map<Competency, CompetencyLevel> levels = new EnumMap<>(Competency.class);
    for (Competency competency : Competency.values()) {
      Integer points = evidence.get(competency);
      levels.put(competency, points == null ? CompetencyLevel.GAP
          : demonstrated.contains(competency) && points >= policy.strongAt ? CompetencyLevel.STRONG
          : CompetencyLevel.DEVELOPING);
    }
    return new Standing(scores, primary, inPlay, levels, stage);
  }

  // ---- The plan: one action per id, completed ones left out, best rank first, dependencies first --

  static List<Planned> plan(List<FloorTrail.Entry> entries, Standing standing, Candidate candidate,
      FloorPolicy policy) {
    Map<String, List<FloorTrail.Entry>> byId = new LinkedHashMap<>();
    for (FloorTrail.Entry entry : entries) {
      if (entry.conclusion() instanceof ActionProposal p && !candidate.completed(p.id())) {
        byId.computeIfAbsent(p.id(), k -> new ArrayList<>(2)).add(entry);
      }
    }
    List<Planned> waiting = new ArrayList<>(byId.size());
    for (Map.Entry<String, List<FloorTrail.Entry>> e : byId.entrySet()) {
      FloorPolicy.ActionRow row = policy.action(e.getKey());
      Pathway pathway = row == null || row.pathway() == null ? standing.getPrimary() : row.pathway();
      int rank = (pathway == null ? 0 : standing.score(pathway)) + (row == null ? 0 : row.weight());
      waiting.add(new Planned(e.getKey(), row, rank, e.getValue()));
    }
    waiting.sort(Comparator.comparingInt((Planned p) -> -p.rank())
        .thenComparingInt(p -> p.row() == null || p.row().pathway() == null ? -1 : p.row().pathway().ordinal())
        .thenComparing(Planned::id));
    Set<String> inPlan = new HashSet<>(byId.keySet());
    Set<String> placed = new HashSet<>();
    List<Planned> plan = new ArrayList<>(waiting.size());
    while (!waiting.isEmpty()) {
      Planned next = null;
      for (Planned action : waiting) {
        if (ready(action, inPlan, placed, waiting.size())) {
          next = action;
          break;
        }
      }
      if (next == null) {
        next = waiting.get(0);
      }
      waiting.remove(next);
      placed.add(next.id());
      plan.add(next);
    }
    return plan;
  }

  private static boolean ready(Planned action, Set<String> inPlan, Set<String> placed, int waiting) {
    if (action.row() == null) {
      return true;
    }
    if (action.row().afterAll()) {
      if (waiting == 1) {
        return true;
      }
      for (String id : inPlan) {
        if (!id.equals(action.id()) && !placed.contains(id)) {
          return false;
        }
      }
      return true;
    }
    for (String dep : action.row().dependsOn()) {
      if (inPlan.contains(dep) && !placed.contains(dep)) {
        return false;
      }
    }
    return true;
  }

  // ---- The advice ---------------------------------------------------------------------------------

  Advice advice(Profile profile, List<String> unreadSkills) {
    return new Advice(profile.id().orElse(null), candidate.getRoleFamily(), standing.getPrimary(), pathways(),
        actions(), competencies(), warnings(), Explanation.later(this::explanation), candidate.getTitleReading(),
        unreadSkills, standing.getStage());
  }

  private List<PathwayScore> pathways() {
    List<PathwayScore> pathways = new ArrayList<>(3);
    for (Map.Entry<Pathway, Integer> score : standing.getScores().entrySet()) {
      List<String> reasons = new ArrayList<>();
      List<String> rules = new ArrayList<>();
      for (FloorTrail.Entry e : entries) {
        if (e.conclusion() instanceof PathwayPoints p && p.pathway() == score.getKey()) {
          reasons.add(text(p, "reason.", p.reason(), p.args()));
          rules.add(e.rule());
        }
      }
      rules.add(tallyRule());
      pathways.add(new PathwayScore(score.getKey(), score.getValue(), distinct(reasons), distinct(rules)));
    }
    Pathway primary = standing.getPrimary();
    pathways.sort(Comparator.comparingInt((PathwayScore p) -> p.pathway() == primary ? 0 : 1)
        .thenComparingInt(p -> -p.score()).thenComparing(PathwayScore::pathway));
    return pathways;
  }

  private List<Action> actions() {
    List<Action> actions = new ArrayList<>(plan.size());
    for (Planned planned : plan) {
      List<String> because = new ArrayList<>(planned.proposals().size());
      List<String> rules = new ArrayList<>(planned.proposals().size());
      Project project = null;
      for (FloorTrail.Entry e : planned.proposals()) {
        ActionProposal a = (ActionProposal) e.conclusion();
        because.add(text(a, "reason.", a.reason(), a.args()));
        rules.add(e.rule());
        if (project == null) {
          project = projectOf(e);
        }
      }
      if (project == null) {
        project = candidate.getMainProject();
      }
      String id = planned.id();
      actions.add(new Action(id, planned.row() == null ? null : planned.row().pathway(),
          planned.row() == null ? null : planned.row().competency(), actions.size() + 1,
          texts.text("action." + id + ".title", List.of()), texts.text("action." + id + ".detail", detailArgs(project)),
          distinct(because), distinct(rules)));
    }
    return actions;
  }

  /** The arguments every action detail gets, as the advisor gives them. */
  private List<Object> detailArgs(Project project) {
    return Arrays.asList(project == null ? "" : project, project == null ? "" : project.getStage(),
        candidate.getPmContacts(), candidate.getInformationalInterviews(), candidate.getRoleFamily(),
        candidate.getYearsExperience(), candidate.getCertificationCount(),
        candidate.isWorkingWithProductManagers() ? 1 : 0, standing.getPrimary() == null ? "" : standing.getPrimary(),
        standing.getStage() == null ? "" : standing.getStage());
  }

  private static Project projectOf(FloorTrail.Entry e) {
    for (Object fact : e.matched()) {
      if (fact instanceof Project p) {
        return p;
      }
    }
    return null;
  }

  private List<CompetencyRating> competencies() {
    List<CompetencyRating> competencies = new ArrayList<>(3);
    for (Competency competency : Competency.values()) {
      List<String> evidence = new ArrayList<>();
      List<String> rules = new ArrayList<>();
      for (FloorTrail.Entry e : entries) {
        if (e.conclusion() instanceof CompetencyEvidence ev && ev.competency() == competency) {
          evidence.add(text(ev, "evidence.", ev.reason(), ev.args()));
          rules.add(e.rule());
        }
      }
      rules.add(tallyRule()); // the level is the adding up's conclusion
      competencies.add(new CompetencyRating(competency, standing.level(competency), distinct(evidence),
          distinct(rules)));
    }
    return competencies;
  }

  private List<Warning> warnings() {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (FloorTrail.Entry e : entries) {
      if (e.conclusion() instanceof WarningRaised w) {
        byId.computeIfAbsent(w.id(), k -> new ArrayList<>(1)).add(text(w, "", w.key(), w.args()));
      }
    }
    List<Warning> warnings = new ArrayList<>(byId.size());
    for (Map.Entry<String, List<String>> w : byId.entrySet()) {
      warnings.add(new Warning(w.getKey(), String.join(" ", distinct(w.getValue()))));
    }
    return warnings;
  }

  /** A conclusion's text, rendered once per advice. */
  private String text(Object conclusion, String prefix, String key, List<Object> args) {
    String text = rendered.get(conclusion);
    if (text == null) {
      text = texts.text(prefix + key, args);
      rendered.put(conclusion, text);
    }
    return text;
  }

  private String text(Object conclusion) {
    if (conclusion instanceof PathwayPoints p) {
      return text(p, "reason.", p.reason(), p.args());
    } else if (conclusion instanceof CompetencyEvidence e) {
      return text(e, "evidence.", e.reason(), e.args());
    } else if (conclusion instanceof StageReached s) {
      return text(s, "reason.", s.reason(), s.args());
    } else if (conclusion instanceof WarningRaised w) {
      return text(w, "", w.key(), w.args());
    }
    ActionProposal a = (ActionProposal) conclusion;
    return text(a, "reason.", a.reason(), a.args());
  }

  // ---- The explanation, rendered when read --------------------------------------------------------

  private synchronized List<Explanation> explanation() {
    List<Explanation> explanation = new ArrayList<>(entries.size() + 8);
    Map<Object, String> facts = new IdentityHashMap<>();
    boolean tallied = false;
    for (FloorTrail.Entry e : entries) {
      if (e.phase() > 0 && !tallied) {
        tally(explanation);
        tallied = true;
      }
      List<String> described = new ArrayList<>(e.matched().size());
      for (Object fact : e.matched()) {
        String words = facts.computeIfAbsent(fact, this::describe);
        if (words != null) {
          described.add(words);
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
        Planned p = plan.get(i);
        order.add(texts.text("explain.plan.item", List.of(i + 1, texts.text("action." + p.id() + ".title", List.of()),
            p.rank(), p.row() == null ? List.of() : p.row().dependsOn())));
      }
      explanation.add(new Explanation(texts.text("explain.plan.rule", List.of()),
          texts.text("explain.plan", List.of(plan.size())), order));
    }
    return explanation;
  }

  /** The name the explanation gives the adding up, which concludes scores and levels. */
  private String tallyRule() {
    return texts.text("explain.tally.rule", List.of());
  }

  private void tally(List<Explanation> explanation) {
    String rule = tallyRule();
    for (Map.Entry<Pathway, Integer> score : standing.getScores().entrySet()) {
      explanation.add(new Explanation(rule, texts.text("explain.total", List.of(score.getKey(), score.getValue())),
          List.of()));
    }
    if (standing.getPrimary() != null) {
      explanation.add(new Explanation(rule, texts.text("explain.primary", List.of(standing.getPrimary())), List.of()));
    }
    for (Competency competency : Competency.values()) {
      explanation.add(new Explanation(rule, texts.text("explain.level",
          List.of(competency, standing.level(competency))), List.of()));
    }
    if (standing.getStage() != null) {
      explanation.add(new Explanation(rule, texts.text("explain.stage-reached", List.of(standing.getStage())),
          List.of()));
    }
  }

  private String effect(Object conclusion) {
    if (conclusion instanceof PathwayPoints p) {
      return texts.text("explain.points", List.of(p.pathway(), p.points(), text(p)));
    } else if (conclusion instanceof CompetencyEvidence e) {
      return texts.text("explain.evidence", List.of(e.competency(), e.points(), e.demonstrated() ? 1 : 0, text(e)));
    } else if (conclusion instanceof StageReached s) {
      return texts.text("explain.stage", List.of(s.stage(), text(s)));
    } else if (conclusion instanceof WarningRaised w) {
      return texts.text("explain.warning", List.of(text(w)));
    }
    ActionProposal a = (ActionProposal) conclusion;
    return texts.text("explain.proposal", List.of(texts.text("action." + a.id() + ".title", List.of()), text(a)));
  }

  /** A fact in words, or {@code null} for what needs none. */
  private String describe(Object fact) {
    if (fact instanceof Candidate c) {
      return texts.text(c.isEmployed() ? "explain.fact.candidate" : "explain.fact.candidate.no-employer",
          List.of(c.getRoleFamily(), c.getYearsExperience(), c.isAtDigitalProductCompany() ? 1 : 0,
              c.isWorkingWithProductManagers() ? 1 : 0));
    } else if (fact instanceof Project p) {
      return texts.text("explain.fact.project", List.of(p, p.getKind(), p.getStage(), p.getUsers(),
          p.isEarning() ? 1 : 0));
    } else if (fact instanceof SkillSignal s) {
      return texts.text("explain.fact.skill", List.of(s.skill(), s.phrase()));
    } else if (fact instanceof Standing s) {
      return texts.text("explain.fact.standing", List.of(s.getPrimary() == null ? "" : s.getPrimary(),
          s.getStage() == null ? "" : s.getStage()));
    } else if (fact instanceof WorkShown w) {
      return texts.text("explain.fact.work", List.of(w.work(), w.competency()));
    } else if (fact instanceof Enum<?> e) {
      return String.valueOf(texts.words(e));
    }
    return null;
  }

  /** The texts without repeats or gaps, in first-seen order. */
  private static List<String> distinct(List<String> texts) {
    List<String> kept = new ArrayList<>(texts.size());
    for (String text : texts) {
      if (text != null && !kept.contains(text)) {
        kept.add(text);
      }
    }
    return kept;
  }
}
