package org.pmpathways.profile;

/**
 * How far a side project has come.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ProjectStage {
  IDEA,
  IN_PROGRESS,
  LAUNCHED
}
