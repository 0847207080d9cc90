package org.pmpathways.advice;

import java.util.List;
import java.util.Objects;

/**
 * Where the candidate stands on one competency, and the evidence for it.
 *
 * <p>Immutable and thread-safe.
 */
public record CompetencyRating(Competency competency, CompetencyLevel level, List<String> evidence) {
  public CompetencyRating {
    Objects.requireNonNull(competency, "competency must not be null");
    Objects.requireNonNull(level, "level must not be null");
    evidence = List.copyOf(evidence);
  }
}
