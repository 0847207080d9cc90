package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;
import org.pmpathways.advice.Pathway;

/**
 * Points a rule gives a pathway (negative points take some away), with the reason. A pathway's
 * score is the sum of its points, kept between 0 and 100; a rule giving 0 points records a reason
 * that a pathway does not fit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pathway the pathway
 * @param points the points
 * @param reason the message key of the reason, under {@code reason.} in the bundle
 * @param args the message arguments, {@code {0}}, {@code {1}}, ...
 */
public record PathwayPoints(Pathway pathway, int points, String reason, List<Object> args) {
  public PathwayPoints {
    Objects.requireNonNull(pathway, "pathway must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    args = List.copyOf(args);
  }

  public PathwayPoints(Pathway pathway, int points, String reason, Object... args) {
    this(pathway, points, reason, Reason.args(args));
  }
}
