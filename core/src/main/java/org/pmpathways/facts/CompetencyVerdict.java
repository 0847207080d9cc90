package org.pmpathways.facts;

import java.util.Objects;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;

/**
 * The level the rules gave a competency.
 *
 * <p>Immutable and thread-safe.
 */
public record CompetencyVerdict(Competency competency, CompetencyLevel level) {
  public CompetencyVerdict {
    Objects.requireNonNull(competency, "competency must not be null");
    Objects.requireNonNull(level, "level must not be null");
  }
}
