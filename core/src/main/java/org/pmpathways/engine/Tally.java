package org.pmpathways.engine;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.facts.CompetencyEvidence;
import org.pmpathways.facts.PathwayPoints;
import org.pmpathways.facts.StageReached;
import org.pmpathways.facts.Standing;

/**
 * Adds up what the weighing rules concluded, once, in this one place:
 *
 * <ul>
 *   <li>a pathway's score is the sum of its points, kept between 0 and the policy's maximum (100);
 *       only pathways some rule weighed have a score, so someone already a product manager has none;</li>
 *   <li>the primary pathway is the best-scored one; on a tie, the one closer to product work wins:
 *       trio, then internal move, then build your own ({@link Pathway} order);</li>
 *   <li>a pathway is worth acting on when it is the primary one or scores the policy's threshold (50)
 *       or more;</li>
 *   <li>a competency is STRONG with demonstrated evidence and at least the policy's points (4), else
 *       DEVELOPING with any evidence, else a GAP;</li>
 *   <li>the stage is the furthest one a rule found, none when no rule found one.</li>
 * </ul>
 *
 * <p>The thresholds are in the rule set's {@code scoring.properties}. Not instantiable; thread-safe.
 */
final class Tally {
  private Tally() {}

  /** The sums before clamping, kept for the full explanation. */
  record Sums(Map<Pathway, Integer> points, Map<Competency, Integer> evidence) {}

  static Standing standing(List<Collector.Entry> entries, Policy policy, Sums sums) {
    Map<Pathway, Integer> scores = new EnumMap<>(Pathway.class);
    Map<Competency, Integer> evidence = new EnumMap<>(Competency.class);
    Set<Competency> demonstrated = EnumSet.noneOf(Competency.class);
    Stage stage = null;
    for (Collector.Entry entry : entries) {
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
    if (sums != null) {
      sums.points().putAll(scores);
      sums.evidence().putAll(evidence);
    }
    Pathway primary = null;
    for (Map.Entry<Pathway, Integer> e : scores.entrySet()) {
      int clamped = Math.max(0, Math.min(policy.scoreMax(), e.getValue()));
      e.setValue(clamped);
      if (primary == null || clamped > scores.get(primary)) {
        primary = e.getKey(); // EnumMap iterates in Pathway order: the first of equals stays
      }
    }
    Set<Pathway> inPlay = EnumSet.noneOf(Pathway.class);
    for (Map.Entry<Pathway, Integer> e : scores.entrySet()) {
      if (e.getKey() == primary || e.getValue() >= policy.inPlayAt()) {
        inPlay.add(e.getKey());
      }
    }
    Map<Competency, CompetencyLevel> levels = new EnumMap<>(Competency.class);
    for (Competency competency : Competency.values()) {
      Integer points = evidence.get(competency);
      CompetencyLevel level = points == null ? CompetencyLevel.GAP
          : demonstrated.contains(competency) && points >= policy.strongAt() ? CompetencyLevel.STRONG
          : CompetencyLevel.DEVELOPING;
      levels.put(competency, level);
    }
    return new Standing(scores, primary, inPlay, levels, stage);
  }
}
