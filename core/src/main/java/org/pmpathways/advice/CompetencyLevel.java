package org.pmpathways.advice;

/**
 * Where a candidate stands on a competency.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum CompetencyLevel {
  GAP,
  DEVELOPING,
  STRONG
}
