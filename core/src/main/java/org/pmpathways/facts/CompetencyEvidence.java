package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;
import org.pmpathways.advice.Competency;

/**
 * A piece of evidence for a competency. Demonstrated evidence is work done with a result (proof
 * backed by outcomes, product work in a job); the rest is what a role or a skill suggests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param competency the competency
 * @param points its weight
 * @param demonstrated whether it is work the candidate has done
 * @param reason the message key of the evidence, under {@code evidence.} in the bundle
 * @param args the message arguments
 */
public record CompetencyEvidence(Competency competency, int points, boolean demonstrated, String reason,
    List<Object> args) {
  public CompetencyEvidence {
    Objects.requireNonNull(competency, "competency must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    args = List.copyOf(args);
  }

  public CompetencyEvidence(Competency competency, int points, boolean demonstrated, String reason,
      Object... args) {
    this(competency, points, demonstrated, reason, Reason.args(args));
  }
}
