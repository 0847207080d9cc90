package org.pmpathways.examples.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * The conclusions of one plain-Java advice, kept as data the way the advisor's collector keeps them:
 * each with the rule that drew it and the facts the rule matched, rendered only when the explanation
 * is read. A rule "fires" by {@link #fire} naming itself and its facts, then draws its conclusions
 * through the {@link Conclusions} methods, as a DRL consequence does.
 *
 * <p>The order is the collector's: by phase, then rule name, then the position of the project or
 * skill matched, then the order they were drawn in.
 *
 * <p>Not thread-safe: one per call.
 */
final class FloorTrail implements Conclusions {
  /** One conclusion and where it came from. */
  record Entry(int phase, String rule, List<Object> matched, Object conclusion, int order, int sequence) {}

  private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::phase)
      .thenComparing(Entry::rule).thenComparingInt(Entry::order).thenComparingInt(Entry::sequence);

  private final List<Entry> entries = new ArrayList<>(48);
  private final List<SkillSignal> skills;
  private int phase;
  private String rule;
  private List<Object> matched;

  /** @param skills the skill facts of the call, in the order of the profile's skills */
  FloorTrail(List<SkillSignal> skills) {
    this.skills = skills;
  }

  /** Conclusions drawn from now on belong to this phase (0 weigh, 1 plan). */
  void phase(int phase) {
    this.phase = phase;
  }

  /** A rule fires on these facts; the conclusions drawn next are its. */
  Conclusions fire(String rule, Object... facts) {
    this.rule = rule;
    this.matched = List.of(facts);
    return this;
  }

  /** The conclusions in their explicit order. */
  List<Entry> entries() {
    entries.sort(ORDER);
    return entries;
  }

  private void add(Object conclusion) {
    entries.add(new Entry(phase, rule, matched, conclusion, order(matched), entries.size()));
  }

  private int order(List<Object> facts) {
    for (Object fact : facts) {
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
