package org.pmpathways.facts;

import java.util.Objects;
import org.pmpathways.advice.Competency;
import org.pmpathways.profile.PmLikeWork;

/**
 * A piece of PM-like work the candidate has done and the competency it shows, by the
 * work-competencies table of the rules, with its weight.
 *
 * <p>Immutable and thread-safe.
 *
 * @param work the work done
 * @param competency the competency it shows
 * @param points how much it counts, as demonstrated evidence
 */
public record WorkShown(PmLikeWork work, Competency competency, int points) {
  public WorkShown {
    Objects.requireNonNull(work, "work must not be null");
    Objects.requireNonNull(competency, "competency must not be null");
  }
}
