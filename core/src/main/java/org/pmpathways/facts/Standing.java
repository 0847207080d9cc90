package org.pmpathways.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;

/**
 * Where the candidate stands once the weighing rules have fired and their conclusions are added up:
 * each pathway's score, the primary pathway, the pathways worth acting on, the competency levels and
 * the stage, with the {@link Candidate} it belongs to. The engine inserts it before the rules of the
 * {@link Conclusions#PLAN} phase fire.
 *
 * <p>A planning rule tests the candidate through it ({@code Standing(ready, candidate.aspirant)}), one
 * pattern instead of a join of the standing with the candidate: the engine then weighs each planning
 * rule once, when the standing is inserted, and joins nothing. The explanation names the candidate
 * among the facts such a rule read.
 *
 * <p>Immutable and thread-safe.
 */
public final class Standing {
  private final Map<Pathway, Integer> scores;
  private final Pathway primary;
  private final Set<Pathway> inPlay;
  private final Map<Competency, CompetencyLevel> levels;
  private final Set<Competency> gaps;
  private final Stage stage;
  private final Candidate candidate;
  /** Each pathway's score by its ordinal: read by planning rules and the plan order many times a call. */
  private final int[] scoreByOrdinal;
  private static final int PATHWAYS = Pathway.values().length;

  /**
   * @param scores each pathway's score, 0 to 100; empty for someone already a product manager
   * @param primary the primary pathway, or {@code null}
   * @param inPlay the pathways worth acting on
   * @param levels each competency's level
   * @param stage the stage, or {@code null} for someone already a product manager
   * @param candidate the candidate who stands there, never {@code null}; two standings are equal only
   *     when they hold the same candidate fact (a {@link Candidate} is equal only to itself)
   * @throws NullPointerException if {@code candidate} or one of the collections is {@code null}, or
   *     {@code scores} holds a {@code null} score
   */
  public Standing(Map<Pathway, Integer> scores, Pathway primary, Set<Pathway> inPlay,
      Map<Competency, CompetencyLevel> levels, Stage stage, Candidate candidate) {
    EnumMap<Pathway, Integer> s = new EnumMap<>(Pathway.class);
    s.putAll(scores);
    this.scores = Collections.unmodifiableMap(s);
    this.scoreByOrdinal = new int[PATHWAYS];
    s.forEach((pathway, score) -> scoreByOrdinal[pathway.ordinal()] = score);
    this.primary = primary;
    EnumSet<Pathway> p = EnumSet.noneOf(Pathway.class);
    p.addAll(inPlay);
    this.inPlay = Collections.unmodifiableSet(p);
    EnumMap<Competency, CompetencyLevel> l = new EnumMap<>(Competency.class);
    l.putAll(levels);
    this.levels = Collections.unmodifiableMap(l);
    EnumSet<Competency> g = EnumSet.noneOf(Competency.class);
    l.forEach((competency, level) -> {
      if (level == CompetencyLevel.GAP) {
        g.add(competency);
      }
    });
    this.gaps = Collections.unmodifiableSet(g);
    this.stage = stage;
    this.candidate = Objects.requireNonNull(candidate, "candidate");
  }

  /** The candidate who stands there: the same fact the weighing rules matched. */
  public Candidate getCandidate() {
    return candidate;
  }

  public Map<Pathway, Integer> getScores() {
    return scores;
  }

  /** A pathway's score, 0 when it was not weighed. */
  public int score(Pathway pathway) {
    return pathway == null ? 0 : scoreByOrdinal[pathway.ordinal()];
  }

  public Pathway getPrimary() {
    return primary;
  }

  public Set<Pathway> getInPlay() {
    return inPlay;
  }

  public boolean isTrioInPlay() {
    return inPlay.contains(Pathway.PRODUCT_TRIO);
  }

  public boolean isInternalMoveInPlay() {
    return inPlay.contains(Pathway.INTERNAL_MOVE);
  }

  public boolean isBuildYourOwnInPlay() {
    return inPlay.contains(Pathway.BUILD_YOUR_OWN);
  }

  /** A competency's level; GAP when nothing was found. */
  public CompetencyLevel level(Competency competency) {
    return levels.getOrDefault(competency, CompetencyLevel.GAP);
  }

  public Map<Competency, CompetencyLevel> getLevels() {
    return levels;
  }

  /** The competencies rated {@link CompetencyLevel#GAP}, in {@link Competency} order. */
  public Set<Competency> getGaps() {
    return gaps;
  }

  public Stage getStage() {
    return stage;
  }

  public boolean isReady() {
    return stage == Stage.READY;
  }

  public boolean isBuildingProof() {
    return stage == Stage.BUILDING_PROOF;
  }

  public boolean isGettingStarted() {
    return stage == Stage.GETTING_STARTED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Standing s && scores.equals(s.scores) && primary == s.primary && inPlay.equals(s.inPlay)
        && levels.equals(s.levels) && stage == s.stage && candidate.equals(s.candidate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scores, primary, inPlay, levels, stage, candidate);
  }

  /** Where the candidate stands; the candidate has its own. */
  @Override
  public String toString() {
    return "Standing(scores=" + scores + ", primary=" + primary + ", inPlay=" + inPlay + ", levels=" + levels
        + ", stage=" + stage + ")";
  }
}
