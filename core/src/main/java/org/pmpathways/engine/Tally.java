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
import org.pmpathways.facts.Candidate;
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

  private static final Pathway[] PATHWAYS = Pathway.values();
  private static final Competency[] COMPETENCIES = Competency.values();

  static Standing standing(List<Collector.Entry> entries, Candidate candidate, Policy policy, Sums sums) {
    int[] points = new int[PATHWAYS.length];
    boolean[] weighed = new boolean[PATHWAYS.length];
    int[] evidence = new int[COMPETENCIES.length];
    boolean[] found = new boolean[COMPETENCIES.length];
    boolean[] demonstrated = new boolean[COMPETENCIES.length];
    Stage stage = null;
    for (Collector.Entry entry : entries) {
      Object c = entry.conclusion();
      if (c instanceof PathwayPoints p) {
        points[p.pathway().ordinal()] += p.points();
        weighed[p.pathway().ordinal()] = true;
      } else if (c instanceof CompetencyEvidence e) {
        int i = e.competency().ordinal();
        evidence[i] += e.points();
        found[i] = true;
        demonstrated[i] |= e.demonstrated();
      } else if (c instanceof StageReached s) {
        stage = stage == null || s.stage().compareTo(stage) > 0 ? s.stage() : stage;
      }
    }
    Map<Pathway, Integer> scores = new EnumMap<>(Pathway.class);
    Pathway primary = null;
    int best = 0;
    for (Pathway pathway : PATHWAYS) { // in Pathway order: the first of equals stays primary
      if (weighed[pathway.ordinal()]) {
        int sum = points[pathway.ordinal()];
        if (sums != null) {
          sums.points().put(pathway, sum);
        }
        int clamped = Math.max(0, Math.min(policy.scoreMax(), sum));
        scores.put(pathway, clamped);
        if (primary == null || clamped > best) {
          primary = pathway;
          best = clamped;
        }
      }
    }
    Set<Pathway> inPlay = EnumSet.noneOf(Pathway.class);
    for (Pathway pathway : PATHWAYS) {
      Integer score = scores.get(pathway);
      if (score != null && (pathway == primary || score >= policy.inPlayAt())) {
        inPlay.add(pathway);
      }
    }
    Map<Competency, CompetencyLevel> levels = new EnumMap<>(Competency.class);
    for (Competency competency : COMPETENCIES) {
      int i = competency.ordinal();
      if (sums != null && found[i]) {
        sums.evidence().put(competency, evidence[i]);
      }
      CompetencyLevel level = !found[i] ? CompetencyLevel.GAP
          : demonstrated[i] && evidence[i] >= policy.strongAt() ? CompetencyLevel.STRONG
          : CompetencyLevel.DEVELOPING;
      levels.put(competency, level);
    }
    return new Standing(scores, primary, inPlay, levels, stage, candidate);
  }
}
