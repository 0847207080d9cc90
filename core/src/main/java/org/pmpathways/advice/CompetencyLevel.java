package org.pmpathways.advice;

/** Where a candidate stands on a competency. */
public enum CompetencyLevel {
  GAP,
  DEVELOPING,
  STRONG
}
