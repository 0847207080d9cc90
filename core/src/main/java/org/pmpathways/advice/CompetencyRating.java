package org.pmpathways.advice;

import java.util.List;
import java.util.Objects;
import org.pmpathways.internal.Later;

/**
 * Where the candidate stands on one competency, and the evidence for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param competency the competency
 * @param level where the candidate stands
 * @param evidence what the level rests on
 * @param rules the rules that found the evidence and set the level, in firing order
 */
public record CompetencyRating(Competency competency, CompetencyLevel level, List<String> evidence,
    List<String> rules) {
  public CompetencyRating {
    Objects.requireNonNull(competency, "competency must not be null");
    Objects.requireNonNull(level, "level must not be null");
    evidence = Later.keep(Objects.requireNonNull(evidence, "evidence must not be null"));
    rules = Later.keep(Objects.requireNonNull(rules, "rules must not be null"));
  }
}
