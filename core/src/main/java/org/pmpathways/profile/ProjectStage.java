package org.pmpathways.profile;

/** How far a side project has come. */
public enum ProjectStage {
  IDEA,
  IN_PROGRESS,
  LAUNCHED
}
