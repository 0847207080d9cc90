package org.pmpathways.facts;

import java.util.Objects;
import org.pmpathways.advice.Pathway;

/**
 * A pathway's score: the sum of its points, kept between 0 and 100.
 *
 * <p>Immutable and thread-safe.
 */
public record PathwayTotal(Pathway pathway, int score) {
  public PathwayTotal {
    Objects.requireNonNull(pathway, "pathway must not be null");
  }

  /** The total of these points, kept between 0 and 100. */
  public static PathwayTotal of(Pathway pathway, Number points) {
    return new PathwayTotal(pathway, Math.max(0, Math.min(100, points.intValue())));
  }
}
