package org.pmpathways.advice;

import java.util.List;
import java.util.Objects;
import org.pmpathways.internal.Later;

/**
 * How well a pathway fits the candidate, from 0 to 100, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pathway the pathway
 * @param score its fit, 0 to 100
 * @param reasons the reasons behind the score, in the order the rules found them
 * @param rules the rules that gave the points, in firing order; the explanation lists the facts each matched
 */
public record PathwayScore(Pathway pathway, int score, List<String> reasons, List<String> rules) {
  public PathwayScore {
    Objects.requireNonNull(pathway, "pathway must not be null");
    reasons = Later.keep(Objects.requireNonNull(reasons, "reasons must not be null"));
    rules = Later.keep(Objects.requireNonNull(rules, "rules must not be null"));
  }
}
