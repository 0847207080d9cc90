package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.common.QueryElementFactHandle;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.facts.ActionProposal;
import org.pmpathways.facts.CompetencyEvidence;
import org.pmpathways.facts.Conclusions;
import org.pmpathways.facts.PathwayPoints;
import org.pmpathways.facts.Project;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.facts.StageReached;
import org.pmpathways.facts.WarningRaised;
import org.pmpathways.facts.WorkShown;

/**
 * The {@link Conclusions} of one call: every conclusion a rule draws, recorded as data with the rule
 * that drew it and the facts that rule matched (the trail the explanation is rendered from, when
 * asked). It learns which rule is firing from the agenda, just before the rule's consequence runs.
 *
 * <p>The conclusions are kept in an explicit order that does not depend on the order Drools fires
 * rules of a phase in: by phase, then by rule name, then by the position of the project, skill or
 * table row the rule matched, then in the order one firing drew them.
 *
 * <p>Not thread-safe: one per call.
 */
final class Collector extends DefaultAgendaEventListener implements Conclusions, PlainRules.RuleTrail {
  /** One conclusion and where it came from. */
  record Entry(int phase, String rule, int ruleRank, List<Object> matched, Object conclusion, int order, int sequence) {}

  /**
   * By phase, rule name, position, then sequence: written out rather than chained from key extractors,
   * since it runs some two hundred times a call. Rule names are compared by their rank among the rule
   * base's names ({@link RuleRanks}), the same order as comparing the names, without reading them.
   */
  private static final Comparator<Entry> ORDER = (a, b) -> {
    if (a.phase() != b.phase()) {
      return Integer.compare(a.phase(), b.phase());
    }
    if (a.ruleRank() != b.ruleRank() || a.ruleRank() < 0) {
      int byRule = a.ruleRank() >= 0 && b.ruleRank() >= 0 ? Integer.compare(a.ruleRank(), b.ruleRank())
          : a.rule().compareTo(b.rule());
      if (byRule != 0) {
        return byRule;
      }
    }
    if (a.order() != b.order()) {
      return Integer.compare(a.order(), b.order());
    }
    return Integer.compare(a.sequence(), b.sequence());
  };

  /**
   * Each rule name of a rule base with its rank in the names' natural order, so that conclusions are
   * sorted by comparing two numbers instead of two names that share long prefixes. Immutable and
   * thread-safe; made once per rule base.
   */
  static final class RuleRanks {
    private final Map<String, Integer> ranks;

    private RuleRanks(Map<String, Integer> ranks) {
      this.ranks = ranks;
    }

    /** The ranks of the rules of {@code kieBase}. */
    static RuleRanks of(KieBase kieBase) {
      List<String> names = new ArrayList<>();
      for (KiePackage kiePackage : kieBase.getKiePackages()) {
        for (Rule rule : kiePackage.getRules()) {
          names.add(rule.getName());
        }
      }
      return of(names);
    }

    /** The ranks of these names (duplicates share one). */
    static RuleRanks of(Collection<String> names) {
      String[] sorted = new TreeSet<>(names).toArray(new String[0]);
      Map<String, Integer> ranks = new HashMap<>(sorted.length * 2);
      for (int i = 0; i < sorted.length; i++) {
        ranks.put(sorted[i], i);
      }
      return new RuleRanks(Map.copyOf(ranks));
    }

    /** The rank of a rule name, or -1 for a name the rule base does not have (compared by name). */
    int rank(String rule) {
      Integer rank = ranks.get(rule);
      return rank == null ? -1 : rank;
    }
  }

  private final List<Entry> entries = new ArrayList<>(48);
  private final List<SkillSignal> skills;
  private final RuleRanks ranks;
  private int phase;
  private Match current;
  private String firedRule;
  private int firedRank;
  private List<Object> firedFacts;
  private int firedOrder;

  /**
   * @param skills the skill facts of the call, in the order of the profile's skills
   * @param ranks the ranks of the rule base's rule names
   */
  Collector(List<SkillSignal> skills, RuleRanks ranks) {
    this.skills = skills;
    this.ranks = ranks;
  }

  /** Conclusions drawn from now on belong to this phase (0 weigh, 1 plan). */
  void phase(int phase) {
    this.phase = phase;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch();
    firedRule = null; // its name and facts are read on its first conclusion, once for all of them
    firedFacts = null;
  }

  /** A plain-Java rule fires ({@link PlainRules}): the conclusions drawn next are its. */
  @Override
  public Conclusions fire(String rule, Object... facts) {
    current = null;
    firedRule = rule;
    firedRank = ranks.rank(rule);
    firedFacts = List.of(facts);
    firedOrder = order(firedFacts);
    return this;
  }


