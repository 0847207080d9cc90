package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.pmpathways.profile.Profile;

/**
 * Turns one call's conclusions into {@link Advice}: each text rendered once, and the explanation
 * left to render until someone reads it ({@link Explanation#later}).
 *
 * <p>An action's detail is one text per action with the same arguments for every action, taken from
 * the candidate's facts: {@code {0}} the project it is about (the project a proposing rule matched,
 * else the candidate's main project; "" without one), {@code {1}} that project's stage, {@code {2}}
 * the product managers the candidate talks with, {@code {3}} the informational interviews had,
 * {@code {4}} the role family, {@code {5}} the years of experience, {@code {6}} the number of
 * certificates, {@code {7}} 1 when the employer has product managers (else 0), {@code {8}} the
 * primary pathway, {@code {9}} the stage.
 *
 * <p>Not thread-safe: one per call (the advice it returns is thread-safe).
 */
final class Assembly {
  private final Messages messages;
  private final Candidate candidate;
  private final Standing standing;
  private final List<Collector.Entry> entries;
  private final List<PlanOrder.Planned> plan;
  private final Tally.Sums sums;
  private final Map<Object, String> rendered = new IdentityHashMap<>();

  Assembly(Messages messages, Candidate candidate, Standing standing, List<Collector.Entry> entries,
      List<PlanOrder.Planned> plan, Tally.Sums sums) {
    this.messages = messages;
    this.candidate = candidate;
    this.standing = standing;
    this.entries = entries;
    this.plan = plan;
    this.sums = sums;
  }

  synchronized Advice advice(Profile profile, List<String> unreadSkills) {
    List<PathwayScore> pathways = pathways();
    List<Action> actions = actions();
    List<CompetencyRating> competencies = competencies();
    List<Warning> warnings = warnings();
    return new Advice(profile.id().orElse(null), candidate.getRoleFamily(), standing.getPrimary(), pathways,
        actions, competencies, warnings, Explanation.later(this::explanation), candidate.getTitleReading(),
        unreadSkills, standing.getStage());
  }

  private List<PathwayScore> pathways() {
    List<PathwayScore> pathways = new ArrayList<>(3);
    for (Map.Entry<Pathway, Integer> score : standing.getScores().entrySet()) {
      List<String> reasons = new ArrayList<>();
      List<String> rules = new ArrayList<>();
      for (Collector.Entry e : entries) {
        if (e.conclusion() instanceof PathwayPoints p && p.pathway() == score.getKey()) {
          reasons.add(text(p));
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
    for (PlanOrder.Planned planned : plan) {
      List<String> because = new ArrayList<>(planned.proposals().size());
      List<String> rules = new ArrayList<>(planned.proposals().size());
      Project project = null;
      for (Collector.Entry e : planned.proposals()) {
        because.add(text((ActionProposal) e.conclusion()));
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
          messages.text("action." + id + ".title", List.of()),
          messages.text("action." + id + ".detail", detailArgs(project)), distinct(because), distinct(rules)));
    }
    return actions;
  }

  private List<Object> detailArgs(Project project) {
    return Arrays.asList(project == null ? "" : project, project == null ? "" : project.getStage(),
        candidate.getPmContacts(), candidate.getInformationalInterviews(), candidate.getRoleFamily(),
        candidate.getYearsExperience(), candidate.getCertificationCount(),
        candidate.isWorkingWithProductManagers() ? 1 : 0, standing.getPrimary() == null ? "" : standing.getPrimary(),
        standing.getStage() == null ? "" : standing.getStage());
  }

  private static Project projectOf(Collector.Entry e) {
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
      for (Collector.Entry e : entries) {
        if (e.conclusion() instanceof CompetencyEvidence ev && ev.competency() == competency) {
          evidence.add(text(ev));
          rules.add(e.rule());
        }
      }
      rules.add(tallyRule()); // the level itself is the adding up's conclusion
      competencies.add(new CompetencyRating(competency, standing.level(competency), distinct(evidence),
          distinct(rules)));
    }
    return competencies;
  }

  private List<Warning> warnings() {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Collector.Entry e : entries) {
      if (e.conclusion() instanceof WarningRaised w) {
        texts.computeIfAbsent(w.id(), k -> new ArrayList<>(1)).add(text(w));
      }
    }
    List<Warning> warnings = new ArrayList<>(texts.size());
    for (Map.Entry<String, List<String>> w : texts.entrySet()) {
      warnings.add(new Warning(w.getKey(), String.join(" ", distinct(w.getValue()))));
    }
    return warnings;
  }

  /** The name the explanation gives the adding up, which concludes scores and levels. */
  private String tallyRule() {
    return messages.text("explain.tally.rule", List.of());
  }

  // ---- Texts, each rendered once per advice -----------------------------------------------------

  private String text(PathwayPoints p) {
    return rendered.computeIfAbsent(p, k -> messages.text("reason." + p.reason(), p.args()));
  }

  private String text(ActionProposal a) {
    return rendered.computeIfAbsent(a, k -> messages.text("reason." + a.reason(), a.args()));
  }

  private String text(CompetencyEvidence e) {
    return rendered.computeIfAbsent(e, k -> messages.text("evidence." + e.reason(), e.args()));
  }

  private String text(StageReached s) {
    return rendered.computeIfAbsent(s, k -> messages.text("reason." + s.reason(), s.args()));
  }

  private String text(WarningRaised w) {
    return rendered.computeIfAbsent(w, k -> messages.text(w.key(), w.args()));
  }

  // ---- The explanation, rendered when read ------------------------------------------------------

  /**
   * The explanation: what the weighing rules concluded, how it was added up, what the planning
   * rules proposed, and the order the plan was put in. Synchronised: it runs at most once, but on
   * whichever thread first reads the explanation, and shares the text cache.
   */
  private synchronized List<Explanation> explanation() {
    List<Explanation> explanation = new ArrayList<>(entries.size() + 8);
    Map<Object, String> facts = new IdentityHashMap<>();
    boolean tallied = false;
    for (Collector.Entry e : entries) {
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
        if (sums != null) {
          described.add(messages.text("explain.fact.raw", List.of(String.valueOf(fact))));
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
        order.add(messages.text("explain.plan.item", List.of(i + 1, messages.text("action." + p.id() + ".title",
            List.of()), p.rank(), p.row() == null ? List.of() : p.row().dependsOn())));
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
      return messages.text("explain.proposal", List.of(messages.text("action." + a.id() + ".title", List.of()),
          text(a)));
    }
    return String.valueOf(conclusion);
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

  /** The texts without repeats or gaps, in first-seen order. */
  private static List<String> distinct(List<String> texts) {
    String[] kept = new String[texts.size()];
    int count = 0;
    outer:
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      for (int i = 0; i < count; i++) {
        if (kept[i].equals(text)) {
          continue outer;
        }
      }
      kept[count++] = text;
    }
    return count == kept.length ? List.of(kept) : List.of(Arrays.copyOf(kept, count));
  }
}
