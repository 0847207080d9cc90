package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.pmpathways.AdvisorException;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.facts.ActionProposal;
import org.pmpathways.facts.Candidate;
import org.pmpathways.facts.CompetencyEvidence;
import org.pmpathways.facts.CompetencyVerdict;
import org.pmpathways.facts.PathwayPoints;
import org.pmpathways.facts.PathwayTotal;
import org.pmpathways.facts.PrimaryPathway;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.facts.WarningRaised;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.SideProject;
import org.pmpathways.reading.SkillReading;
import org.pmpathways.reading.TitleReading;

/**
 * Advises one profile: a session over the shared rule base, the facts inserted in a fixed order,
 * the rules fired, and the conclusions turned into {@link Advice}.
 *
 * <p>Sessions come from a pool: each call takes one for itself and gives it back reset, so any
 * number of calls may run at once over one {@link RuleSet}, and no call sees another's facts.
 * Reusing sessions spares each call the engine's set-up of a new session's memory.
 */
public final class AdviceRun {
  private final RuleSet rules;
  private final int maxFirings;
  private final KieSessionsPool sessions;

  /**
   * @param rules the compiled rules, vocabulary and texts
   * @param maxFirings how many rule firings one call may take before it is stopped as a runaway
   */
  public AdviceRun(RuleSet rules, int maxFirings) {
    this.rules = rules;
    this.maxFirings = maxFirings;
    this.sessions = rules.newSessionPool(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Shuts the session pool down. Only for when no call is under way or will start: the facade
   * counts its calls and closes a run after the last one.
   */
  public void close() {
    sessions.shutdown();
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
    Candidate candidate = candidate(profile);
    SkillReading skills = rules.vocabulary().readSkills(profile.skills());
    Trail trail = new Trail();
    KieSession session = sessions.newKieSession();
    try {
      session.addEventListener((AgendaEventListener) trail);
      session.addEventListener((RuleRuntimeEventListener) trail);
      session.insert(candidate);
      for (SideProject project : profile.sideProjects()) {
        session.insert(project);
      }
      for (SkillSignal signal : skills.signals()) {
        session.insert(signal);
      }
      for (Pathway pathway : Pathway.values()) {
        session.insert(pathway);
      }
      for (Competency competency : Competency.values()) {
        session.insert(competency);
      }
      int fired = session.fireAllRules(maxFirings);
      if (fired >= maxFirings) {
        List<Trail.Firing> firings = trail.firings();
        String last = firings.isEmpty() ? "?" : firings.get(firings.size() - 1).rule();
        throw new AdvisorException("the rules did not finish within " + maxFirings
            + " firings; the last rule to fire was '" + last + "'");
      }
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
      session.removeEventListener((AgendaEventListener) trail);
      session.removeEventListener((RuleRuntimeEventListener) trail);
      session.dispose(); // back to the pool, reset
    }
    return assemble(profile, candidate, skills, trail);
  }

  /**
   * The candidate with the family the advice uses. Policy: a role the profile gives is used as it is,
   * even when the title reads otherwise (the host knows the person; warnings.drl says so to the
   * candidate); without a role, the family read from the title, which may be UNKNOWN.
   */
  private Candidate candidate(Profile profile) {
    TitleReading reading = profile.title().filter(t -> !t.isBlank())
        .map(rules.vocabulary()::readTitle).orElse(null);
    if (profile.role().isPresent()) {
      return new Candidate(profile, profile.role().get(), "role given", reading);
    }
    return new Candidate(profile, reading.family(), reading.describe(), reading);
  }

  private Advice assemble(Profile profile, Candidate candidate, SkillReading skills, Trail trail) {
    Texts texts = new Texts(rules.messages());
    Conclusions c = new Conclusions();
    for (Object fact : trail.live()) {
      c.add(fact);
    }
    Map<Pathway, Integer> scores = new EnumMap<>(Pathway.class);
    for (PathwayTotal total : c.totals) {
      scores.put(total.pathway(), total.score());
    }
    Pathway primary = c.primary.isEmpty() ? null : c.primary.get(0).pathway();

    List<PathwayScore> pathways = new ArrayList<>();
    for (Map.Entry<Pathway, Integer> e : scores.entrySet()) {
      List<String> reasons = new ArrayList<>();
      List<String> rulesBehind = new ArrayList<>();
      for (PathwayPoints p : c.points) {
        if (p.pathway() == e.getKey()) {
          reasons.add(texts.of(p));
          rulesBehind.add(trail.ruleOf(p));
        }
      }
      for (PathwayTotal t : c.totals) {
        if (t.pathway() == e.getKey()) {
          rulesBehind.add(trail.ruleOf(t));
        }
      }
      pathways.add(new PathwayScore(e.getKey(), e.getValue(), distinct(reasons), distinct(rulesBehind)));
    }
    pathways.sort(Comparator.comparingInt((PathwayScore p) -> p.pathway() == primary ? 0 : 1)
        .thenComparingInt(p -> -p.score()).thenComparing(PathwayScore::pathway));

    List<Action> actions = actions(c.proposals, scores, primary, texts, trail);

    List<CompetencyRating> competencies = new ArrayList<>();
    for (Competency competency : Competency.values()) {
      CompetencyLevel level = CompetencyLevel.GAP;
      List<String> rulesBehind = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      for (CompetencyEvidence ev : c.evidence) {
        if (ev.competency() == competency) {
          evidence.add(texts.of(ev));
          rulesBehind.add(trail.ruleOf(ev));
        }
      }
      for (CompetencyVerdict v : c.verdicts) {
        if (v.competency() == competency) {
          level = v.level().compareTo(level) > 0 ? v.level() : level;
          rulesBehind.add(trail.ruleOf(v));
        }
      }
      competencies.add(new CompetencyRating(competency, level, distinct(evidence), distinct(rulesBehind)));
    }

    Map<String, Warning> warnings = new LinkedHashMap<>();
    for (WarningRaised w : c.warnings) {
      warnings.putIfAbsent(w.id(), new Warning(w.id(), texts.messages.text("warning." + w.id(), w.args())));
    }

    List<Explanation> explanation = new ArrayList<>(trail.firings().size());
    Map<Object, String> described = new IdentityHashMap<>(); // most firings match the same few facts
    for (Trail.Firing f : trail.firings()) {
      List<String> facts = new ArrayList<>(f.matched().size());
      for (Object fact : f.matched()) {
        facts.add(described.computeIfAbsent(fact, String::valueOf));
      }
      explanation.add(new Explanation(f.rule(), effect(f.inserted(), texts), facts));
    }
    return new Advice(profile.id().orElse(null), candidate.getRoleFamily(), primary, pathways, actions,
        competencies, List.copyOf(warnings.values()), explanation, candidate.getTitleReading(), skills.unread());
  }

  /** The conclusions alive at the end of a run, sorted by kind in one pass, in insertion order. */
  private static final class Conclusions {
    final List<PathwayTotal> totals = new ArrayList<>(3);
    final List<PrimaryPathway> primary = new ArrayList<>(1);
    final List<PathwayPoints> points = new ArrayList<>();
    final List<ActionProposal> proposals = new ArrayList<>();
    final List<CompetencyEvidence> evidence = new ArrayList<>();
    final List<CompetencyVerdict> verdicts = new ArrayList<>(3);
    final List<WarningRaised> warnings = new ArrayList<>(1);

    void add(Object fact) {
      if (fact instanceof PathwayPoints p) {
        points.add(p);
      } else if (fact instanceof ActionProposal a) {
        proposals.add(a);
      } else if (fact instanceof CompetencyEvidence e) {
        evidence.add(e);
      } else if (fact instanceof PathwayTotal t) {
        totals.add(t);
      } else if (fact instanceof CompetencyVerdict v) {
        verdicts.add(v);
      } else if (fact instanceof PrimaryPathway p) {
        primary.add(p);
      } else if (fact instanceof WarningRaised w) {
        warnings.add(w);
      }
    }
  }

  /** Reason and evidence texts, each rendered once per advice and shared by items and effects. */
  private static final class Texts {
    final Messages messages;
    private final Map<Object, String> rendered = new IdentityHashMap<>();

    Texts(Messages messages) {
      this.messages = messages;
    }

    String of(PathwayPoints p) {
      return rendered.computeIfAbsent(p, k -> messages.text("reason." + p.reason(), p.args()));
    }

    String of(ActionProposal a) {
      return rendered.computeIfAbsent(a, k -> messages.text("reason." + a.reason(), a.args()));
    }

    String of(CompetencyEvidence e) {
      return rendered.computeIfAbsent(e, k -> messages.text("evidence." + e.reason(), e.args()));
    }
  }

  private static List<Action> actions(List<ActionProposal> proposals, Map<Pathway, Integer> scores,
      Pathway primary, Texts texts, Trail trail) {
    Map<String, List<ActionProposal>> byId = new LinkedHashMap<>();
    for (ActionProposal p : proposals) {
      byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
    }
    record Ranked(ActionProposal first, int rank, List<String> because, List<String> rules) {}
    List<Ranked> ranked = new ArrayList<>();
    for (List<ActionProposal> group : byId.values()) {
      ActionProposal first = group.get(0);
      int weight = Integer.MIN_VALUE; // a group has at least one proposal
      for (ActionProposal p : group) {
        weight = Math.max(weight, p.weight());
      }
      Pathway pathway = first.pathway() == null ? primary : first.pathway();
      int rank = (pathway == null ? 0 : scores.getOrDefault(pathway, 0)) + weight;
      List<String> because = new ArrayList<>();
      List<String> rulesBehind = new ArrayList<>();
      for (ActionProposal p : group) {
        because.add(texts.of(p));
        rulesBehind.add(trail.ruleOf(p));
      }
      ranked.add(new Ranked(first, rank, distinct(because), distinct(rulesBehind)));
    }
    ranked.sort(Comparator.comparingInt((Ranked r) -> -r.rank())
        .thenComparingInt(r -> r.first().pathway() == null ? -1 : r.first().pathway().ordinal())
        .thenComparing(r -> r.first().id()));
    List<Action> actions = new ArrayList<>();
    for (Ranked r : ranked) {
      String id = r.first().id();
      actions.add(new Action(id, r.first().pathway(), r.first().competency(), actions.size() + 1,
          texts.messages.text("action." + id + ".title", List.of()),
          texts.messages.text("action." + id + ".detail", List.of()), r.because(), r.rules()));
    }
    return actions;
  }

  private static String effect(List<Object> inserted, Texts texts) {
    if (inserted.isEmpty()) {
      return "no new conclusion (it supports one already drawn)";
    }
    if (inserted.size() == 1) {
      return describe(inserted.get(0), texts);
    }
    List<String> parts = new ArrayList<>();
    for (Object fact : inserted) {
      parts.add(describe(fact, texts));
    }
    return String.join("; ", parts);
  }

  private static String describe(Object fact, Texts texts) {
    if (fact instanceof PathwayPoints p) {
      return p.pathway() + " " + (p.points() >= 0 ? "+" : "") + p.points() + ": " + texts.of(p);
    } else if (fact instanceof PathwayTotal t) {
      return t.pathway() + " scores " + t.score();
    } else if (fact instanceof PrimaryPathway p) {
      return p.pathway() + " is the primary pathway";
    } else if (fact instanceof ActionProposal a) {
      return "proposes " + a.id() + ": " + texts.of(a);
    } else if (fact instanceof CompetencyEvidence e) {
      return e.competency() + " evidence +" + e.points() + (e.demonstrated() ? " (demonstrated)" : "") + ": "
          + texts.of(e);
    } else if (fact instanceof CompetencyVerdict v) {
      return "rates " + v.competency() + " " + v.level();
    } else if (fact instanceof WarningRaised w) {
      return "warns " + w.id();
    }
    return "concludes " + fact;
  }

  /** The texts without repeats or gaps, in first-seen order. */
  private static List<String> distinct(List<String> texts) {
    if (texts.size() > 16) {
      Set<String> seen = new LinkedHashSet<>(texts);
      seen.remove(null);
      return List.copyOf(seen);
    }
    // Short lists, which are nearly all of them: compare in place rather than build a set.
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

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