  /** The name of the rule firing now, or "?" outside a firing. */
  String currentRule() {
    return firedRule != null ? firedRule : current != null ? current.getRule().getName() : "?";
  }

  private void add(Object conclusion) {
    if (firedFacts == null) {
      if (current == null) {
        throw new IllegalStateException("conclusions are drawn by rules, inside their consequence");
      }
      firedRule = current.getRule().getName();
      firedRank = ranks.rank(firedRule);
      firedFacts = matchedFacts(current);
      firedOrder = order(firedFacts);
    }
    entries.add(new Entry(phase, firedRule, firedRank, firedFacts, conclusion, firedOrder, entries.size()));
  }

  /** Whether this Drools' tuples can be read directly ({@link TupleFacts}); not with another version. */
  private static volatile boolean tuplesReadable = true;

  /**
   * The facts a firing matched, as {@link Match#getObjects} gives them but read from the tuple
   * straight into an immutable list: {@code getObjects} copies them through two lists of its own.
   * The tuple is Drools' internals: with another Drools than the one this library was built against
   * (a host may run another), where they cannot be read, every firing asks {@code getObjects}.
   */
  private static List<Object> matchedFacts(Match match) {
    if (tuplesReadable) {
      try {
        List<Object> facts = TupleFacts.read(match);
        if (facts != null) {
          return facts;
        }
      } catch (LinkageError e) {
        tuplesReadable = false; // another Drools: its internals differ
      }
    }
    return match.getObjects();
  }

  /** Reads a firing's facts from its tuple; a class of its own, so that it fails to link alone. */
  private static final class TupleFacts {
    private TupleFacts() {}

    /** The facts, or {@code null} when the match is not a tuple of plain facts. */
    static List<Object> read(Match match) {
      if (!(match instanceof InternalMatch internal)) {
        return null;
      }
      FactHandle[] handles = internal.getTuple().toFactHandles();
      Object first = null;
      Object second = null;
      Object[] all = null; // only for three facts or more: most rules match one
      int count = 0;
      for (FactHandle handle : handles) {
        Object fact = handle == null ? null : ((InternalFactHandle) handle).getObject();
        if (fact == null) {
          return null;
        }
        if (fact instanceof QueryElementFactHandle) {
          continue; // as getObjects leaves them out
        }
        if (count == 0) {
          first = fact;
        } else if (count == 1) {
          second = fact;
        } else {
          if (all == null) {
            all = new Object[handles.length];
            all[0] = first;
            all[1] = second;
          }
          all[count] = fact;
        }
        count++;
      }
      switch (count) {
        case 0:
          return List.of();
        case 1:
          return List.of(first);
        case 2:
          return List.of(first, second);
        default:
          return List.of(Arrays.copyOf(all, count));
      }
    }
  }

  private int order(List<Object> matched) {
    for (int f = 0; f < matched.size(); f++) { // by index: no iterator for each conclusion
      Object fact = matched.get(f);
      if (fact instanceof Project p) {
        return p.getIndex();
      } else if (fact instanceof SkillSignal s) {
        for (int i = 0; i < skills.size(); i++) {
          if (skills.get(i) == s) {
            return i;
          }
        }
      }
      // A row of a policy table a rule reads with `from`: in the table's order, not the engine's.
      if (fact instanceof WorkShown w) {
        return w.work().ordinal();
      } else if (fact instanceof Competency c) {
        return c.ordinal();
      }
    }
    return -1;
  }

  /** The conclusions in their explicit order. */
  List<Entry> entries() {
    entries.sort(ORDER);
    return entries;
  }

  @Override
  public void points(Pathway pathway, int points, String reason, Object... args) {
    add(new PathwayPoints(pathway, points, reason, args));
  }

  @Override
  public void evidence(Competency competency, int points, boolean demonstrated, String reason, Object... args) {
    add(new CompetencyEvidence(competency, points, demonstrated, reason, args));
  }

  @Override
  public void stage(Stage stage, String reason, Object... args) {
    add(new StageReached(stage, reason, args));
  }

  @Override
  public void warn(String warningId, Object... args) {
    add(new WarningRaised(warningId, null, args));
  }

  @Override
  public void warnBecause(String warningId, String variant, Object... args) {
    add(new WarningRaised(warningId, variant, args));
  }

  @Override
  public void propose(String actionId, String reason, Object... args) {
    add(new ActionProposal(actionId, reason, args));
  }
}
